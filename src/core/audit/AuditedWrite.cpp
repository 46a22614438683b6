#include "audit/AuditedWrite.h"

#include <QPointer>

namespace kontor::AuditedWrite {

AuditEntry entry(const Profile& profile, const QString& action, const QString& target, const FieldList& fields,
                 const Error& result, const QString& doneMessage)
{
    AuditEntry e;
    e.profileId = profile.id;
    e.profileName = profile.name;
    e.service = serviceId(profile.service);
    e.action = action;
    e.target = target;
    e.fields = fields;
    if (result.ok()) {
        e.outcome = AuditEntry::Outcome::Done;
        e.message = doneMessage;
    } else {
        e.outcome = result.kind == Error::Kind::Service ? AuditEntry::Outcome::Refused : AuditEntry::Outcome::Failed;
        e.message = result.message;
    }
    return e;
}

void record(AuditLog* log, const AuditEntry& entry, QObject* context,
            std::function<void(qint64 id, const QString& problem)> then)
{
    if (!log) {
        then(0, QString());
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    log->append(entry, log, [guard, hadContext, then](const Result<qint64>& stored) {
        if (hadContext && !guard)
            return;
        then(stored.ok() ? stored.value : 0, stored.ok() ? QString() : stored.error.message);
    });
}

} // namespace kontor::AuditedWrite
