// The GUI side of bench/orders_paging, against a running sandbox (kontor-sandbox) on loopback:
//
//   bench_orders_gui model URL USER SECRET_ENV [PAGE_SIZE]
//       reads every printlounge order through the real client and OrderListing straight into an
//       OrdersTableModel, and prints the heap the model holds per row: (heap in use after - before) / rows,
//       heap in use being glibc's mallinfo2() uordblks + hblkhd (small chunks of every arena + mmapped blocks).
//       Before is taken after a warm-up listing of one page, so the client, its connection and Qt's HTTP
//       thread are already there; after, once the listing is gone, so only the model holds the rows.
//   bench_orders_gui view URL USER SECRET_ENV [BATCH_MS]
//       shows the real OrdersView (offscreen when QT_QPA_PLATFORM=offscreen) on a profile pointing at the
//       sandbox, lets it load every order by itself, and meanwhile runs a 5 ms timer on the GUI thread: the
//       largest gap between its ticks is the longest stall of the event loop. Also prints the whole load's
//       time and, to find a stall's cause, the longest single events the GUI thread delivered (receiver class
//       and event type, timed in QApplication::notify) and the longest model insert (rowsAboutToBeInserted to
//       rowsInserted: the model, the proxy and the view together). With BATCH_MS, the view's OrderListing
//       hands rows over at most every BATCH_MS (OrderListing::setDeliveryInterval) from its second page on.
//
// Output: `key=value` lines on stdout, which the script reads; the secret comes from the environment variable
// named SECRET_ENV and is never printed.
#include "Logging.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "net/NetworkAccess.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "services/OrderListing.h"
#include "services/ServiceClient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMap>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <vector>

using namespace kontor;
using namespace kontor::gui;

namespace {

qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<qint64>(m.uordblks + m.hblkhd);
}

// Times every event the GUI thread delivers at the outermost level, to name what a stall was spent on, and
// adds them up by receiver class and event type (12 Paint, 43 MetaCall: a queued call, 77 UpdateRequest: a
// window's repaint).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 ns;
        qint64 atMs; // since recording began
        const char* receiver;
        int type;
        int rows;
    };

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (QThread::currentThread() != thread()) // Qt's HTTP thread delivers its events through here too
            return QApplication::notify(receiver, event);
        if (!recording || m_depth > 0) {
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const char* name = receiver->metaObject()->className(); // static text: safe if the receiver goes
        const int type = event->type();
        QElapsedTimer t;
        t.start();
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ns = t.nsecsElapsed();
        Total& total = totals[qMakePair(QByteArray(name), type)];
        total.ns += ns;
        total.maxNs = qMax(total.maxNs, ns);
        ++total.count;
        if (slowest.size() < 8 || ns > slowest.back().ns) {
            slowest.push_back({ns, clock.elapsed(), name, type, rows ? rows() : 0});
            std::sort(slowest.begin(), slowest.end(), [](const Slow& a, const Slow& b) { return a.ns > b.ns; });
            if (slowest.size() > 8)
                slowest.pop_back();
        }
        return r;
    }

    struct Total
    {
        qint64 ns = 0;
        qint64 maxNs = 0;
        int count = 0;
    };
    QMap<QPair<QByteArray, int>, Total> totals; // by receiver class and event type

    bool recording = false;
    QElapsedTimer clock;
    std::function<int()> rows;
    std::vector<Slow> slowest;

private:
    int m_depth = 0;
};

Profile sandboxProfile(const QString& url, const QString& user)
{
    Profile p = Profile::defaultsFor(Service::Printlounge);
    p.id = QStringLiteral("bench-orders-paging");
    p.name = QStringLiteral("bench");
    p.baseUrl = QUrl(url);
    p.user = user;
    return p;
}

