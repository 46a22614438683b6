#pragma once
// OrderSnapshots: paging on this side for services that send their whole order list in one answer (htk's
// order IDs, virtpos's orders). The first page fetches the list and keeps it as a snapshot; later pages are
// cut from that snapshot, so paging through a list costs one request and its pages never overlap or skip.
// The cursor "s<serial>:<offset>" names the snapshot. One snapshot is kept per filter, for a few filters.

#include "domain/Records.h"
#include "services/capabilities/OrdersCapability.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace kontor {

class OrderSnapshots
{
public:
    // The page for `query` when its cursor names the snapshot held for `filterKey`; nullopt when the list
    // must be fetched (the first page, or a snapshot that has since been replaced).
    std::optional<OrderPage> page(const QString& filterKey, const OrderQuery& query) const;
    // Keeps `all` as the snapshot for `filterKey` and returns the page `query` asks for (its cursor's offset
    // is kept when the cursor named an older snapshot).
    OrderPage store(const QString& filterKey, QList<OrderSummary> all, const OrderQuery& query);

    void clear() { m_snapshots.clear(); }

private:
    struct Snapshot
    {
        quint64 serial = 0;
        QList<OrderSummary> orders;
    };
    static bool parseCursor(const QString& cursor, quint64* serial, qsizetype* offset);
    static OrderPage slice(const Snapshot& snapshot, qsizetype offset, int limit);

    static constexpr int MaxSnapshots = 4;
    QHash<QString, Snapshot> m_snapshots;
    QList<QString> m_order; // filter keys, oldest first
    quint64 m_nextSerial = 1;
};

} // namespace kontor
