#pragma once
// InvoiceMatchModel: the upload window's table, one row per invoice file: its name, size, transaction, invoice
// number, its problems in words and where its upload stands. Before an upload it shows InvoiceMatcher's
// decisions (a row with a problem is marked and not sendable) and takes a transaction chosen by hand; during
// and after one it follows the worker's items (Queued, Sending, Stored, ...). A batch resumed from the journal
// brings its own rows.

#include "domain/Records.h"
#include "upload/InvoiceMatcher.h"
#include "upload/UploadJournal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kontor::gui {

class InvoiceMatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Size, Transaction, InvoiceNumber, Problems, State, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: bytes for the size
        RowStateRole,                // RowState as int
        TransactionIdRole,           // the transaction id alone
    };
    enum class RowState {
        Waiting, // the shop's transactions are not known yet
        Ready,   // sendable, not sent
        NotSent, // has a problem: never sent
        Queued,  // in a batch, not sent yet
        Sending, // in a request under way
        Stored,  // the shop stored it
        AlreadyPresent,
        Failed,    // refused, with the shop's reason
        Unsettled, // sent, answer lost: waiting for the shop's confirmation
    };
    Q_ENUM(RowState)

    explicit InvoiceMatchModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The transaction column takes a transaction id (empty: none) chosen by hand.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The shop's transactions (every invoice state): what matching and a hand-made choice check against.
    void setTransactions(const QList<kontor::Transaction>& transactions);
    const QList<kontor::Transaction>& transactions() const { return m_transactions; }
    bool transactionsKnown() const { return m_transactionsKnown; }
    // The transactions a file may still go to: not invoiced (the shop's list order).
    QList<kontor::Transaction> uninvoiced() const;

    // Matches `files` (with `map` when given) against the transactions; a choice made by hand for a file is
    // kept. Without transactions yet, the rows wait.
    void rematch(const QList<upload::InvoiceFileInfo>& files, const QList<upload::InvoiceMapEntry>* map);
    const QList<upload::InvoiceMatch>& matches() const { return m_matches; }
    // The rows that are Ready: what an upload sends.
    QList<upload::InvoiceMatch> readyMatches() const;
    void clear();

    // While a batch runs nothing can be chosen by hand.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // A batch started or was resumed: its items take their rows (by file and transaction), rows it does not
    // know are appended (a resumed batch), the others stay "Not sent".
    void showBatch(const QList<upload::JournalItem>& items);
    void updateItem(const upload::JournalItem& item);
    // Back to the matcher's view (after "Clear" or new files).
    void forgetBatch();

    int readyCount() const;
    int problemCount() const;
    int countIn(RowState state) const;
    RowState rowState(int row) const { return m_rows.at(row).state; }
    QString stateText(int row) const;
    QString problemsText(int row) const { return m_rows.at(row).problems; }

    // The report: file, transaction, invoice number, state, message.
    static QStringList reportHeader();
    QList<QStringList> reportRows() const;

private:
    struct Row
    {
        RowState state = RowState::Waiting;
        QString problems; // the matcher's problems in words
        QString message;  // the shop's words about the upload (a failure's reason)
        qint64 itemId = 0;
    };
    void describeAll();
    int rowOfItem(const upload::JournalItem& item) const;
    static RowState stateOf(upload::JournalItem::State state);

    QList<upload::InvoiceMatch> m_matches;
    QList<Row> m_rows; // parallel to m_matches
    QList<kontor::Transaction> m_transactions;
    QHash<QString, QString> m_manual; // file path -> transaction id chosen by hand (empty: none)
    QHash<qint64, int> m_itemRows;    // journal item id -> row
    bool m_transactionsKnown = false;
    bool m_locked = false;
};

} // namespace kontor::gui
