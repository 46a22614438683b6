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

    // Early cursors (OrderQuery::nextCursorKnown): given before the page is delivered, as printlounge does;
    // `wrongAfterPage` gives a wrong one after that page (a page of strangers' ids answers it).
    void tellCursorsEarly(int wrongAfterPage = -1)
    {
        m_early = true;
        m_wrongAfterPage = wrongAfterPage;
    }
    QStringList log; // "ask CURSOR" and "page CURSOR" (delivered), in order

    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override
    {
        log << QStringLiteral("ask ") + query.cursor;
        if (query.cursor == QLatin1String("wrong")) {
            OrderPage stranger;
            OrderSummary o;
            o.id = QStringLiteral("stranger");
            stranger.orders = {o};
            stranger.nextCursor = QStringLiteral("stranger");
            QTimer::singleShot(0, context, [done, stranger] { done(Result<OrderPage>::success(stranger)); });
            return;
        }
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
        const QString cursor = query.cursor;
        QTimer::singleShot(m_delays.value(page), context, [this, done, result, cursor, query, page] {
            if (m_early && query.nextCursorKnown && !result.nextCursor.isEmpty())
                query.nextCursorKnown(page == m_wrongAfterPage ? QStringLiteral("wrong") : result.nextCursor);
            QTimer::singleShot(5, [this, done, result, cursor] {
                log << QStringLiteral("page ") + cursor;
                done(Result<OrderPage>::success(result));
            });
        });
    }

private:
    QList<int> m_delays;
    bool m_early = false;
    int m_wrongAfterPage = -1;
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

    void theNextPageIsAskedForWhileThisOneIsParsed()
    {
        FakeOrders orders({0, 0, 0, 0, 0, 0});
        orders.tellCursorsEarly();
        OrderListing listing(&orders, OrderQuery{});
        Received r;
        QElapsedTimer clock;
        clock.start();
        record(listing, r, clock);
        listing.start();
        QTRY_VERIFY(r.finished);
        QVERIFY(r.error.ok());
        QCOMPARE(r.ids, expectedIds(50));
        // Each page after the first was asked for before the page before it was delivered, and only once.
        const QStringList cursors = {QString(),
                                     QStringLiteral("990"),
                                     QStringLiteral("980"),
                                     QStringLiteral("970"),
                                     QStringLiteral("960"),
                                     QStringLiteral("950")};
        for (int i = 1; i < cursors.size(); ++i) {
            const qsizetype asked = orders.log.indexOf(QStringLiteral("ask ") + cursors.at(i));
            const qsizetype before = orders.log.indexOf(QStringLiteral("page ") + cursors.at(i - 1));
            QVERIFY2(asked >= 0 && asked < before, qPrintable(orders.log.join(QLatin1String(", "))));
            QCOMPARE(orders.log.count(QStringLiteral("ask ") + cursors.at(i)), 1);
        }
    }

    void aNextCursorThePageDoesNotConfirmIsIgnored()
    {
        // After page 2 the client's early cursor is wrong: the page asked for with it is not delivered, the right
        // one is asked for once page 2 is parsed, and every row comes once.
        FakeOrders orders({0, 0, 0, 0, 0, 0});
        orders.tellCursorsEarly(2);
        OrderListing listing(&orders, OrderQuery{});
        Received r;
        QElapsedTimer clock;
        clock.start();
        record(listing, r, clock);
        listing.start();
        QTRY_VERIFY(r.finished);
        QVERIFY(r.error.ok());
        QCOMPARE(r.ids, expectedIds(50));
        QVERIFY(orders.log.contains(QStringLiteral("ask wrong")));
        QCOMPARE(orders.log.count(QStringLiteral("ask 970")), 1);
        QVERIFY(!r.ids.contains(QStringLiteral("stranger")));
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
