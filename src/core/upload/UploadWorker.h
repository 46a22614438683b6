#pragma once
// UploadWorker: uploads a batch of invoices to Webshippy marketplace transactions (issue 8) on a thread of its
// own. The object itself lives on the caller's thread (the GUI's, or the CLI's) and is driven only by calls that
// return at once; what happens comes back as queued signals. Behind it an engine on its own QThread keeps
// `parallel` requests in flight over connections of its own (TCP_NODELAY, never a silent re-send of a POST),
// streams each request body from the files (base64, form-encoded) without holding a whole batch in memory,
// writes every item's state to the UploadJournal before and after each request, splits a batch the server
// refuses with 413, retries transient failures with backoff, and settles an item whose answer was lost by
// reading its transaction's invoice state before it would ever send it again.

#include "Result.h"
#include "profile/Profile.h"
#include "upload/BatchPlanner.h"
#include "upload/InvoiceMatcher.h"
#include "upload/UploadJournal.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class QThread;

namespace kontor::upload {

class UploadEngine;

struct UploadSettings
{
    int parallel = 4;    // requests in flight, 1..16
    BatchLimits limits;  // invoices and body bytes per request
    int maxAttempts = 6; // requests that may carry one invoice before it fails for good
    int backoffMs = 500; // the first wait after a transient failure; doubles up to backoffCapMs, with jitter
    int backoffCapMs = 15'000;
};

struct UploadProgress
{
    qint64 batchId = 0;
    int files = 0; // in the batch
    int stored = 0;
    int alreadyPresent = 0;
    int failed = 0;
    int unsettled = 0;         // sent, answer lost, not yet settled by reading the transactions
    int inFlight = 0;          // invoices in requests under way
    qint64 bytesTotal = 0;     // file bytes of the batch
    qint64 bytesDone = 0;      // file bytes of stored, already present and failed invoices
    qint64 bytesSent = 0;      // request body bytes written to the network in this run
    double bytesPerSecond = 0; // file bytes per second (the wire's rate without base64's third), last 5 s
    qint64 secondsLeft = -1;   // -1: not known yet
    bool paused = false;
    int done() const { return stored + alreadyPresent + failed; }
};

struct UploadSummary
{
    qint64 batchId = 0;
    int stored = 0;
    int alreadyPresent = 0;
    int failed = 0;
    int unsettled = 0; // could not be settled (the transactions could not be read): resume later
    int notSent = 0;   // still queued: the batch was cancelled
    bool cancelled = false;
    qint64 elapsedMs = 0;
    QList<JournalItem> items; // every item's final state
    bool complete() const { return !cancelled && unsettled == 0 && notSent == 0; }
};

class UploadWorker : public QObject
{
    Q_OBJECT
public:
    // `secret`: the profile's API key (read from the keychain by the caller). `journalPath`: empty for
    // UploadJournal::defaultPath().
    UploadWorker(const Profile& profile, const QString& secret, const QString& journalPath = {},
                 QObject* parent = nullptr);
    // Stops what runs (requests under way are aborted; their items are settled on the next resume) and waits
    // for the thread to end.
    ~UploadWorker() override;

    // A new batch of the sendable matches (the others are not part of it). batchStarted() follows.
    void start(const QList<InvoiceMatch>& matches, const UploadSettings& settings = {});
    // Goes on with a batch the journal holds unfinished (after a crash, a cancel or a failure): items still
    // `Sending` become `Unsettled` and are settled by reading their transactions; stored ones are not sent.
    void resume(qint64 batchId, const UploadSettings& settings = {});
    // After finished(): the failed items of that batch are queued again and the batch goes on.
    void retryFailed();
    void pause();   // no new request starts; those under way end
    void proceed(); // after pause()
    // Stops: requests under way are aborted, nothing new starts; the batch stays in the journal unfinished
    // (resume() goes on with it). finished() follows with `cancelled` set.
    void cancel();
    // A batch is given up for good (0: the one this worker ran last; it is stopped first): the journal marks it
    // finished, so nothing offers to resume it. Items it never sent stay unsent.
    void discard(qint64 batchId = 0);

    bool isRunning() const { return m_running; }

signals:
    void batchStarted(qint64 batchId, const QList<kontor::upload::JournalItem>& items);
    void itemChanged(const kontor::upload::JournalItem& item);
    void progressed(const kontor::upload::UploadProgress& progress);
    void finished(const kontor::upload::UploadSummary& summary);
    // The batch cannot start or go on: the journal cannot be written, the key was refused, TLS failed, ... .
    // Nothing is lost: the batch stays in the journal.
    void failed(const kontor::Error& error);

private:
    QThread* m_thread = nullptr;
    UploadEngine* m_engine = nullptr;
    bool m_running = false;
};

} // namespace kontor::upload

Q_DECLARE_METATYPE(kontor::upload::JournalItem)
Q_DECLARE_METATYPE(kontor::upload::UploadProgress)
Q_DECLARE_METATYPE(kontor::upload::UploadSummary)
Q_DECLARE_METATYPE(kontor::upload::UploadSettings)
