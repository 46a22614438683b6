// The log handler: every line logged from any thread reaches the log file once flushLog() returns, in
// the order each thread logged it, redacted, and the file is readable by its owner only.
#include "Logging.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "net/Redactor.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <vector>

class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // A directory that outlives the test, so the run's secret scan reads this log too.
        m_path = kontor::test::makeTestDir(QStringLiteral("logging")) + QStringLiteral("/logs/test.log");
        kontor::installLogHandler(m_path, false);
    }

    void everyLineFromEveryThreadIsWritten()
    {
        constexpr int Threads = 4;
        constexpr int Lines = 2000;
        std::vector<QThread*> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.push_back(QThread::create([t] {
                for (int i = 0; i < Lines; ++i)
                    qCInfo(lcApp, "writer %d line %d", t, i);
            }));
            threads.back()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(30'000));
            delete thread;
        }
        kontor::flushLog();

        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        std::vector<int> next(Threads, 0);
        const QRegularExpression pattern(QStringLiteral(" info kontor\\.app: writer (\\d) line (\\d+)$"));
        for (const QByteArray& line : lines) {
            const auto m = pattern.match(QString::fromUtf8(line));
            if (!m.hasMatch())
                continue;
            const int t = m.captured(1).toInt();
            QCOMPARE(m.captured(2).toInt(), next[t]); // in order, none lost, none twice
            ++next[t];
        }
        for (int t = 0; t < Threads; ++t)
            QCOMPARE(next[t], Lines);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void linesAreRedactedBeforeTheyAreWritten()
    {
        const QString secret = QString::fromUtf8(kontor::test::SandboxSecret);
        kontor::net::Redactor::registerSecret(secret);
        qCWarning(lcNet).noquote() << "GET http://127.0.0.1/api/orders?apikey=" + secret + "&format=json";
        qCWarning(lcNet).noquote() << "plain" << secret;
        kontor::flushLog();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("/api/orders?apikey="));
        QVERIFY(text.contains("plain"));
        QVERIFY(!text.contains(secret.toUtf8()));
    }

private:
    QString m_path;
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
