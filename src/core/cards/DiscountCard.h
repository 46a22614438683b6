#pragma once
// A VirtualPOS discount card as Kontor edits it, and everything about a card write that can be decided
// before anything is sent (document 002, insertCard/updateCard/deleteCard): which lookup key the server will
// use (card_id, then uid, then external_id, then card_barcode), what is wrong with each field, in words, next
// to the field's name, and the exact form fields that will be sent. The GUI's form and the CLI's `cards`
// commands both build their requests here; neither writes a wire field itself.

#include "domain/FieldProblem.h"
#include "domain/Records.h"

#include <QList>
#include <QString>

namespace kontor {

struct DiscountCard
{
    QString cardId;      // the server's id; a lookup key
    QString externalId;  // the id in another system (1C); a lookup key
    QString uid;         // the card's number, 1 to 12 digits; a lookup key
    QString cardBarcode; // only to find the card (card_barcode); to change the barcode, `barcode`
    QString uidEan13;    // left empty, the server makes it from uid (Ean13::fromUid shows it beforehand)
    QString barcode;
    QString medium;       // PLASTIC, MAGNET or APP
    QString status;       // NEW, ACTIVE or BLOCKED
    QString blockDate;    // YYYY-MM-DD (or YYYY-MM-DD HH:MM:SS)
    QString activateDate; // idem
    QString typeId;
    QString typeName; // used by the server only without typeId (a new type is created for a new name)
    QString customerId;
    QString customerExternalId;    // used by the server only without customerId
    bool createIfNotExist = false; // update: create the card when no key finds it
};

enum class CardWrite { Insert, Update, Delete };

enum class CardLookupKey { None, CardId, Uid, ExternalId, CardBarcode };

namespace DiscountCards {

// The key the server looks the card up by: the first of card_id, uid, external_id, card_barcode that is given.
CardLookupKey lookupKey(const DiscountCard& card);
// The key's wire name ("card_id", ...), and in words for the form: "the card id 11".
QString lookupKeyField(CardLookupKey key);
QString lookupKeyText(const DiscountCard& card);

inline const QStringList Media = {QStringLiteral("PLASTIC"), QStringLiteral("MAGNET"), QStringLiteral("APP")};
inline const QStringList Statuses = {QStringLiteral("NEW"), QStringLiteral("ACTIVE"), QStringLiteral("BLOCKED")};

using kontor::FieldProblem;

// Everything wrong with `card` for `write`, field by field; empty when it may be sent.
QList<FieldProblem> validate(const DiscountCard& card, CardWrite write);

// The form fields the request carries, in the document's order, only those given (and create_if_not_exist=1
// when asked for on an update). The apikey and format are the client's, not part of these.
FieldList wireFields(const DiscountCard& card, CardWrite write);

// The route key of the write in Profile::endpoints ("virtpos.insertCard") and its default route.
QString endpointKey(CardWrite write);
QString defaultRoute(CardWrite write);

} // namespace DiscountCards

} // namespace kontor
