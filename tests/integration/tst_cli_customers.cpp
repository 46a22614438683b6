// kontor-cli customers, the real executable against the in-process sandbox in both wire formats: `list --all`
// reads every page (exactly the sandbox's customers, once each), `update --create` creates and a second update
// of the same customer updates, each leaving one audit row; `age` (which VirtualPOS computes) and a malformed
// field are refused with exit 2 and never reach the sandbox (its counters prove it).
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kontor;
using namespace kontor::test;

class TestCliCustomers : public SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { startSandbox(); }

    void listAndUpdate_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("xml") << QStringLiteral("xml");
    }
    void listAndUpdate()
    {
        QFETCH(QString, format);
        const QString config = makeTestDir(QStringLiteral("cli-customers-config"));
        const QString data = makeTestDir(QStringLiteral("cli-customers-data"));
        auto cli = [&](const QStringList& args) {
            const ProcessResult r = runProcess(
                QStringLiteral(KONTOR_CLI_BIN),
                QStringList{QStringLiteral("--config-dir"), config, QStringLiteral("--secret-env"),
                            QStringLiteral("KONTOR_TEST_CUSTOMER_KEY")} +
                    args,
                {},
                {QStringLiteral("KONTOR_DATA_DIR=") + data, QStringLiteral("KONTOR_TEST_CUSTOMER_KEY=") + secret()});
            if (r.out.contains(secret().toUtf8()) || r.err.contains(secret().toUtf8()))
                qWarning("the secret was printed by: %s", qPrintable(args.join(QLatin1Char(' '))));
            return r;
        };
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("kasse"),
                      QStringLiteral("--service"), QStringLiteral("virtpos"), QStringLiteral("--format"), format,
                      QStringLiteral("--url"), m_sandbox->url(QStringLiteral("virtpos")).toString()})
                     .exitCode,
                 0);

        // Every page, 7 at a time: each customer once.
        const ProcessResult listed = cli({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list"),
                                          QStringLiteral("--all"), QStringLiteral("--limit"), QStringLiteral("7")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray customers = QJsonDocument::fromJson(listed.out).array();
        QSet<QString> ids;
        for (const QJsonValue& c : customers)
            ids.insert(c.toObject().value(QStringLiteral("id")).toString());
        const Reply total =
            virtpos(QStringLiteral("/api/customer"), {{QStringLiteral("format"), QStringLiteral("json")},
                                                      {QStringLiteral("page_size"), QStringLiteral("1")}});
        const int expected = QJsonDocument::fromJson(total.body).object().value(QStringLiteral("total")).toInt();
        QVERIFY(expected > 7);
        QCOMPARE(customers.size(), expected);
        QCOMPARE(ids.size(), expected);

        auto updates = [this] {
            return m_sandbox->counters()
                .value(QStringLiteral("virtpos"))
                .toObject()
                .value(QStringLiteral("customerUpdates"))
                .toInteger();
        };
        const qint64 before = updates();
        // Refused here: age, a malformed field name, a bad date. Nothing sent.
        for (const QString& set :
             {QStringLiteral("age=40"), QStringLiteral("First Name=Anna"), QStringLiteral("birth_date=17.05.1980")}) {
            const ProcessResult refused = cli({QStringLiteral("customers"), QStringLiteral("update"),
                                               QStringLiteral("--create"), QStringLiteral("--set"), set});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(set.left(set.indexOf(QLatin1Char('='))).toUtf8()), refused.err.constData());
        }
        QCOMPARE(updates(), before);

        // Created, then the same customer updated: one write and one audit row each.
        const ProcessResult created =
            cli({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("update"),
                 QStringLiteral("--create"), QStringLiteral("--group"), QStringLiteral("Stammkunden"),
                 QStringLiteral("--set"), QStringLiteral("fname=Anna"), QStringLiteral("--set"),
                 QStringLiteral("birth_date=1980-05-17")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject made = QJsonDocument::fromJson(created.out).object();
        QVERIFY(made.value(QStringLiteral("created")).toBool());
        const QString id = made.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const ProcessResult changed =
            cli({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("update"),
                 QStringLiteral("--id"), id, QStringLiteral("--set"), QStringLiteral("email=anna@example.org")});
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QVERIFY(!QJsonDocument::fromJson(changed.out).object().value(QStringLiteral("created")).toBool());
        QCOMPARE(updates(), before + 2);
        const ProcessResult audit = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        const QJsonArray rows = QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue& row : rows) {
            QCOMPARE(row.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("customer.update"));
            QCOMPARE(row.toObject().value(QStringLiteral("target")).toString(), id);
        }
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("created"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("updated"));
        QVERIFY(!audit.out.contains(secret().toUtf8()));
    }
};

QTEST_MAIN(TestCliCustomers)
#include "tst_cli_customers.moc"