int model(const QString& url, const QString& user, const QString& secret, int pageSize)
{
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    ClientRegistry clients(&secrets);
    ServiceClient* client = clients.clientFor(sandboxProfile(url, user), secret);
    OrdersCapability* orders = client ? client->orders() : nullptr;
    if (!orders) {
        std::fprintf(stderr, "no printlounge client\n");
        return 1;
    }
    OrderQuery query;
    query.limit = pageSize;
    auto listAll = [&](OrdersTableModel* model, int maxRows) {
        Error result;
        QEventLoop loop; // a benchmark's own loop; src/ has none
        auto* listing = new OrderListing(orders, query, maxRows, nullptr, client);
        QObject::connect(listing, &OrderListing::pageArrived, model,
                         [model](const QList<OrderSummary>& rows) { model->appendOrders(rows); });
        QObject::connect(listing, &OrderListing::finished, &loop, [&](const Error& e) {
            result = e;
            loop.quit();
        });
        listing->start();
        loop.exec();
        delete listing; // its set of ids seen goes with it
        return result;
    };

    {
        OrdersTableModel warmUp; // client, connection, HTTP thread and lazily made statics exist from here on
        if (const Error e = listAll(&warmUp, pageSize); !e.ok()) {
            std::fprintf(stderr, "warm-up failed: %s\n", qPrintable(e.detail));
            return 1;
        }
    }
    malloc_trim(0);
    OrdersTableModel tableModel;
    const qint64 before = heapInUse();
    QElapsedTimer t;
    t.start();
    if (const Error e = listAll(&tableModel, 0); !e.ok()) {
        std::fprintf(stderr, "listing failed: %s\n", qPrintable(e.detail));
        return 1;
    }
    const qint64 ms = t.elapsed();
    QCoreApplication::sendPostedEvents(); // deferred deletes of replies
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 after = heapInUse();
    const int rows = tableModel.rowCount();
    std::printf("model_rows=%d\nmodel_heap_bytes=%lld\nmodel_bytes_per_row=%.0f\nmodel_load_ms=%lld\n"
                "sizeof_ordersummary=%zu\n",
                rows, static_cast<long long>(after - before), rows ? static_cast<double>(after - before) / rows : 0.0,
                static_cast<long long>(ms), sizeof(OrderSummary));
    return rows > 0 ? 0 : 1;
}

