// kontor-cli transactions list, the real executable against the in-process sandbox: every marketplace
// transaction with its invoice state (the three states together are the whole list), the service's filters
// sent as the document names them, and a filter value the service would refuse caught before anything is sent
// (exit 2, the option named, the sandbox's request counters unchanged).
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace kontor;
using namespace kontor::test;

class TestCliTransactions : public SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startSandbox();
        m_config = makeTestDir(QStringLiteral("cli-transactions-config"));
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("lager"),
                      QStringLiteral("--service"), QStringLiteral("webshippy"), QStringLiteral("--url"),
                      m_sandbox->url(QStringLiteral("webshippy")).toString()})
                     .exitCode,
                 0);
    }

    void everyTransactionWithItsInvoiceState()
    {
        const QJsonArray all = list({});
        QVERIFY(all.size() > 10);
        QSet<QString> ids;
        for (const QJsonValue& v : all) {
            const QJsonObject t = v.toObject();
            QVERIFY(t.value(QStringLiteral("transactionId")).toString().startsWith(QLatin1String("DSPY")));
            QVERIFY(!t.value(QStringLiteral("products")).toArray().isEmpty());
            ids.insert(t.value(QStringLiteral("transactionId")).toString());
        }
        QCOMPARE(ids.size(), all.size());
        // The three invoice states, each asked of the service, make up the whole list.
        qsizetype together = 0;
        for (const QString& state :
             {QStringLiteral("invoiced"), QStringLiteral("uninvoiced"), QStringLiteral("error")}) {
            const QJsonArray some = list({QStringLiteral("--invoice-status"), state});
            QVERIFY2(!some.isEmpty(), qPrintable(state));
            for (const QJsonValue& v : some)
                QCOMPARE(v.toObject().value(QStringLiteral("invoiceStatus")).toString(), state);
            together += some.size();
        }
        QCOMPARE(together, all.size());
        // A day after every transaction: none, said in words.
        const ProcessResult none = cli({QStringLiteral("transactions"), QStringLiteral("list"),
                                        QStringLiteral("--from"), QStringLiteral("2099-01-01")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QByteArray("No transactions."));
        const ProcessResult table = cli({QStringLiteral("transactions"), QStringLiteral("list"),
                                         QStringLiteral("--role"), QStringLiteral("supplier")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith("TRANSACTION"), table.out.left(200).constData());
    }

    void aValueTheServiceRefusesNeverLeaves()
    {
        const QJsonObject before = m_sandbox->counters().value(QStringLiteral("webshippy")).toObject();
        const QList<QStringList> bad = {{QStringLiteral("--invoice-status"), QStringLiteral("paid")},
                                        {QStringLiteral("--role"), QStringLiteral("buyer")},
                                        {QStringLiteral("--from"), QStringLiteral("01.11.2026")},
                                        {QStringLiteral("--to"), QStringLiteral("2026-13-01")}};
        for (const QStringList& option : bad) {
            const ProcessResult r = cli(QStringList{QStringLiteral("transactions"), QStringLiteral("list")} + option);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(option.first().toUtf8()), r.err.constData());
        }
        QCOMPARE(m_sandbox->counters().value(QStringLiteral("webshippy")).toObject(), before);
    }

private:
    ProcessResult cli(const QStringList& args)
    {
        const QStringList env = {QStringLiteral("KONTOR_DATA_DIR=") + m_config,
                                 QStringLiteral("KONTOR_TEST_WS_KEY=") + secret()};
        return runProcess(QStringLiteral(KONTOR_CLI_BIN),
                          QStringList{QStringLiteral("--config-dir"), m_config, QStringLiteral("--secret-env"),
                                      QStringLiteral("KONTOR_TEST_WS_KEY")} +
                              args,
                          {}, env);
    }
    QJsonArray list(const QStringList& filters)
    {
        const ProcessResult r = cli(
            QStringList{QStringLiteral("--json"), QStringLiteral("transactions"), QStringLiteral("list")} + filters);
        if (r.exitCode != 0)
            qWarning("transactions list failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("transactions")).toArray();
    }

    QString m_config;
};

QTEST_MAIN(TestCliTransactions)
#include "tst_cli_transactions.moc"
