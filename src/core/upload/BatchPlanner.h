#pragma once
// How the upload worker cuts its queue into requests (issue 8): a batch holds at most `maxItems` invoices and
// at most `maxBytes` of request body, estimated from each file's size as it will travel (base64: 4 bytes for
// every 3, plus the item's JSON or XML around it). A file too big to share a request goes alone. When the
// server answers 413 the batch is split in two halves and each goes on its own; a single invoice that is still
// too large fails with that reason instead of being split for ever.

#include <QList>
#include <QtGlobal>

namespace kontor::upload {

struct PlannedItem
{
    qint64 id = 0;       // the journal's item id
    qint64 fileSize = 0; // bytes on disk
};

struct BatchLimits
{
    int maxItems = 25;
    qint64 maxBytes = 2 * 1024 * 1024; // 8 MiB kept a link's two directions from overlapping (bench/invoice_upload)
};

namespace BatchPlanner {

// The bytes an invoice of `fileSize` adds to a request body: its base64 and the item around it.
qint64 wireBytes(qint64 fileSize);

// Takes the next batch off the front of `queue` (at least one item when the queue is not empty).
QList<PlannedItem> next(QList<PlannedItem>& queue, const BatchLimits& limits);

// A batch the server refused as too large: its two halves (the first to be sent first); empty when `batch` is
// one invoice (it cannot be split: that invoice fails as too large).
QList<QList<PlannedItem>> split(const QList<PlannedItem>& batch);

} // namespace BatchPlanner

} // namespace kontor::upload
