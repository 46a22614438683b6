// PrintloungeParser and CartItemType against the Printlounge document's examples
// (tests/data/examples/printlounge) and broken answers.

#include "Examples.h"
#include "codec/Lenient.h"
#include "services/printlounge/CartItemType.h"
#include "services/printlounge/PrintloungeParser.h"

#include <QSet>
#include <QtTest>

using kontor::CartItemType;
using kontor::Error;
using kontor::PrintloungeParser;

namespace {

QByteArray example(const QString& name)
{
    return kontor::test::readExample("printlounge", name);
}

using kontor::test::valueOf;

} // namespace

class TestPrintloungeParser : public QObject
{
    Q_OBJECT
private slots:
    void orderListFromDocument();
    void orderListReadAsItsDomWouldBe();
    void smallestIdIsTheCursor();
    void theCursorReadFromTheBytesAgreesWithTheParse();
    void commaLessDocumentExamplesAreMalformed();
    void orderFromDocument();
    void cartFromDocument();
    void cartItemsSortedByKeyAndUnknownTypesKept();
    void cartItemsForms();
    void cartItemTypeNames();
    void cartItemTypeUnknownCodes_data();
    void cartItemTypeUnknownCodes();
    void brokenOrderLists_data();
    void brokenOrderLists();
    void brokenCarts_data();
    void brokenCarts();
};

void TestPrintloungeParser::orderListFromDocument()
{
    const auto r = PrintloungeParser::parseOrderList(example(QStringLiteral("orders.json")));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.size(), 2);
    const kontor::OrderSummary& first = r.value.at(0);
    QCOMPARE(first.id, QStringLiteral("1235"));
    QCOMPARE(first.number, QStringLiteral("MY4720"));
    QCOMPARE(first.status, QStringLiteral("61"));
    QCOMPARE(first.paid, QStringLiteral("yes"));
    QCOMPARE(first.created, QStringLiteral("2021-11-11 11:11:11"));
    QCOMPARE(first.modified, QStringLiteral("2021-11-11 11:11:11"));
    QCOMPARE(valueOf(first.extra, QStringLiteral("internalOrderCode")), QStringLiteral("ABCDEG"));
    QCOMPARE(valueOf(first.extra, QStringLiteral("status")), QStringLiteral("1"));
    QCOMPARE(first.extra.size(), 2);
    QCOMPARE(r.value.at(1).paid, QStringLiteral("no"));

    const auto filtered = PrintloungeParser::parseOrderList(example(QStringLiteral("orders-filtered.json")));
    QVERIFY(filtered.ok());
    QCOMPARE(filtered.value.first().status, QStringLiteral("62"));
}

// parseOrderList reads the page value by value, without a DOM; it must come to exactly what reading the DOM of the
// same page gives: members in their order, a repeated name in its first place with its last value, nested values
// as compact JSON text, floats as sent, escapes decoded.
void TestPrintloungeParser::orderListReadAsItsDomWouldBe()
{
    using kontor::codec::Json;
    using kontor::codec::Lenient;
    const QByteArray page = R"([
        {"id": 12, "orderCode": "A-12", "orderStatus": 61, "statusPaid": "1", "createDate": "2025-05-27 20:07:00",
         "total": 13847.90, "customer": {"name": "J\u00fcrgen \"Jo\" M\u00fcller", "tags": [1, 2.50]},
         "note": null, "gift": false, "orderStatus": "62", "extra": "x", "extra": "y"},
        {"orderCode": "B", "id": "11", "statusPaid": 0, "lastModified": "2025-05-28", "weight": 1e3, "emoji": "\ud83d\ude00",
         "big": 18446744073709551615, "neg": -5},
        {"id": 10.0, "statusPaid": "nein", "empty": {}, "list": []}
    ])";
    const kontor::Result<QList<kontor::OrderSummary>> rows = PrintloungeParser::parseOrderList(page);
    QVERIFY2(rows.ok(), qPrintable(rows.error.detail));
    const kontor::Result<Json> dom = Lenient::parse(page, QStringLiteral("test"));
    QVERIFY(dom.ok());
    QCOMPARE(rows.value.size(), qsizetype(dom.value.size()));
    const QStringList named = {QStringLiteral("id"),          QStringLiteral("orderCode"),
                               QStringLiteral("orderStatus"), QStringLiteral("statusPaid"),
                               QStringLiteral("createDate"),  QStringLiteral("lastModified")};
    for (qsizetype i = 0; i < rows.value.size(); ++i) {
        const Json& row = dom.value.at(static_cast<std::size_t>(i));
        const kontor::OrderSummary& o = rows.value.at(i);
        QCOMPARE(o.id, QString::number(*Lenient::integer(row, "id")));
        QCOMPARE(o.number, Lenient::string(row, "orderCode"));
        QCOMPARE(o.status, Lenient::string(row, "orderStatus"));
        QCOMPARE(o.created, Lenient::string(row, "createDate"));
        QCOMPARE(o.modified, Lenient::string(row, "lastModified"));
        const std::optional<bool> paid = Lenient::flag(row, "statusPaid");
        QCOMPARE(o.paid, !paid ? QString() : *paid ? QStringLiteral("yes") : QStringLiteral("no"));
        QCOMPARE(o.extra, Lenient::fields(row, named));
    }
    // The values themselves, so that the comparison above cannot pass on two equally wrong readings.
    const kontor::OrderSummary& first = rows.value.at(0);
    QCOMPARE(first.status, QStringLiteral("62"));
    QCOMPARE(first.paid, QStringLiteral("yes"));
    const kontor::FieldList expected = {
        {QStringLiteral("total"), QStringLiteral("13847.90")},
        {QStringLiteral("customer"), QStringLiteral(R"({"name":"Jürgen \"Jo\" Müller","tags":[1,"2.50"]})")},
        {QStringLiteral("note"), QString()},
        {QStringLiteral("gift"), QStringLiteral("false")},
        {QStringLiteral("extra"), QStringLiteral("y")}};
    QCOMPARE(first.extra, expected);
    QCOMPARE(rows.value.at(1).id, QStringLiteral("11"));
    QCOMPARE(rows.value.at(1).extra.value(1).second, QStringLiteral("😀"));
    QCOMPARE(rows.value.at(2).id, QStringLiteral("10"));
    QCOMPARE(rows.value.at(2).paid, QStringLiteral("no"));
}

