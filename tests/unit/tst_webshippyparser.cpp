// WebshippyEnvelope and WebshippyParser against the Webshippy Product API document's examples
// (tests/data/examples/webshippy), in both wire formats, and broken answers.

#include "Examples.h"
#include "codec/XmlTree.h"
#include "services/webshippy/WebshippyEnvelope.h"
#include "services/webshippy/WebshippyParser.h"

#include <QUrlQuery>
#include <QtTest>

using kontor::Error;
using kontor::Product;
using kontor::WebshippyEnvelope;
using kontor::WebshippyParser;
using kontor::WireFormat;
using kontor::codec::Json;
using kontor::codec::Lenient;
using kontor::codec::XmlTree;

namespace {

QByteArray example(const QString& name)
{
    return kontor::test::readExample("webshippy", name);
}

using kontor::test::valueOf;

// Not a real key: it only has to contain what form encoding must protect.
const QString FakeKey = QStringLiteral("k+y/Zä=1");

Json getProductFields(bool withGetAll)
{
    Json filters = Json::object();
    for (const char* key : {"wspyId", "referenceId", "productName", "sku", "barcode"})
        filters[key] = "";
    filters["lastMod"] = "2018-01-01 00:00:00";
    if (withGetAll)
        filters["getAllProduct"] = true;
    Json fields = Json::object();
    fields["page"] = "0";
    fields["limit"] = "10";
    fields["filters"] = filters;
    return fields;
}

} // namespace

class TestWebshippyParser : public QObject
{
    Q_OBJECT
private slots:
    void productsFromJsonExample();
    void productsFromXmlExample();
    void bothFormatsGiveTheSameProducts();
    void verbatimXmlWithPlaceholdersIsRefused();
    void errorExamples_data();
    void errorExamples();
    void invalidApiKeyIsAuth_data();
    void invalidApiKeyIsAuth();
    void successMessages();
    void emptyResultEndsTheList();
    void payloadMatchesTheDocumentsRequest();
    void requestIsFormEncodedCompletely();
    void repeatedXmlElementsBecomeLists();
    void brokenAnswers_data();
    void brokenAnswers();
};

void TestWebshippyParser::productsFromJsonExample()
{
    const auto r =
        WebshippyParser::parseProducts(example(QStringLiteral("getproduct-response.json")), WireFormat::Json, 3);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.page, 3);
    QVERIFY(!r.value.endReached);
    QCOMPARE(r.value.products.size(), 2);
    const Product& p = r.value.products.first();
    QCOMPARE(p.wspyId, QStringLiteral("74210"));
    QCOMPARE(p.sku, QStringLiteral("szuperhos-polo-piros-xl"));
    QCOMPARE(p.name, QStringLiteral("Szuperhős Póló"));
    QCOMPARE(p.variant, QStringLiteral("Piros, XL"));
    QCOMPARE(p.barcode, QStringLiteral("126510305031"));
    QCOMPARE(p.price, QStringLiteral("1200.00"));
    QCOMPARE(p.currency, QStringLiteral("HUF"));
    QCOMPARE(p.quantity, QStringLiteral("191"));
    QCOMPARE(p.updatedAt, QStringLiteral("2018-03-12 11:59:35"));
    QCOMPARE(p.category, QStringLiteral("Divat és ruházat"));
    QCOMPARE(valueOf(p.extra, QStringLiteral("vat")), QStringLiteral("0.27"));
    QCOMPARE(valueOf(p.extra, QStringLiteral("available_quantity")), QStringLiteral("189"));
    QCOMPARE(valueOf(p.extra, QStringLiteral("sku")), QStringLiteral("<absent>"));
    QCOMPARE(r.value.products.at(1).variant, QString());
}

void TestWebshippyParser::productsFromXmlExample()
{
    const auto r =
        WebshippyParser::parseProducts(example(QStringLiteral("getproduct-response.xml")), WireFormat::Xml, 0);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.value.products.size(), 2);
    QCOMPARE(r.value.products.first().name, QStringLiteral("Szuperhős Póló"));
    QCOMPARE(r.value.products.first().subSubCategory, QStringLiteral("Overál"));
    QCOMPARE(r.value.products.at(1).variant, QString()); // <variantName/>
    QCOMPARE(valueOf(r.value.products.at(1).extra, QStringLiteral("imageUrls")), QString());
}

