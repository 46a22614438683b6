// The upload engine's own wire parts, checked against the envelope every other Webshippy request uses:
// - InvoiceRequestBody streams a body byte for byte equal to WebshippyEnvelope::request's for the same invoices
//   (JSON and XML; file sizes on and off the 3-byte base64 boundary, a serial number that needs escaping),
//   encoded whole at prepare() or streamed chunk by chunk; its announced size is exact, and a streamed file that
//   changes after prepare() stops the request instead of sending a body of another length.
// - AnswerEchoFilter drops the echoed files from an answer and nothing else, however the answer is cut into
//   network reads, including JSON's escaped slashes ("\/") as PHP writes them and the document's XML.
#include "Examples.h"
#include "services/webshippy/WebshippyEnvelope.h"
#include "services/webshippy/WebshippyParser.h"
#include "upload/InvoiceRequestBody.h"
#include "upload/UploadConnection.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace kontor;
using namespace kontor::upload;

class TestUploadBody : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<BodyInvoice> m_invoices;
    QList<QByteArray> m_contents;

    QByteArray envelopeBody(WireFormat format) const
    {
        codec::Json list = codec::Json::array();
        for (int i = 0; i < m_invoices.size(); ++i) {
            codec::Json item = codec::Json::object();
            item["transactionId"] = m_invoices[i].transactionId.toStdString();
            item["invoiceSerialNumber"] = m_invoices[i].serialNumber.toStdString();
            item["fileInput"] = m_contents[i].toBase64().toStdString();
            list.push_back(std::move(item));
        }
        codec::Json fields = codec::Json::object();
        fields["invoice"] = std::move(list);
        return WebshippyEnvelope::request(QStringLiteral("wspyapi"),
                                          QStringLiteral("uploadMarketplaceTransactionInvoice"), format,
                                          QStringLiteral("k+y/=&\"<key>"), fields)
            .body;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Sizes around the base64 boundary, an empty-ish one, one of several chunks.
        const QList<int> sizes = {1, 2, 3, 4, 5, 49151, 49152, 49153, 200001};
        for (int i = 0; i < sizes.size(); ++i) {
            QByteArray content(sizes[i], Qt::Uninitialized);
            for (char& c : content)
                c = static_cast<char>(QRandomGenerator::global()->bounded(256));
            const QString path = m_dir.filePath(QStringLiteral("f%1.pdf").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            m_contents << content;
            m_invoices << BodyInvoice{path, QStringLiteral("DSPY%1").arg(1000100 + i),
                                      i == 2 ? QStringLiteral("Számla \"7\" <b>&amp;</b>/+")
                                             : QStringLiteral("INV-%1").arg(i)};
        }
    }

    void bodyEqualsTheEnvelopes_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("whole");
        QTest::newRow("json, encoded whole") << int(WireFormat::Json) << true;
        QTest::newRow("xml, encoded whole") << int(WireFormat::Xml) << true;
        QTest::newRow("json, streamed") << int(WireFormat::Json) << false;
        QTest::newRow("xml, streamed") << int(WireFormat::Xml) << false;
    }
    void bodyEqualsTheEnvelopes()
    {
        QFETCH(int, format);
        QFETCH(bool, whole);
        const auto f = static_cast<WireFormat>(format);
        const qint64 limit = whole ? InvoiceRequestBody::kMaterializeLimit : 100000; // the files: 347,472 bytes
        InvoiceRequestBody body(QStringLiteral("k+y/=&\"<key>"), f, m_invoices);
        QVERIFY(body.prepare(nullptr, limit).ok());
        QCOMPARE(body.isMaterialized(), whole);
        const QByteArray expected = envelopeBody(f);
        QCOMPARE(body.size(), qint64(expected.size()));
        // Read in odd pieces, as the socket drains.
        QByteArray streamed;
        while (!body.atEnd()) {
            const Result<QByteArray> chunk = body.read(7777);
            QVERIFY(chunk.ok());
            QVERIFY(!chunk.value.isEmpty());
            streamed += chunk.value;
        }
        QCOMPARE(streamed.size(), expected.size());
        QVERIFY(streamed == expected);
        // Prepared again, it streams the same again.
        QVERIFY(body.prepare(nullptr, limit).ok());
        QCOMPARE(body.isMaterialized(), whole);
        const Result<QByteArray> again = body.readAll();
        QVERIFY(again.ok());
        QVERIFY(again.value == expected);
    }

    void oneStepEncodingEqualsBase64ThenPercentEncoding()
    {
        for (int size = 0; size < 400; ++size) {
            QByteArray data(size, Qt::Uninitialized);
            for (char& c : data)
                c = static_cast<char>(QRandomGenerator::global()->bounded(256));
            const QByteArray expected = InvoiceRequestBody::percentEncodeBase64(data.toBase64());
            QByteArray out = "prefix";
            InvoiceRequestBody::appendEncoded(data.constData(), data.size(), &out);
            QCOMPARE(out, QByteArray("prefix") + expected);
            QCOMPARE(InvoiceRequestBody::encodedSize(data.constData(), data.size(), true), qint64(expected.size()));
        }
        const QByteArray all(256 * 3, '\xff'); // every sextet 63: all escaped
        QByteArray out;
        InvoiceRequestBody::appendEncoded(all.constData(), all.size(), &out);
        QCOMPARE(out, InvoiceRequestBody::percentEncodeBase64(all.toBase64()));
    }

    void aFileThatChangesStopsTheBody()
    {
        const QString path = m_dir.filePath(QStringLiteral("changing.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(300000, 'a'));
        }
        InvoiceRequestBody body(QStringLiteral("key"), WireFormat::Json,
                                {BodyInvoice{path, QStringLiteral("DSPY1000100"), QStringLiteral("x")}});
        QVERIFY(body.prepare(nullptr, 0).ok()); // streamed: read again while it is sent
        QVERIFY(!body.isMaterialized());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(10, 'b'));
        }
        const Result<QByteArray> all = body.readAll();
        QVERIFY(!all.ok());
        QCOMPARE(all.error.kind, Error::Kind::Storage);
        QVERIFY2(all.error.message.contains(QLatin1String("changing.pdf")), qPrintable(all.error.message));

        int bad = -1;
        InvoiceRequestBody missing(QStringLiteral("key"), WireFormat::Json,
                                   {m_invoices.first(), BodyInvoice{m_dir.filePath(QStringLiteral("gone.pdf")),
                                                                    QStringLiteral("DSPY1"), QStringLiteral("y")}});
        QVERIFY(!missing.prepare(&bad).ok());
        QCOMPARE(bad, 1);
        bad = -1;
        QVERIFY(!missing.prepare(&bad, 0).ok());
        QCOMPARE(bad, 1);
    }

    void echoFilterDropsOnlyTheFiles_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray b64 = QByteArray(5000, 'x').toBase64();
        QByteArray phpEscaped = QByteArray(3000, '\xfb').toBase64();
        phpEscaped.replace("/", "\\/");
        QTest::newRow("json") << int(WireFormat::Json)
                              << QByteArray("{\"status\":\"error\",\"result\":[{\"transactionId\":\"DSPY1\","
                                            "\"invoiceSerialNumber\":\"fileInput\",\"fileInput\":\"" +
                                            b64 + "\"},{\"fileInput\" : \"" + phpEscaped +
                                            "\",\"transactionId\":\"DSPY2\"},{\"fileInput\":null},"
                                            "{\"fileInput\":\"a\\\"b\\\\\"}],"
                                            "\"message\":[\"Invoice 7 upload failed, due to: \\\"fileInput\\\"\"]}")
                              << QByteArray("{\"status\":\"error\",\"result\":[{\"transactionId\":\"DSPY1\","
                                            "\"invoiceSerialNumber\":\"fileInput\",\"fileInput\":\"\"},"
                                            "{\"fileInput\" : \"\",\"transactionId\":\"DSPY2\"},{\"fileInput\":null},"
                                            "{\"fileInput\":\"\"}],"
                                            "\"message\":[\"Invoice 7 upload failed, due to: \\\"fileInput\\\"\"]}");
        QTest::newRow("xml") << int(WireFormat::Xml)
                             << QByteArray("<?xml version=\"1.0\"?><response><status>success</status><result><elem>"
                                           "<transactionId>DSPY1</transactionId><fileInput>" +
                                           b64 + "</fileInput></elem></result></response>")
                             << QByteArray("<?xml version=\"1.0\"?><response><status>success</status><result><elem>"
                                           "<transactionId>DSPY1</transactionId><fileInput></fileInput></elem></result>"
                                           "</response>");
    }
    void echoFilterDropsOnlyTheFiles()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, expected);
        const auto f = static_cast<WireFormat>(format);
        // Whole, then cut at every position into two reads, then byte by byte.
        for (int cut = -1; cut <= answer.size(); cut += (cut < 200 || cut > answer.size() - 200) ? 1 : 97) {
            AnswerEchoFilter filter(f);
            QByteArray out;
            if (cut < 0) {
                filter.feed(answer.constData(), answer.size(), &out);
            } else {
                filter.feed(answer.constData(), cut, &out);
                filter.feed(answer.constData() + cut, answer.size() - cut, &out);
            }
            QVERIFY2(out == expected,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(QString::fromUtf8(out.left(300)))));
        }
        AnswerEchoFilter single(f);
        QByteArray out;
        for (char c : answer)
            single.feed(&c, 1, &out);
        QVERIFY(out == expected);
        QCOMPARE(single.dropped(), qint64(answer.size() - expected.size()));
    }

    void theDocumentsAnswersSettleTheSameFiltered_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("error json") << QStringLiteral("upload-error.json") << int(WireFormat::Json);
        QTest::newRow("error xml") << QStringLiteral("upload-error.xml") << int(WireFormat::Xml);
        QTest::newRow("success json") << QStringLiteral("upload-response.json") << int(WireFormat::Json);
        QTest::newRow("success xml") << QStringLiteral("upload-response.xml") << int(WireFormat::Xml);
    }
    void theDocumentsAnswersSettleTheSameFiltered()
    {
        // Document 004's own answers, echo and all: what the engine reads after the filter gives the same
        // per-item outcome as the whole answer, and the echo is gone.
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto f = static_cast<WireFormat>(format);
        const QByteArray whole = test::readExample("webshippy", name);
        QVERIFY(whole.contains("iVBORw0KGgo"));
        AnswerEchoFilter filter(f);
        QByteArray filtered;
        filter.feed(whole.constData(), whole.size(), &filtered);
        QVERIFY(!filtered.contains("iVBORw0KGgo"));
        QVERIFY(filter.dropped() > 50);
        const QList<InvoiceFile> sent = {
            InvoiceFile{QStringLiteral("DSPY1000134"), QStringLiteral("Invoice-12345-1-54365"), {}}};
        const auto a = WebshippyParser::parseUploadAnswer(whole, f, sent);
        const auto b = WebshippyParser::parseUploadAnswer(filtered, f, sent);
        QCOMPARE(a.ok(), b.ok());
        QVERIFY(a.ok());
        QCOMPARE(a.value.items.size(), b.value.items.size());
        for (int i = 0; i < a.value.items.size(); ++i) {
            QCOMPARE(int(a.value.items[i].outcome), int(b.value.items[i].outcome));
            QCOMPARE(a.value.items[i].message, b.value.items[i].message);
        }
    }
};

QTEST_GUILESS_MAIN(TestUploadBody)
#include "tst_uploadbody.moc"
