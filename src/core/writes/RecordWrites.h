#pragma once
// The writes the forms and the CLI make to a shop's records besides cards (cards/CardWriter): a Webshippy
// product upsert, a Webshippy bundle, a VirtualPOS customer update. Each one is sent through its client and
// leaves exactly one row in the audit log (AuditedWrite); a write refused before it was sent (a field the
// core's checks find wrong: Error::Kind::InvalidInput) is not recorded. The GUI's forms and the CLI's
// commands both write through here, so they record the same rows.

#include "Result.h"
#include "customers/Customer.h"
#include "domain/Records.h"
#include "products/Bundle.h"
#include "profile/Profile.h"

#include <QObject>

namespace kontor {

class AuditLog;
class VirtposClient;
class WebshippyClient;

struct RecordWriteOutcome
{
    enum class Kind { Created, Updated, Unchanged };
    Kind kind = Kind::Updated;
    QString id;           // the record's id at the shop (wspyId, the customer's id)
    QStringList messages; // the shop's own words, when it said any
    FieldList sent;       // what was sent, as the API names it
    qint64 auditId = 0;   // 0: no row (the log could not be written)
    QString auditError;   // why the row could not be written, in words
};

namespace RecordWrites {

// The fields a bundle request carries, in the profile's wire format (bundleSku in JSON, bundleSKU in XML).
FieldList bundleFields(const BundleDraft& draft, WireFormat format);
// The fields a product upsert carries: the sku first, then the draft's fields.
FieldList productFields(const ProductDraft& draft);

// `audit` may be null (nothing recorded). `done` gets the outcome or the write's error.
void saveProduct(WebshippyClient* client, const Profile& profile, AuditLog* audit, const ProductDraft& draft,
                 QObject* context, Callback<RecordWriteOutcome> done);
void createBundle(WebshippyClient* client, const Profile& profile, AuditLog* audit, const BundleDraft& draft,
                  QObject* context, Callback<RecordWriteOutcome> done);
void updateCustomer(VirtposClient* client, const Profile& profile, AuditLog* audit, const CustomerUpdate& update,
                    QObject* context, Callback<RecordWriteOutcome> done);

} // namespace RecordWrites

} // namespace kontor
