// VirtposParser against the VirtualPOS document's examples (tests/data/examples/virtpos), in both wire
// formats, and broken answers.

#include "Examples.h"
#include "services/virtpos/VirtposParser.h"

#include <QtTest>

using kontor::Error;
using kontor::OrderSummary;
using kontor::VirtposParser;
using kontor::WireFormat;

namespace {

QByteArray example(const QString& name)
{
    return kontor::test::readExample("virtpos", name);
}

using kontor::test::valueOf;

void checkDocumentOrder(const QList<OrderSummary>& orders)
{
    QCOMPARE(orders.size(), 1);
    const OrderSummary& o = orders.first();
    QCOMPARE(o.amount, QStringLiteral("976.59"));
    QCOMPARE(o.created, QStringLiteral("2017-08-24 18:45:08"));
    QCOMPARE(o.customer, QStringLiteral("3"));
    QCOMPARE(o.paid, QStringLiteral("no"));
    QCOMPARE(o.status, QStringLiteral("open"));
    QCOMPARE(o.id, QString()); // the example's guid is empty and there is no other id
    QCOMPARE(valueOf(o.extra, QStringLiteral("shipping_address")), QStringLiteral("Дом 3, корпус 5"));
    QCOMPARE(valueOf(o.extra, QStringLiteral("comment")), QStringLiteral("После шести"));
    QCOMPARE(valueOf(o.extra, QStringLiteral("delivery_type_name")), QStringLiteral("Самовывоз"));
    QCOMPARE(valueOf(o.extra, QStringLiteral("shipping_cost")), QStringLiteral("130.00"));
    QCOMPARE(valueOf(o.extra, QStringLiteral("guid")), QStringLiteral("<absent>"));
    QCOMPARE(valueOf(o.extra, QStringLiteral("items")), QStringLiteral("<absent>"));

    QCOMPARE(o.items.size(), 2);
    const kontor::CartItem& first = o.items.at(0);
    QCOMPARE(first.position, QStringLiteral("1"));
    QCOMPARE(first.id, QStringLiteral("789"));
    QCOMPARE(first.name, QStringLiteral("Коньяк \"Анри\" 3-летний 40,0% 0,5л"));
    QCOMPARE(first.quantity, QStringLiteral("3.450"));
    QCOMPARE(first.unitPrice, QStringLiteral("100.10"));
    QCOMPARE(first.discount, QStringLiteral("10.20"));
    QCOMPARE(first.amount, QStringLiteral("335.15"));
    QCOMPARE(valueOf(first.extra, QStringLiteral("image")), QString());
    const kontor::CartItem& second = o.items.at(1);
    QCOMPARE(second.id, QStringLiteral("787"));
    QCOMPARE(second.name, QStringLiteral("Коньяк \"Father's Old Barrel' 3-летний 40% 0.5 л."));
    QCOMPARE(second.quantity, QStringLiteral("2.000"));
    QCOMPARE(second.discount, QStringLiteral("0.00"));
    QCOMPARE(second.amount, QStringLiteral("641.44"));
}

} // namespace

class TestVirtposParser : public QObject
{
    Q_OBJECT
private slots:
    void xmlExampleFromDocument();
    void jsonEquivalentOfTheExample();
    void severalOrdersAndIds();
    void ordersWithoutGuidStayDistinct();
    void tidierItemShapes();
    void itemWithoutItemIdStillSplits();
    void refusals_data();
    void refusals();
    void brokenAnswers_data();
    void brokenAnswers();
};

void TestVirtposParser::xmlExampleFromDocument()
{
    const auto r = VirtposParser::parseOrders(example(QStringLiteral("orders.xml")), WireFormat::Xml);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    checkDocumentOrder(r.value);
}

void TestVirtposParser::jsonEquivalentOfTheExample()
{
    const auto r = VirtposParser::parseOrders(example(QStringLiteral("orders-from-xml.json")), WireFormat::Json);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    checkDocumentOrder(r.value);
}

void TestVirtposParser::severalOrdersAndIds()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<root><success>1</success>
  <orders><guid>g-1</guid><paid>1</paid><shipped>1</shipped><amount>10.00</amount>
    <items><item_id>1</item_id><item_name>Чай</item_name></items></orders>
  <orders><guid>g-2</guid><paid>0</paid><cancelled>1</cancelled><amount>5.50</amount><items /></orders>
