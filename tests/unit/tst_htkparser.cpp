// HtkParser against the OmniSeller document's examples (tests/data/examples/htk) and broken answers.

#include "Examples.h"
#include "services/htk/HtkParser.h"

#include <QtTest>

using kontor::Error;
using kontor::HtkParser;

namespace {

QByteArray example(const QString& name)
{
    return kontor::test::readExample("htk", name);
}

} // namespace

class TestHtkParser : public QObject
{
    Q_OBJECT
private slots:
    void tokenFromDocument();
    void tokenLifetimeFromDates();
    void tokenRefusedIsAuth();
    void tokenMissingIsMalformed();
    void categoriesFromDocument();
    void categoriesActiveFlagSpellings_data();
    void categoriesActiveFlagSpellings();
    void categoriesTree();
    void verbatimDocumentIsMalformed();
    void orderIdsFromDocument();
    void orderWithoutDataIsNotFound();
    void orderFieldsInServerOrder();
    void expiredTokenIsAuth();
    void serviceErrorQuotesDebugMessage();
    void emptyListForms_data();
    void emptyListForms();
    void brokenAnswers_data();
    void brokenAnswers();
};

void TestHtkParser::tokenFromDocument()
{
    const auto r = HtkParser::parseToken(example(QStringLiteral("token.json")));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.token, QStringLiteral("410C2DC6-88F0-4DAA-81DF-F3A62299B467"));
    QCOMPARE(r.value.timeLeftSec, 900);
}

void TestHtkParser::tokenLifetimeFromDates()
{
    const auto r = HtkParser::parseToken(R"({"status":"OK","token":{"token":"T","creationdate":"2021-02-17 13:50:25",
        "expirationdate":"2021-02-17 14:20:29"}})");
    QVERIFY(r.ok());
    QCOMPARE(r.value.timeLeftSec, 30 * 60 + 4);
    const auto unknown = HtkParser::parseToken(R"({"status":"OK","token":{"token":"T"}})");
    QVERIFY(unknown.ok());
    QCOMPARE(unknown.value.timeLeftSec, -1);
    const auto asText = HtkParser::parseToken(R"({"status":"OK","token":{"token":"T","timeLeft":"60"}})");
    QCOMPARE(asText.value.timeLeftSec, 60);
}

void TestHtkParser::tokenRefusedIsAuth()
{
    const auto r =
        HtkParser::parseToken(R"({"status":"ERROR","debugMessage":"Authentication failed: wrong apiuser or apipass"})");
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Auth);
    QVERIFY(r.error.detail.contains(QStringLiteral("Authentication failed")));
    QVERIFY(r.error.message.contains(QStringLiteral("profile")));
}

void TestHtkParser::tokenMissingIsMalformed()
{
    for (const QByteArray& body : {QByteArray(R"({"status":"OK"})"), QByteArray(R"({"status":"OK","token":{}})"),
                                   QByteArray(R"({"status":"OK","token":{"token":""}})"),
                                   QByteArray(R"({"status":"OK","token":[1,2]})"), QByteArray("[]")}) {
        const auto r = HtkParser::parseToken(body);
        QVERIFY2(!r.ok(), body.constData());
        QCOMPARE(r.error.kind, Error::Kind::Malformed);
    }
}

void TestHtkParser::categoriesFromDocument()
{
    const auto r = HtkParser::parseCategories(example(QStringLiteral("categories.json")));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.size(), 1);
    const kontor::Category& c = r.value.first();
    QCOMPARE(c.id, QStringLiteral("1c59e65e30bcaa3a694b818d0b62adb0"));
    QCOMPARE(c.parentId, QString()); // "oxrootID" marks a root
    QCOMPARE(c.name, QStringLiteral("Möbel"));
    QVERIFY(c.active);

    const auto revised = HtkParser::parseCategories(example(QStringLiteral("categories-aktiv-true.json")));
    QVERIFY(revised.ok());
    QCOMPARE(revised.value.size(), 1);
    QVERIFY(revised.value.first().active);
}

void TestHtkParser::categoriesActiveFlagSpellings_data()
{
    QTest::addColumn<QByteArray>("aktiv");
    QTest::addColumn<bool>("active");
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("\"1\"") << QByteArray("\"1\"") << true;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("\"0\"") << QByteArray("\"0\"") << false;
    QTest::newRow("null means unknown: active") << QByteArray("null") << true;
}

void TestHtkParser::categoriesActiveFlagSpellings()
{
    QFETCH(QByteArray, aktiv);
    QFETCH(bool, active);
    const auto r = HtkParser::parseCategories(R"({"status":"OK","data":[{"ID":"a","ParentID":"oxrootID","Aktiv":)" +
                                              aktiv + R"(,"Name":"x"}]})");
    QVERIFY(r.ok());
    QCOMPARE(r.value.first().active, active);
}

void TestHtkParser::categoriesTree()
{
    const auto r = HtkParser::parseCategories(R"({"status":"OK","data":[
        {"ID":"root","ParentID":"oxrootID","Aktiv":1,"Name":"Möbel"},
        {"ID":"child","ParentID":"root","Aktiv":1,"Name":"Стулья"},
        {"ID":42,"ParentID":"","Aktiv":true,"Name":"Bútorok"}]})");
    QVERIFY(r.ok());
    QCOMPARE(r.value.size(), 3);
    QCOMPARE(r.value.at(1).parentId, QStringLiteral("root"));
    QCOMPARE(r.value.at(1).name, QStringLiteral("Стулья"));
    QCOMPARE(r.value.at(2).id, QStringLiteral("42"));
    QCOMPARE(r.value.at(2).parentId, QString());
}

