#include "writes/RecordWrites.h"

#include "audit/AuditLog.h"
#include "audit/AuditedWrite.h"
#include "codec/Lenient.h"
#include "services/virtpos/VirtposClient.h"
#include "services/webshippy/WebshippyClient.h"

#include <QPointer>

namespace kontor::RecordWrites {

namespace {

// Records `entry` and hands `done` the outcome (or the write's error) once the row is stored.
void finish(AuditLog* audit, const AuditEntry& entry, const QPointer<QObject>& guard, const Error& error,
            RecordWriteOutcome outcome, const Callback<RecordWriteOutcome>& done)
{
    AuditedWrite::record(audit, entry, guard, [done, error, outcome](qint64 id, const QString& problem) mutable {
        if (!error.ok()) {
            done(Result<RecordWriteOutcome>::failure(error));
            return;
        }
        outcome.auditId = id;
        outcome.auditError = problem;
        done(Result<RecordWriteOutcome>::success(outcome));
    });
}

QString kindId(RecordWriteOutcome::Kind kind)
{
    switch (kind) {
    case RecordWriteOutcome::Kind::Created:
        return QStringLiteral("created");
    case RecordWriteOutcome::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case RecordWriteOutcome::Kind::Updated:
        break;
    }
    return QStringLiteral("modified");
}

} // namespace

FieldList bundleFields(const BundleDraft& draft, WireFormat format)
{
    FieldList fields;
    const auto wire = Bundles::wireFields(draft, format);
    for (auto it = wire.begin(); it != wire.end(); ++it)
        fields.append({QString::fromStdString(it.key()), codec::Lenient::toString(&it.value())});
    return fields;
}

FieldList productFields(const ProductDraft& draft)
{
    FieldList sent = {{QStringLiteral("sku"), draft.sku}};
    sent += draft.fields;
    return sent;
}

void saveProduct(WebshippyClient* client, const Profile& profile, AuditLog* audit, const ProductDraft& draft,
                 QObject* context, Callback<RecordWriteOutcome> done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const QPointer<AuditLog> log(audit);
    client->saveProduct(
        draft, context, [guard, hadContext, log, profile, draft, done](const Result<ProductSaveResult>& r) {
            if (hadContext && !guard)
                return;
            if (!r.ok() && r.error.kind == Error::Kind::InvalidInput) {
                done(Result<RecordWriteOutcome>::failure(r.error));
                return;
            }
            RecordWriteOutcome outcome;
            outcome.sent = productFields(draft);
            if (r.ok()) {
                outcome.kind =
                    r.value.outcome == ProductSaveResult::Outcome::Created     ? RecordWriteOutcome::Kind::Created
                    : r.value.outcome == ProductSaveResult::Outcome::Unchanged ? RecordWriteOutcome::Kind::Unchanged
                                                                               : RecordWriteOutcome::Kind::Updated;
                outcome.id = r.value.wspyId;
                outcome.messages = r.value.messages;
            }
            const AuditEntry entry = AuditedWrite::entry(profile, QStringLiteral("product.upsert"), draft.sku,
                                                         outcome.sent, r.error, kindId(outcome.kind));
            finish(log, entry, guard, r.error, outcome, done);
        });
}

void createBundle(WebshippyClient* client, const Profile& profile, AuditLog* audit, const BundleDraft& draft,
                  QObject* context, Callback<RecordWriteOutcome> done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const QPointer<AuditLog> log(audit);
    client->createBundle(draft, context, [guard, hadContext, log, profile, draft, done](const Result<BundleResult>& r) {
        if (hadContext && !guard)
            return;
        if (!r.ok() && r.error.kind == Error::Kind::InvalidInput) {
            done(Result<RecordWriteOutcome>::failure(r.error));
            return;
        }
        RecordWriteOutcome outcome;
        outcome.kind = RecordWriteOutcome::Kind::Created;
        outcome.sent = bundleFields(draft, profile.format);
        if (r.ok()) {
            outcome.id = r.value.wspyId;
            outcome.messages = r.value.messages;
        }
        const AuditEntry entry = AuditedWrite::entry(profile, QStringLiteral("bundle.create"), draft.sku.trimmed(),
                                                     outcome.sent, r.error, QStringLiteral("created"));
        finish(log, entry, guard, r.error, outcome, done);
    });
}

void updateCustomer(VirtposClient* client, const Profile& profile, AuditLog* audit, const CustomerUpdate& update,
                    QObject* context, Callback<RecordWriteOutcome> done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const QPointer<AuditLog> log(audit);
    client->updateCustomer(
        update, context, [guard, hadContext, log, profile, update, done](const Result<VirtposParser::WriteAnswer>& r) {
            if (hadContext && !guard)
                return;
            if (!r.ok() && r.error.kind == Error::Kind::InvalidInput) {
                done(Result<RecordWriteOutcome>::failure(r.error));
                return;
            }
            RecordWriteOutcome outcome;
            outcome.sent = Customers::wireFields(update);
            if (r.ok()) {
                outcome.kind = r.value.isNew ? RecordWriteOutcome::Kind::Created : RecordWriteOutcome::Kind::Updated;
                outcome.id = r.value.id;
            }
            const QString target = r.ok() && !r.value.id.isEmpty() ? r.value.id : update.id;
            const AuditEntry entry =
                AuditedWrite::entry(profile, QStringLiteral("customer.update"), target, outcome.sent, r.error,
                                    r.ok() && r.value.isNew ? QStringLiteral("created") : QStringLiteral("updated"));
            finish(log, entry, guard, r.error, outcome, done);
        });
}

} // namespace kontor::RecordWrites
