#include "UnfinishedUploads.h"

#include "upload/UploadJournal.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace kontor::gui::UnfinishedUploads {

using upload::JournalItem;
using upload::UploadJournal;

namespace {

Found read(const QString& path, const QString& profileId)
{
    Found out;
    if (!QFileInfo::exists(path))
        return out;
    UploadJournal journal(path);
    const auto batch = journal.unfinishedBatch(profileId);
    if (!batch.ok()) {
        out.error = batch.error.message;
        return out;
    }
    if (!batch.value)
        return out;
    out.batchId = batch.value->id;
    out.total = batch.value->total;
    const auto items = journal.items(out.batchId);
    if (items.ok()) {
        for (const JournalItem& item : items.value) {
            if (item.state == JournalItem::State::Stored || item.state == JournalItem::State::AlreadyPresent)
                ++out.sent;
        }
    }
    return out;
}

} // namespace

void find(const QString& journalPath, const QString& profileId, QObject* context,
          const std::function<void(const Found&)>& done)
{
    auto* watcher = new QFutureWatcher<Found>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(read, journalPath, profileId));
}

void discard(const QString& journalPath, qint64 batchId, QObject* context,
             const std::function<void(const QString& error)>& done)
{
    auto* watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([journalPath, batchId]() -> QString {
        UploadJournal journal(journalPath);
        return journal.finishBatch(batchId).message;
    }));
}

} // namespace kontor::gui::UnfinishedUploads
