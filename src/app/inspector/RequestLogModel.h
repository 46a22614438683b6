#pragma once
// RequestLogModel: the rows of the request inspector, one per request of this session, read from
// net::RequestLog (already redacted). Rows are appended and updated live through queued signals, so a request
// finishing on the upload engine's thread shows up here on the GUI thread; the ring's oldest rows leave with it.

#include "net/RequestLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace kontor::gui {

class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Profile, Method, Url, Status, Duration, Sent, Received, Retries, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole };

    explicit RequestLogModel(net::RequestLog* log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const net::RequestRecord& record(int row) const { return m_rows.at(row); }
    int rowOf(quint64 id) const; // -1 when not shown

    // The cells' texts, also for measuring the columns.
    static QString timeText(const QTime& time);
    static QString sizeText(qint64 bytes);
    static QString durationText(qint64 ms);

private:
    void onAdded(quint64 id);
    void onFinished(quint64 id);
    void onDropped(quint64 upToId);
    void onCleared();

    net::RequestLog* m_log;
    QList<net::RequestRecord> m_rows; // ascending ids
};

} // namespace kontor::gui
