#include "services/OrderSnapshots.h"

#include <algorithm>

namespace kontor {

bool OrderSnapshots::parseCursor(const QString& cursor, quint64* serial, qsizetype* offset)
{
    const QString c = cursor.trimmed();
    if (!c.startsWith(QLatin1Char('s')))
        return false;
    const qsizetype colon = c.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    bool okSerial = false;
    bool okOffset = false;
    *serial = c.mid(1, colon - 1).toULongLong(&okSerial);
    *offset = c.mid(colon + 1).toLongLong(&okOffset);
    return okSerial && okOffset && *offset >= 0;
}

OrderPage OrderSnapshots::slice(const Snapshot& snapshot, qsizetype offset, int limit)
{
    OrderPage page;
    const qsizetype start = std::min(offset, snapshot.orders.size());
    page.orders = snapshot.orders.mid(start, limit > 0 ? limit : -1);
    const qsizetype next = start + page.orders.size();
    page.endReached = next >= snapshot.orders.size();
    if (!page.endReached)
        page.nextCursor = QStringLiteral("s%1:%2").arg(snapshot.serial).arg(next);
    return page;
}

std::optional<OrderPage> OrderSnapshots::page(const QString& filterKey, const OrderQuery& query) const
{
    quint64 serial = 0;
    qsizetype offset = 0;
    if (!parseCursor(query.cursor, &serial, &offset))
        return std::nullopt;
    const auto it = m_snapshots.constFind(filterKey);
    if (it == m_snapshots.cend() || it->serial != serial)
        return std::nullopt;
    return slice(*it, offset, query.limit);
}

OrderPage OrderSnapshots::store(const QString& filterKey, QList<OrderSummary> all, const OrderQuery& query)
{
    Snapshot snapshot;
    snapshot.serial = m_nextSerial++;
    snapshot.orders = std::move(all);
    m_order.removeAll(filterKey);
    m_order.append(filterKey);
    while (m_order.size() > MaxSnapshots)
        m_snapshots.remove(m_order.takeFirst());
    m_snapshots.insert(filterKey, snapshot);
    quint64 ignored = 0;
    qsizetype offset = 0;
    if (!parseCursor(query.cursor, &ignored, &offset))
        offset = 0;
    return slice(m_snapshots.value(filterKey), offset, query.limit);
}

} // namespace kontor
