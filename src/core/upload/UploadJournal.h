#pragma once
// UploadJournal: the record that makes an invoice upload exactly-once across crashes (issue 8). An SQLite file
// in the data folder (WAL, synchronous=NORMAL: a state is in the file before the request that depends on it goes
// out, so a killed process loses nothing; only a power cut can lose the last states, and then the shop's own
// refusal of a second invoice ("Already existing entity") and settling by reading still keep it exactly-once) holds
// each batch and each of its items with its state. The worker writes `Sending` before a request and the item's outcome
// after it; when Kontor starts again with a batch not finished, `recover()` turns every item still `Sending` into
// `Unsettled` (its answer was lost: the transaction's invoice state, or "Already existing entity", settles it, never a
// second blind upload), and the rest of the batch goes on from its queue. Blocking: used only on the thread that opened
// it (the upload worker's, or the CLI's).

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kontor::upload {

struct JournalItem
{
    enum class State {
        Queued,         // not sent yet
        Sending,        // a request carrying it is (or was, before a crash) under way
        Stored,         // the shop stored it
        AlreadyPresent, // the shop had it before ("Already existing entity"): done
        Failed,         // refused for good, with the shop's reason
        Unsettled,      // sent, answer lost: to be settled by reading the transaction
    };
    qint64 id = 0;
    qint64 batchId = 0;
    QString path;
    QString transactionId;
    QString serialNumber;
    qint64 size = 0;
    State state = State::Queued;
    int attempts = 0; // requests that carried it
    QString message;  // the shop's words, or why it failed
};

// One item's new state, for settle() of several at once.
struct Settlement
{
    qint64 itemId = 0;
    JournalItem::State state = JournalItem::State::Queued;
    QString message;
};

struct JournalBatch
{
    qint64 id = 0;
    QString profileId;
    QDateTime created; // UTC
    bool finished = false;
    int total = 0;
    int done = 0; // Stored + AlreadyPresent + Failed
};

class UploadJournal
{
public:
    // <data folder>/uploads.sqlite ($KONTOR_DATA_DIR/uploads.sqlite when set).
    static QString defaultPath();

    explicit UploadJournal(const QString& path);
    ~UploadJournal();
    UploadJournal(const UploadJournal&) = delete;
    UploadJournal& operator=(const UploadJournal&) = delete;

    // Opens (creating) the file; every other call opens it first when needed.
    Error open();
    QString path() const { return m_path; }

    // A new batch of `items` (their ids and batchId are set here), all Queued, written in one transaction.
    Result<qint64> startBatch(const QString& profileId, QList<JournalItem>& items);
    // Before a request: the items it carries are Sending (attempts + 1), on disk before it leaves.
    Error markSending(const QList<qint64>& itemIds);
    // After an answer (or a give-up): the item's state and the shop's words.
    Error settle(qint64 itemId, JournalItem::State state, const QString& message = {});
    // The same for several items in one transaction: one write to the disk for a whole answer.
    Error settle(const QList<Settlement>& settlements);
    // The batch ended (every item settled, or the person cancelled it for good).
    Error finishBatch(qint64 batchId);
    // A finished batch goes on again ("Retry failed").
    Error reopenBatch(qint64 batchId);

    // The newest batch of `profileId` (any profile when empty) that is not finished.
    Result<std::optional<JournalBatch>> unfinishedBatch(const QString& profileId = {});
    Result<QList<JournalItem>> items(qint64 batchId);
    // After a crash: every Sending item of the batch becomes Unsettled. Returns how many.
    Result<int> recover(qint64 batchId);

    static QString stateId(JournalItem::State state); // "queued", "sending", ... (stable, stored in the file)

private:
    Error fail(const QString& detail) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace kontor::upload