void TestPrintloungeParser::smallestIdIsTheCursor()
{
    const auto r = PrintloungeParser::parseOrderList(example(QStringLiteral("orders.json")));
    QCOMPARE(PrintloungeParser::smallestId(r.value), QStringLiteral("1234"));
    // Not necessarily the last row, and ids may come as text or as 12.0.
    const auto mixed = PrintloungeParser::parseOrderList(R"([{"id":"50"},{"id":7.0},{"id":900}])");
    QVERIFY(mixed.ok());
    QCOMPARE(mixed.value.at(1).id, QStringLiteral("7"));
    QCOMPARE(PrintloungeParser::smallestId(mixed.value), QStringLiteral("7"));
    QCOMPARE(PrintloungeParser::smallestId({}), QString());
}

void TestPrintloungeParser::theCursorReadFromTheBytesAgreesWithTheParse()
{
    // Where the scan gives a cursor, it is the one the parsed page gives; where it cannot tell, it says nothing.
    const QList<QByteArray> agree = {
        example(QStringLiteral("orders.json")),
        example(QStringLiteral("orders-filtered.json")),
        R"([{"id":"50"},{"id":7.0},{"id":900}])",
        R"( [ {"note":"a \"quoted\" } ] text","id" : 12 , "items":[{"id":1}],"o":{"id":2}} ,{"id":30}] )",
        R"([{"id":5,"x":null,"y":true,"z":-1.5e3}])",
    };
    for (const QByteArray& body : agree) {
        const auto parsed = PrintloungeParser::parseOrderList(body);
        QVERIFY2(parsed.ok(), body.constData());
        const std::optional<qint64> scanned = PrintloungeParser::scanSmallestId(body);
        QVERIFY2(scanned, body.constData());
        QCOMPARE(QString::number(*scanned), PrintloungeParser::smallestId(parsed.value));
    }
    // Below the cursor of the page before: ids at or above it are not counted (the client drops those rows).
    QCOMPARE(PrintloungeParser::scanSmallestId(R"([{"id":60},{"id":40},{"id":50}])", 50), std::optional<qint64>(40));
    QCOMPARE(PrintloungeParser::scanSmallestId(R"([{"id":60},{"id":70}])", 50), std::nullopt);
    // Nothing where the parser's own rules decide: no array, an empty one, an id that is no plain integer, a row
    // without an id, a truncated answer, text after the array.
    for (const QByteArray& body :
         {QByteArray("{}"), QByteArray("[]"), QByteArray(R"([{"id":-5}])"), QByteArray(R"([{"id":1e3}])"),
          QByteArray(R"([{"id":"12a"}])"), QByteArray(R"([{"orderCode":"X"}])"), QByteArray(R"([{"id":5},{"id":4)"),
          QByteArray(R"([{"id":5}] x)"), QByteArray(R"([{"id":5},])"), QByteArray("<html>")})
        QVERIFY2(!PrintloungeParser::scanSmallestId(body), body.constData());
}

