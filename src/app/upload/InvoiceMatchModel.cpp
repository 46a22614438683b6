#include "InvoiceMatchModel.h"

#include "Icons.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>

namespace kontor::gui {

using upload::InvoiceMatch;
using upload::JournalItem;
namespace InvoiceMatcher = upload::InvoiceMatcher;

namespace {

QString stateName(InvoiceMatchModel::RowState state)
{
    using S = InvoiceMatchModel::RowState;
    switch (state) {
    case S::Waiting:
        return InvoiceMatchModel::tr("Checking");
    case S::Ready:
        return InvoiceMatchModel::tr("Ready");
    case S::NotSent:
        return InvoiceMatchModel::tr("Not sent");
    case S::Queued:
        return InvoiceMatchModel::tr("Queued");
    case S::Sending:
        return InvoiceMatchModel::tr("Sending…");
    case S::Stored:
        return InvoiceMatchModel::tr("Stored");
    case S::AlreadyPresent:
        return InvoiceMatchModel::tr("Already there");
    case S::Failed:
        return InvoiceMatchModel::tr("Failed");
    case S::Unsettled:
        return InvoiceMatchModel::tr("Waiting for confirmation");
    }
    return {};
}

} // namespace

InvoiceMatchModel::InvoiceMatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int InvoiceMatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InvoiceMatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceMatchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InvoiceMatch& m = m_matches.at(index.row());
    const Row& r = m_rows.at(index.row());
    const bool marked = r.state == RowState::NotSent || r.state == RowState::Failed;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case File:
            return m.fileName;
        case Size:
            if (role == SortRole)
                return m.file.size;
            return m.file.size < 0 ? QString() : QLocale().formattedDataSize(m.file.size, 1, QLocale::DataSizeSIFormat);
        case Transaction:
            // An empty cell that can be chosen says so.
            if (role == Qt::DisplayRole && m.transactionId.isEmpty() && (flags(index) & Qt::ItemIsEditable))
                return tr("Choose…");
            return m.transactionId;
        case InvoiceNumber:
            return m.serialNumber;
        case Problems:
            return r.problems;
        case State:
            return stateText(index.row());
        }
        return {};
    case Qt::EditRole:
        return index.column() == Transaction ? QVariant(m.transactionId) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == File)
            return QDir::toNativeSeparators(m.file.path);
        if (index.column() == Problems && !r.problems.isEmpty())
            return r.problems;
        if (index.column() == State)
            return stateText(index.row());
        if (index.column() == Transaction && (flags(index) & Qt::ItemIsEditable))
            return tr("Double-click to choose the transaction this invoice belongs to");
        return {};
    case Qt::DecorationRole:
        if (index.column() == File && marked)
            return r.state == RowState::Failed ? Icons::error() : Icons::warning();
        if (index.column() == File && (r.state == RowState::Stored || r.state == RowState::AlreadyPresent))
            return Icons::ok();
        return {};
    case Qt::BackgroundRole:
        if (r.state == RowState::NotSent)
            return QColor(0xfd, 0xf1, 0xcf);
        if (r.state == RowState::Failed)
            return QColor(0xf9, 0xdd, 0xdb);
        return {};
    case Qt::ForegroundRole:
        // The tints are light on any theme: keep the text dark on them.
        if (marked)
            return QColor(0x30, 0x24, 0x00);
        return {};
    case Qt::FontRole:
        if (index.column() == Transaction && m.transactionId.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowStateRole:
        return static_cast<int>(r.state);
    case TransactionIdRole:
        return m.transactionId;
    }
    return {};
}

QVariant InvoiceMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Size:
        return tr("Size");
    case Transaction:
        return tr("Transaction");
    case InvoiceNumber:
        return tr("Invoice number");
    case Problems:
        return tr("Problems");
    case State:
        return tr("State");
    }
    return {};
}

Qt::ItemFlags InvoiceMatchModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() != Transaction || m_locked || !m_transactionsKnown)
        return f;
    const RowState s = m_rows.at(index.row()).state;
    if (s == RowState::Ready || s == RowState::NotSent)
        f |= Qt::ItemIsEditable;
    return f;
}

bool InvoiceMatchModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString id = value.toString().trimmed();
    if (id == m_matches.at(index.row()).transactionId)
        return false;
    m_manual.insert(m_matches.at(index.row()).file.path, id);
    InvoiceMatcher::assign(m_matches, index.row(), id, m_transactions);
    // Another row may have gained or lost a duplicate: every row is decided again.
    describeAll();
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    return true;
}

void InvoiceMatchModel::setTransactions(const QList<kontor::Transaction>& transactions)
{
    m_transactions = transactions;
    m_transactionsKnown = true;
}

QList<kontor::Transaction> InvoiceMatchModel::uninvoiced() const
{
    QList<kontor::Transaction> out;
    for (const kontor::Transaction& t : m_transactions) {
        if (t.invoiceStatus == QLatin1String("uninvoiced"))
            out << t;
    }
    return out;
}