int view(TimedApplication& app, const QString& url, const QString& user, const QString& secret, int batchMs)
{
    QTemporaryDir logs;
    installLogHandler(logs.filePath(QStringLiteral("kontor.log")), false); // as the app logs: a file
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    const Profile profile = sandboxProfile(url, user);
    secrets.putSessionSecret(profile.id, secret);
    ClientRegistry clients(&secrets);
    int exitCode = 1;
    {
        OrdersView ordersView(&clients);
        ordersView.resize(1200, 800);
        ordersView.show();

        qint64 loadMs = -1; // when the view said it had loaded everything
        qint64 worstGapMs = 0;
        qint64 worstGapDuringLoadMs = 0; // the end of the load (the event that says so) left out
        qint64 worstGapAtMs = 0;
        int worstGapRows = 0;
        qint64 ticks = 0;
        QElapsedTimer sinceTick;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            const qint64 gap = sinceTick.restart();
            ++ticks;
            if (loadMs < 0)
                worstGapDuringLoadMs = qMax(worstGapDuringLoadMs, gap);
            if (gap > worstGapMs) {
                worstGapMs = gap;
                worstGapAtMs = app.clock.elapsed();
                worstGapRows = ordersView.model()->rowCount();
            }
        });

        // The longest insert of a page: the model, the proxy's mapping and the view's reaction together.
        qint64 worstInsertNs = 0;
        int inserts = 0;
        QElapsedTimer insert;
        OrdersTableModel* model = ordersView.model();
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, &tick, [&] { insert.start(); });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &tick, [&] {
            worstInsertNs = qMax(worstInsertNs, insert.nsecsElapsed());
            if (inserts++ == 0 && batchMs > 0) {
                // What-if: the view's listing hands rows over at most every batchMs (from its second page on),
                // as one line in OrdersView::fetchPage would have it from the start.
                if (auto* listing = ordersView.findChild<OrderListing*>())
                    listing->setDeliveryInterval(batchMs);
            }
        });

        QEventLoop loop;
        QString failure;
        // The tick goes on for a moment after the view says it is done, so a stall in the last event (the
        // end of the listing: the last rows, the column sizes, the footer) is counted too.
        qint64 lastInsertEndMs = -1;
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &tick,
                         [&] { lastInsertEndMs = app.clock.elapsed(); });
        QObject::connect(&ordersView, &RecordsView::loaded, &loop, [&] {
            loadMs = app.clock.elapsed();
            QTimer::singleShot(500, &loop, &QEventLoop::quit);
        });
        QObject::connect(&ordersView, &RecordsView::loadFailed, &loop, [&](const QString&, const Error& e) {
            failure = e.detail;
            loop.quit();
        });
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            failure = QStringLiteral("not loaded within 10 minutes");
            loop.quit();
        });
        deadline.start(600'000);

        app.rows = [model] { return model->rowCount(); };
        app.clock.start();
        app.recording = true;
        sinceTick.start();
        tick.start(5);
        ordersView.showProfile(profile);
        loop.exec();
        tick.stop();
        app.recording = false;

        const int rows = model->rowCount();
        if (!failure.isEmpty())
            std::fprintf(stderr, "the view did not load: %s\n", qPrintable(failure));
        std::printf("view_rows=%d\nview_load_ms=%lld\nview_worst_gap_ms=%lld\nview_worst_gap_at_ms=%lld\n"
                    "view_worst_gap_rows=%d\nview_ticks=%lld\nview_inserts=%d\nview_worst_insert_ms=%.1f\n",
                    rows, static_cast<long long>(loadMs), static_cast<long long>(worstGapMs),
                    static_cast<long long>(worstGapAtMs), worstGapRows, static_cast<long long>(ticks), inserts,
                    static_cast<double>(worstInsertNs) / 1e6);
        std::printf("view_last_insert_to_loaded_ms=%lld\nview_worst_gap_during_load_ms=%lld\n",
                    static_cast<long long>(loadMs - lastInsertEndMs), static_cast<long long>(worstGapDuringLoadMs));
        for (auto it = app.totals.cbegin(); it != app.totals.cend(); ++it) {
            if (it->ns >= 100'000'000) // the event kinds that took at least 100 ms together
                std::printf("view_event_total=%.0f ms in %d events (longest %.1f ms): %s, event type %d\n",
                            static_cast<double>(it->ns) / 1e6, it->count, static_cast<double>(it->maxNs) / 1e6,
                            it.key().first.constData(), it.key().second);
        }
        // The end of the load, piece by piece, as RecordsView and OrdersView do it once the listing ends: the
        // status column sized to its contents, then a look for columns no row fills (hidden when empty).
        QElapsedTimer piece;
        piece.start();
        ordersView.table()->resizeColumnToContents(OrdersTableModel::Status);
        const qint64 resizeNs = piece.nsecsElapsed();
        piece.restart();
        int emptyColumns = 0;
        for (int column = 0; column < model->columnCount(); ++column) {
            bool empty = rows > 0;
            for (int row = 0; row < rows && empty; ++row)
                empty = model->index(row, column).data().toString().isEmpty();
            emptyColumns += empty ? 1 : 0;
        }
        const qint64 scanNs = piece.nsecsElapsed();
        std::printf("view_end_resize_status_ms=%.1f\nview_end_empty_column_scan_ms=%.1f\nview_empty_columns=%d\n",
                    static_cast<double>(resizeNs) / 1e6, static_cast<double>(scanNs) / 1e6, emptyColumns);
        for (const TimedApplication::Slow& s : app.slowest)
            std::printf("view_slow_event=%.1f ms at %lld ms (%d rows): %s, event type %d\n",
                        static_cast<double>(s.ns) / 1e6, static_cast<long long>(s.atMs), s.rows, s.receiver, s.type);
        exitCode = failure.isEmpty() && rows > 0 ? 0 : 1;
    }
    flushLog();
    return exitCode;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a benchmark needs no screen
    TimedApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kontor.*.debug=false"));
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    auto secretFrom = [](const QString& variable) { return qEnvironmentVariable(variable.toLocal8Bit().constData()); };
    int code = 2;
    if (mode == QLatin1String("model") && args.size() >= 5)
        code = model(args.at(2), args.at(3), secretFrom(args.at(4)), args.value(5, QStringLiteral("100")).toInt());
    else if (mode == QLatin1String("view") && args.size() >= 5)
        code = view(app, args.at(2), args.at(3), secretFrom(args.at(4)), args.value(5).toInt());
    else
        std::fprintf(stderr, "usage: %s model URL USER SECRET_ENV [PAGE_SIZE] | view URL USER SECRET_ENV [BATCH_MS]\n",
                     argv[0]);
    net::releaseSharedNetworkAccess();
    return code;
}
