// The audit log on a real SQLite file: rows come back as written, oldest first, filtered by date and profile;
// secrets never reach the file (registered secrets redacted in every text, secret-named fields masked); the
// journal is WAL; the file is written on the log's own thread, and a closed log has written everything.

#include "TestEnv.h"
#include "audit/AuditLog.h"
#include "net/Redactor.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace kontor;

namespace {

AuditEntry entry(const QString& target, const QString& profileId = QStringLiteral("p1"))
{
    AuditEntry e;
    e.profileId = profileId;
    e.profileName = QStringLiteral("Shop");
    e.service = QStringLiteral("printlounge");
    e.action = QStringLiteral("order.status");
    e.target = target;
    e.oldValue = QStringLiteral("61");
    e.newValue = QStringLiteral("137");
    e.fields = {{QStringLiteral("order_status"), QStringLiteral("137")}};
    return e;
}

template <class T>
Result<T> await(const std::function<void(Callback<T>)>& call)
{
    std::optional<Result<T>> got;
    call([&got](const Result<T>& r) { got = r; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10'000))
        return Result<T>::failure(Error::make(Error::Kind::Timeout, QStringLiteral("no answer")));
    return *got;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void rowsComeBackFilteredOldestFirst()
    {
        const QString path = test::makeTestDir(QStringLiteral("audit-rows")) + QStringLiteral("/audit.sqlite");
        AuditLog log(path);
        QSignalSpy appended(&log, &AuditLog::appended);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        AuditEntry old = entry(QStringLiteral("A-1"));
        old.when = start.addDays(-10);
        QVERIFY(await<qint64>([&](auto done) { log.append(old, this, done); }).ok());
        QVERIFY(await<qint64>([&](auto done) { log.append(entry(QStringLiteral("A-2")), this, done); }).ok());
        AuditEntry refused = entry(QStringLiteral("A-3"), QStringLiteral("p2"));
        refused.outcome = AuditEntry::Outcome::Refused;
        refused.message = QStringLiteral("order_status must be an integer");
        const Result<qint64> id = await<qint64>([&](auto done) { log.append(refused, this, done); });
        QVERIFY(id.ok());
        QCOMPARE(appended.size(), 3);

        const auto all = await<QList<AuditEntry>>([&](auto done) { log.list({}, this, done); });
        QVERIFY(all.ok());
        QCOMPARE(all.value.size(), 3);
        QCOMPARE(all.value.at(0).target, QStringLiteral("A-1"));
        QCOMPARE(all.value.at(2).id, id.value);
        QCOMPARE(all.value.at(2).outcome, AuditEntry::Outcome::Refused);
        QCOMPARE(all.value.at(2).message, refused.message);
        QCOMPARE(all.value.at(1).fields, entry(QString()).fields);
        QCOMPARE(all.value.at(0).when.toSecsSinceEpoch(), old.when.toSecsSinceEpoch());

        AuditFilter recent;
        recent.since = start.addSecs(-60);
        const auto since = await<QList<AuditEntry>>([&](auto done) { log.list(recent, this, done); });
        QCOMPARE(since.value.size(), 2);
        AuditFilter one;
        one.profileId = QStringLiteral("p2");
        QCOMPARE(await<QList<AuditEntry>>([&](auto done) { log.list(one, this, done); }).value.size(), 1);
        AuditFilter newest;
        newest.limit = 1;
        const auto last = await<QList<AuditEntry>>([&](auto done) { log.list(newest, this, done); });
        QCOMPARE(last.value.size(), 1);
        QCOMPARE(last.value.first().target, QStringLiteral("A-3"));
    }

    void secretsNeverReachTheFile()
    {
        const QString secret = QStringLiteral("Zq8-audit-secret-77");
        net::Redactor::registerSecret(secret);
        const QString path = test::makeTestDir(QStringLiteral("audit-secrets")) + QStringLiteral("/audit.sqlite");
        {
            AuditLog log(path);
            AuditEntry e = entry(QStringLiteral("B-1"));
            e.message = QStringLiteral("the server said: key %1 is wrong").arg(secret);
            e.fields << qMakePair(QStringLiteral("apiKey"), QStringLiteral("abc-not-registered"))
                     << qMakePair(QStringLiteral("password"), QStringLiteral("hunter2"))
                     << qMakePair(QStringLiteral("note"), QStringLiteral("uses %1").arg(secret));
            QVERIFY(await<qint64>([&](auto done) { log.append(e, this, done); }).ok());
            const auto rows = await<QList<AuditEntry>>([&](auto done) { log.list({}, this, done); });
            QCOMPARE(rows.value.size(), 1);
            QVERIFY(!rows.value.first().message.contains(secret));
            for (const auto& [key, value] : rows.value.first().fields) {
                if (key == QLatin1String("apiKey") || key == QLatin1String("password"))
                    QCOMPARE(value, QStringLiteral("***"));
                QVERIFY(!value.contains(secret));
            }
        }
        for (const QString& file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains("hunter2"));
            QVERIFY(!bytes.contains("abc-not-registered"));
        }
    }

    void walJournalAndEverythingWrittenOnClose()
    {
        const QString path = test::makeTestDir(QStringLiteral("audit-wal")) + QStringLiteral("/audit.sqlite");
        {
            AuditLog log(path);
            for (int i = 0; i < 20; ++i)
                log.append(entry(QStringLiteral("C-%1").arg(i)), nullptr, {}); // no one waits for these
        } // closing waits for the writes already handed over
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 20);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void anUnwritableFileIsAnErrorInWords()
    {
        const QString dir = test::makeTestDir(QStringLiteral("audit-unwritable"));
        QFile blocker(dir + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AuditLog log(dir + QStringLiteral("/file/audit.sqlite")); // a path under a plain file
        const Result<qint64> r =
            await<qint64>([&](auto done) { log.append(entry(QStringLiteral("D-1")), this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Error::Kind::Storage);
        QVERIFY(r.error.message.contains(QLatin1String("history")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