void TestWebshippyParser::bothFormatsGiveTheSameProducts()
{
    const auto json =
        WebshippyParser::parseProducts(example(QStringLiteral("getproduct-response.json")), WireFormat::Json, 0);
    const auto xml =
        WebshippyParser::parseProducts(example(QStringLiteral("getproduct-response.xml")), WireFormat::Xml, 0);
    QVERIFY(json.ok() && xml.ok());
    QCOMPARE(json.value.products.size(), xml.value.products.size());
    for (int i = 0; i < json.value.products.size(); ++i) {
        const Product& a = json.value.products.at(i);
        const Product& b = xml.value.products.at(i);
        QCOMPARE(a.wspyId, b.wspyId);
        QCOMPARE(a.sku, b.sku);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.variant, b.variant);
        QCOMPARE(a.barcode, b.barcode);
        QCOMPARE(a.price, b.price);
        QCOMPARE(a.quantity, b.quantity);
        QCOMPARE(a.updatedAt, b.updatedAt);
        QCOMPARE(valueOf(a.extra, QStringLiteral("imageUrls")), valueOf(b.extra, QStringLiteral("imageUrls")));
    }
}

void TestWebshippyParser::verbatimXmlWithPlaceholdersIsRefused()
{
    // The document's XML answer ends with "<elem>[ ... ]</elem>": an element that is not a product.
    const auto r =
        WebshippyParser::parseProducts(example(QStringLiteral("getproduct-response-doc.txt")), WireFormat::Xml, 0);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Malformed);
}

void TestWebshippyParser::errorExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("message");
    const QString lastMod =
        QStringLiteral("[field: lastMod]The field must be a valid datetime (eg. yyyy-mm-dd hh:ii:ss)");
    QTest::newRow("json") << QStringLiteral("getproduct-error.json") << int(WireFormat::Json) << lastMod;
    QTest::newRow("xml") << QStringLiteral("getproduct-error.xml") << int(WireFormat::Xml) << lastMod;
    QTest::newRow("bundle json") << QStringLiteral("createbundle-error.json") << int(WireFormat::Json)
                                 << QStringLiteral("Request format is invalid");
    // Here the message is plain text, not a list of <elem>.
    QTest::newRow("bundle xml") << QStringLiteral("createbundle-error.xml") << int(WireFormat::Xml)
                                << QStringLiteral("Request format is invalid");
    // Document 004: the item is echoed in <result>, the failure is in a plain <message> after it.
    QTest::newRow("upload json") << QStringLiteral("upload-error.json") << int(WireFormat::Json)
                                 << QStringLiteral("Invoice [invoiceSerialNumber] upload failed, due to: [error]");
    QTest::newRow("upload xml") << QStringLiteral("upload-error.xml") << int(WireFormat::Xml)
                                << QStringLiteral("Invoice [invoiceSerialNumber] upload failed, due to: [error]");
}

void TestWebshippyParser::errorExamples()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QString, message);
    const auto r = WebshippyParser::parseProducts(example(file), WireFormat(format), 0);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Service);
    QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
    QVERIFY(r.error.detail.contains(message));
}

void TestWebshippyParser::invalidApiKeyIsAuth_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("format");
    QTest::newRow("json") << QByteArray(R"({"status":"error","message":["Invalid API key"]})") << int(WireFormat::Json);
    QTest::newRow("xml elem")
        << QByteArray(
               "<?xml version=\"1.0\"?><response><status>error</status><message><elem>Invalid API key</elem></message>"
               "</response>")
        << int(WireFormat::Xml);
    QTest::newRow("xml text") << QByteArray("<response><status>error</status><message>Invalid API key</message>"
                                            "</response>")
                              << int(WireFormat::Xml);
    // Exactly as document 004 shows it: the text in <notagname>, no <message> at all. Before, this read as
    // "refused without saying why" (exit 1) instead of a refused sign-in (exit 4).
    QTest::newRow("document 004 xml") << example(QStringLiteral("marketplace-error.xml")) << int(WireFormat::Xml);
    QTest::newRow("document 004 json") << example(QStringLiteral("marketplace-error.json")) << int(WireFormat::Json);
}

