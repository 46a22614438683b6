#include "services/OrderListing.h"

#include "Logging.h"
#include "net/RetryPolicy.h"

#include <QTimer>
#include <utility>

namespace kontor {

OrderListing::OrderListing(OrdersCapability* orders, OrderQuery firstPage, int maxRows, QObject* parent, QObject* owner)
    : QObject(parent)
    , m_orders(orders)
    , m_owner(owner)
    , m_hasOwner(owner != nullptr)
    , m_query(std::move(firstPage))
    , m_maxRows(maxRows)
{
    qRegisterMetaType<QList<kontor::OrderSummary>>();
    qRegisterMetaType<kontor::Error>();
}

void OrderListing::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_query.cursor.clear();
    m_seen.clear();
    m_held.clear();
    m_sinceDelivery.invalidate();
    m_pages = 0;
    fetch();
}

void OrderListing::cancel()
{
    m_cancelled = true;
}

void OrderListing::resume()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_pageRounds = 0;
    fetch();
}

void OrderListing::fetch()
{
    if (m_cancelled || (m_hasOwner && !m_owner)) {
        finish(Error::make(Error::Kind::Cancelled, tr("Loading the orders was cancelled."),
                           QStringLiteral("order listing cancelled after %1 page(s)").arg(m_pages)));
        return;
    }
    if (m_maxRows > 0)
        m_query.limit = qMin(m_query.limit, m_maxRows - int(m_seen.size()));
    m_orders->listOrders(m_query, this, [this](const Result<OrderPage>& page) {
        if (!page.ok()) {
            // The HTTP layer has already retried this page; a long listing rides out a longer outage by
            // asking for the same page again a few times, slower each round, before it gives up.
            if (!m_cancelled && net::RetryPolicy::isRetryable(page.error) && m_pageRounds < MaxPageRounds) {
                ++m_pageRounds;
                qCInfo(lcService).noquote()
                    << "order listing: page" << m_pages + 1 << "failed, asking again:" << page.error.detail;
                QTimer::singleShot(RoundDelayMs * m_pageRounds, this, &OrderListing::fetch);
                return;
            }
            finish(page.error);
            return;
        }
        m_pageRounds = 0;
        ++m_pages;
        QList<OrderSummary> fresh;
        fresh.reserve(page.value.orders.size());
        for (const OrderSummary& o : page.value.orders) {
            if (m_maxRows > 0 && m_seen.size() >= m_maxRows)
                break;
            if (!m_seen.contains(o.id)) {
                m_seen.insert(o.id);
                fresh.append(o);
            }
        }
        if (!fresh.isEmpty())
            handOver(fresh);
        const bool full = m_maxRows > 0 && m_seen.size() >= m_maxRows;
        if (page.value.endReached || full || page.value.nextCursor.isEmpty() ||
            page.value.nextCursor == m_query.cursor) {
            finish(Error{});
            return;
        }
        m_query.cursor = page.value.nextCursor;
        fetch();
    });
}

void OrderListing::handOver(const QList<OrderSummary>& fresh)
{
    if (m_intervalMs <= 0) {
        emit pageArrived(fresh);
        return;
    }
    m_held += fresh;
    if (!m_sinceDelivery.isValid() || m_sinceDelivery.elapsed() >= m_intervalMs) {
        deliverHeld();
        return;
    }
    // The next page may be slow to come: what is held goes out when the interval is over in any case.
    if (!m_deliveryTimer) {
        m_deliveryTimer = new QTimer(this);
        m_deliveryTimer->setSingleShot(true);
        connect(m_deliveryTimer, &QTimer::timeout, this, &OrderListing::deliverHeld);
    }
    if (!m_deliveryTimer->isActive())
        m_deliveryTimer->start(static_cast<int>(qMax<qint64>(0, m_intervalMs - m_sinceDelivery.elapsed())));
}

void OrderListing::deliverHeld()
{
    if (m_deliveryTimer)
        m_deliveryTimer->stop();
    if (m_held.isEmpty())
        return;
    m_sinceDelivery.start();
    emit pageArrived(std::exchange(m_held, {}));
}

void OrderListing::finish(const Error& error)
{
    m_running = false;
    deliverHeld(); // every row that came is handed over before the end is told
    emit finished(error);
}

} // namespace kontor
