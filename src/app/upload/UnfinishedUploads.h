#pragma once
// UnfinishedUploads: what the GUI asks the upload journal outside a running upload: whether a profile has a
// batch that did not finish (to offer resuming it) and giving one up. The journal is blocking SQLite: each
// question runs on a worker thread with a connection of its own and answers on the context's thread.

#include <QObject>
#include <QString>
#include <functional>

namespace kontor::gui::UnfinishedUploads {

struct Found
{
    qint64 batchId = 0; // 0: none
    int total = 0;
    int sent = 0;  // stored or already there
    QString error; // the journal could not be read, in words
};

// A journal file that does not exist is not created: no upload was ever made.
void find(const QString& journalPath, const QString& profileId, QObject* context,
          const std::function<void(const Found&)>& done);
// Marks the batch finished (nothing will offer it again); `done` gets an error in words, or an empty text.
void discard(const QString& journalPath, qint64 batchId, QObject* context,
             const std::function<void(const QString& error)>& done);

} // namespace kontor::gui::UnfinishedUploads
