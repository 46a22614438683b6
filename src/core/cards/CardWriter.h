#pragma once
// CardWriter: one discount card write with its row in the audit log: the card is checked (nothing is sent,
// and nothing recorded, when a field is wrong), written through VirtposClient::writeCard, and every write the
// shop was asked to make leaves one row: when, profile, the card (by the key the server looks it up by), the
// fields sent (no secret among them: the API key travels in the query), the outcome and the shop's words.
// The CLI's `cards` commands use it, and the card form will.

#include "Result.h"
#include "cards/DiscountCard.h"
#include "profile/Profile.h"

#include <QObject>

namespace kontor {

class AuditLog;
class VirtposClient;

struct CardWriteOutcome
{
    QString cardId;
    bool created = false;
    FieldList sent;
    qint64 auditId = 0; // 0: no row (nothing was sent, or the log could not be written)
    QString auditError; // why the row could not be written, in words
};

namespace CardWriter {

// The action recorded for `write`: "card.insert", "card.update", "card.delete".
QString auditAction(CardWrite write);

// `audit` may be null (nothing recorded). `done` gets the card's id and the row, or the write's error.
void write(VirtposClient* client, const Profile& profile, AuditLog* audit, CardWrite write, const DiscountCard& card,
           QObject* context, Callback<CardWriteOutcome> done);

} // namespace CardWriter

} // namespace kontor
