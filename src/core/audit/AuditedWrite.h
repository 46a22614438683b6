#pragma once
// The audit row of one write to a shop, the same for every kind of record (cards, customers, ...): the
// outcome follows the write's result (done; refused when the shop said no; failed otherwise), the message is
// the shop's words or what was done. A write refused before it was sent (InvalidInput) is never recorded.

#include "Result.h"
#include "audit/AuditLog.h"
#include "profile/Profile.h"

#include <functional>

namespace kontor::AuditedWrite {

// A row for `profile`'s write `action` on `target` with the fields sent; `result` is the write's error (ok()
// when it was done) and `doneMessage` what was done ("created", "updated", "deleted").
AuditEntry entry(const Profile& profile, const QString& action, const QString& target, const FieldList& fields,
                 const Error& result, const QString& doneMessage);

// Appends `entry` to `log` (nothing when `log` is null) and then calls `then` with the row's id (0 when none)
// and, when the row could not be written, why.
void record(AuditLog* log, const AuditEntry& entry, QObject* context,
            std::function<void(qint64 id, const QString& problem)> then);

} // namespace kontor::AuditedWrite
