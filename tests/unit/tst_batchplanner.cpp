// How the upload worker cuts its queue into requests (issue 8): bounded by count and by the bytes the files
// take as base64 in the body, a file too big to share goes alone, every item once and in order; a batch the
// server refuses with 413 splits in halves until one invoice is left, which is not split further.
#include "upload/BatchPlanner.h"

#include <QtTest>

using namespace kontor::upload;

namespace {

QList<PlannedItem> queueOf(const QList<qint64>& sizes)
{
    QList<PlannedItem> q;
    for (int i = 0; i < sizes.size(); ++i)
        q << PlannedItem{i + 1, sizes.at(i)};
    return q;
}

QList<qint64> idsOf(const QList<PlannedItem>& items)
{
    QList<qint64> ids;
    for (const PlannedItem& i : items)
        ids << i.id;
    return ids;
}

} // namespace

class TestBatchPlanner : public QObject
{
    Q_OBJECT
private slots:
    void base64SizeIsFourForEveryThree()
    {
        QCOMPARE(BatchPlanner::wireBytes(0) - BatchPlanner::wireBytes(0), qint64(0));
        QCOMPARE(BatchPlanner::wireBytes(3) - BatchPlanner::wireBytes(0), qint64(4));
        QCOMPARE(BatchPlanner::wireBytes(4) - BatchPlanner::wireBytes(0), qint64(8));
        QCOMPARE(BatchPlanner::wireBytes(3 * 1024 * 1024) - BatchPlanner::wireBytes(0), qint64(4 * 1024 * 1024));
        QCOMPARE(QByteArray(700 * 1024, 'x').toBase64().size() + BatchPlanner::wireBytes(0),
                 BatchPlanner::wireBytes(700 * 1024));
    }

    void batchesAreBoundedByCountAndBytes()
    {
        BatchLimits limits;
        limits.maxItems = 3;
        limits.maxBytes = 2 * 1024 * 1024;
        // 60 KB invoices: the count limits. 700 KB ones (≈933 KB as base64): two fit in 2 MB, a third does not.
        QList<PlannedItem> queue = queueOf({60'000, 60'000, 60'000, 60'000, 700'000, 700'000, 700'000, 5'000'000, 1});
        QList<QList<qint64>> batches;
        while (!queue.isEmpty())
            batches << idsOf(BatchPlanner::next(queue, limits));
        QCOMPARE(batches, (QList<QList<qint64>>{{1, 2, 3}, {4, 5, 6}, {7}, {8}, {9}}));
        // The 5 MB invoice is over the limit alone: it still goes (alone), the server decides.
        QList<PlannedItem> empty;
        QVERIFY(BatchPlanner::next(empty, limits).isEmpty());
    }

    void aRefusedBatchSplitsUntilOneIsLeft()
    {
        const QList<PlannedItem> batch = queueOf({1, 2, 3, 4, 5});
        const QList<QList<PlannedItem>> halves = BatchPlanner::split(batch);
        QCOMPARE(halves.size(), 2);
        QCOMPARE(idsOf(halves.at(0)), (QList<qint64>{1, 2}));
        QCOMPARE(idsOf(halves.at(1)), (QList<qint64>{3, 4, 5}));
        QCOMPARE(BatchPlanner::split(halves.at(0)).size(), 2);
        QVERIFY(BatchPlanner::split(queueOf({7})).isEmpty());
        QVERIFY(BatchPlanner::split({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchPlanner)
#include "tst_batchplanner.moc"
