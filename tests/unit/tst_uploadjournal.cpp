// The upload journal (issue 8) on a real SQLite file: a batch and its items written at once, Sending on disk
// before a request, outcomes after it, and after a process killed with SIGKILL in the middle of a batch the
// batch is found unfinished, every item that was out becomes Unsettled (never assumed stored, never blindly
// sent again), the queued ones stay queued and the settled ones keep their outcome.
#include "upload/UploadJournal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace kontor;
using namespace kontor::upload;
using State = JournalItem::State;

namespace {

QList<JournalItem> someItems(int n)
{
    QList<JournalItem> items;
    for (int i = 0; i < n; ++i) {
        JournalItem item;
        item.path = QStringLiteral("/invoices/DSPY%1.pdf").arg(1000100 + i);
        item.transactionId = QStringLiteral("DSPY%1").arg(1000100 + i);
        item.serialNumber = QStringLiteral("DSPY%1").arg(1000100 + i);
        item.size = 60000 + i;
        items << item;
    }
    return items;
}

QList<State> statesOf(UploadJournal& journal, qint64 batch)
{
    QList<State> states;
    const Result<QList<JournalItem>> items = journal.items(batch);
    for (const JournalItem& i : items.value)
        states << i.state;
    return states;
}

} // namespace

class TestUploadJournal : public QObject
{
    Q_OBJECT
private slots:
    void aBatchIsWrittenAndSettled()
    {
        QTemporaryDir dir;
        UploadJournal journal(dir.filePath(QStringLiteral("uploads.sqlite")));
        QVERIFY(journal.open().ok());
        QList<JournalItem> items = someItems(3);
        const Result<qint64> batch = journal.startBatch(QStringLiteral("ws"), items);
        QVERIFY2(batch.ok(), qPrintable(batch.error.detail));
        QVERIFY(items.at(0).id > 0 && items.at(2).id > items.at(0).id);
        QCOMPARE(statesOf(journal, batch.value), (QList<State>{State::Queued, State::Queued, State::Queued}));

        QVERIFY(journal.markSending({items.at(0).id, items.at(1).id}).ok());
        QVERIFY(journal.settle(items.at(0).id, State::Stored).ok());
        QVERIFY(journal.settle(items.at(1).id, State::Failed, QStringLiteral("Invoice X upload failed")).ok());
        const QList<JournalItem> read = journal.items(batch.value).value;
        QCOMPARE(read.at(0).state, State::Stored);
        QCOMPARE(read.at(0).attempts, 1);
        QCOMPARE(read.at(1).message, QStringLiteral("Invoice X upload failed"));
        QCOMPARE(read.at(2).state, State::Queued);
        QCOMPARE(read.at(2).transactionId, QStringLiteral("DSPY1000102"));
        QCOMPARE(read.at(2).size, qint64(60002));

        // Unfinished until said otherwise; counted.
        const auto open = journal.unfinishedBatch(QStringLiteral("ws")).value;
        QVERIFY(open.has_value());
        QCOMPARE(open->id, batch.value);
        QCOMPARE(open->total, 3);
        QCOMPARE(open->done, 2);
        QVERIFY(!journal.unfinishedBatch(QStringLiteral("other")).value.has_value());
        QVERIFY(journal.finishBatch(batch.value).ok());
        QVERIFY(!journal.unfinishedBatch().value.has_value());

        // The file keeps a write-ahead log: a reader never blocks the worker.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(journal.path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void aKilledProcessLosesNothingAndSendsNothingTwice()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs fork and SIGKILL");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uploads.sqlite"));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The worker's life until the kill: ten items, two settled, three out on the wire, five queued.
            UploadJournal journal(path);
            QList<JournalItem> items = someItems(10);
            if (!journal.startBatch(QStringLiteral("ws"), items).ok())
                _exit(3);
            journal.markSending({items.at(0).id, items.at(1).id});
            journal.settle(items.at(0).id, State::Stored);
            journal.settle(items.at(1).id, State::AlreadyPresent, QStringLiteral("Already existing entity"));
            journal.markSending({items.at(2).id, items.at(3).id, items.at(4).id});
            raise(SIGKILL);
            _exit(4);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);

        UploadJournal journal(path);
        const auto unfinished = journal.unfinishedBatch(QStringLiteral("ws"));
        QVERIFY2(unfinished.ok(), qPrintable(unfinished.error.detail));
        QVERIFY(unfinished.value.has_value());
        QCOMPARE(unfinished.value->total, 10);
        QCOMPARE(unfinished.value->done, 2);
        const Result<int> recovered = journal.recover(unfinished.value->id);
        QCOMPARE(recovered.value, 3);
        QCOMPARE(
            statesOf(journal, unfinished.value->id),
            (QList<State>{State::Stored, State::AlreadyPresent, State::Unsettled, State::Unsettled, State::Unsettled,
                          State::Queued, State::Queued, State::Queued, State::Queued, State::Queued}));
        // Recovering again changes nothing.
        QCOMPARE(journal.recover(unfinished.value->id).value, 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestUploadJournal)
#include "tst_uploadjournal.moc"
