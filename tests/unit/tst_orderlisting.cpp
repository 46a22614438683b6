// OrderListing's hand-over of rows: page by page by default; with a delivery interval, the first page at once,
// later pages held and handed over together (when the interval is over, by a timer if no page comes, and
// before finished() in any case, a cancel included), every row once and in order.

#include "services/OrderListing.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtTest>

using namespace kontor;

namespace {

// Pages of 10 orders, ids counting down, then an empty page. Page i (from 0) comes after delays[i] ms.
class FakeOrders : public OrdersCapability
{
public:
    explicit FakeOrders(QList<int> delays)
        : m_delays(std::move(delays))
    {}

    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override
    {
        const int page = query.cursor.isEmpty() ? 0 : (1000 - query.cursor.toInt()) / 10;
        OrderPage result;
        if (page < m_delays.size() - 1) {
            for (int i = 0; i < 10; ++i) {
                OrderSummary o;
                o.id = QString::number(1000 - page * 10 - i - 1);
                result.orders.append(o);
            }
            result.nextCursor = result.orders.last().id;
        } else {
            result.endReached = true;
        }
        QTimer::singleShot(m_delays.value(page), context, [done, result] { done(Result<OrderPage>::success(result)); });
    }

private:
    QList<int> m_delays;
};

struct Received
{
    QList<int> sizes;
    QStringList ids;
    QList<qint64> atMs;
    bool finished = false;
    bool rowsAfterFinished = false;
    Error error;
};

void record(OrderListing& listing, Received& r, const QElapsedTimer& clock)
{
    QObject::connect(&listing, &OrderListing::pageArrived, &listing, [&](const QList<OrderSummary>& rows) {
        r.rowsAfterFinished = r.rowsAfterFinished || r.finished;
        r.sizes << int(rows.size());
        r.atMs << clock.elapsed();
        for (const OrderSummary& o : rows)
            r.ids << o.id;
    });
    QObject::connect(&listing, &OrderListing::finished, &listing, [&](const Error& e) {
        r.finished = true;
        r.error = e;
    });
}

QStringList expectedIds(int rows)
{
    QStringList ids;
    for (int i = 0; i < rows; ++i)
        ids << QString::number(999 - i);
    return ids;
}

} // namespace

class TestOrderListing : public QObject
{
    Q_OBJECT
private slots:
    void everyPageAsItArrivesByDefault()
    {
        FakeOrders orders({0, 0, 0, 0, 0, 0});
        OrderListing listing(&orders, OrderQuery{});
        Received r;
        QElapsedTimer clock;
        clock.start();
        record(listing, r, clock);
        listing.start();
        QTRY_VERIFY(r.finished);
        QVERIFY(r.error.ok());
        QCOMPARE(r.sizes, QList<int>({10, 10, 10, 10, 10}));
        QCOMPARE(r.ids, expectedIds(50));
    }

    void heldPagesGoTogetherAndAllBeforeFinished()
    {
        FakeOrders orders({0, 0, 0, 0, 0, 0});
        OrderListing listing(&orders, OrderQuery{});
        listing.setDeliveryInterval(60'000);
        Received r;
        QElapsedTimer clock;
        clock.start();
        record(listing, r, clock);
        listing.start();
        QTRY_VERIFY(r.finished);
        QVERIFY(r.error.ok());
        QCOMPARE(r.sizes, QList<int>({10, 40})); // the first page at once, the rest before the end is told
        QCOMPARE(r.ids, expectedIds(50));
        QVERIFY(!r.rowsAfterFinished);
    }

    void heldRowsGoWhenTheIntervalIsOverThoughNoPageComes()
    {
        // Page 2 comes soon after page 1, page 3 only after 1.5 s: page 2's rows must not wait for it.
        FakeOrders orders({0, 10, 1500, 0});
        OrderListing listing(&orders, OrderQuery{});
        listing.setDeliveryInterval(200);
        Received r;
        QElapsedTimer clock;
        clock.start();
        record(listing, r, clock);
        listing.start();
        QTRY_VERIFY_WITH_TIMEOUT(r.finished, 10'000);
        QCOMPARE(r.ids, expectedIds(30));
        QCOMPARE(r.sizes, QList<int>({10, 10, 10}));
        QVERIFY2(r.atMs.at(1) < 1000, qPrintable(QString::number(r.atMs.at(1)))); // by the timer, not page 3
    }

    void cancelHandsOverWhatIsHeld()
    {
        // Pages 2 and 3 are held; page 4 is on its way when cancel() comes: it still arrives, and the held rows
        // and its own are handed over before finished() says Cancelled.
        FakeOrders orders({0, 0, 0, 800, 0, 0});
        OrderListing listing(&orders, OrderQuery{});
        listing.setDeliveryInterval(60'000);
        Received r;
        QElapsedTimer clock;
        clock.start();
        record(listing, r, clock);
        listing.start();
        QTimer::singleShot(300, &listing, [&] { listing.cancel(); });
        QTRY_VERIFY_WITH_TIMEOUT(r.finished, 10'000);
        QCOMPARE(r.error.kind, Error::Kind::Cancelled);
        QCOMPARE(r.sizes, QList<int>({10, 30}));
        QCOMPARE(r.ids, expectedIds(40));
        QVERIFY(!r.rowsAfterFinished);
    }
};

QTEST_GUILESS_MAIN(TestOrderListing)
#include "tst_orderlisting.moc"
