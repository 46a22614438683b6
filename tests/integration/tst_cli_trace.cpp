// kontor-cli --trace against the sandbox over loopback: every request of a run is printed to stderr with its
// answer (one summary line, then headers and bodies indented), in the same redacted form the request inspector
// copies, for each way a secret travels: Printlounge's Basic header, VirtualPOS's apikey in the query string
// and Webshippy's apiKey inside the form-encoded request envelope. None of the secret's forms appears, the masks
// do, and nothing the run leaves in its config and data folders holds the secret either.

#include "TestEnv.h"
#include "TestSecrets.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace kontor::test;

namespace {
const QString Secret = QString::fromUtf8(SandboxSecret);
const QString User = QString::fromUtf8(SandboxUser);

QList<QByteArray> secretForms()
{
    return {Secret.toUtf8(), QUrl::toPercentEncoding(Secret),
            QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(Secret))),
            (User + QLatin1Char(':') + Secret).toUtf8().toBase64()};
}
} // namespace

class TestCliTrace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void traceShowsEveryRequestWithoutTheSecret_data();
    void traceShowsEveryRequestWithoutTheSecret();
    void withoutTraceNothingIsPrinted();
    void noSecretInTheFolders();

private:
    ProcessResult cli(const QStringList& args);

    SandboxProcess m_sandbox;
    QString m_config;
    QString m_data;
    QString m_logs;
};

void TestCliTrace::initTestCase()
{
    QVERIFY(m_sandbox.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret}));
    m_config = makeTestDir(QStringLiteral("cli-trace-config"));
    m_data = makeTestDir(QStringLiteral("cli-trace-data"));
    m_logs = makeTestDir(QStringLiteral("cli-trace-logs"));
    const QList<QStringList> profiles = {
        {QStringLiteral("pl"), QStringLiteral("printlounge"), QStringLiteral("--user"), User},
        {QStringLiteral("vp"), QStringLiteral("virtpos")},
        {QStringLiteral("ws"), QStringLiteral("webshippy")},
    };
    for (const QStringList& p : profiles) {
        // No secret stored: each run takes it from the environment (--secret-env), as a cron job does.
        const ProcessResult added =
            cli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), p[0], QStringLiteral("--service"), p[1],
                            QStringLiteral("--url"), m_sandbox.url(p[1])} +
                p.mid(2));
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
}

ProcessResult TestCliTrace::cli(const QStringList& args)
{
    return runProcess(QStringLiteral(KONTOR_CLI_BIN), QStringList{QStringLiteral("--config-dir"), m_config} + args, {},
                      {QStringLiteral("KONTOR_DATA_DIR=") + m_data, QStringLiteral("KONTOR_LOG_DIR=") + m_logs,
                       QStringLiteral("KONTOR_TEST_SECRET=") + Secret},
                      120'000);
}

void TestCliTrace::traceShowsEveryRequestWithoutTheSecret_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("requestLine"); // method and the path the summary line names
    QTest::addColumn<QByteArray>("masked");      // where the mask must show
    QTest::newRow("printlounge basic") << QStringLiteral("pl")
                                       << QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                                                      QStringLiteral("--limit"), QStringLiteral("3")}
                                       << QByteArray("GET http://127.0.0.1") << QByteArray("Authorization: Basic ***");
    QTest::newRow("virtpos apikey") << QStringLiteral("vp")
                                    << QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                                                   QStringLiteral("--limit"), QStringLiteral("3")}
                                    << QByteArray("GET http://127.0.0.1") << QByteArray("apikey=***");
    QTest::newRow("webshippy apiKey") << QStringLiteral("ws")
                                      << QStringList{QStringLiteral("products"), QStringLiteral("list"),
                                                     QStringLiteral("--limit"), QStringLiteral("3")}
                                      << QByteArray("POST http://127.0.0.1") << QByteArray("\"apiKey\": \"***\"");
}

void TestCliTrace::traceShowsEveryRequestWithoutTheSecret()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, command);
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, masked);
    const ProcessResult r =
        cli(QStringList{QStringLiteral("--trace"), QStringLiteral("--secret-env"), QStringLiteral("KONTOR_TEST_SECRET"),
                        QStringLiteral("--profile"), profile} +
            command);
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains(requestLine), r.err.left(3000).constData());
    QVERIFY2(r.err.contains("→ 200 OK"), r.err.left(3000).constData());
    QVERIFY2(r.err.contains(masked), r.err.left(6000).constData());
    // The answer is there too, indented under its request.
    QVERIFY2(r.err.contains("\n    HTTP 200 OK"), r.err.left(3000).constData());
    for (const QByteArray& form : secretForms()) {
        QVERIFY2(!r.err.contains(form), form.constData());
        QVERIFY2(!r.out.contains(form), form.constData());
    }
}

void TestCliTrace::withoutTraceNothingIsPrinted()
{
    const ProcessResult r = cli({QStringLiteral("--secret-env"), QStringLiteral("KONTOR_TEST_SECRET"),
                                 QStringLiteral("--profile"), QStringLiteral("vp"), QStringLiteral("orders"),
                                 QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("http://127.0.0.1"), r.err.constData());
}

void TestCliTrace::noSecretInTheFolders()
{
    for (const QString& dir : {m_config, m_data, m_logs}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray& form : secretForms())
                QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliTrace)
#include "tst_cli_trace.moc"
