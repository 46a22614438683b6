// kontor-cli bundles create FILE.json, the real executable against the in-process sandbox: a file in the
// document's own form with three products creates the bundle (a price written as the number 12.10 arrives as
// 12.10) and leaves one audit row; a file with a bad quantity is refused with exit 2 naming the field, and
// --dry-run prints the request: neither reaches the sandbox (its counters prove it).
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kontor;
using namespace kontor::test;

class TestCliBundles : public SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { startSandbox(); }

    void aBundleFromAFile()
    {
        const QString config = makeTestDir(QStringLiteral("cli-bundles-config"));
        const QString data = makeTestDir(QStringLiteral("cli-bundles-data"));
        auto cli = [&](const QStringList& args) {
            return runProcess(
                QStringLiteral(KONTOR_CLI_BIN),
                QStringList{QStringLiteral("--config-dir"), config, QStringLiteral("--secret-env"),
                            QStringLiteral("KONTOR_TEST_BUNDLE_KEY")} +
                    args,
                {}, {QStringLiteral("KONTOR_DATA_DIR=") + data, QStringLiteral("KONTOR_TEST_BUNDLE_KEY=") + secret()});
        };
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("raktar"),
                      QStringLiteral("--service"), QStringLiteral("webshippy"), QStringLiteral("--url"),
                      m_sandbox->url(QStringLiteral("webshippy")).toString()})
                     .exitCode,
                 0);
        const QJsonObject products = wspyJson(QStringLiteral("GetProduct"),
                                              QJsonObject{{QStringLiteral("page"), 0}, {QStringLiteral("limit"), 3}});
        const QJsonArray result = products.value(QStringLiteral("result")).toArray();
        QCOMPARE(result.size(), 3);
        // The price as a JSON number written 12.10: it must arrive as 12.10, not 12.1.
        QByteArray file = "{\"bundleSku\": \"CLI-BUNDLE-1\", \"bundleName\": \"Akci\u00f3s csomag\", "
                          "\"bundlePriceNet\": 12.10, \"bundleVat\": \"27\", \"bundleCurrency\": \"HUF\", "
                          "\"products\": [";
        for (int i = 0; i < 3; ++i)
            file += (i ? "," : "") + QByteArray("{\"productSku\": \"") +
                    result.at(i).toObject().value(QStringLiteral("sku")).toString().toUtf8() +
                    QByteArray("\", \"quantity\": 2}");
        file += "]}";
        const QString path = makeTestDir(QStringLiteral("cli-bundles-files")) + QStringLiteral("/bundle.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();
        QByteArray bad = file;
        bad.replace("\"quantity\": 2}]", "\"quantity\": 0}]");
        const QString badPath = path + QStringLiteral(".bad.json");
        QFile badOut(badPath);
        QVERIFY(badOut.open(QIODevice::WriteOnly));
        badOut.write(bad);
        badOut.close();

        auto created = [this] {
            return m_sandbox->counters()
                .value(QStringLiteral("webshippy"))
                .toObject()
                .value(QStringLiteral("bundlesCreated"))
                .toInteger();
        };
        const qint64 before = created();
        const ProcessResult refused = cli({QStringLiteral("bundles"), QStringLiteral("create"), badPath});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("quantity"), refused.err.constData());
        const ProcessResult dry = cli({QStringLiteral("--json"), QStringLiteral("bundles"), QStringLiteral("create"),
                                       path, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(dry.out)
                     .object()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("bundlePriceNet"))
                     .toString(),
                 QStringLiteral("12.10"));
        QVERIFY(!dry.out.contains(secret().toUtf8()));
        QCOMPARE(created(), before);

        const ProcessResult made =
            cli({QStringLiteral("--json"), QStringLiteral("bundles"), QStringLiteral("create"), path});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(!QJsonDocument::fromJson(made.out).object().value(QStringLiteral("wspyId")).toString().isEmpty());
        QCOMPARE(created(), before + 1);
        const ProcessResult audit = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        const QJsonArray rows = QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("bundle.create"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("CLI-BUNDLE-1"));
        QVERIFY(!audit.out.contains(secret().toUtf8()));
    }
};

QTEST_MAIN(TestCliBundles)
#include "tst_cli_bundles.moc"
