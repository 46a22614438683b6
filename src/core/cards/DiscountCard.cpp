#include "cards/DiscountCard.h"

#include "domain/Ean13.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace kontor::DiscountCards {

namespace {

bool isDigits(const QString& value, int maxLength)
{
    if (value.isEmpty() || value.size() > maxLength)
        return false;
    for (const QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isDate(const QString& value)
{
    return QDate::fromString(value, QStringLiteral("yyyy-MM-dd")).isValid() ||
           QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid();
}

} // namespace

CardLookupKey lookupKey(const DiscountCard& card)
{
    if (!card.cardId.trimmed().isEmpty())
        return CardLookupKey::CardId;
    if (!card.uid.trimmed().isEmpty())
        return CardLookupKey::Uid;
    if (!card.externalId.trimmed().isEmpty())
        return CardLookupKey::ExternalId;
    if (!card.cardBarcode.trimmed().isEmpty())
        return CardLookupKey::CardBarcode;
    return CardLookupKey::None;
}

QString lookupKeyField(CardLookupKey key)
{
    switch (key) {
    case CardLookupKey::CardId:
        return QStringLiteral("card_id");
    case CardLookupKey::Uid:
        return QStringLiteral("uid");
    case CardLookupKey::ExternalId:
        return QStringLiteral("external_id");
    case CardLookupKey::CardBarcode:
        return QStringLiteral("card_barcode");
    case CardLookupKey::None:
        break;
    }
    return {};
}

QString lookupKeyText(const DiscountCard& card)
{
    switch (lookupKey(card)) {
    case CardLookupKey::CardId:
        return QCoreApplication::translate("kontor::DiscountCards", "the card id %1").arg(card.cardId.trimmed());
    case CardLookupKey::Uid:
        return QCoreApplication::translate("kontor::DiscountCards", "the card number (uid) %1").arg(card.uid.trimmed());
    case CardLookupKey::ExternalId:
        return QCoreApplication::translate("kontor::DiscountCards", "the external id %1")
            .arg(card.externalId.trimmed());
    case CardLookupKey::CardBarcode:
        return QCoreApplication::translate("kontor::DiscountCards", "the barcode %1").arg(card.cardBarcode.trimmed());
    case CardLookupKey::None:
        break;
    }
    return QCoreApplication::translate(
        "kontor::DiscountCards", "nothing yet: give the card id, the number (uid), the external id or the barcode");
}

QList<FieldProblem> validate(const DiscountCard& card, CardWrite write)
{
    QList<FieldProblem> problems;
    auto problem = [&problems](const QString& field, const QString& message) { problems.append({field, message}); };
    const QString uid = card.uid.trimmed();
    if (write == CardWrite::Insert && uid.isEmpty())
        problem(QStringLiteral("uid"),
                QCoreApplication::translate("kontor::DiscountCards", "A new card needs its number (uid)."));
    if (write != CardWrite::Insert && lookupKey(card) == CardLookupKey::None)
        problem(QString(),
                QCoreApplication::translate("kontor::DiscountCards",
                                            "Say which card: its id, number (uid), external id or barcode."));
    if (!uid.isEmpty() && !Ean13::fromUid(uid))
        problem(QStringLiteral("uid"),
                QCoreApplication::translate("kontor::DiscountCards",
                                            "The card number (uid) is 1 to 12 digits; \"%1\" is not.")
                    .arg(uid));
    if (!card.cardId.trimmed().isEmpty() && !isDigits(card.cardId.trimmed(), 18))
        problem(QStringLiteral("card_id"),
                QCoreApplication::translate("kontor::DiscountCards", "The card id is a whole number; \"%1\" is not.")
                    .arg(card.cardId.trimmed()));
    if (write == CardWrite::Delete)
        return problems; // only the keys matter
    for (const auto& [field, value] : {std::pair<QString, QString>{QStringLiteral("uid_ean13"), card.uidEan13},
                                       std::pair<QString, QString>{QStringLiteral("barcode"), card.barcode}}) {
        const QString code = value.trimmed();
        if (code.isEmpty())
            continue;
        const Ean13::Problem p = Ean13::check(code);
        if (p != Ean13::Problem::None)
            problem(field, Ean13::describe(p, code));
    }
    if (!card.uidEan13.trimmed().isEmpty() && !uid.isEmpty() && Ean13::fromUid(uid) &&
        card.uidEan13.trimmed() != *Ean13::fromUid(uid) &&
        Ean13::check(card.uidEan13.trimmed()) == Ean13::Problem::None)
        problem(
            QStringLiteral("uid_ean13"),
            QCoreApplication::translate("kontor::DiscountCards",
                                        "The barcode of card number %1 is %2; leave it empty and the service makes it.")
                .arg(uid, *Ean13::fromUid(uid)));
    const QString medium = card.medium.trimmed();
    if (!medium.isEmpty() && !Media.contains(medium))
        problem(QStringLiteral("medium"),
                QCoreApplication::translate("kontor::DiscountCards",
                                            "The medium is PLASTIC, MAGNET or APP; \"%1\" is none of them.")
                    .arg(medium));
    const QString status = card.status.trimmed();
    if (!status.isEmpty() && !Statuses.contains(status))
        problem(QStringLiteral("status"),
                QCoreApplication::translate("kontor::DiscountCards",
                                            "The status is NEW, ACTIVE or BLOCKED; \"%1\" is none of them.")
                    .arg(status));
    for (const auto& [field, value] :
         {std::pair<QString, QString>{QStringLiteral("block_date"), card.blockDate},
          std::pair<QString, QString>{QStringLiteral("activate_date"), card.activateDate}}) {
        const QString date = value.trimmed();
        if (!date.isEmpty() && !isDate(date))
            problem(field, QCoreApplication::translate("kontor::DiscountCards",
                                                       "\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27.")
                               .arg(date));
    }
    if (!card.typeId.trimmed().isEmpty() && !isDigits(card.typeId.trimmed(), 9))
        problem(
            QStringLiteral("type_id"),
            QCoreApplication::translate("kontor::DiscountCards", "The card type id is a whole number; \"%1\" is not.")
                .arg(card.typeId.trimmed()));
    if (!card.customerId.trimmed().isEmpty() && !isDigits(card.customerId.trimmed(), 9))
        problem(
            QStringLiteral("customer_id"),
            QCoreApplication::translate("kontor::DiscountCards", "The customer id is a whole number; \"%1\" is not.")
                .arg(card.customerId.trimmed()));
    return problems;
}

FieldList wireFields(const DiscountCard& card, CardWrite write)
{
    FieldList out;
    auto add = [&out](const char* name, const QString& value) {
        const QString v = value.trimmed();
        if (!v.isEmpty())
            out.append({QLatin1String(name), v});
    };
    add("card_id", card.cardId);
    add("external_id", card.externalId);
    add("uid", card.uid);
    add("card_barcode", card.cardBarcode);
    if (write == CardWrite::Delete)
        return out;
    if (write == CardWrite::Update && card.createIfNotExist)
        out.append({QStringLiteral("create_if_not_exist"), QStringLiteral("1")});
    add("uid_ean13", card.uidEan13);
    add("barcode", card.barcode);
    add("medium", card.medium);
    add("status", card.status);
    add("block_date", card.blockDate);
    add("activate_date", card.activateDate);
    add("type_id", card.typeId);
    if (card.typeId.trimmed().isEmpty())
        add("type_name", card.typeName); // the server reads it only without type_id
    add("customer_id", card.customerId);
    if (card.customerId.trimmed().isEmpty())
        add("customer_external_id", card.customerExternalId);
    return out;
}

QString endpointKey(CardWrite write)
{
    switch (write) {
    case CardWrite::Insert:
        return QStringLiteral("virtpos.insertCard");
    case CardWrite::Update:
        return QStringLiteral("virtpos.updateCard");
    case CardWrite::Delete:
        return QStringLiteral("virtpos.deleteCard");
    }
    return {};
}

QString defaultRoute(CardWrite write)
{
    switch (write) {
    case CardWrite::Insert:
        return QStringLiteral("/api/customer/insertCard");
    case CardWrite::Update:
        return QStringLiteral("/api/customer/updateCard");
    case CardWrite::Delete:
        return QStringLiteral("/api/customer/deleteCard");
    }
    return {};
}

} // namespace kontor::DiscountCards
