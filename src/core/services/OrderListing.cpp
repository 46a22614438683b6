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
    m_pending.clear();
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
    m_ahead.reset(); // a page asked for ahead is not the one wanted now: its answer is ignored
    if (m_cancelled || (m_hasOwner && !m_owner)) {
        finish(Error::make(Error::Kind::Cancelled, tr("Loading the orders was cancelled."),
                           QStringLiteral("order listing cancelled after %1 page(s)").arg(m_pages)));
        return;
    }
    m_awaited = request(m_query.cursor);
}

quint64 OrderListing::request(const QString& cursor)
{
    OrderQuery query = m_query;
    query.cursor = cursor;
    if (m_maxRows > 0)
        query.limit = qMin(query.limit, m_maxRows - int(m_seen.size()));
    const quint64 id = ++m_requests;
    const QPointer<OrderListing> self(this);
    query.nextCursorKnown = [self, id](const QString& next) {
        if (!self)
            return;
        if (id == self->m_awaited)
            self->askAhead(next);
        else if (self->m_ahead && self->m_ahead->id == id)
            self->m_ahead->nextCursor = next; // asked for once this page is the awaited one
    };
    m_orders->listOrders(query, this, [this, id](const Result<OrderPage>& page) {
        if (id == m_awaited)
            onPage(page);
        else if (m_ahead && m_ahead->id == id)
            m_ahead->answer = page; // before the page before it was handled: kept for when it is
        // else: asked for ahead and not wanted after all
    });
    return id;
}

void OrderListing::askAhead(const QString& cursor)
{
    if (!m_running || m_cancelled || m_ahead || cursor == m_query.cursor ||
        (m_maxRows > 0 && m_seen.size() >= m_maxRows))
        return;
    Ahead ahead;
    ahead.cursor = cursor;
    m_ahead = ahead;
    m_ahead->id = request(cursor);
}

void OrderListing::onPage(const Result<OrderPage>& page)
{
    if (!page.ok()) {
        m_ahead.reset();
        // The HTTP layer has already retried this page; a long listing rides out a longer outage by
        // asking for the same page again a few times, slower each round, before it gives up.
        if (!m_cancelled && net::RetryPolicy::isRetryable(page.error) && m_pageRounds < MaxPageRounds) {
            ++m_pageRounds;
            qCInfo(lcService).noquote() << "order listing: page" << m_pages + 1
                                        << "failed, asking again:" << page.error.detail;
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
    const bool full = m_maxRows > 0 && m_seen.size() >= m_maxRows;
    if (page.value.endReached || full || page.value.nextCursor.isEmpty() || page.value.nextCursor == m_query.cursor) {
        m_ahead.reset();
        if (!fresh.isEmpty())
            handOver(fresh);
        finish(Error{});
        return;
    }
    // The next page is asked for before this one is handed over: the receiver's work on the rows (a view's
    // insert and repaint, the CLI's formatting) then overlaps the server's work on the next page. Often it is
    // on its way already (asked for ahead, see OrderQuery::nextCursorKnown).
    // (finish(), should the request end at once, hands m_pending over before it tells the end.)
    m_query.cursor = page.value.nextCursor;
    m_pending = std::move(fresh);
    const QPointer<OrderListing> alive(this);
    if (m_ahead && m_ahead->cursor == m_query.cursor && !m_cancelled && !(m_hasOwner && !m_owner)) {
        const Ahead ahead = *std::exchange(m_ahead, std::nullopt);
        m_awaited = ahead.id;
        if (!ahead.nextCursor.isEmpty())
            askAhead(ahead.nextCursor);
        if (ahead.answer) {
            const quint64 id = ahead.id;
            QMetaObject::invokeMethod(
                this,
                [this, id, answer = *ahead.answer] {
                    if (id == m_awaited)
                        onPage(answer);
                },
                Qt::QueuedConnection);
        }
    } else {
        fetch();
    }
    if (alive && !m_pending.isEmpty())
        handOver(std::exchange(m_pending, {}));
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
    m_awaited = 0; // answers still on their way are not wanted
    m_ahead.reset();
    if (!m_pending.isEmpty())
        handOver(std::exchange(m_pending, {}));
    deliverHeld(); // every row that came is handed over before the end is told
    emit finished(error);
}

} // namespace kontor
