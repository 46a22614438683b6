// kontor-cli products upsert, the real executable against the in-process sandbox: a product file in the
// document's field names creates the product, the same file again is "no changes", a changed name is a
// modification; the price written as the number 12.10 arrives as 12.10; each write leaves one audit row with
// the outcome, and a product without a SKU is refused with exit 2 and never sent.
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace kontor;
using namespace kontor::test;

class TestCliProductsUpsert : public SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startSandbox();
        m_config = makeTestDir(QStringLiteral("cli-upsert-config"));
        m_data = makeTestDir(QStringLiteral("cli-upsert-data"));
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("raktar"),
                      QStringLiteral("--service"), QStringLiteral("webshippy"), QStringLiteral("--url"),
                      m_sandbox->url(QStringLiteral("webshippy")).toString()})
                     .exitCode,
                 0);
    }

    void listEveryPageAndTheFilters()
    {
        // Every page, 7 at a time: the sandbox's products, once each.
        const ProcessResult all = cli({QStringLiteral("--json"), QStringLiteral("products"), QStringLiteral("list"),
                                       QStringLiteral("--all"), QStringLiteral("--limit"), QStringLiteral("7")});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        const QJsonArray products =
            QJsonDocument::fromJson(all.out).object().value(QStringLiteral("products")).toArray();
        QSet<QString> skus;
        for (const QJsonValue& p : products)
            skus.insert(p.toObject().value(QStringLiteral("sku")).toString());
        // What the service lists in one page of 1,000 with the same (no) filters.
        const int expected = wspyJson(QStringLiteral("GetProduct"),
                                      QJsonObject{{QStringLiteral("page"), 0}, {QStringLiteral("limit"), 1000}})
                                 .value(QStringLiteral("result"))
                                 .toArray()
                                 .size();
        QVERIFY(expected > 7);
        QCOMPARE(products.size(), expected);
        QCOMPARE(skus.size(), expected);
        // One SKU: that product only.
        const QString sku = products.at(3).toObject().value(QStringLiteral("sku")).toString();
        const ProcessResult one = cli({QStringLiteral("--json"), QStringLiteral("products"), QStringLiteral("list"),
                                       QStringLiteral("--sku"), sku});
        const QJsonArray found = QJsonDocument::fromJson(one.out).object().value(QStringLiteral("products")).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("sku")).toString(), sku);
        // --since in the service's format, checked here: a wrong one never goes out.
        const ProcessResult wrong = cli({QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--since"),
                                         QStringLiteral("01.11.2026")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("--since"), wrong.err.constData());
        const ProcessResult future = cli({QStringLiteral("--json"), QStringLiteral("products"), QStringLiteral("list"),
                                          QStringLiteral("--since"), QStringLiteral("2099-01-01")});
        QVERIFY2(future.exitCode == 0, future.err.constData());
        QCOMPARE(QJsonDocument::fromJson(future.out).object().value(QStringLiteral("products")).toArray().size(), 0);
    }

    void createdThenUnchangedThenModified()
    {
        const QString path = makeTestDir(QStringLiteral("cli-upsert-files")) + QStringLiteral("/product.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"sku\": \"CLI-UPSERT-1\", \"productName\": \"P\\u00f3l\\u00f3\", \"price\": 12.10}");
        file.close();
        auto outcome = [&](const QStringList& extra) {
            const ProcessResult r =
                cli(QStringList{QStringLiteral("--json"), QStringLiteral("products"), QStringLiteral("upsert"), path} +
                    extra);
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("outcome")).toString();
        };
        QCOMPARE(outcome({}), QStringLiteral("created"));
        QCOMPARE(outcome({}), QStringLiteral("unchanged"));
        QCOMPARE(outcome({QStringLiteral("--set"), QStringLiteral("productName=Póló kék")}),
                 QStringLiteral("modified"));

        // As the shop stores it: the price as written.
        const QJsonObject stored =
            wspyJson(QStringLiteral("GetProduct"),
                     QJsonObject{{QStringLiteral("filters"),
                                  QJsonObject{{QStringLiteral("sku"), QStringLiteral("CLI-UPSERT-1")}}}});
        const QJsonArray result = stored.value(QStringLiteral("result")).toArray();
        QCOMPARE(result.size(), 1);
        QCOMPARE(result.at(0).toObject().value(QStringLiteral("price")).toString(), QStringLiteral("12.10"));
        QCOMPARE(result.at(0).toObject().value(QStringLiteral("productName")).toString(), QStringLiteral("Póló kék"));

        // No SKU: refused here, nothing sent, no row.
        const QJsonObject before = m_sandbox->counters().value(QStringLiteral("webshippy")).toObject();
        const ProcessResult refused = cli({QStringLiteral("products"), QStringLiteral("upsert"),
                                           QStringLiteral("--set"), QStringLiteral("productName=X")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("sku"), refused.err.constData());
        QCOMPARE(
            m_sandbox->counters().value(QStringLiteral("webshippy")).toObject().value(QStringLiteral("productWrites")),
            before.value(QStringLiteral("productWrites")));

        const ProcessResult audit = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        const QJsonArray rows = QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("entries")).toArray();
        QStringList messages;
        for (const QJsonValue& row : rows) {
            QCOMPARE(row.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("product.upsert"));
            messages << row.toObject().value(QStringLiteral("message")).toString();
        }
        QCOMPARE(messages,
                 QStringList({QStringLiteral("created"), QStringLiteral("unchanged"), QStringLiteral("modified")}));
        QVERIFY(!audit.out.contains(secret().toUtf8()));
    }

private:
    ProcessResult cli(const QStringList& args) const
    {
        return runProcess(
            QStringLiteral(KONTOR_CLI_BIN),
            QStringList{QStringLiteral("--config-dir"), m_config, QStringLiteral("--secret-env"),
                        QStringLiteral("KONTOR_TEST_UPSERT_KEY")} +
                args,
            {}, {QStringLiteral("KONTOR_DATA_DIR=") + m_data, QStringLiteral("KONTOR_TEST_UPSERT_KEY=") + secret()});
    }

    QString m_config;
    QString m_data;
};

QTEST_MAIN(TestCliProductsUpsert)
#include "tst_cli_products_upsert.moc"