void TestHtkParser::verbatimDocumentIsMalformed()
{
    // The wiki page indents with no-break spaces and elides entries with ".....": not JSON, and no crash.
    const auto r = HtkParser::parseCategories(example(QStringLiteral("categories-doc.txt")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Malformed);
}

void TestHtkParser::orderIdsFromDocument()
{
    const auto r = HtkParser::parseOrderIds(example(QStringLiteral("orderids.json")));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.size(), 1);
    const kontor::OrderSummary& o = r.value.first();
    QCOMPARE(o.id, QStringLiteral("6132af04178eabb83271b3c6579431be"));
    QCOMPARE(o.number, QStringLiteral("2"));
    QCOMPARE(o.status, QStringLiteral("0"));
    QCOMPARE(o.extra.size(), 1);
    QCOMPARE(o.extra.first(), qMakePair(QStringLiteral("Paymenttype"), QStringLiteral("oxidinvoice")));
}

void TestHtkParser::orderWithoutDataIsNotFound()
{
    // The document's GetOrder example answers with data "".
    const auto r = HtkParser::parseOrder(example(QStringLiteral("order.json")), QStringLiteral("abc"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::NotFound);
    QVERIFY(r.error.message.contains(QStringLiteral("abc")));
}

void TestHtkParser::orderFieldsInServerOrder()
{
    const auto r = HtkParser::parseOrder(
        R"({"status":"OK","data":{"ID":"x1","OrderStatus":2,"Total":19.90,"Name":"Jürgen","Items":[{"a":1}]}})",
        QStringLiteral("x1"));
    QVERIFY(r.ok());
    QCOMPARE(r.value.size(), 5);
    QCOMPARE(r.value.at(0), qMakePair(QStringLiteral("ID"), QStringLiteral("x1")));
    QCOMPARE(r.value.at(1), qMakePair(QStringLiteral("OrderStatus"), QStringLiteral("2")));
    QCOMPARE(r.value.at(2), qMakePair(QStringLiteral("Total"), QStringLiteral("19.90")));
    QCOMPARE(r.value.at(3), qMakePair(QStringLiteral("Name"), QStringLiteral("Jürgen")));
    QCOMPARE(r.value.at(4), qMakePair(QStringLiteral("Items"), QStringLiteral("[{\"a\":1}]")));

    const auto list = HtkParser::parseOrder(R"({"status":"OK","data":[{"ID":"x1"}]})", QStringLiteral("x1"));
    QVERIFY(list.ok());
    QCOMPARE(list.value.first(), qMakePair(QStringLiteral("ID"), QStringLiteral("x1")));
}

void TestHtkParser::expiredTokenIsAuth()
{
    for (const QByteArray& body : {QByteArray(R"({"status":"ERROR","debugMessage":"Token expired"})"),
                                   QByteArray(R"({"status":"ERROR","debugMessage":"Invalid token"})"),
                                   QByteArray(R"({"status":"ERROR","debugMessage":"Token abgelaufen"})")}) {
        const auto r = HtkParser::parseCategories(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Error::Kind::Auth);
    }
}

void TestHtkParser::serviceErrorQuotesDebugMessage()
{
    const auto r = HtkParser::parseOrderIds(R"({"status":"ERROR","debugMessage":"Datenbank nicht erreichbar"})");
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Service);
    QVERIFY(r.error.message.contains(QStringLiteral("Datenbank nicht erreichbar")));
    QVERIFY(r.error.detail.contains(QStringLiteral("ERROR")));
}

void TestHtkParser::emptyListForms_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty string") << QByteArray("\"\"");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("empty list") << QByteArray("[]");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestHtkParser::emptyListForms()
{
    QFETCH(QByteArray, data);
    const auto r = HtkParser::parseOrderIds(R"({"status":"OK","debugMessage":"x","data":)" + data + "}");
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QVERIFY(r.value.isEmpty());
}

void TestHtkParser::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    const int malformed = int(Error::Kind::Malformed);
    const QByteArray whole = example(QStringLiteral("categories.json"));
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("null") << QByteArray("null") << malformed;
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << malformed;
    QTest::newRow("html") << QByteArray("<html><body>Fatal error in HTKService4.php</body></html>")
                          << int(Error::Kind::Html);
    QTest::newRow("php warning before json")
        << QByteArray("Warning: Undefined index\n{\"status\":\"OK\"}") << malformed;
    QTest::newRow("array") << QByteArray("[]") << malformed;
    QTest::newRow("no status") << QByteArray(R"({"data":[]})") << malformed;
    QTest::newRow("data is a number") << QByteArray(R"({"status":"OK","data":5})") << malformed;
    QTest::newRow("entry is a string") << QByteArray(R"({"status":"OK","data":["a"]})") << malformed;
    QTest::newRow("entry without ID") << QByteArray(R"({"status":"OK","data":[{"Name":"x"}]})") << malformed;
    QTest::newRow("deeply wrong") << QByteArray(R"({"status":"OK","data":[[[[{"ID":"x"}]]]]})") << malformed;
}

void TestHtkParser::brokenAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const auto cats = HtkParser::parseCategories(body);
    QVERIFY(!cats.ok());
    QCOMPARE(int(cats.error.kind), kind);
    const auto ids = HtkParser::parseOrderIds(body);
    QVERIFY(!ids.ok());
    QCOMPARE(int(ids.error.kind), kind);
    QVERIFY(!cats.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestHtkParser)
#include "tst_htkparser.moc"
