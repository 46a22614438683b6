#include "cards/CardWriter.h"

#include "audit/AuditLog.h"
#include "services/virtpos/VirtposClient.h"

#include <QPointer>

namespace kontor::CardWriter {

QString auditAction(CardWrite write)
{
    switch (write) {
    case CardWrite::Insert:
        return QStringLiteral("card.insert");
    case CardWrite::Update:
        return QStringLiteral("card.update");
    case CardWrite::Delete:
        return QStringLiteral("card.delete");
    }
    return {};
}

void write(VirtposClient* client, const Profile& profile, AuditLog* audit, CardWrite write, const DiscountCard& card,
           QObject* context, Callback<CardWriteOutcome> done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const QPointer<AuditLog> log(audit);
    client->writeCard(
        write, card, context,
        [guard, hadContext, log, profile, write, card, done](const Result<VirtposClient::CardWriteResult>& r) {
            if (hadContext && !guard)
                return;
            if (!r.ok() && r.error.kind == Error::Kind::InvalidInput) {
                done(Result<CardWriteOutcome>::failure(r.error)); // refused here: nothing sent, nothing recorded
                return;
            }
            AuditEntry entry;
            entry.profileId = profile.id;
            entry.profileName = profile.name;
            entry.service = serviceId(profile.service);
            entry.action = auditAction(write);
            const CardLookupKey key = DiscountCards::lookupKey(card);
            entry.target = r.ok() && !r.value.cardId.isEmpty()
                               ? r.value.cardId
                               : (key == CardLookupKey::None
                                      ? card.uid.trimmed()
                                      : DiscountCards::lookupKeyField(key) + QLatin1Char('=') +
                                            DiscountCards::wireFields(card, CardWrite::Delete).value(0).second);
            entry.fields = DiscountCards::wireFields(card, write);
            entry.newValue = write == CardWrite::Delete ? QString() : card.status.trimmed();
            if (r.ok()) {
                entry.outcome = AuditEntry::Outcome::Done;
                entry.message = r.value.created ? QStringLiteral("created") : QStringLiteral("updated");
                if (write == CardWrite::Delete)
                    entry.message = QStringLiteral("deleted");
            } else {
                entry.outcome =
                    r.error.kind == Error::Kind::Service ? AuditEntry::Outcome::Refused : AuditEntry::Outcome::Failed;
                entry.message = r.error.message;
            }
            CardWriteOutcome outcome;
            if (r.ok()) {
                outcome.cardId = r.value.cardId;
                outcome.created = r.value.created;
                outcome.sent = r.value.sent;
            }
            auto finish = [guard, hadContext, done, r, outcome](qint64 id, const QString& auditError) mutable {
                if (hadContext && !guard)
                    return;
                if (!r.ok()) {
                    done(Result<CardWriteOutcome>::failure(r.error));
                    return;
                }
                outcome.auditId = id;
                outcome.auditError = auditError;
                done(Result<CardWriteOutcome>::success(outcome));
            };
            if (!log) {
                finish(0, QString());
                return;
            }
            log->append(entry, log, [finish](const Result<qint64>& stored) mutable {
                finish(stored.ok() ? stored.value : 0, stored.ok() ? QString() : stored.error.message);
            });
        });
}

} // namespace kontor::CardWriter