void TestWebshippyParser::invalidApiKeyIsAuth()
{
    QFETCH(QByteArray, body);
    QFETCH(int, format);
    const auto r = WebshippyParser::parseProducts(body, WireFormat(format), 0);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Auth);
    QVERIFY(r.error.message.contains(QStringLiteral("API key")));
}

void TestWebshippyParser::successMessages()
{
    for (const auto& [file, format] : {qMakePair(QStringLiteral("createproduct-response.json"), WireFormat::Json),
                                       qMakePair(QStringLiteral("createproduct-response.xml"), WireFormat::Xml)}) {
        const auto r = WebshippyEnvelope::open(example(file), format);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(WebshippyEnvelope::messages(r.value),
                 QStringList{QStringLiteral("The product creation was successful")});
        QCOMPARE(Lenient::string(r.value, "wspyId"), QStringLiteral("74210"));
    }
}

void TestWebshippyParser::emptyResultEndsTheList()
{
    for (const auto& [body, format] :
         {qMakePair(QByteArray(R"({"status":"success","message":[],"result":[]})"), WireFormat::Json),
          qMakePair(QByteArray(R"({"status":"success","message":[]})"), WireFormat::Json),
          qMakePair(QByteArray("<response><status>success</status><message/><result/></response>"), WireFormat::Xml)}) {
        const auto r = WebshippyParser::parseProducts(body, format, 4);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QVERIFY(r.value.products.isEmpty());
        QVERIFY(r.value.endReached);
        QCOMPARE(r.value.page, 4);
    }
    // One product in XML is still a list.
    const auto one = WebshippyParser::parseProducts(
        "<response><status>success</status><result><elem><sku>a</sku></elem></result></response>", WireFormat::Xml, 0);
    QVERIFY(one.ok());
    QCOMPARE(one.value.products.size(), 1);
    QCOMPARE(one.value.products.first().sku, QStringLiteral("a"));
}

void TestWebshippyParser::payloadMatchesTheDocumentsRequest()
{
    const QString docKey = QStringLiteral("api-key-comes-here");
    const auto docJson = Lenient::parse(example(QStringLiteral("getproduct-request.json")), QStringLiteral("doc"));
    QVERIFY(docJson.ok());
    const auto ours = Lenient::parse(WebshippyEnvelope::payload(docKey, getProductFields(true), WireFormat::Json),
                                     QStringLiteral("ours"));
    QVERIFY(ours.ok());
    QCOMPARE(QString::fromUtf8(Lenient::dump(ours.value)), QString::fromUtf8(Lenient::dump(docJson.value)));

    const auto docXml = XmlTree::parse(example(QStringLiteral("getproduct-request.xml")), QStringLiteral("doc"));
    QVERIFY(docXml.ok());
    const auto oursXml = XmlTree::parse(WebshippyEnvelope::payload(docKey, getProductFields(false), WireFormat::Xml),
                                        QStringLiteral("ours"));
    QVERIFY2(oursXml.ok(), qPrintable(oursXml.error.detail));
    QCOMPARE(oursXml.value.name(), QStringLiteral("request"));
    QCOMPARE(QString::fromUtf8(Lenient::dump(WebshippyEnvelope::fromXml(oursXml.value))),
             QString::fromUtf8(Lenient::dump(WebshippyEnvelope::fromXml(docXml.value))));
}

void TestWebshippyParser::requestIsFormEncodedCompletely()
{
    for (WireFormat format : {WireFormat::Json, WireFormat::Xml}) {
        const auto request = WebshippyEnvelope::request(QStringLiteral("wspyapi"), QStringLiteral("GetProduct"), format,
                                                        FakeKey, getProductFields(false));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, format == WireFormat::Json ? QStringLiteral("wspyapi/GetProduct/json")
                                                          : QStringLiteral("wspyapi/GetProduct/xml"));
        QCOMPARE(request.contentType, QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(request.body.startsWith("request="));
        const QByteArray value = request.body.mid(8);
        // '+' would arrive as a space, '/' and '=' would be ambiguous: every one must be percent-encoded.
        QVERIFY(!value.contains('+'));
        QVERIFY(!value.contains('/'));
        QVERIFY(!value.contains('='));
        QVERIFY(!value.contains('&'));
        const QByteArray decoded = QByteArray::fromPercentEncoding(value);
        QCOMPARE(decoded, WebshippyEnvelope::payload(FakeKey, getProductFields(false), format));
        QVERIFY(QString::fromUtf8(decoded).contains(FakeKey));
        QVERIFY(request.isIdempotent() == false); // the client marks GetProduct as a read itself
    }
}

