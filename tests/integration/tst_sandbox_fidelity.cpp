// The sandbox answers in the shapes of the vendor documents, not in the shapes a client finds easiest:
// where a document has an example (tests/data/examples), an answer's element or member names and their
// order are compared with it, not just its values. Plain QNetworkAccessManager, never Kontor's client.
// docs/sandbox.md lists the readings the documents leave open.
#include "Examples.h"
#include "SandboxTestBase.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <nlohmann/json.hpp>

using namespace kontor::test;
using ojson = nlohmann::ordered_json;

namespace {

struct XmlNode
{
    QString name;
    QString text; // trimmed; empty for an element with children
    QList<XmlNode> children;

    QStringList names() const
    {
        QStringList out;
        for (const XmlNode& c : children)
            out << c.name;
        return out;
    }
    QList<const XmlNode*> all(const QString& n) const
    {
        QList<const XmlNode*> out;
        for (const XmlNode& c : children) {
            if (c.name == n)
                out << &c;
        }
        return out;
    }
    const XmlNode* child(const QString& n) const
    {
        const auto list = all(n);
        return list.isEmpty() ? nullptr : list.first();
    }
};

void readNode(QXmlStreamReader& reader, XmlNode* node)
{
    node->name = reader.name().toString();
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            XmlNode c;
            readNode(reader, &c);
            node->children.append(c);
        } else if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isEndElement()) {
            break;
        }
    }
    if (node->children.isEmpty())
        node->text = text.trimmed();
}

XmlNode parseXml(const QByteArray& xml, QString* encoding = nullptr)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartDocument() && encoding)
            *encoding = reader.documentEncoding().toString();
        if (reader.isStartElement()) {
            readNode(reader, &root);
            break;
        }
    }
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        qWarning("not well-formed XML: %s", qPrintable(reader.errorString()));
    return root;
}

