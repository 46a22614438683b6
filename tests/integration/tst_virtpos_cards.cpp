// VirtposClient::writeCard against the sandbox over loopback, in both wire formats: a card is inserted, found
// and updated by each of the four lookup keys, blocked and deleted; an update with create_if_not_exist
// creates; the uid_ean13 the server made is the one Kontor computes (it finds the card by that barcode); and
// a bad medium, status, date or barcode is refused before anything is sent (the sandbox's request counters
// do not move).
#include "Await.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "domain/Ean13.h"
#include "services/virtpos/VirtposClient.h"

#include <QJsonObject>
#include <QtTest>

using namespace kontor;
using WriteResult = kontor::Result<VirtposClient::CardWriteResult>;

namespace {

qint64 requestsSeen(const sandbox::Sandbox& s)
{
    qint64 n = 0;
    const QJsonObject routes =
        s.counters().value(QStringLiteral("virtpos")).toObject().value(QStringLiteral("requests")).toObject();
    for (const QJsonValue& outcomes : routes) {
        for (const QJsonValue& count : outcomes.toObject())
            n += count.toInteger();
    }
    return n;
}

qint64 counter(const sandbox::Sandbox& s, const char* name)
{
    return s.counters().value(QStringLiteral("virtpos")).toObject().value(QLatin1String(name)).toInteger();
}

} // namespace

class TestVirtposCards : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<sandbox::Sandbox>(test::sandboxOptions(10));
        QVERIFY(m_sandbox->start());
    }

    void aCardsWholeLife_data()
    {
        QTest::addColumn<WireFormat>("format");
        QTest::addColumn<QString>("uid");
        QTest::newRow("json") << WireFormat::Json << QStringLiteral("4711001");
        QTest::newRow("xml") << WireFormat::Xml << QStringLiteral("4711002");
    }
    void aCardsWholeLife()
    {
        QFETCH(WireFormat, format);
        QFETCH(QString, uid);
        VirtposClient client(profile(format), QString::fromUtf8(test::SandboxSecret));
        auto write = [&client](CardWrite w, const DiscountCard& card) {
            return test::await<VirtposClient::CardWriteResult>(
                [&](QObject* ctx, Callback<VirtposClient::CardWriteResult> cb) { client.writeCard(w, card, ctx, cb); });
        };
        const qint64 insertsBefore = counter(*m_sandbox, "cardInserts");

        DiscountCard card;
        card.uid = uid;
        card.externalId = QStringLiteral("EXT-") + uid;
        card.medium = QStringLiteral("PLASTIC");
        card.status = QStringLiteral("NEW");
        card.activateDate = QStringLiteral("2026-11-27");
        card.typeId = QStringLiteral("1");
        const WriteResult inserted = write(CardWrite::Insert, card);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error.detail));
        QVERIFY(inserted.value.created);
        QVERIFY(!inserted.value.cardId.isEmpty());
        QCOMPARE(counter(*m_sandbox, "cardInserts"), insertsBefore + 1);

        // Found and updated by each key in turn, the others left out.
        const QString ean = *Ean13::fromUid(uid); // the barcode the server made from the uid, as Kontor shows it
        const QList<DiscountCard> byKey = [&] {
            DiscountCard id;
            id.cardId = inserted.value.cardId;
            DiscountCard number;
            number.uid = uid;
            DiscountCard external;
            external.externalId = card.externalId;
            DiscountCard barcode;
            barcode.cardBarcode = ean;
            return QList<DiscountCard>{id, number, external, barcode};
        }();
        const QStringList statuses = {QStringLiteral("ACTIVE"), QStringLiteral("NEW"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("ACTIVE")};
        for (int i = 0; i < byKey.size(); ++i) {
            DiscountCard update = byKey.at(i);
            update.status = statuses.at(i);
            const WriteResult updated = write(CardWrite::Update, update);
            QVERIFY2(updated.ok(), qPrintable(QStringLiteral("key %1: %2").arg(i).arg(updated.error.detail)));
            QCOMPARE(updated.value.cardId, inserted.value.cardId);
            QVERIFY(!updated.value.created);
        }

        // Blocked, then deleted; after that, no key finds it.
        DiscountCard block;
        block.cardId = inserted.value.cardId;
        block.status = QStringLiteral("BLOCKED");
        block.blockDate = QStringLiteral("2026-11-28");
        QVERIFY(write(CardWrite::Update, block).ok());
        DiscountCard gone;
        gone.uid = uid;
        const WriteResult deleted = write(CardWrite::Delete, gone);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.detail));
        const WriteResult again = write(CardWrite::Update, byKey.at(0));
        QVERIFY(!again.ok());
        QCOMPARE(again.error.kind, Error::Kind::Service);

        // An update that finds nothing creates with create_if_not_exist.
        DiscountCard fresh;
        fresh.uid = QStringLiteral("9") + uid;
        fresh.createIfNotExist = true;
        const WriteResult created = write(CardWrite::Update, fresh);
        QVERIFY2(created.ok(), qPrintable(created.error.detail));
        QVERIFY(created.value.created);
    }

    void badInputNeverReachesTheServer()
    {
        VirtposClient client(profile(WireFormat::Json), QString::fromUtf8(test::SandboxSecret));
        const qint64 before = requestsSeen(*m_sandbox);
        QList<DiscountCard> bad;
        DiscountCard medium;
        medium.uid = QStringLiteral("5550001");
        medium.medium = QStringLiteral("PAPER");
        DiscountCard status = medium;
        status.medium.clear();
        status.status = QStringLiteral("LOST");
        DiscountCard date = status;
        date.status.clear();
        date.blockDate = QStringLiteral("31.12.2026");
        DiscountCard ean = date;
        ean.blockDate.clear();
        ean.barcode = QStringLiteral("5901234123458");
        bad << medium << status << date << ean;
        for (const DiscountCard& card : bad) {
            const WriteResult r = test::await<VirtposClient::CardWriteResult>(
                [&](QObject* ctx, Callback<VirtposClient::CardWriteResult> cb) {
                    client.writeCard(CardWrite::Insert, card, ctx, cb);
                });
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, Error::Kind::InvalidInput);
        }
        QCOMPARE(requestsSeen(*m_sandbox), before);
    }

private:
    Profile profile(WireFormat format) const
    {
        Profile p = Profile::defaultsFor(Service::Virtpos);
        p.id = QStringLiteral("cards");
        p.name = QStringLiteral("Kasse");
        p.baseUrl = m_sandbox->url(QStringLiteral("virtpos"));
        p.format = format;
        return p;
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
};

QTEST_MAIN(TestVirtposCards)
#include "tst_virtpos_cards.moc"
