// DiscountCards: what can be decided about a VirtualPOS card write before anything is sent (document 002):
// the lookup key the server will use, in its documented order; the problems of each field in words, under the
// field's wire name; and the exact form fields of insert, update and delete.
#include "cards/DiscountCard.h"

#include <QtTest>

using namespace kontor;

namespace {

QStringList fieldsWithProblems(const DiscountCard& card, CardWrite write)
{
    QStringList out;
    for (const DiscountCards::FieldProblem& p : DiscountCards::validate(card, write))
        out << p.field;
    return out;
}

QStringList names(const FieldList& fields)
{
    QStringList out;
    for (const auto& field : fields)
        out << field.first;
    return out;
}

} // namespace

class TestDiscountCard : public QObject
{
    Q_OBJECT
private slots:
    void theLookupKeyFollowsTheDocumentedOrder()
    {
        DiscountCard card;
        QCOMPARE(DiscountCards::lookupKey(card), CardLookupKey::None);
        card.cardBarcode = QStringLiteral("0001234567895");
        QCOMPARE(DiscountCards::lookupKey(card), CardLookupKey::CardBarcode);
        card.externalId = QStringLiteral("CARD-7");
        QCOMPARE(DiscountCards::lookupKey(card), CardLookupKey::ExternalId);
        card.uid = QStringLiteral("123456789");
        QCOMPARE(DiscountCards::lookupKey(card), CardLookupKey::Uid);
        card.cardId = QStringLiteral("11");
        QCOMPARE(DiscountCards::lookupKey(card), CardLookupKey::CardId);
        QCOMPARE(DiscountCards::lookupKeyField(DiscountCards::lookupKey(card)), QStringLiteral("card_id"));
        QCOMPARE(DiscountCards::lookupKeyText(card), QStringLiteral("the card id 11"));
        card.cardId = QStringLiteral("  ");
        QCOMPARE(DiscountCards::lookupKeyText(card), QStringLiteral("the card number (uid) 123456789"));
    }

    void badFieldsAreNamedBeforeAnythingIsSent()
    {
        DiscountCard card;
        card.uid = QStringLiteral("123456789");
        card.medium = QStringLiteral("PLASTIC");
        card.status = QStringLiteral("ACTIVE");
        card.activateDate = QStringLiteral("2026-11-27");
        card.blockDate = QStringLiteral("2026-12-01 10:00:00");
        card.barcode = QStringLiteral("5901234123457");
        card.uidEan13 = QStringLiteral("0001234567895");
        QVERIFY(DiscountCards::validate(card, CardWrite::Insert).isEmpty());

        DiscountCard bad = card;
        bad.medium = QStringLiteral("PAPER");
        bad.status = QStringLiteral("active"); // the values are the document's, in capitals
        bad.activateDate = QStringLiteral("27.11.2026");
        bad.blockDate = QStringLiteral("2026-02-30");
        bad.barcode = QStringLiteral("5901234123458");
        bad.typeId = QStringLiteral("gold");
        bad.customerId = QStringLiteral("12a");
        QCOMPARE(fieldsWithProblems(bad, CardWrite::Insert),
                 QStringList({QStringLiteral("barcode"), QStringLiteral("medium"), QStringLiteral("status"),
                              QStringLiteral("block_date"), QStringLiteral("activate_date"), QStringLiteral("type_id"),
                              QStringLiteral("customer_id")}));
        const QString medium = DiscountCards::validate(bad, CardWrite::Insert).at(1).message;
        QCOMPARE(medium, QStringLiteral("The medium is PLASTIC, MAGNET or APP; \"PAPER\" is none of them."));

        // A uid_ean13 that is a right EAN-13 but not this card's.
        DiscountCard other = card;
        other.uidEan13 = QStringLiteral("5901234123457");
        QCOMPARE(fieldsWithProblems(other, CardWrite::Update), QStringList({QStringLiteral("uid_ean13")}));

        // Insert needs the uid; update and delete need any key; a uid is 1 to 12 digits.
        DiscountCard empty;
        QCOMPARE(fieldsWithProblems(empty, CardWrite::Insert), QStringList({QStringLiteral("uid")}));
        QCOMPARE(fieldsWithProblems(empty, CardWrite::Update), QStringList({QString()}));
        QCOMPARE(fieldsWithProblems(empty, CardWrite::Delete), QStringList({QString()}));
        empty.uid = QStringLiteral("1234567890123");
        QCOMPARE(fieldsWithProblems(empty, CardWrite::Delete), QStringList({QStringLiteral("uid")}));
        // Delete looks at the keys only.
        DiscountCard deleting;
        deleting.externalId = QStringLiteral("CARD-7");
        deleting.medium = QStringLiteral("PAPER");
        QVERIFY(DiscountCards::validate(deleting, CardWrite::Delete).isEmpty());
    }

    void theFieldsSentAreTheDocumentsAndOnlyThoseGiven()
    {
        DiscountCard card;
        card.cardId = QStringLiteral("11");
        card.uid = QStringLiteral(" 123456789 ");
        card.medium = QStringLiteral("APP");
        card.status = QStringLiteral("BLOCKED");
        card.blockDate = QStringLiteral("2026-11-27");
        card.typeId = QStringLiteral("2");
        card.typeName = QStringLiteral("Gold"); // not sent: type_id wins
        card.customerExternalId = QStringLiteral("C-9");
        card.createIfNotExist = true;
        const FieldList update = DiscountCards::wireFields(card, CardWrite::Update);
        QCOMPARE(names(update),
                 QStringList({QStringLiteral("card_id"), QStringLiteral("uid"), QStringLiteral("create_if_not_exist"),
                              QStringLiteral("medium"), QStringLiteral("status"), QStringLiteral("block_date"),
                              QStringLiteral("type_id"), QStringLiteral("customer_external_id")}));
        QCOMPARE(update.at(1).second, QStringLiteral("123456789")); // trimmed
        QCOMPARE(update.at(2).second, QStringLiteral("1"));
        // Insert: no create_if_not_exist; delete: the keys only.
        QVERIFY(
            !names(DiscountCards::wireFields(card, CardWrite::Insert)).contains(QStringLiteral("create_if_not_exist")));
        QCOMPARE(names(DiscountCards::wireFields(card, CardWrite::Delete)),
                 QStringList({QStringLiteral("card_id"), QStringLiteral("uid")}));
        card.typeId.clear();
        QVERIFY(names(DiscountCards::wireFields(card, CardWrite::Update)).contains(QStringLiteral("type_name")));
        QCOMPARE(DiscountCards::defaultRoute(CardWrite::Delete), QStringLiteral("/api/customer/deleteCard"));
        QCOMPARE(DiscountCards::endpointKey(CardWrite::Insert), QStringLiteral("virtpos.insertCard"));
    }
};

QTEST_GUILESS_MAIN(TestDiscountCard)
#include "tst_discountcard.moc"
