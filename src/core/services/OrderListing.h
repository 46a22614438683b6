#pragma once
// OrderListing: reads every page of a profile's order list, one page after the other, in the background of
// the caller's event loop; the CLI's `orders list --all` and the GUI's orders view use it alike. Rows are
// handed over page by page as they arrive; an id already delivered is never delivered again (a shop that
// moves rows between pages while they are read cannot double them); `maxRows` caps the total. Each page's
// request has the HTTP layer's retries behind it, and a page that still fails for a passing reason (network,
// 5xx, truncated answer) is asked for again up to three more times; one that still fails ends the listing with
// its error, the rows already delivered stay delivered. Where the client can read the next cursor from an
// answer before parsing it (OrderQuery::nextCursorKnown), the next page is asked for at once, so at most two
// requests are in flight and the server works while a page is parsed; a page asked for ahead whose cursor
// the parsed page does not confirm is ignored.

#include "services/capabilities/OrdersCapability.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

class QTimer;

namespace kontor {

class OrderListing : public QObject
{
    Q_OBJECT
public:
    // `owner` is the QObject behind `orders` (the ServiceClient); when it goes, the listing ends as
    // cancelled instead of calling it. Without an owner, `orders` must outlive the listing.
    OrderListing(OrdersCapability* orders, OrderQuery firstPage, int maxRows = 0, QObject* parent = nullptr,
                 QObject* owner = nullptr);

    // Rows that arrive within `ms` of the last hand-over are held and handed over together: the first page at
    // once, then at most one pageArrived() per interval (and whatever is held before finished()). 0, the
    // default, hands over every page as it arrives. A view that repaints per hand-over sets this: 100,000
    // printlounge orders come in some 2,300 pages, and a repaint for each is what the GUI spent its load on
    // (bench/orders_paging).
    void setDeliveryInterval(int ms) { m_intervalMs = qMax(0, ms); }

    void start();
    // Stops after the request in flight; finished() reports Cancelled. Rows delivered so far stay.
    void cancel();
    // Goes on from the page that failed or was not asked for yet (after an error or cancel()); rows already
    // delivered are not delivered again.
    void resume();

    int pages() const { return m_pages; }
    qsizetype rows() const { return m_seen.size(); }
    bool running() const { return m_running; }

signals:
    void pageArrived(const QList<kontor::OrderSummary>& rows);
    void finished(const kontor::Error& error); // ok() when the list ended (or maxRows was reached)

private:
    void fetch();
    // Asks for the page at `cursor`; its answer is handled when its id is m_awaited by then.
    quint64 request(const QString& cursor);
    void askAhead(const QString& cursor);
    void onPage(const Result<OrderPage>& page);
    void handOver(const QList<OrderSummary>& fresh);
    void deliverHeld();
    void finish(const Error& error);

    OrdersCapability* m_orders;
    QPointer<QObject> m_owner;
    bool m_hasOwner = false;
    OrderQuery m_query;
    int m_maxRows;
    static constexpr int MaxPageRounds = 3; // more rounds for one page, each with the HTTP layer's retries
    static constexpr int RoundDelayMs = 1'000;
    int m_pageRounds = 0;
    int m_pages = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QSet<QString> m_seen;
    quint64 m_requests = 0; // ids of requests
    quint64 m_awaited = 0;  // the request whose answer is the next page
    struct Ahead
    {
        quint64 id = 0;
        QString cursor;
        QString nextCursor; // the cursor after it, when the client told it before this page was awaited
        std::optional<Result<OrderPage>> answer;
    };
    std::optional<Ahead> m_ahead; // the page after the awaited one, asked for before the awaited one was parsed
    int m_intervalMs = 0;
    QList<OrderSummary> m_held;    // arrived, not handed over yet (setDeliveryInterval)
    QList<OrderSummary> m_pending; // arrived, handed over once the next page is asked for
    QElapsedTimer m_sinceDelivery;
    QTimer* m_deliveryTimer = nullptr;
};

} // namespace kontor