void TestWebshippyParser::repeatedXmlElementsBecomeLists()
{
    const auto tree = XmlTree::parse(example(QStringLiteral("createbundle-request.xml")), QStringLiteral("doc"));
    QVERIFY(tree.ok());
    const Json json = WebshippyEnvelope::fromXml(tree.value);
    QCOMPARE(Lenient::string(json, "bundleSKU"), QStringLiteral("123334"));
    QCOMPARE(Lenient::string(json, "bundleName"), QStringLiteral("Akciós csomag"));
    const Json* products = Lenient::field(json, "products");
    QVERIFY(products && products->is_object()); // one <products>: an object
    QCOMPARE(Lenient::string(*products, "productSku"), QStringLiteral("prod001"));

    const auto two = XmlTree::parse("<r><p><s>1</s></p><p><s>2</s></p></r>", QStringLiteral("t"));
    const Json twoJson = WebshippyEnvelope::fromXml(two.value);
    QVERIFY(Lenient::field(twoJson, "p")->is_array());
    QCOMPARE(Lenient::field(twoJson, "p")->size(), std::size_t(2));

    // And back: a list member is written as repeated elements.
    Json fields = Json::object();
    fields["products"] = Json::array({Json{{"productSku", "a"}}, Json{{"productSku", "b"}}});
    const QByteArray xml = WebshippyEnvelope::payload(FakeKey, fields, WireFormat::Xml);
    const auto back = XmlTree::parse(xml, QStringLiteral("t"));
    QVERIFY(back.ok());
    QCOMPARE(back.value.children(QStringLiteral("products")).size(), 2);
    QCOMPARE(back.value.childText(QStringLiteral("apiKey")), FakeKey);
}

void TestWebshippyParser::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("kind");
    const int json = int(WireFormat::Json);
    const int xml = int(WireFormat::Xml);
    const int malformed = int(Error::Kind::Malformed);
    const QByteArray docJson = example(QStringLiteral("getproduct-response.json"));
    const QByteArray docXml = example(QStringLiteral("getproduct-response.xml"));
    QTest::newRow("json empty") << QByteArray() << json << malformed;
    QTest::newRow("xml empty") << QByteArray() << xml << malformed;
    QTest::newRow("json truncated") << docJson.left(docJson.size() - 20) << json << malformed;
    QTest::newRow("xml truncated") << docXml.left(docXml.size() - 20) << xml << malformed;
    QTest::newRow("json null") << QByteArray("null") << json << malformed;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Karbantartás</body></html>") << json
                          << int(Error::Kind::Html);
    QTest::newRow("xml html") << QByteArray("<html><body>Karbantartás</body></html>") << xml << int(Error::Kind::Html);
    QTest::newRow("no status") << QByteArray(R"({"result":[]})") << json << malformed;
    QTest::newRow("xml no status") << QByteArray("<response><result/></response>") << xml << malformed;
    QTest::newRow("result number") << QByteArray(R"({"status":"success","result":7})") << json << malformed;
    QTest::newRow("product is text") << QByteArray(R"({"status":"success","result":["a"]})") << json << malformed;
    QTest::newRow("array root") << QByteArray(R"([{"status":"success"}])") << json << malformed;
    QTest::newRow("xml leaf root") << QByteArray("<response>success</response>") << xml << malformed;
    QTest::newRow("unknown status") << QByteArray(R"({"status":"pending","message":"later"})") << json
                                    << int(Error::Kind::Service);
}

void TestWebshippyParser::brokenAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, format);
    QFETCH(int, kind);
    const auto r = WebshippyParser::parseProducts(body, WireFormat(format), 0);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.kind), kind);
    QVERIFY(r.error.message.contains(QStringLiteral("Webshippy")));
}

QTEST_GUILESS_MAIN(TestWebshippyParser)
#include "tst_webshippyparser.moc"