void InvoiceMatchModel::rematch(const QList<upload::InvoiceFileInfo>& files, const QList<upload::InvoiceMapEntry>* map)
{
    beginResetModel();
    m_itemRows.clear();
    m_matches = InvoiceMatcher::match(files, m_transactionsKnown ? m_transactions : QList<kontor::Transaction>(), map);
    if (m_transactionsKnown) {
        for (int row = 0; row < m_matches.size(); ++row) {
            const auto manual = m_manual.constFind(m_matches.at(row).file.path);
            if (manual != m_manual.cend() && *manual != m_matches.at(row).transactionId)
                InvoiceMatcher::assign(m_matches, row, *manual, m_transactions);
        }
    }
    m_rows = QList<Row>(m_matches.size());
    describeAll();
    endResetModel();
}

void InvoiceMatchModel::clear()
{
    beginResetModel();
    m_matches.clear();
    m_rows.clear();
    m_manual.clear();
    m_itemRows.clear();
    endResetModel();
}

void InvoiceMatchModel::describeAll()
{
    for (int row = 0; row < m_matches.size(); ++row) {
        const InvoiceMatch& m = m_matches.at(row);
        Row& r = m_rows[row];
        if (!m_transactionsKnown) {
            r.state = RowState::Waiting;
            r.problems.clear();
            continue;
        }
        QStringList words;
        for (upload::InvoiceProblem p : m.problems)
            words << InvoiceMatcher::describe(p, m, m_matches);
        r.problems = words.join(QLatin1Char(' '));
        if (r.state == RowState::Waiting || r.state == RowState::Ready || r.state == RowState::NotSent)
            r.state = m.sendable() ? RowState::Ready : RowState::NotSent;
    }
}

void InvoiceMatchModel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Transaction), index(rowCount() - 1, Transaction));
}

int InvoiceMatchModel::rowOfItem(const JournalItem& item) const
{
    for (int row = 0; row < m_matches.size(); ++row) {
        const InvoiceMatch& m = m_matches.at(row);
        if (m.file.path == item.path && m.transactionId.compare(item.transactionId, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

InvoiceMatchModel::RowState InvoiceMatchModel::stateOf(JournalItem::State state)
{
    switch (state) {
    case JournalItem::State::Queued:
        return RowState::Queued;
    case JournalItem::State::Sending:
        return RowState::Sending;
    case JournalItem::State::Stored:
        return RowState::Stored;
    case JournalItem::State::AlreadyPresent:
        return RowState::AlreadyPresent;
    case JournalItem::State::Failed:
        return RowState::Failed;
    case JournalItem::State::Unsettled:
        return RowState::Unsettled;
    }
    return RowState::Unsettled;
}

void InvoiceMatchModel::showBatch(const QList<JournalItem>& items)
{
    beginResetModel();
    m_itemRows.clear();
    for (const JournalItem& item : items) {
        int row = rowOfItem(item);
        if (row < 0) {
            // A batch resumed from the journal: the file is known by what the journal kept of it.
            InvoiceMatch m;
            m.file.path = item.path;
            m.file.size = item.size;
            m.file.readable = true;
            m.file.pdf = true;
            m.fileName = QFileInfo(item.path).fileName();
            m.transactionId = item.transactionId;
            m.serialNumber = item.serialNumber;
            m_matches << m;
            m_rows << Row();
            row = static_cast<int>(m_rows.size()) - 1;
        }
        Row& r = m_rows[row];
        r.state = stateOf(item.state);
        r.message = item.message;
        r.itemId = item.id;
        m_itemRows.insert(item.id, row);
    }
    endResetModel();
}

void InvoiceMatchModel::updateItem(const JournalItem& item)
{
    int row = m_itemRows.value(item.id, -1);
    if (row < 0) {
        row = rowOfItem(item);
        if (row < 0)
            return;
        m_itemRows.insert(item.id, row);
    }
    Row& r = m_rows[row];
    r.state = stateOf(item.state);
    r.message = item.message;
    r.itemId = item.id;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<InvoiceMatch> InvoiceMatchModel::readyMatches() const
{
    QList<InvoiceMatch> out;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == RowState::Ready)
            out << m_matches.at(row);
    }
    return out;
}

int InvoiceMatchModel::readyCount() const
{
    return countIn(RowState::Ready);
}

int InvoiceMatchModel::problemCount() const
{
    return countIn(RowState::NotSent);
}

int InvoiceMatchModel::countIn(RowState state) const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += r.state == state ? 1 : 0;
    return n;
}

QString InvoiceMatchModel::stateText(int row) const
{
    const Row& r = m_rows.at(row);
    if (r.state == RowState::Failed && !r.message.isEmpty())
        return tr("Failed: %1").arg(r.message);
    return stateName(r.state);
}

QStringList InvoiceMatchModel::reportHeader()
{
    return {tr("File"), tr("Transaction"), tr("Invoice number"), tr("State"), tr("Message")};
}

QList<QStringList> InvoiceMatchModel::reportRows() const
{
    QList<QStringList> rows;
    rows.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        const InvoiceMatch& m = m_matches.at(row);
        const Row& r = m_rows.at(row);
        rows << QStringList{QDir::toNativeSeparators(m.file.path), m.transactionId, m.serialNumber, stateName(r.state),
                            r.state == RowState::NotSent ? r.problems : r.message};
    }
    return rows;
}

} // namespace kontor::gui
