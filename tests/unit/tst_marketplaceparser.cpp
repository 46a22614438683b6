// Webshippy's marketplace answers (document 004) and product categories (document 003), read from the
// vendor's own examples in tests/data and from mixed answers built in their shape. An upload answer echoes
// every item sent, so an item is settled from the service's words, never from its presence in `result`.
#include "Examples.h"
#include "services/webshippy/WebshippyCategories.h"
#include "services/webshippy/WebshippyParser.h"

#include <QTest>

using namespace kontor;
using Outcome = InvoiceResult::Outcome;

Q_DECLARE_METATYPE(kontor::WireFormat)

namespace {

QByteArray example(const QString& name)
{
    return test::readExample("webshippy", name);
}

const QList<InvoiceFile> ThreeInvoices = {{QStringLiteral("DSPY1000134"), QStringLiteral("INV-1"), "AAAA"},
                                          {QStringLiteral("DSPY1000135"), QStringLiteral("INV-2"), "BBBB"},
                                          {QStringLiteral("DSPY1000136"), QStringLiteral("INV-3"), "CCCC"}};

// The document's error shape with its placeholders filled: every item echoed, the failures in messages.
QByteArray mixedJson(const QStringList& messages)
{
    QByteArray out = "{\"status\":\"error\",\"result\":[";
    for (int i = 0; i < ThreeInvoices.size(); ++i) {
        if (i)
            out += ',';
        out += "{\"transactionId\":\"" + ThreeInvoices[i].transactionId.toUtf8() + "\",\"invoiceSerialNumber\":\"" +
               ThreeInvoices[i].serialNumber.toUtf8() + "\",\"fileInput\":\"" + ThreeInvoices[i].base64 + "\"}";
    }
    out += "],\"message\":[";
    for (int i = 0; i < messages.size(); ++i)
        out += (i ? ",\"" : "\"") + messages[i].toUtf8() + "\"";
    return out + "]}";
}

QByteArray mixedXml(const QStringList& messages)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n<status>error</status>\n";
    for (const InvoiceFile& f : ThreeInvoices)
        out += "<result>\n<transactionId>" + f.transactionId.toUtf8() + "</transactionId>\n<invoiceSerialNumber>" +
               f.serialNumber.toUtf8() + "</invoiceSerialNumber>\n<fileInput>" + f.base64 + "</fileInput>\n</result>\n";
    for (const QString& m : messages)
        out += "<message>" + m.toUtf8() + "</message>\n";
    return out + "</response>\n";
}

Transaction invoiced(const QString& id, const QString& serial)
{
    Transaction t;
    t.id = id;
    t.invoiceStatus = QStringLiteral("invoiced");
    t.invoiceSerialNumber = serial;
    return t;
}

Transaction uninvoiced(const QString& id)
{
    Transaction t;
    t.id = id;
    t.invoiceStatus = QStringLiteral("uninvoiced");
    return t;
}

} // namespace