</root>)";
    const auto r = VirtposParser::parseOrdersXml(xml);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.size(), 2);
    QCOMPARE(r.value.at(0).id, QStringLiteral("g-1"));
    QCOMPARE(r.value.at(0).paid, QStringLiteral("yes"));
    QCOMPARE(r.value.at(0).status, QStringLiteral("shipped"));
    QCOMPARE(r.value.at(0).items.size(), 1);
    QCOMPARE(r.value.at(0).items.first().name, QStringLiteral("Чай"));
    QCOMPARE(r.value.at(1).id, QStringLiteral("g-2"));
    QCOMPARE(r.value.at(1).status, QStringLiteral("cancelled"));
    QVERIFY(r.value.at(1).items.isEmpty());

    const auto json = VirtposParser::parseOrdersJson(
        R"({"success":"1","orders":{"7":{"guid":"a","amount":1.50,"items":[]},"8":{"guid":"b","amount":"2"}}})");
    QVERIFY2(json.ok(), qPrintable(json.error.detail));
    QCOMPARE(json.value.size(), 2);
    QCOMPARE(json.value.at(0).amount, QStringLiteral("1.50"));
    QCOMPARE(json.value.at(1).id, QStringLiteral("b"));

    const auto single = VirtposParser::parseOrdersJson(R"({"success":true,"orders":{"guid":"only","paid":1}})");
    QVERIFY(single.ok());
    QCOMPARE(single.value.size(), 1);
    QCOMPARE(single.value.first().id, QStringLiteral("only"));

    const auto none = VirtposParser::parseOrdersJson(R"({"success":1})");
    QVERIFY(none.ok());
    QVERIFY(none.value.isEmpty());
    const auto noneXml = VirtposParser::parseOrdersXml("<root><success>1</success></root>");
    QVERIFY(noneXml.ok());
    QVERIFY(noneXml.value.isEmpty());
}

void TestVirtposParser::ordersWithoutGuidStayDistinct()
{
    // The document's only example has <guid />; the guid is empty on many orders. Identity is the id.
    const QByteArray xml = "<?xml version=\"1.0\"?><root><success>1</success>"
                           "<orders><id>501</id><guid /><amount>1.00</amount><items /></orders>"
                           "<orders><id>502</id><guid /><amount>2.00</amount><items /></orders>"
                           "<orders><id>503</id><guid>9f1c-77</guid><amount>3.00</amount><items /></orders></root>";
    const auto r = VirtposParser::parseOrders(xml, WireFormat::Xml);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.size(), 3);
    QCOMPARE(r.value.at(0).id, QStringLiteral("501"));
    QCOMPARE(r.value.at(1).id, QStringLiteral("502"));
    QCOMPARE(r.value.at(2).id, QStringLiteral("503")); // a filled guid does not replace the id
    QCOMPARE(valueOf(r.value.at(2).extra, QStringLiteral("guid")), QStringLiteral("9f1c-77"));
    QCOMPARE(valueOf(r.value.at(0).extra, QStringLiteral("guid")), QStringLiteral("<absent>"));
    const QByteArray json = "{\"success\":1,\"orders\":[{\"id\":\"7\",\"guid\":null,\"amount\":\"1\"},"
                            "{\"id\":\"8\",\"guid\":\"\",\"amount\":\"2\"}]}";
    const auto j = VirtposParser::parseOrders(json, WireFormat::Json);
    QVERIFY2(j.ok(), qPrintable(j.error.detail));
    QCOMPARE(j.value.at(0).id, QStringLiteral("7"));
    QCOMPARE(j.value.at(1).id, QStringLiteral("8"));
}

void TestVirtposParser::tidierItemShapes()
{
    const auto r = VirtposParser::parseOrdersXml(R"(<root><success>1</success><orders><guid>g</guid>
        <items><item><item_id>1</item_id><item_name>A</item_name></item>
               <item><item_id>2</item_id><item_name>B</item_name></item></items></orders></root>)");
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.first().items.size(), 2);
    QCOMPARE(r.value.first().items.at(1).name, QStringLiteral("B"));

    const auto wrapped = VirtposParser::parseOrdersXml(R"(<root><success>1</success><orders>
        <order><guid>a</guid></order><order><guid>b</guid></order></orders></root>)");
    QVERIFY(wrapped.ok());
    QCOMPARE(wrapped.value.size(), 2);
    QCOMPARE(wrapped.value.at(1).id, QStringLiteral("b"));
}