void TestPrintloungeParser::commaLessDocumentExamplesAreMalformed()
{
    const auto cart = PrintloungeParser::parseCart(example(QStringLiteral("cart-doc.txt")));
    QVERIFY(!cart.ok());
    QCOMPARE(cart.error.kind, Error::Kind::Malformed);
    QVERIFY(cart.error.message.contains(QStringLiteral("Printlounge")));
    const auto order = PrintloungeParser::parseOrder(example(QStringLiteral("order-doc.txt")));
    QVERIFY(!order.ok());
    QCOMPARE(order.error.kind, Error::Kind::Malformed);
}

void TestPrintloungeParser::orderFromDocument()
{
    const auto r = PrintloungeParser::parseOrder(example(QStringLiteral("order.json")));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.size(), 2);
    QCOMPARE(r.value.at(0), qMakePair(QStringLiteral("order_code"), QStringLiteral("XABCDE")));
    QCOMPARE(r.value.at(1), qMakePair(QStringLiteral("order_status"), QStringLiteral("61")));
}

void TestPrintloungeParser::cartFromDocument()
{
    const auto r = PrintloungeParser::parseCart(example(QStringLiteral("cart.json")));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    const kontor::Cart& cart = r.value;
    // Every header field, in the document's order, without cartItems.
    QCOMPARE(cart.fields.first(), qMakePair(QStringLiteral("id"), QStringLiteral("645135")));
    QCOMPARE(cart.fields.last(), qMakePair(QStringLiteral("date_of_invoice"), QStringLiteral("example content")));
    QCOMPARE(cart.fields.size(), 104);
    QCOMPARE(valueOf(cart.fields, QStringLiteral("cartItems")), QStringLiteral("<absent>"));
    QCOMPARE(valueOf(cart.fields, QStringLiteral("shipping_charges")), QStringLiteral("9.99"));
    QCOMPARE(valueOf(cart.fields, QStringLiteral("order_budget_before")), QStringLiteral("0.00"));
    QCOMPARE(valueOf(cart.fields, QStringLiteral("order_status")), QStringLiteral("62"));

    QCOMPARE(cart.items.size(), 1);
    const kontor::CartItem& item = cart.items.first();
    QCOMPARE(item.position, QStringLiteral("1"));
    QCOMPARE(item.id, QStringLiteral("121314"));
    QCOMPARE(item.type, QStringLiteral("1"));
    QCOMPARE(item.typeName, QStringLiteral("Article"));
    QCOMPARE(item.name, QStringLiteral("example content"));
    QCOMPARE(item.quantity, QStringLiteral("370169"));
    QCOMPARE(item.amount, QStringLiteral("example content"));
    QCOMPARE(valueOf(item.extra, QStringLiteral("aid")), QStringLiteral("231450"));
    QCOMPARE(valueOf(item.extra, QStringLiteral("report_group_id")), QStringLiteral("0"));
    QCOMPARE(valueOf(item.extra, QStringLiteral("type")), QStringLiteral("<absent>"));
}

void TestPrintloungeParser::cartItemsSortedByKeyAndUnknownTypesKept()
{
    const auto r = PrintloungeParser::parseCart(R"({"order_code":"X1","cartItems":{
        "10":{"id":10,"type":101,"jobname":"OCI"},
        "2":{"id":2,"type":"2","s_desc":"Versand DHL"},
        "1":{"id":1,"type":1,"jobname":"Visitenkarten Jürgen"},
        "3":{"id":3,"type":42,"s_desc":"Neu"},
        "x":{"id":99,"s_desc":"ohne Typ"}}})");
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.items.size(), 5);
    QStringList positions;
    for (const auto& item : r.value.items)
        positions << item.position;
    QCOMPARE(positions, QStringList({"1", "2", "3", "10", "x"}));
    QCOMPARE(r.value.items.at(0).name, QStringLiteral("Visitenkarten Jürgen"));
    QCOMPARE(r.value.items.at(1).typeName, QStringLiteral("Shipping"));
    QCOMPARE(r.value.items.at(1).name, QStringLiteral("Versand DHL"));
    QCOMPARE(r.value.items.at(2).typeName, QStringLiteral("Unknown (42)"));
    QCOMPARE(r.value.items.at(3).typeName, QStringLiteral("External article (OCI punch-out)"));
    QCOMPARE(r.value.items.at(4).typeName, QStringLiteral("Unknown (?)"));
}

