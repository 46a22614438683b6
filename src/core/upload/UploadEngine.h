#pragma once
// UploadEngine: the part of UploadWorker that runs on the worker's own thread (see UploadWorker.h for what it
// promises). Not for direct use: UploadWorker creates it, moves it to its thread and calls it through queued
// invocations; its signals reach the worker queued.

#include "services/ServiceClient.h"
#include "upload/UploadConnection.h"
#include "upload/UploadWorker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace kontor::upload {

class UploadEngine : public QObject
{
    Q_OBJECT
public:
    UploadEngine(Profile profile, QString secret, QString journalPath);
    ~UploadEngine() override;

    void start(const QList<InvoiceMatch>& matches, const UploadSettings& settings);
    void resume(qint64 batchId, const UploadSettings& settings);
    void retryFailed();
    void pause();
    void proceed();
    void cancel();
    void discard(qint64 batchId);

signals:
    void batchStarted(qint64 batchId, const QList<kontor::upload::JournalItem>& items);
    void itemChanged(const kontor::upload::JournalItem& item);
    void progressed(const kontor::upload::UploadProgress& progress);
    void finished(const kontor::upload::UploadSummary& summary);
    void failed(const kontor::Error& error);

private:
    struct Lane
    {
        std::unique_ptr<UploadConnection> connection;
        QList<qint64> items; // carried by the request under way
        QTimer* backoff = nullptr;
        int failures = 0; // transient failures in a row
        bool busy = false;
        bool preparing = false; // the body's length pass runs on the thread pool
    };

    bool begin(qint64 batchId, const UploadSettings& settings);
    void setupLanes();
    void pump();
    void launch(Lane& lane, QList<PlannedItem> batch);
    void post(Lane& lane, const QList<PlannedItem>& batch, const std::shared_ptr<InvoiceRequestBody>& prepared);
    void onPosted(Lane& lane, const PostOutcome& outcome);
    void onAnswer(Lane& lane, const QList<qint64>& ids, const PostOutcome& outcome);
    void onTransportFailure(Lane& lane, const QList<qint64>& ids, const PostOutcome& outcome);
    void wait(Lane& lane);
    void requeue(const QList<qint64>& ids, const QString& reason, bool countAttempt = true);
    void makeUnsettled(const QList<qint64>& ids, const QString& reason);
    void scheduleSettle();
    void settle();
    bool setState(qint64 id, JournalItem::State state, const QString& message = {});
    bool setStates(const QList<Settlement>& settlements); // one journal transaction, then itemChanged for each
    void stop(const Error* fatal);
    void checkFinished();
    void emitProgress();
    UploadSummary summary() const;
    PlannedItem planned(qint64 id) const;
    int backoffMs(int failures) const;
    bool isDone(JournalItem::State s) const;

    Profile m_profile;
    QString m_secret;
    UploadJournal m_journal;
    UploadSettings m_settings;
    UploadTarget m_target;
    std::unique_ptr<ServiceClient> m_client; // reads the transactions to settle items whose answer was lost
    std::vector<std::unique_ptr<Lane>> m_lanes;

    qint64 m_batchId = 0;
    QList<qint64> m_order;
    QHash<qint64, JournalItem> m_items;
    QHash<qint64, int> m_runAttempts; // requests that carried the item in this run
    QList<PlannedItem> m_queue;
    QList<QList<PlannedItem>> m_split; // halves of a batch refused with 413, sent before the queue
    QList<qint64> m_unsettled;
    QList<qint64> m_settling; // what the listing under way will settle
    QTimer m_settleTimer;
    int m_listFailures = 0;
    bool m_listing = false;
    bool m_settleGaveUp = false;
    quint64 m_generation = 0; // a listing answering after a cancel belongs to an older run

    bool m_active = false;
    bool m_paused = false;
    bool m_cancelled = false;
    QElapsedTimer m_clock;
    QTimer m_progressTimer;
    qint64 m_bytesSent = 0;
    QList<QPair<qint64, qint64>> m_samples; // (ms, bytes sent)
};

} // namespace kontor::upload