void TestVirtposParser::itemWithoutItemIdStillSplits()
{
    const auto r = VirtposParser::parseOrdersXml(R"(<root><success>1</success><orders><guid>g</guid><items>
        <item_name>A</item_name><quantity>1</quantity><item_name>B</item_name><quantity>2</quantity>
        </items></orders></root>)");
    QVERIFY(r.ok());
    QCOMPARE(r.value.first().items.size(), 2);
    QCOMPARE(r.value.first().items.at(1).name, QStringLiteral("B"));
    QCOMPARE(r.value.first().items.at(1).quantity, QStringLiteral("2"));
}

void TestVirtposParser::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("info");
    const int xml = int(WireFormat::Xml);
    const int json = int(WireFormat::Json);
    QTest::newRow("xml service") << QByteArray("<root><success>0</success><info>Клиент не найден</info></root>") << xml
                                 << int(Error::Kind::Service) << QStringLiteral("Клиент не найден");
    QTest::newRow("json service") << QByteArray(R"({"success":0,"info":"Клиент не найден"})") << json
                                  << int(Error::Kind::Service) << QStringLiteral("Клиент не найден");
    QTest::newRow("json key") << QByteArray(R"({"success":"0","info":"Wrong apikey"})") << json
                              << int(Error::Kind::Auth) << QStringLiteral("Wrong apikey");
    QTest::newRow("xml key ru") << QByteArray("<root><success>0</success><info>Неверный ключ</info></root>") << xml
                                << int(Error::Kind::Auth) << QStringLiteral("Неверный ключ");
    QTest::newRow("no info") << QByteArray(R"({"success":false})") << json << int(Error::Kind::Service) << QString();
}

void TestVirtposParser::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, format);
    QFETCH(int, kind);
    QFETCH(QString, info);
    const auto r = VirtposParser::parseOrders(body, WireFormat(format));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.kind), kind);
    QVERIFY(r.error.detail.contains(info));
    QVERIFY(!r.error.message.isEmpty());
}

void TestVirtposParser::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("kind");
    const int xml = int(WireFormat::Xml);
    const int json = int(WireFormat::Json);
    const int malformed = int(Error::Kind::Malformed);
    const QByteArray doc = example(QStringLiteral("orders.xml"));
    const QByteArray docJson = example(QStringLiteral("orders-from-xml.json"));
    QTest::newRow("xml empty") << QByteArray() << xml << malformed;
    QTest::newRow("json empty") << QByteArray() << json << malformed;
    QTest::newRow("xml truncated") << doc.left(doc.size() / 2) << xml << malformed;
    QTest::newRow("json truncated") << docJson.left(docJson.size() / 2) << json << malformed;
    QTest::newRow("xml html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << xml
                              << int(Error::Kind::Html);
    QTest::newRow("json html") << QByteArray("<!DOCTYPE html><html></html>") << json << int(Error::Kind::Html);
    QTest::newRow("json null") << QByteArray("null") << json << malformed;
    QTest::newRow("xml null") << QByteArray("null") << xml << malformed;
    QTest::newRow("json where xml expected") << docJson << xml << malformed;
    QTest::newRow("xml where json expected") << doc << json << malformed;
    QTest::newRow("json no success") << QByteArray(R"({"orders":[]})") << json << malformed;
    QTest::newRow("xml no success") << QByteArray("<root><orders/></root>") << xml << malformed;
    QTest::newRow("xml success text") << QByteArray("<root><success>maybe</success></root>") << xml << malformed;
    QTest::newRow("json orders number") << QByteArray(R"({"success":1,"orders":5})") << json << malformed;
    QTest::newRow("json order text") << QByteArray(R"({"success":1,"orders":["x"]})") << json << malformed;
    QTest::newRow("json items number") << QByteArray(R"({"success":1,"orders":[{"items":3}]})") << json << malformed;
    QTest::newRow("json item text") << QByteArray(R"({"success":1,"orders":[{"items":["a"]}]})") << json << malformed;
    QTest::newRow("json array") << QByteArray("[1,2,3]") << json << malformed;
}

void TestVirtposParser::brokenAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, format);
    QFETCH(int, kind);
    const auto r = VirtposParser::parseOrders(body, WireFormat(format));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.kind), kind);
    QVERIFY(r.error.message.contains(QStringLiteral("VirtualPOS")));
}

QTEST_GUILESS_MAIN(TestVirtposParser)
#include "tst_virtposparser.moc"