// Element names with their nesting and order, text left out: "response(status,result(a,b))".
QString shape(const XmlNode& n)
{
    if (n.children.isEmpty())
        return n.name;
    QStringList parts;
    for (const XmlNode& c : n.children)
        parts << shape(c);
    return n.name + QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Consecutive repeats folded into one: three <result> elements read as one.
QStringList folded(const QStringList& names)
{
    QStringList out;
    for (const QString& n : names) {
        if (out.isEmpty() || out.last() != n)
            out << n;
    }
    return out;
}

ojson parseJson(const QByteArray& body)
{
    return ojson::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

QStringList keys(const ojson& object)
{
    QStringList out;
    if (!object.is_object())
        return out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out << QString::fromStdString(it.key());
    return out;
}

// Member names with their nesting and order, values left out; a list shows the shape of its first entry.
QString jshape(const ojson& v)
{
    if (v.is_object()) {
        QStringList parts;
        for (auto it = v.begin(); it != v.end(); ++it)
            parts << QString::fromStdString(it.key()) + QLatin1Char(':') + jshape(it.value());
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    if (v.is_array())
        return QLatin1Char('[') + (v.empty() ? QString() : jshape(v.front())) + QLatin1Char(']');
    return QStringLiteral("_");
}

QString str(const ojson& v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QStringList strings(const ojson& list)
{
    QStringList out;
    for (const ojson& v : list)
        out << str(v);
    return out;
}

QByteArray dump(const ojson& v)
{
    return QByteArray::fromStdString(v.dump());
}

// The upload template of document 004 as a pattern: "Invoice [invoiceSerialNumber] upload failed, due to:
// [error]" with the two placeholders open.
QRegularExpression uploadTemplate()
{
    const ojson example = parseJson(readExample("webshippy", QStringLiteral("upload-error.json")));
    QString pattern = QRegularExpression::escape(str(example["message"][0]));
    pattern.replace(QRegularExpression::escape(QStringLiteral("[invoiceSerialNumber]")), QStringLiteral("(\\S+)"));
    pattern.replace(QRegularExpression::escape(QStringLiteral("[error]")), QStringLiteral("(.+)"));
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

} // namespace

class TstSandboxFidelity : public SandboxTestBase
{
    Q_OBJECT

    QByteArray escapedKey() const { return secret().toHtmlEscaped().toUtf8(); }

    Reply wspyXml(const QString& action, const QByteArray& inner, const Sandbox* s = nullptr)
    {
        return webshippy(action, QStringLiteral("xml"),
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><request><apiKey>" + escapedKey() + "</apiKey>" +
                             inner + "</request>",
                         s);
    }

    ojson wspyOrdered(const QString& action, ojson request, const Sandbox* s = nullptr)
    {
        if (!request.contains("apiKey"))
            request["apiKey"] = secret().toStdString();
        return parseJson(webshippy(action, QStringLiteral("json"), dump(request), s).body);
    }

    // Transaction ids with the given invoice status, oldest first.
    QStringList transactionIds(const char* status)
    {
        ojson request;
        request["filters"]["invoiceStatus"] = status;
        const ojson r = wspyOrdered(QStringLiteral("getMarketplaceTransactions"), request);
        QStringList out;
        for (const ojson& t : r["result"])
            out << str(t["transactionId"]);
        return out;
    }

    ojson transaction(const QString& id)
    {
        const ojson r = wspyOrdered(QStringLiteral("getMarketplaceTransactions"), ojson::object());
        for (const ojson& t : r["result"]) {
            if (str(t["transactionId"]) == id)
                return t;
        }
        return nullptr;
    }

    // Every product GetProduct lists under `filters`, page by page (limit 10).
    QList<ojson> walkProducts(const ojson& filters, const Sandbox* s = nullptr)
    {
        QList<ojson> out;
        for (int page = 0; page < 100; ++page) {
            ojson request;
            request["page"] = std::to_string(page);
            request["limit"] = "10";
            request["filters"] = filters;
            const ojson r = wspyOrdered(QStringLiteral("GetProduct"), request, s);
            if (r["status"] != "success" || r["result"].empty())
                break;
            for (const ojson& p : r["result"])
                out << p;
        }
        return out;
    }

    static QString fileOfExample()
    {
        return str(
            parseJson(readExample("webshippy", QStringLiteral("upload-request.json")))["invoice"][0]["fileInput"]);
    }

private slots:
    void initTestCase() { startSandbox(); }
    void cleanup() { clearFaults(); }

    // Point 1: every item sent comes back in result; one message per item not stored.
    void uploadMixedBatchJson()
    {
        const QStringList open = transactionIds("uninvoiced");
        const QStringList done = transactionIds("invoiced");
        QVERIFY(open.size() >= 3 && !done.isEmpty());
        const QString file = fileOfExample();
        auto item = [](const QString& tid, const char* serial, const ojson& fileInput) {
            ojson i;
            i["transactionId"] = tid.toStdString();
            i["invoiceSerialNumber"] = serial;
            i["fileInput"] = fileInput;
            return i;
        };
        ojson request;
        request["invoice"] = ojson::array({item(open.at(0), "INV-11", file.toStdString()),    // stored
                                           item(done.at(0), "INV-12", file.toStdString()),    // exists
                                           item("DSPY0000000", "INV-13", file.toStdString()), // unknown
                                           item(open.at(1), "INV-14", 12),                    // a number
                                           item(open.at(2), "INV-15", "bm90IGJhc2U2NA+!")});  // not base64
        const QJsonObject before = counters().value("webshippy").toObject();
        const ojson r = wspyOrdered(QStringLiteral("uploadMarketplaceTransactionInvoice"), request);

        const ojson example = parseJson(readExample("webshippy", QStringLiteral("upload-error.json")));
        QCOMPARE(keys(r), keys(example)); // status, result, message
        QCOMPARE(str(r["status"]), str(example["status"]));
        QCOMPARE(r["result"].size(), request["invoice"].size());
        for (size_t i = 0; i < r["result"].size(); ++i) {
            QCOMPARE(keys(r["result"][i]), keys(example["result"][0]));
            QCOMPARE(dump(r["result"][i]), dump(request["invoice"][i])); // echoed as sent, number included
        }
        const QStringList expected = {
            QStringLiteral("Already existing entity"),
            QStringLiteral("Invoice INV-13 upload failed, due to: [field:transactionId] Transaction not found"),
            QStringLiteral("Invoice INV-14 upload failed, due to: [field:fileInput] FileInput field has to be string"),
            QStringLiteral("Invoice INV-15 upload failed, due to: [field:fileInput] FileInput field has to be base64")};
        QCOMPARE(strings(r["message"]), expected);
        const QRegularExpression pattern = uploadTemplate();
        for (const QString& m : expected.mid(1)) {
            const auto match = pattern.match(m);
            QVERIFY2(match.hasMatch(), qPrintable(m));
            // The vendor's own type error form: "[field:example] Example field has to be integer".
            QVERIFY(match.captured(2).startsWith(QLatin1String("[field:")));
        }

        const QJsonObject after = counters().value("webshippy").toObject();
        QCOMPARE(after.value("invoicesStored").toInt(), before.value("invoicesStored").toInt() + 1);
        QCOMPARE(after.value("duplicateUploads").toObject().value(done.at(0)).toInt(),
                 before.value("duplicateUploads").toObject().value(done.at(0)).toInt() + 1);
        const ojson stored = transaction(open.at(0));
        QCOMPARE(str(stored["invoice"]["status"]), QStringLiteral("invoiced"));
        QCOMPARE(str(stored["invoice"]["serialNumber"]), QStringLiteral("INV-11"));
        QVERIFY(!str(stored["invoice"]["url"]).isEmpty());
        QCOMPARE(str(transaction(open.at(1))["invoice"]["status"]), QStringLiteral("uninvoiced"));
    }

    void uploadMixedBatchXml()
    {
        const QStringList open = transactionIds("uninvoiced");
        const QStringList done = transactionIds("invoiced");
        QVERIFY(open.size() >= 2 && !done.isEmpty());
        const QByteArray file = fileOfExample().toUtf8();
        auto item = [](const QString& tid, const QByteArray& serial, const QByteArray& fileInput) {
            return "<invoice><transactionId>" + tid.toUtf8() + "</transactionId><invoiceSerialNumber>" + serial +
                   "</invoiceSerialNumber><fileInput>" + fileInput + "</fileInput></invoice>";
        };
        const Reply x = wspyXml(QStringLiteral("uploadMarketplaceTransactionInvoice"),
                                item(open.at(0), "INV-21", file) + item(done.at(0), "INV-22", file) +
                                    item("DSPY0000000", "INV-23", file) + item(open.at(1), "INV-24", "a b"));
        QCOMPARE(x.status, 200);
        QString encoding;
        const XmlNode root = parseXml(x.body, &encoding);
        QString exampleEncoding;
        const XmlNode example =
            parseXml(readExample("webshippy", QStringLiteral("upload-error.xml")), &exampleEncoding);
        QCOMPARE(encoding, exampleEncoding);
        QCOMPARE(root.name, example.name);
        // status, then every item in <result>, then one plain <message> per item not stored.
        QCOMPARE(root.names(),
                 QStringList({"status", "result", "result", "result", "result", "message", "message", "message"}));
        QCOMPARE(folded(root.names()), example.names());
        QCOMPARE(root.child("status")->text, QStringLiteral("error"));
        const QList<const XmlNode*> results = root.all(QStringLiteral("result"));
        const QStringList serials = {"INV-21", "INV-22", "INV-23", "INV-24"};
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(shape(*results.at(i)), shape(*example.child(QStringLiteral("result"))));
            QCOMPARE(results.at(i)->child(QStringLiteral("invoiceSerialNumber"))->text, serials.at(i));
        }
        QStringList messages;
        for (const XmlNode* m : root.all(QStringLiteral("message"))) {
            QVERIFY(m->children.isEmpty()); // plain text, no <elem>
            messages << m->text;
        }
        QCOMPARE(
            messages,
            QStringList({"Already existing entity",
                         "Invoice INV-23 upload failed, due to: [field:transactionId] Transaction not found",
                         "Invoice INV-24 upload failed, due to: [field:fileInput] FileInput field has to be base64"}));
        QCOMPARE(str(transaction(open.at(0))["invoice"]["serialNumber"]), QStringLiteral("INV-21"));
    }

    // Points 1 and 3: a successful upload is status and result only, as document 004's success example.
    void uploadSuccessHasNoMessage()
    {
        const QStringList open = transactionIds("uninvoiced");
        QVERIFY(open.size() >= 2);
        ojson request = parseJson(readExample("webshippy", QStringLiteral("upload-request.json")));
        request["apiKey"] = secret().toStdString();
        request["invoice"][0]["transactionId"] = open.at(0).toStdString();
        const ojson r = wspyOrdered(QStringLiteral("uploadMarketplaceTransactionInvoice"), request);
        const ojson example = parseJson(readExample("webshippy", QStringLiteral("upload-response.json")));
        QCOMPARE(keys(r), keys(example)); // no message member
        QCOMPARE(jshape(r), jshape(example));
        QCOMPARE(dump(r["result"]), dump(request["invoice"]));

        QByteArray xml = readExample("webshippy", QStringLiteral("upload-request.xml"));
        xml.replace("your-api-key", escapedKey());
        xml.replace("DSPY1000134", open.at(1).toUtf8());
        const Reply x = webshippy(QStringLiteral("uploadMarketplaceTransactionInvoice"), QStringLiteral("xml"), xml);
        const XmlNode exampleXml = parseXml(readExample("webshippy", QStringLiteral("upload-response.xml")));
        QCOMPARE(shape(parseXml(x.body)), shape(exampleXml)); // no <message> element at all
        QVERIFY(!x.body.contains("<message"));
    }

    // Point 3: transactions in document 004's shape, JSON without message.
    void transactionsInTheDocumentsShape()
    {
        ojson request = parseJson(readExample("webshippy", QStringLiteral("transactions-request.json")));
        request["apiKey"] = secret().toStdString();
        request["filters"] = ojson::object();
        const ojson r = wspyOrdered(QStringLiteral("getMarketplaceTransactions"), request);
        const ojson example = parseJson(readExample("webshippy", QStringLiteral("transactions-response.json")));
        QCOMPARE(keys(r), keys(example)); // status, result
        QVERIFY(r["result"].size() >= 30);
        for (const ojson& t : r["result"])
            QCOMPARE(jshape(t), jshape(example["result"][0]));

        const Reply x = wspyXml(QStringLiteral("getMarketplaceTransactions"), "<filters></filters>");
        QString encoding;
        const XmlNode root = parseXml(x.body, &encoding);
        QString exampleEncoding;
        const XmlNode exampleXml =
            parseXml(readExample("webshippy", QStringLiteral("transactions-response.xml")), &exampleEncoding);
        QCOMPARE(encoding, exampleEncoding);
        QCOMPARE(folded(root.names()), exampleXml.names()); // status, result: no message
        const XmlNode* exampleResult = exampleXml.child(QStringLiteral("result"));
        for (const XmlNode* result : root.all(QStringLiteral("result"))) {
            QCOMPARE(folded(result->names()), exampleResult->names());
            for (const char* part : {"parties", "payment", "invoice"})
                QCOMPARE(shape(*result->child(QLatin1String(part))), shape(*exampleResult->child(QLatin1String(part))));
            for (const XmlNode* product : result->all(QStringLiteral("products")))
                QCOMPARE(shape(*product), shape(*exampleResult->child(QStringLiteral("products"))));
        }

        // A refused call: status and message, no result.
        request["filters"]["invoiceStatus"] = "paid";
        const ojson refused = wspyOrdered(QStringLiteral("getMarketplaceTransactions"), request);
        QCOMPARE(keys(refused), QStringList({"status", "message"}));
        const XmlNode refusedXml = parseXml(wspyXml(QStringLiteral("getMarketplaceTransactions"),
                                                    "<filters><invoiceStatus>paid</invoiceStatus></filters>")
                                                .body);
        QCOMPARE(shape(refusedXml), QStringLiteral("response(status,message)"));
    }

    // Point 8: empty values come as "" and as null (XML: <x/> for both).
    void marketplaceEmptyValuesInBothForms()
    {
        const ojson r = wspyOrdered(QStringLiteral("getMarketplaceTransactions"), ojson::object());
        QSet<QString> seen;
        for (const ojson& t : r["result"]) {
            for (const auto& [name, value] : {std::pair<QString, ojson>{"transferredAt", t["transferredAt"]},
                                              {"url", t["invoice"]["url"]},
                                              {"serialNumber", t["invoice"]["serialNumber"]}}) {
                if (value.is_null())
                    seen.insert(name + QStringLiteral(":null"));
                else if (str(value).isEmpty())
                    seen.insert(name + QStringLiteral(":empty"));
            }
        }
        for (const char* name : {"transferredAt", "url", "serialNumber"}) {
            QVERIFY2(seen.contains(QLatin1String(name) + QStringLiteral(":null")), name);
            QVERIFY2(seen.contains(QLatin1String(name) + QStringLiteral(":empty")), name);
        }
        const Reply x = wspyXml(QStringLiteral("getMarketplaceTransactions"), {});
        QVERIFY(x.body.contains("<url/>") && x.body.contains("<serialNumber/>") && x.body.contains("<transferredAt/>"));
        QVERIFY(!x.body.contains("null"));
    }

    // Point 2: a wrong key answers exactly as document 004's example, whatever the action.
    void wrongKeyIsTheDocumentsExample()
    {
        const QByteArray exampleXml = readExample("webshippy", QStringLiteral("marketplace-error.xml"));
        const ojson exampleJson = parseJson(readExample("webshippy", QStringLiteral("marketplace-error.json")));
        for (const char* action : {"GetProduct", "CreateProduct", "createBundle", "getMarketplaceTransactions",
                                   "uploadMarketplaceTransactionInvoice"}) {
            const Reply x = webshippy(QLatin1String(action), QStringLiteral("xml"),
                                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><request><apiKey>wrong</apiKey>"
                                      "</request>");
            QCOMPARE(x.status, 200);
            QCOMPARE(x.body, exampleXml);
            const Reply j = webshippy(QLatin1String(action), QStringLiteral("json"), R"({"apiKey":"wrong"})");
            QCOMPARE(j.status, 200);
            QCOMPARE(dump(parseJson(j.body)), dump(exampleJson));
        }
    }

    // Point 2: createBundle writes its texts in plain <message> elements, and none on success.
    void createBundleMessages()
    {
        const Reply bad = wspyXml(QStringLiteral("createBundle"), "<bundleSKU>b-1</bundleSKU>");
        const XmlNode example = parseXml(readExample("webshippy", QStringLiteral("createbundle-error.xml")));
        const XmlNode root = parseXml(bad.body);
        QCOMPARE(shape(root), shape(example));
        QCOMPARE(root.child(QStringLiteral("message"))->text, example.child(QStringLiteral("message"))->text);
        ojson request;
        request["bundleSku"] = "b-1";
        QCOMPARE(dump(wspyOrdered(QStringLiteral("createBundle"), request)),
                 dump(parseJson(readExample("webshippy", QStringLiteral("createbundle-error.json")))));

        const QList<ojson> own = walkProducts(ojson::object());
        QVERIFY(!own.isEmpty());
        const QByteArray sku = QByteArray::fromStdString(own.first()["sku"].get<std::string>());
        const Reply good = wspyXml(QStringLiteral("createBundle"),
                                   "<bundleSKU>b-xml-1</bundleSKU><bundleName>Akciós csomag</bundleName>"
                                   "<bundlePriceNet>5000</bundlePriceNet><bundleVat>26</bundleVat>"
                                   "<bundleCurrency>HUF</bundleCurrency><products><productSku>" +
                                       sku + "</productSku><quantity>3</quantity></products>");
        QCOMPARE(shape(parseXml(good.body)), QStringLiteral("response(status,wspyId)"));
        request = parseJson(readExample("webshippy", QStringLiteral("createbundle-request.json")));
        request["apiKey"] = secret().toStdString();
        for (ojson& p : request["products"])
            p["productSku"] = sku.toStdString();
        const ojson r = wspyOrdered(QStringLiteral("createBundle"), request);
        QCOMPARE(keys(r), QStringList({"status", "wspyId"}));
        QCOMPARE(str(r["status"]), QStringLiteral("success"));
        QVERIFY(r["wspyId"].is_number());
    }

    // Point 2: GetProduct and CreateProduct keep <message><elem>..</elem></message> as document 003 shows.
    void productAnswersKeepElem()
    {
        const Reply x = wspyXml(QStringLiteral("GetProduct"), "<filters><lastMod>2018-01-01</lastMod></filters>");
        const XmlNode example = parseXml(readExample("webshippy", QStringLiteral("getproduct-error.xml")));
        const XmlNode root = parseXml(x.body);
        QCOMPARE(shape(root), shape(example));
        QCOMPARE(root.child(QStringLiteral("message"))->child(QStringLiteral("elem"))->text,
                 example.child(QStringLiteral("message"))->child(QStringLiteral("elem"))->text);
        ojson request;
        request["filters"]["lastMod"] = "2018-01-01";
        QCOMPARE(dump(wspyOrdered(QStringLiteral("GetProduct"), request)),
                 dump(parseJson(readExample("webshippy", QStringLiteral("getproduct-error.json")))));

        const XmlNode list = parseXml(wspyXml(QStringLiteral("GetProduct"), "<limit>2</limit>").body);
        const XmlNode exampleList = parseXml(readExample("webshippy", QStringLiteral("getproduct-response.xml")));
        QCOMPARE(list.names(), exampleList.names()); // status, <message/>, result
        QCOMPARE(shape(*list.child(QStringLiteral("message"))), QStringLiteral("message"));
        QCOMPARE(folded(list.child(QStringLiteral("result"))->names()), QStringList{"elem"});
    }

    // Point 4: the category code CreateProduct takes is read back as names.
    void categoryCodeReadBackAsNames()
    {
        ojson request = parseJson(readExample("webshippy", QStringLiteral("createproduct-request.json")));
        request["apiKey"] = secret().toStdString();
        const ojson created = wspyOrdered(QStringLiteral("CreateProduct"), request);
        const ojson exampleAnswer = parseJson(readExample("webshippy", QStringLiteral("createproduct-response.json")));
        QCOMPARE(keys(created), keys(exampleAnswer));
        QCOMPARE(dump(created["message"]), dump(exampleAnswer["message"]));
        QVERIFY(created["wspyId"].is_number());

        ojson query;
        query["filters"]["sku"] = request["product"]["sku"];
        const ojson found = wspyOrdered(QStringLiteral("GetProduct"), query);
        QCOMPARE(found["result"].size(), size_t(1));
        const ojson& product = found["result"][0];
        const ojson example = parseJson(readExample("webshippy", QStringLiteral("getproduct-response.json")));
        // The example's first product is the one the request creates; it has no subSubCategory either.
        QCOMPARE(keys(product), keys(example["result"][0]));
        for (const char* field : {"sku", "barcode", "productName", "variantName", "price", "vat", "category",
                                  "subCategory", "dropshippyWholesalePrice", "productDescription", "imageUrls"})
            QCOMPARE(str(product[field]), str(example["result"][0][field]));
        QCOMPARE(str(product["category"]), QStringLiteral("Divat és ruházat"));
        QCOMPARE(str(product["subCategory"]), QStringLiteral("Gyermek divat"));
        QCOMPARE(str(product["wspyId"]), QString::number(created["wspyId"].get<int>()));
        QCOMPARE(strings(wspyOrdered(QStringLiteral("CreateProduct"), request)["message"]),
                 QStringList{"No changes detected in product"});

        // The same in XML, under another sku.
        QByteArray xml = readExample("webshippy", QStringLiteral("createproduct-request.xml"));
        xml.replace("api-key-comes-here", escapedKey());
        xml.replace("<sku>szuperhos-polo-piros-xl</sku>", "<sku>szuperhos-polo-piros-xl-xml</sku>");
        const XmlNode answer = parseXml(webshippy(QStringLiteral("CreateProduct"), QStringLiteral("xml"), xml).body);
        const XmlNode exampleXml = parseXml(readExample("webshippy", QStringLiteral("createproduct-response.xml")));
        QCOMPARE(shape(answer), shape(exampleXml));
        QCOMPARE(answer.child(QStringLiteral("message"))->child(QStringLiteral("elem"))->text,
                 exampleXml.child(QStringLiteral("message"))->child(QStringLiteral("elem"))->text);
        const XmlNode listed = parseXml(
            wspyXml(QStringLiteral("GetProduct"), "<filters><sku>szuperhos-polo-piros-xl-xml</sku></filters>").body);
        const XmlNode* elem = listed.child(QStringLiteral("result"))->child(QStringLiteral("elem"));
        QVERIFY(elem);
        const XmlNode exampleProducts = parseXml(readExample("webshippy", QStringLiteral("getproduct-response.xml")));
        const XmlNode* secondExample =
            exampleProducts.child(QStringLiteral("result"))->all(QStringLiteral("elem")).at(1);
        QCOMPARE(elem->names(), secondExample->names()); // the example's product without subSubCategory
        QCOMPARE(elem->child(QStringLiteral("category"))->text, QStringLiteral("Divat és ruházat"));
        QCOMPARE(elem->child(QStringLiteral("subCategory"))->text, QStringLiteral("Gyermek divat"));
    }

    void unknownCategoryCodeRefused()
    {
        ojson request;
        request["product"]["sku"] = "category-test-1";
        request["product"]["productName"] = "Kategória teszt";
        request["product"]["category"] = "3-999";
        const ojson r = wspyOrdered(QStringLiteral("CreateProduct"), request);
        QCOMPARE(keys(r), QStringList({"status", "message"}));
        QCOMPARE(str(r["status"]), QStringLiteral("error"));
        QCOMPARE(r["message"].size(), size_t(1));
        QVERIFY(str(r["message"][0]).startsWith(QLatin1String("[field:category] ")));
        request["product"]["category"] = "Divat és ruházat"; // a name is not a code
        QCOMPARE(str(wspyOrdered(QStringLiteral("CreateProduct"), request)["status"]), QStringLiteral("error"));
        ojson query;
        query["filters"]["sku"] = "category-test-1";
        QVERIFY(wspyOrdered(QStringLiteral("GetProduct"), query)["result"].empty()); // nothing was stored
        const XmlNode x = parseXml(wspyXml(QStringLiteral("CreateProduct"),
                                           "<product><sku>category-test-1</sku><productName>x</productName>"
                                           "<category>99</category></product>")
                                       .body);
        QCOMPARE(shape(x), QStringLiteral("response(status,message(elem))"));
        QVERIFY(x.child(QStringLiteral("message"))
                    ->child(QStringLiteral("elem"))
                    ->text.startsWith(QLatin1String("[field:category] ")));
    }

    // Point 4: seeded products carry names from the category table, with or without a subSubCategory.
    void seededProductsCarryCategoryNames()
    {
        ojson all;
        all["getAllProduct"] = true;
        const QList<ojson> products = walkProducts(all);
        QVERIFY(products.size() >= 40);
        const ojson example = parseJson(readExample("webshippy", QStringLiteral("getproduct-response.json")));
        const QStringList without = keys(example["result"][0]);
        const QStringList with = keys(example["result"][1]);
        QHash<QString, QString> mainOf;
        int withSubSub = 0;
        for (const ojson& p : products) {
            const QStringList k = keys(p);
            QVERIFY2(k == without || k == with, qPrintable(k.join(',')));
            withSubSub += k == with ? 1 : 0;
            if (str(p["type"]) != QLatin1String("product") || str(p["sku"]).startsWith(QLatin1String("szuperhos")))
                continue;
            const QString main = str(p["category"]);
            const QString sub = str(p["subCategory"]);
            QVERIFY(!main.isEmpty() && !sub.isEmpty());
            QVERIFY(!main.contains(QRegularExpression(QStringLiteral("^\\d+-\\d+$")))); // a name, not a code
            QCOMPARE(mainOf.value(sub, main), main);                                    // one table
            mainOf.insert(sub, main);
        }
        QVERIFY(withSubSub > 0 && withSubSub < products.size());
    }

    // Point 5: getAllProduct widens the store filter; paging stays on.
    void getAllProductIsAFilter()
    {
        Sandbox s(testOptions());
        QVERIFY(s.start());
        ojson none = ojson::object();
        ojson all;
        all["getAllProduct"] = true;
        const QList<ojson> own = walkProducts(none, &s);
        const QList<ojson> every = walkProducts(all, &s);
        QCOMPARE(every.size(), testOptions().products);
        QVERIFY(!own.isEmpty() && own.size() < every.size());
        QSet<QString> everyId;
        for (const ojson& p : every)
            everyId.insert(str(p["wspyId"]));
        QSet<QString> ownId;
        for (const ojson& p : own) {
            QVERIFY(everyId.contains(str(p["wspyId"])));
            ownId.insert(str(p["wspyId"]));
        }

        ojson request;
        request["page"] = "0";
        request["limit"] = "10";
        request["filters"] = all;
        QCOMPARE(wspyOrdered(QStringLiteral("GetProduct"), request, &s)["result"].size(), size_t(10));
        request["page"] = "1";
        const ojson second = wspyOrdered(QStringLiteral("GetProduct"), request, &s);
        QCOMPARE(str(second["result"][0]["wspyId"]), str(every.at(10)["wspyId"]));

        // AND with the other filters: a product of another store is found only with getAllProduct.
        ojson other;
        for (const ojson& p : every) {
            if (!ownId.contains(str(p["wspyId"]))) {
                other = p;
                break;
            }
        }
        QVERIFY(other.is_object());
        ojson bySku;
        bySku["sku"] = other["sku"];
        QVERIFY(walkProducts(bySku, &s).isEmpty());
        bySku["getAllProduct"] = true;
        QCOMPARE(walkProducts(bySku, &s).size(), 1);
        bySku["getAllProduct"] = false;
        QVERIFY(walkProducts(bySku, &s).isEmpty());
    }

    // Point 6: orders are identified by id; guid is empty on a good share of them.
    void virtposOrdersByIdWithEmptyGuids()
    {
        const ojson r = parseJson(virtpos(QStringLiteral("/api/orders"), {{"format", "json"}}).body);
        const XmlNode xml = parseXml(virtpos(QStringLiteral("/api/orders"), {}).body);
        const XmlNode example = parseXml(readExample("virtpos", QStringLiteral("orders.xml")));
        const XmlNode* exampleOrder = example.child(QStringLiteral("orders"));
        const QList<const XmlNode*> orders = xml.all(QStringLiteral("orders"));
        QCOMPARE(size_t(orders.size()), r["orders"].size());
        QSet<int> ids;
        int emptyGuids = 0;
        QSet<QString> forms;
        for (int i = 0; i < orders.size(); ++i) {
            const ojson& o = r["orders"][i];
            QStringList expected = exampleOrder->names();
            expected.prepend(QStringLiteral("id"));
            QCOMPARE(orders.at(i)->names(), expected); // the document's fields in its order, id first
            QCOMPARE(keys(o), expected);
            QVERIFY(o["id"].is_number_integer());
            ids.insert(o["id"].get<int>());
            QCOMPARE(orders.at(i)->child(QStringLiteral("id"))->text, QString::number(o["id"].get<int>()));
            const bool empty = o["guid"].is_null() || str(o["guid"]).isEmpty();
            emptyGuids += empty ? 1 : 0;
            QCOMPARE(orders.at(i)->child(QStringLiteral("guid"))->text.isEmpty(), empty);
            for (const char* field : {"guid", "pickup_from_warehouse_name"}) {
                if (o[field].is_null())
                    forms.insert(QLatin1String(field) + QStringLiteral(":null"));
                else if (str(o[field]).isEmpty())
                    forms.insert(QLatin1String(field) + QStringLiteral(":empty"));
            }
            for (const ojson& item : o["items"]) {
                if (item["image"].is_null())
                    forms.insert(QStringLiteral("image:null"));
                else if (str(item["image"]).isEmpty())
                    forms.insert(QStringLiteral("image:empty"));
            }
        }
        QCOMPARE(ids.size(), orders.size());
        QVERIFY2(emptyGuids >= orders.size() / 5 && emptyGuids <= orders.size() * 4 / 5,
                 qPrintable(QString::number(emptyGuids)));
        for (const char* f :
             {"image:null", "image:empty", "pickup_from_warehouse_name:null", "pickup_from_warehouse_name:empty"})
            QVERIFY2(forms.contains(QLatin1String(f)), f);
        const QByteArray body = virtpos(QStringLiteral("/api/orders"), {}).body;
        QVERIFY(body.contains("<guid />") && body.contains("<image />"));
    }

    // Point 8: card answers are {success, id, isnew}, as the customer update the document shows.
    void virtposCardAnswers()
    {
        const ojson inserted = parseJson(virtpos(QStringLiteral("/api/customer/insertCard"),
                                                 {{"format", "json"}, {"uid", "123456789012"}, {"customer_id", "2"}})
                                             .body);
        QCOMPARE(keys(inserted), QStringList({"success", "id", "isnew"}));
        QCOMPARE(dump(inserted["isnew"]), QByteArray("1"));
        const XmlNode example = parseXml(readExample("virtpos", QStringLiteral("customer-update.xml")));
        const XmlNode updated = parseXml(
            virtpos(QStringLiteral("/api/customer/updateCard"), {{"uid", "123456789012"}, {"status", "ACTIVE"}}).body);
        QCOMPARE(shape(updated), shape(example));
        QCOMPARE(updated.child(QStringLiteral("isnew"))->text, QStringLiteral("0"));
        QCOMPARE(updated.child(QStringLiteral("id"))->text, QString::number(inserted["id"].get<int>()));
        // Kontor computes uid_ean13 itself; the server still finds the card by it.
        const ojson byBarcode = parseJson(virtpos(QStringLiteral("/api/customer/updateCard"),
                                                  {{"format", "json"}, {"card_barcode", ean13("123456789012")}})
                                              .body);
        QCOMPARE(dump(byBarcode["id"]), dump(inserted["id"]));
        QVERIFY(!byBarcode.contains("uid_ean13"));
    }

    // Point 7: categories in ID order, a child before its parent at least once.
    void htkCategoriesInIdOrder()
    {
        const QString token = htk(*m_sandbox, "Tokenrequest.php", {{"apiuser", user()}, {"apipass", secret()}})
                                  .object()
                                  .value("token")
                                  .toObject()
                                  .value("token")
                                  .toString();
        const ojson r =
            parseJson(htk(*m_sandbox, "HTKService4.php", {{"token", token}, {"function", "5"}, {"data", ""}}).body);
        const ojson example = parseJson(readExample("htk", QStringLiteral("categories.json")));
        QCOMPARE(keys(r), keys(example));
        QHash<QString, int> index;
        QString previous;
        for (const ojson& c : r["data"]) {
            QCOMPARE(keys(c), keys(example["data"][0]));
            const QString id = str(c["ID"]);
            QVERIFY(previous < id); // ID order
            previous = id;
            index.insert(id, index.size());
        }
        int childFirst = 0;
        for (const ojson& c : r["data"]) {
            const QString parent = str(c["ParentID"]);
            if (parent == QLatin1String("oxrootID"))
                continue;
            QVERIFY2(index.contains(parent), qPrintable(parent));
            childFirst += index.value(str(c["ID"])) < index.value(parent) ? 1 : 0;
        }
        QVERIFY(childFirst >= 1);

        for (quint32 seed : {1u, 2u, 3u, 7u, 99u}) {
            SandboxOptions o = testOptions();
            o.seed = seed;
            o.categories = 3;
            Sandbox s(o);
            QVERIFY(s.start());
            const QString t = htk(s, "Tokenrequest.php", {{"apiuser", user()}, {"apipass", secret()}})
                                  .object()
                                  .value("token")
                                  .toObject()
                                  .value("token")
                                  .toString();
            const QJsonArray data =
                htk(s, "HTKService4.php", {{"token", t}, {"function", "5"}}).object().value("data").toArray();
            QHash<QString, int> at;
            for (int i = 0; i < data.size(); ++i)
                at.insert(data.at(i).toObject().value("ID").toString(), i);
            bool before = false;
            for (int i = 0; i < data.size(); ++i) {
                const QString parent = data.at(i).toObject().value("ParentID").toString();
                before |= at.contains(parent) && at.value(parent) > i;
            }
            QVERIFY2(before, qPrintable(QString::number(seed)));
        }
    }

    // Point 9: every 405 names the methods its route accepts.
    void every405CarriesAllow()
    {
        struct Case
        {
            QUrl url;
            QByteArray method;
            QByteArray allow;
            QByteArray authorization;
        };
        const QByteArray auth = basic(user(), secret());
        const QString key = QString::fromLatin1(QUrl::toPercentEncoding(secret()));
        const QUrl admin = m_sandbox->url("admin");
        const QList<Case> cases = {
            {at("htk", "/omniseller/Tokenrequest.php"), "GET", "POST", {}},
            {at("htk", "/omniseller/HTKService4.php"), "PUT", "POST", {}},
            {at("printlounge", "/api/order/"), "POST", "GET", auth},
            {at("printlounge", "/api/order/XA4711"), "DELETE", "GET, PUT, PATCH", auth},
            {at("printlounge", "/api/cart/XA4711"), "POST", "GET", auth},
            {at("virtpos", "/api/orders?apikey=" + key), "DELETE", "GET, POST", {}},
            {at("virtpos", "/api/customer/insertCard?apikey=" + key), "PUT", "GET, POST", {}},
            {at("webshippy", "/wspyapi/GetProduct/json"), "GET", "POST", {}},
            {at("webshippy", "/wspyapi/uploadMarketplaceTransactionInvoice/xml"), "PUT", "POST", {}},
            {admin.resolved(QUrl("/counters")), "POST", "GET", {}},
            {admin.resolved(QUrl("/reset")), "GET", "POST", {}},
            {admin.resolved(QUrl("/faults")), "DELETE", "GET, POST", {}},
            {admin.resolved(QUrl("/trap")), "POST", "GET", {}},
            {admin.resolved(QUrl("/endpoints")), "POST", "GET", {}},
            {admin.resolved(QUrl("/health")), "POST", "GET", {}},
        };
        for (const Case& c : cases) {
            const Reply r = send(c.url, c.method, {}, {}, c.authorization);
            const QByteArray what = c.method + ' ' + c.url.path().toUtf8();
            QVERIFY2(r.status == 405, what.constData());
            QVERIFY2(r.allow == c.allow, (what + " Allow: " + r.allow).constData());
        }
        // The webshippy 405 keeps the action's XML dialect: plain <message> for the marketplace.
        const Reply x = send(at("webshippy", "/wspyapi/getMarketplaceTransactions/xml"), "GET");
        QCOMPARE(shape(parseXml(x.body)), QStringLiteral("response(status,message)"));
        QCOMPARE(printlounge(QStringLiteral("/api/order/?limit=1")).allow, QByteArray());
    }

    void sameSeedSameData()
    {
        SandboxOptions o = testOptions();
        o.seed = 11;
        Sandbox a(o), b(o);
        QVERIFY(a.start() && b.start());
        auto all = [this](const Sandbox& s) {
            QByteArray out =
                send(at(s, "virtpos",
                        "/api/orders?format=json&apikey=" + QString::fromLatin1(QUrl::toPercentEncoding(secret()))),
                     "GET")
                    .body;
            ojson filters;
            filters["getAllProduct"] = true;
            for (const ojson& p : walkProducts(filters, &s))
                out += dump(p);
            out += webshippy(QStringLiteral("getMarketplaceTransactions"), QStringLiteral("json"),
                             dump(ojson{{"apiKey", secret().toStdString()}}), &s)
                       .body;
            return out;
        };
        const QByteArray first = all(a);
        QVERIFY(first.size() > 10000);
        QCOMPARE(first, all(b));
    }
};

QTEST_GUILESS_MAIN(TstSandboxFidelity)
#include "tst_sandbox_fidelity.moc"
