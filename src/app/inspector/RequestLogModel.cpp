#include "RequestLogModel.h"

#include "net/RequestFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace kontor::gui {

RequestLogModel::RequestLogModel(net::RequestLog* log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    // Queued even from the GUI thread: a request reports from inside HttpCall, and the view may not be touched
    // from there.
    connect(log, &net::RequestLog::entryAdded, this, &RequestLogModel::onAdded, Qt::QueuedConnection);
    connect(log, &net::RequestLog::entryFinished, this, &RequestLogModel::onFinished, Qt::QueuedConnection);
    connect(log, &net::RequestLog::entriesDropped, this, &RequestLogModel::onDropped, Qt::QueuedConnection);
    connect(log, &net::RequestLog::cleared, this, &RequestLogModel::onCleared, Qt::QueuedConnection);
    // Read after connecting, so no request slips between; one already here is skipped by its id.
    m_rows = log->records();
}

QString RequestLogModel::timeText(const QTime& time)
{
    // The locale's time with seconds and without the time zone ("3:41:56 AM", "3:41:56").
    QString format = QLocale().timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    return QLocale().toString(time, format.trimmed());
}

QString RequestLogModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString RequestLogModel::durationText(qint64 ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms));
}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RequestLogModel::rowOf(quint64 id) const
{
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                               [](const net::RequestRecord& r, quint64 value) { return r.id < value; });
    if (it == m_rows.cend() || it->id != id)
        return -1;
    return static_cast<int>(it - m_rows.cbegin());
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const net::RequestRecord& r = m_rows.at(index.row());
    const int column = index.column();
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Time:
            return timeText(r.started.time());
        case Profile:
            return r.profile;
        case Method:
            return QString::fromLatin1(r.method);
        case Url:
            return r.url;
        case Status:
            return net::RequestFormat::statusText(r);
        case Duration:
            return r.finished ? durationText(r.durationMs) : QString();
        case Sent:
            return sizeText(r.requestBytes);
        case Received:
            return r.finished ? sizeText(r.responseBytes) : QString();
        case Retries:
            return r.finished ? QLocale().toString(std::max(0, r.attempts - 1)) : QString();
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case Time:
            return r.id;
        case Status:
            return r.status;
        case Duration:
            return r.durationMs;
        case Sent:
            return r.requestBytes;
        case Received:
            return r.responseBytes;
        case Retries:
            return r.attempts;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Url)
            return r.url;
        if (column == Time)
            return QLocale().toString(r.started, QLocale::LongFormat);
        if (column == Status && r.failed())
            return r.errorMessage.isEmpty() ? r.errorDetail : r.errorMessage;
        return {};
    }
    if (role == Qt::ForegroundRole && column == Status && (r.failed() || r.status >= 400))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::TextAlignmentRole && column >= Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Method:
        return tr("Method");
    case Url:
        return tr("Address");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Sent:
        return tr("Sent");
    case Received:
        return tr("Received");
    case Retries:
        return tr("Retries");
    }
    return {};
}

void RequestLogModel::onAdded(quint64 id)
{
    if (!m_rows.isEmpty() && id <= m_rows.constLast().id)
        return; // already there (read at construction)
    const std::optional<net::RequestRecord> r = m_log->record(id);
    if (!r)
        return;
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*r);
    endInsertRows();
}

void RequestLogModel::onFinished(quint64 id)
{
    const int row = rowOf(id);
    const std::optional<net::RequestRecord> r = m_log->record(id);
    if (row < 0 || !r)
        return;
    m_rows[row] = *r;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RequestLogModel::onDropped(quint64 upToId)
{
    int count = 0;
    while (count < m_rows.size() && m_rows.at(count).id <= upToId)
        ++count;
    if (count == 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

void RequestLogModel::onCleared()
{
    beginResetModel();
    m_rows = m_log->records();
    endResetModel();
}

} // namespace kontor::gui
