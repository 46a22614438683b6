#include "upload/BatchPlanner.h"

namespace kontor::upload::BatchPlanner {

namespace {
// transactionId, invoiceSerialNumber and the markup of one item, generously: ids are short.
constexpr qint64 ItemOverhead = 512;
} // namespace

qint64 wireBytes(qint64 fileSize)
{
    return (qMax<qint64>(0, fileSize) + 2) / 3 * 4 + ItemOverhead;
}

QList<PlannedItem> next(QList<PlannedItem>& queue, const BatchLimits& limits)
{
    QList<PlannedItem> batch;
    qint64 bytes = 0;
    const int maxItems = qMax(1, limits.maxItems);
    while (!queue.isEmpty() && batch.size() < maxItems) {
        const qint64 item = wireBytes(queue.first().fileSize);
        if (!batch.isEmpty() && bytes + item > limits.maxBytes)
            break;
        bytes += item;
        batch << queue.takeFirst();
    }
    return batch;
}

QList<QList<PlannedItem>> split(const QList<PlannedItem>& batch)
{
    if (batch.size() < 2)
        return {};
    const qsizetype half = batch.size() / 2;
    return {batch.mid(0, half), batch.mid(half)};
}

} // namespace kontor::upload::BatchPlanner
