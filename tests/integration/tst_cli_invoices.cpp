// kontor-cli invoices upload, the real executable against the in-process sandbox (a real HTTP server on
// loopback) with its faults, checked by the sandbox's own per-transaction counters:
// - 500 invoices with 10% 503s, 5% dropped connections and 5% answers cut off after the shop stored them: every
//   one stored exactly once, none sent again after it was stored, exit 0;
// - the same, with the command killed by SIGKILL at a random moment and run again with --resume: all stored,
//   none twice, and an unfinished upload is never silently left behind (without --resume: exit 2, nothing sent);
// - a 2 MB body limit and 100 invoices of 700 KB: the 413s split the requests and no invoice fails;
// - unmatched, duplicate, non-PDF and already-invoiced files are reported before anything is sent, never sent.
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace kontor;
using namespace kontor::test;

class TestCliInvoices : public SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        SandboxOptions o = testOptions();
        o.transactions = 820; // about 530 of them without an invoice
        m_sandbox = std::make_unique<Sandbox>(o);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_config = makeTestDir(QStringLiteral("cli-invoices-config"));
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("lager"),
                      QStringLiteral("--service"), QStringLiteral("webshippy"), QStringLiteral("--url"),
                      m_sandbox->url(QStringLiteral("webshippy")).toString()})
                     .exitCode,
                 0);
    }

    void init()
    {
        clearFaults();
        m_sandbox->resetData();
        m_sandbox->resetCounters();
        m_data = makeTestDir(QStringLiteral("cli-invoices-data-") + QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_files.isValid());
    }

    void fiveHundredUnderFaultsEachStoredOnce()
    {
        const QStringList ids = transactions(QStringLiteral("uninvoiced")).mid(0, 500);
        QCOMPARE(ids.size(), 500);
        const QString dir = writeInvoices(QStringLiteral("faults"), ids, 3000);
        m_sandbox->setFaults(faulty());
        const ProcessResult r = cli({QStringLiteral("--json"), QStringLiteral("invoices"), QStringLiteral("upload"),
                                     dir, QStringLiteral("--batch-size"), QStringLiteral("10")},
                                    240'000);
        clearFaults();
        QVERIFY2(r.exitCode == 0, r.err.right(2000).constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("uploaded")).toInt(), 500);
        QCOMPARE(summary.value(QStringLiteral("alreadyPresent")).toInt(), 0);
        QVERIFY(summary.value(QStringLiteral("failed")).toArray().isEmpty());
        QVERIFY(summary.value(QStringLiteral("skipped")).toArray().isEmpty());
        expectStoredOnce(ids);
        // The faults did happen, on the uploads themselves.
        const QJsonObject calls = uploadCalls();
        QVERIFY2(calls.value(QStringLiteral("503")).toInt() > 0 && calls.value(QStringLiteral("dropped")).toInt() > 0 &&
                     calls.value(QStringLiteral("truncated")).toInt() > 0,
                 QJsonDocument(calls).toJson(QJsonDocument::Compact).constData());
    }

    void killedAtRandomAndResumedStoresEachOnce()
    {
        const QStringList ids = transactions(QStringLiteral("uninvoiced")).mid(0, 500);
        const QString dir = writeInvoices(QStringLiteral("killed"), ids, 3000);
        m_sandbox->setFaults(faulty());
        const int killAt = QRandomGenerator::global()->bounded(10, 480);
        qInfo("killing kontor-cli once the shop holds %d invoices", killAt);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(KONTOR_CLI_BIN),
                arguments({QStringLiteral("--json"), QStringLiteral("invoices"), QStringLiteral("upload"), dir,
                           QStringLiteral("--batch-size"), QStringLiteral("10")}));
        QVERIFY(p.waitForStarted(10'000));
        QDeadlineTimer deadline(180'000);
        while (stored() < killAt && p.state() != QProcess::NotRunning && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        QVERIFY2(p.state() == QProcess::Running, "kontor-cli ended before it could be killed");
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        for (int i = 0; i < 20; ++i) // the request that was under way reaches the shop or not
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const int before = stored();
        QVERIFY(before >= killAt);
        QVERIFY2(before < 500, "everything was stored before the kill");

        // Without --resume the command refuses to start another upload beside the unfinished one.
        const ProcessResult refused = cli({QStringLiteral("invoices"), QStringLiteral("upload"), dir,
                                           QStringLiteral("--batch-size"), QStringLiteral("10")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--resume"), refused.err.constData());
        QCOMPARE(stored(), before);

        const ProcessResult resumed =
            cli({QStringLiteral("--json"), QStringLiteral("invoices"), QStringLiteral("upload"), dir,
                 QStringLiteral("--resume"), QStringLiteral("--batch-size"), QStringLiteral("10")},
                240'000);
        clearFaults();
        QVERIFY2(resumed.exitCode == 0,
                 (QByteArray::number(resumed.exitCode) + ' ' + resumed.err.right(2000) + ' ' + resumed.out.right(1000))
                     .constData());
        const QJsonObject summary = QJsonDocument::fromJson(resumed.out).object();
        QVERIFY(summary.value(QStringLiteral("failed")).toArray().isEmpty());
        QCOMPARE(summary.value(QStringLiteral("uploaded")).toInt() +
                     summary.value(QStringLiteral("alreadyPresent")).toInt(),
                 500);
        expectStoredOnce(ids);
        // Nothing left to resume.
        const ProcessResult again =
            cli({QStringLiteral("invoices"), QStringLiteral("upload"), QStringLiteral("--resume")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("no unfinished upload"), again.err.constData());
    }

    void bodyLimitSplitsRequestsAndNoInvoiceFails()
    {
        const QStringList ids = transactions(QStringLiteral("uninvoiced")).mid(0, 100);
        const QString dir = writeInvoices(QStringLiteral("large"), ids, 700 * 1024);
        FaultOptions limit;
        limit.maxBodyBytes = 2 * 1024 * 1024;
        m_sandbox->setFaults(limit);
        const ProcessResult r =
            cli({QStringLiteral("--json"), QStringLiteral("invoices"), QStringLiteral("upload"), dir}, 240'000);
        QVERIFY2(r.exitCode == 0, r.err.right(2000).constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("uploaded")).toInt(), 100);
        QVERIFY(summary.value(QStringLiteral("failed")).toArray().isEmpty());
        expectStoredOnce(ids);
        QVERIFY2(uploadCalls().value(QStringLiteral("413")).toInt() > 0, "the limit was never hit");
    }

    void problemsAreReportedAndNeverSent()
    {
        const QStringList open = transactions(QStringLiteral("uninvoiced"));
        const QStringList invoiced = transactions(QStringLiteral("invoiced"));
        QVERIFY(open.size() > 4 && !invoiced.isEmpty());
        const QString dir = m_files.filePath(QStringLiteral("problems"));
        QVERIFY(QDir().mkpath(dir));
        const QByteArray pdf = "%PDF-1.4\n" + QByteArray(2000, 'p');
        write(dir + QStringLiteral("/") + open[0] + QStringLiteral("_Invoice-1.pdf"), pdf);  // good
        write(dir + QStringLiteral("/") + open[1] + QStringLiteral("_Invoice-2.pdf"), pdf);  // good
        write(dir + QStringLiteral("/") + open[2] + QStringLiteral("_Invoice-3.pdf"), pdf);  // duplicate ...
        write(dir + QStringLiteral("/") + open[2] + QStringLiteral("_Invoice-3b.pdf"), pdf); // ... of this one
        write(dir + QStringLiteral("/") + open[3] + QStringLiteral("_Invoice-4.pdf"), "just text, no PDF");
        write(dir + QStringLiteral("/") + invoiced[0] + QStringLiteral("_Invoice-5.pdf"), pdf);
        write(dir + QStringLiteral("/Invoice-6.pdf"), pdf); // no transaction in the name

        const ProcessResult dry = cli({QStringLiteral("--json"), QStringLiteral("invoices"), QStringLiteral("upload"),
                                       dir, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(plan.value(QStringLiteral("toUpload")).toArray().size(), 2);
        QCOMPARE(plan.value(QStringLiteral("skipped")).toArray().size(), 5);
        QCOMPARE(stored(), 0);

        const ProcessResult r =
            cli({QStringLiteral("--json"), QStringLiteral("invoices"), QStringLiteral("upload"), dir});
        QCOMPARE(r.exitCode, 3); // not everything given was uploaded
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("uploaded")).toInt(), 2);
        QMap<QString, QString> problems; // file name -> problem id
        for (const QJsonValue& v : summary.value(QStringLiteral("skipped")).toArray()) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
            problems.insert(QFileInfo(o.value(QStringLiteral("file")).toString()).fileName(),
                            o.value(QStringLiteral("problem")).toString());
        }
        QCOMPARE(problems.value(open[2] + QStringLiteral("_Invoice-3.pdf")), QStringLiteral("duplicate"));
        QCOMPARE(problems.value(open[2] + QStringLiteral("_Invoice-3b.pdf")), QStringLiteral("duplicate"));
        QCOMPARE(problems.value(open[3] + QStringLiteral("_Invoice-4.pdf")), QStringLiteral("not-pdf"));
        QCOMPARE(problems.value(invoiced[0] + QStringLiteral("_Invoice-5.pdf")), QStringLiteral("already-invoiced"));
        QCOMPARE(problems.value(QStringLiteral("Invoice-6.pdf")), QStringLiteral("no-match"));
        const QJsonObject perTransaction = marketplace().value(QStringLiteral("storedPerTransaction")).toObject();
        const QStringList keys = perTransaction.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), (QSet<QString>{open[0], open[1]}));
        QVERIFY(marketplace().value(QStringLiteral("duplicateUploads")).toObject().isEmpty());
    }

private:
    static FaultOptions faulty()
    {
        FaultOptions f;
        f.rate503 = 0.10;
        f.rateDrop = 0.05;
        f.rateTruncate = 0.05;
        return f;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KONTOR_DATA_DIR"), m_data);
        env.insert(QStringLiteral("KONTOR_TEST_WS_KEY"), secret());
        return env;
    }
    QStringList arguments(const QStringList& args) const
    {
        return QStringList{QStringLiteral("--config-dir"), m_config, QStringLiteral("--secret-env"),
                           QStringLiteral("KONTOR_TEST_WS_KEY")} +
               args;
    }
    ProcessResult cli(const QStringList& args, int timeoutMs = 60'000)
    {
        return runProcess(
            QStringLiteral(KONTOR_CLI_BIN), arguments(args), {},
            {QStringLiteral("KONTOR_DATA_DIR=") + m_data, QStringLiteral("KONTOR_TEST_WS_KEY=") + secret()}, timeoutMs);
    }

    QStringList transactions(const QString& state)
    {
        const ProcessResult r = cli({QStringLiteral("--json"), QStringLiteral("transactions"), QStringLiteral("list"),
                                     QStringLiteral("--invoice-status"), state});
        QStringList ids;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("transactions")).toArray())
            ids << v.toObject().value(QStringLiteral("transactionId")).toString();
        return ids;
    }

    static void write(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    QString writeInvoices(const QString& name, const QStringList& ids, int size)
    {
        const QString dir = m_files.filePath(name);
        QDir().mkpath(dir);
        for (int i = 0; i < ids.size(); ++i) {
            QByteArray content = "%PDF-1.4\n";
            content.reserve(size);
            while (content.size() < size)
                content += char(QRandomGenerator::global()->bounded(256));
            write(dir + QLatin1Char('/') + ids[i] + QStringLiteral("_Invoice-%1.pdf").arg(70000 + i), content);
        }
        return dir;
    }

    QJsonObject marketplace() const { return m_sandbox->counters().value(QStringLiteral("webshippy")).toObject(); }
    int stored() const { return marketplace().value(QStringLiteral("invoicesStored")).toInt(); }
    QJsonObject uploadCalls() const
    {
        const QJsonObject requests = marketplace().value(QStringLiteral("requests")).toObject();
        for (auto it = requests.begin(); it != requests.end(); ++it) {
            if (it.key().contains(QLatin1String("uploadMarketplaceTransactionInvoice")))
                return it.value().toObject();
        }
        return {};
    }

    void expectStoredOnce(const QStringList& ids)
    {
        const QJsonObject m = marketplace();
        const QJsonObject perTransaction = m.value(QStringLiteral("storedPerTransaction")).toObject();
        QCOMPARE(perTransaction.size(), ids.size());
        for (const QString& id : ids)
            QVERIFY2(perTransaction.value(id).toInt() == 1, qPrintable(id));
        QCOMPARE(m.value(QStringLiteral("invoicesStored")).toInt(), ids.size());
        QVERIFY2(m.value(QStringLiteral("duplicateUploads")).toObject().isEmpty(),
                 QJsonDocument(m.value(QStringLiteral("duplicateUploads")).toObject()).toJson().constData());
    }

    QString m_config;
    QString m_data;
    QTemporaryDir m_files;
};

QTEST_MAIN(TestCliInvoices)
#include "tst_cli_invoices.moc"
