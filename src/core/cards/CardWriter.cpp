#include "cards/CardWriter.h"

#include "audit/AuditLog.h"
#include "audit/AuditedWrite.h"
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
            // The card by its id once the shop named it, else by the key it was looked up by.
            const CardLookupKey key = DiscountCards::lookupKey(card);
            const QString target = r.ok() && !r.value.cardId.isEmpty() ? r.value.cardId
                                   : key == CardLookupKey::None
                                       ? card.uid.trimmed()
                                       : DiscountCards::lookupKeyField(key) + QLatin1Char('=') +
                                             DiscountCards::wireFields(card, CardWrite::Delete).value(0).second;
            const QString doneMessage = write == CardWrite::Delete  ? QStringLiteral("deleted")
                                        : r.ok() && r.value.created ? QStringLiteral("created")
                                                                    : QStringLiteral("updated");
            AuditEntry entry = AuditedWrite::entry(profile, auditAction(write), target,
                                                   DiscountCards::wireFields(card, write), r.error, doneMessage);
            entry.newValue = write == CardWrite::Delete ? QString() : card.status.trimmed();
            CardWriteOutcome outcome;
            if (r.ok()) {
                outcome.cardId = r.value.cardId;
                outcome.created = r.value.created;
                outcome.sent = r.value.sent;
            }
            AuditedWrite::record(log, entry, guard, [done, r, outcome](qint64 id, const QString& problem) mutable {
                if (!r.ok()) {
                    done(Result<CardWriteOutcome>::failure(r.error));
                    return;
                }
                outcome.auditId = id;
                outcome.auditError = problem;
                done(Result<CardWriteOutcome>::success(outcome));
            });
        });
}

} // namespace kontor::CardWriter