class TestMarketplaceParser : public QObject
{
    Q_OBJECT
private slots:
    void transactionsFromTheDocument_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<WireFormat>("format");
        QTest::newRow("json") << QStringLiteral("transactions-response.json") << WireFormat::Json;
        QTest::newRow("xml") << QStringLiteral("transactions-response.xml") << WireFormat::Xml;
    }
    void transactionsFromTheDocument()
    {
        QFETCH(QString, file);
        QFETCH(WireFormat, format);
        const auto r = WebshippyParser::parseTransactions(example(file), format);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.value.size(), 1);
        const Transaction& t = r.value.first();
        QCOMPARE(t.id, QStringLiteral("DSPY1000134"));
        QCOMPARE(t.date, QStringLiteral("2021-02-14 13:09:11"));
        QCOMPARE(t.paymentStatus, QStringLiteral("paid"));
        QCOMPARE(t.transferredAt, QStringLiteral("2021-06-12 14:12:00"));
        QCOMPARE(t.supplier, QStringLiteral("Webshippy"));
        QCOMPARE(t.retailer, QStringLiteral("Koala Adventures Teszt Bt."));
        QCOMPARE(t.paymentId, QStringLiteral("500864504"));
        QCOMPARE(t.invoiceStatus, QStringLiteral("invoiced"));
        QCOMPARE(t.invoiceSerialNumber, QStringLiteral("Invoice-12345-1-54365"));
        QCOMPARE(t.products.size(), 1);
        QCOMPARE(test::valueOf(t.products.first(), QStringLiteral("sku")), QStringLiteral("ws2_dspy_rules_11"));
        QCOMPARE(test::valueOf(t.products.first(), QStringLiteral("transactionAmountGross")), QStringLiteral("3800"));
    }

    void nullAndEmptyBothReadAsEmpty()
    {
        const QByteArray json = "{\"status\":\"success\",\"result\":[{\"transactionId\":\"T1\",\"transferredAt\":null,"
                                "\"invoice\":{\"url\":null,\"status\":\"uninvoiced\",\"serialNumber\":\"\"}}]}";
        const auto r = WebshippyParser::parseTransactions(json, WireFormat::Json);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QVERIFY(r.value.first().transferredAt.isEmpty());
        QVERIFY(r.value.first().invoiceUrl.isEmpty());
        QVERIFY(r.value.first().invoiceSerialNumber.isEmpty());
    }

    void documentsUploadSuccess_data() { transactionsFromTheDocument_data(); }
    void documentsUploadSuccess()
    {
        QFETCH(WireFormat, format);
        const QString file =
            format == WireFormat::Json ? QStringLiteral("upload-response.json") : QStringLiteral("upload-response.xml");
        const QList<InvoiceFile> sent = {
            {QStringLiteral("DSPY1000134"), QStringLiteral("Invoice-12345-1-54365"), "iVBOR"}};
        const auto r = WebshippyParser::parseUploadAnswer(example(file), format, sent);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.value.items.size(), 1);
        QCOMPARE(r.value.items.first().outcome, Outcome::Stored);
    }

    void documentsUploadErrorNamesAPlaceholder_data() { transactionsFromTheDocument_data(); }
    void documentsUploadErrorNamesAPlaceholder()
    {
        // The document's error example still carries its placeholders: "[invoiceSerialNumber]" names no
        // invoice that was sent, so the item is not guessed at: it stays open, to be read from the transaction.
        QFETCH(WireFormat, format);
        const QString file =
            format == WireFormat::Json ? QStringLiteral("upload-error.json") : QStringLiteral("upload-error.xml");
        const QList<InvoiceFile> sent = {
            {QStringLiteral("DSPY1000134"), QStringLiteral("Invoice-12345-1-54365"), "iVBOR"}};
        const auto r = WebshippyParser::parseUploadAnswer(example(file), format, sent);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.value.items.first().outcome, Outcome::Unsettled);
        QVERIFY(r.value.items.first().message.contains(QLatin1String("upload failed")));
    }

    void mixedAnswer_data()
    {
        QTest::addColumn<WireFormat>("format");
        QTest::newRow("json") << WireFormat::Json;
        QTest::newRow("xml") << WireFormat::Xml;
    }
    void mixedAnswer()
    {
        // INV-1 stored, INV-2 there before ("Already existing entity" names nothing), INV-3 refused.
        QFETCH(WireFormat, format);
        const QStringList messages = {
            QStringLiteral("Already existing entity"),
            QStringLiteral("Invoice INV-3 upload failed, due to: [field:transactionId] Transaction not found")};
        const QByteArray body = format == WireFormat::Json ? mixedJson(messages) : mixedXml(messages);
        auto r = WebshippyParser::parseUploadAnswer(body, format, ThreeInvoices);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.value.alreadyExisting, 1);
        // Presence in `result` proves nothing: every item is echoed.
        QCOMPARE(r.value.items.at(0).outcome, Outcome::Unsettled);
        QCOMPARE(r.value.items.at(1).outcome, Outcome::Unsettled);
        QCOMPARE(r.value.items.at(2).outcome, Outcome::Failed);
        QCOMPARE(r.value.items.at(2).message, QStringLiteral("[field:transactionId] Transaction not found"));

        // The transactions before the upload (as listed to match the files) and after it decide the rest.
        QHash<QString, Transaction> before;
        before.insert(QStringLiteral("DSPY1000134"), uninvoiced(QStringLiteral("DSPY1000134")));
        before.insert(QStringLiteral("DSPY1000135"), invoiced(QStringLiteral("DSPY1000135"), QStringLiteral("INV-2")));
        const QList<Transaction> now = {invoiced(QStringLiteral("DSPY1000134"), QStringLiteral("INV-1")),
                                        invoiced(QStringLiteral("DSPY1000135"), QStringLiteral("INV-2")),
                                        uninvoiced(QStringLiteral("DSPY1000136"))};
        WebshippyParser::settleFromTransactions(&r.value, now, before);
        QCOMPARE(r.value.items.at(0).outcome, Outcome::Stored);
        QCOMPARE(r.value.items.at(1).outcome, Outcome::AlreadyPresent);
        QCOMPARE(r.value.items.at(2).outcome, Outcome::Failed); // settled by its message, left alone
        QCOMPARE(r.value.items.at(2).message, QStringLiteral("[field:transactionId] Transaction not found"));
    }

    void allAlreadyThereAfterAResend()
    {
        // QNAM re-sends a POST whose connection dropped: the second copy meets the first one's invoices.
        const QStringList messages = {QStringLiteral("Already existing entity"),
                                      QStringLiteral("Already existing entity"),
                                      QStringLiteral("Already existing entity")};
        auto r = WebshippyParser::parseUploadAnswer(mixedJson(messages), WireFormat::Json, ThreeInvoices);
        QVERIFY(r.ok());
        const QList<Transaction> now = {invoiced(QStringLiteral("DSPY1000134"), QStringLiteral("INV-1")),
                                        invoiced(QStringLiteral("DSPY1000135"), QStringLiteral("INV-2")),
                                        invoiced(QStringLiteral("DSPY1000136"), QStringLiteral("INV-3"))};
        WebshippyParser::settleFromTransactions(&r.value, now);
        for (const InvoiceResult& item : r.value.items)
            QCOMPARE(item.outcome, Outcome::AlreadyPresent);
    }

    void anotherInvoiceIsThere()
    {
        auto r = WebshippyParser::parseUploadAnswer(mixedJson({QStringLiteral("Already existing entity")}),
                                                    WireFormat::Json, ThreeInvoices.mid(0, 1));
        QVERIFY(r.ok());
        WebshippyParser::settleFromTransactions(&r.value,
                                                {invoiced(QStringLiteral("DSPY1000134"), QStringLiteral("OTHER-9"))});
        QCOMPARE(r.value.items.first().outcome, Outcome::Failed);
        QVERIFY2(r.value.items.first().message.contains(QLatin1String("OTHER-9")),
                 qPrintable(r.value.items.first().message));
    }

    void everyFailureNamedMeansTheRestStored()
    {
        const auto r = WebshippyParser::parseUploadAnswer(
            mixedXml({QStringLiteral("Invoice INV-2 upload failed, due to: [field:fileInput] File is not a PDF")}),
            WireFormat::Xml, ThreeInvoices);
        QVERIFY(r.ok());
        QCOMPARE(r.value.items.at(0).outcome, Outcome::Stored);
        QCOMPARE(r.value.items.at(1).outcome, Outcome::Failed);
        QCOMPARE(r.value.items.at(2).outcome, Outcome::Stored);
    }

    void wrongKeyRefusesTheWholeBatch()
    {
        const auto r = WebshippyParser::parseUploadAnswer(example(QStringLiteral("marketplace-error.xml")),
                                                          WireFormat::Xml, ThreeInvoices);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Error::Kind::Auth);
    }

    void categoryCodeReadsBackAsNames()
    {
        // Document 003: CreateProduct sends "3-406", GetProduct answers with the names.
        const auto page =
            WebshippyParser::parseProducts(example(QStringLiteral("getproduct-response.json")), WireFormat::Json, 0);
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        const Product& p = page.value.products.first();
        QCOMPARE(p.category, QStringLiteral("Divat és ruházat"));
        QCOMPARE(p.subCategory, QStringLiteral("Gyermek divat"));
        WebshippyCategories categories;
        QVERIFY(categories.same(QStringLiteral("3-406"), p));
        QVERIFY(!categories.same(QStringLiteral("3-407"), p)); // unknown until written once
        QVERIFY(categories.same(QStringLiteral("Divat és ruházat"), p));
        WebshippyCategories::Names other{QStringLiteral("Otthon"), QStringLiteral("Konyha"), QString()};
        Product kitchen;
        kitchen.category = other.category;
        kitchen.subCategory = other.subCategory;
        categories.learn(QStringLiteral("5-120"), other);
        QVERIFY(categories.same(QStringLiteral("5-120"), kitchen));
        QVERIFY(!categories.same(QStringLiteral("5-120"), p));
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceParser)
#include "tst_marketplaceparser.moc"