void TestPrintloungeParser::cartItemsForms()
{
    // PHP writes an empty associative array as [] and a dense one as a list.
    const auto empty = PrintloungeParser::parseCart(R"({"order_code":"X","cartItems":[]})");
    QVERIFY(empty.ok());
    QVERIFY(empty.value.items.isEmpty());
    const auto list = PrintloungeParser::parseCart(R"({"order_code":"X","cartItems":[{"type":1},{"type":2}]})");
    QVERIFY(list.ok());
    QCOMPARE(list.value.items.size(), 2);
    QCOMPARE(list.value.items.at(1).position, QStringLiteral("2"));
    const auto none = PrintloungeParser::parseCart(R"({"order_code":"X"})");
    QVERIFY(none.ok());
    QVERIFY(none.value.items.isEmpty());
    QCOMPARE(none.value.fields.size(), 1);
}

void TestPrintloungeParser::cartItemTypeNames()
{
    const QList<int> codes = CartItemType::knownCodes();
    QCOMPARE(codes.size(), 20);
    QSet<QString> names;
    for (int code = 1; code <= 19; ++code) {
        QVERIFY(codes.contains(code));
        QVERIFY(CartItemType::isKnown(code));
        const QString name = CartItemType::name(code);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!name.startsWith(QStringLiteral("Unknown")), qPrintable(name));
        names.insert(name);
    }
    QVERIFY(CartItemType::isKnown(101));
    names.insert(CartItemType::name(101));
    QCOMPARE(names.size(), 20); // one name per code
    QCOMPARE(CartItemType::name(1), QStringLiteral("Article"));
    QCOMPARE(CartItemType::name(2), QStringLiteral("Shipping"));
    QCOMPARE(CartItemType::name(10), QStringLiteral("Customer discount"));
    QCOMPARE(CartItemType::name(101), QStringLiteral("External article (OCI punch-out)"));
    QCOMPARE(CartItemType::name(QStringLiteral(" 2 ")), QStringLiteral("Shipping"));
    QCOMPARE(CartItemType::name(QStringLiteral("2.0")), QStringLiteral("Shipping"));
}

void TestPrintloungeParser::cartItemTypeUnknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("Unknown (0)");
    QTest::newRow("20") << QStringLiteral("20") << QStringLiteral("Unknown (20)");
    QTest::newRow("100") << QStringLiteral("100") << QStringLiteral("Unknown (100)");
    QTest::newRow("102") << QStringLiteral("102") << QStringLiteral("Unknown (102)");
    QTest::newRow("-1") << QStringLiteral("-1") << QStringLiteral("Unknown (-1)");
    QTest::newRow("text") << QStringLiteral("abc") << QStringLiteral("Unknown (abc)");
    QTest::newRow("fraction") << QStringLiteral("2.5") << QStringLiteral("Unknown (2.5)");
    QTest::newRow("empty") << QString() << QStringLiteral("Unknown (?)");
}

void TestPrintloungeParser::cartItemTypeUnknownCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(CartItemType::name(code), name);
}

void TestPrintloungeParser::brokenOrderLists_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    const int malformed = int(Error::Kind::Malformed);
    const QByteArray whole = example(QStringLiteral("orders.json"));
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("null") << QByteArray("null") << malformed;
    QTest::newRow("truncated") << whole.left(whole.size() - 10) << malformed;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><title>Login</title></html>") << int(Error::Kind::Html);
    QTest::newRow("object") << QByteArray(R"({"orders":[]})") << malformed;
    QTest::newRow("string") << QByteArray(R"("orders")") << malformed;
    QTest::newRow("row is a number") << QByteArray("[1,2]") << malformed;
    QTest::newRow("row without id") << QByteArray(R"([{"orderCode":"X"}])") << malformed;
    QTest::newRow("id is text") << QByteArray(R"([{"id":"abc"}])") << malformed;
    QTest::newRow("id is an object") << QByteArray(R"([{"id":{"v":1}}])") << malformed;
    QTest::newRow("nested lists") << QByteArray(R"([[{"id":1}]])") << malformed;
}

void TestPrintloungeParser::brokenOrderLists()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const auto r = PrintloungeParser::parseOrderList(body);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.kind), kind);
    QVERIFY(!r.error.message.isEmpty());
}

void TestPrintloungeParser::brokenCarts_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray whole = example(QStringLiteral("cart.json"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("truncated") << whole.left(whole.size() / 3);
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("cartItems is text") << QByteArray(R"({"cartItems":"none"})");
    QTest::newRow("item is a number") << QByteArray(R"({"cartItems":{"1":5}})");
    QTest::newRow("list item is text") << QByteArray(R"({"cartItems":["a"]})");
}

void TestPrintloungeParser::brokenCarts()
{
    QFETCH(QByteArray, body);
    const auto r = PrintloungeParser::parseCart(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Malformed);
}

QTEST_GUILESS_MAIN(TestPrintloungeParser)
#include "tst_printloungeparser.moc"
