// The orders view as staff meet it, with real widgets on the offscreen platform and the in-process sandbox:
// every order of the shop loads in the background with progress (rows appear as they arrive, the window
// answers meanwhile), Cancel keeps what came and "Load more orders" goes on from there, the filter searches
// everything loaded, and dates, amounts and status names read in the person's language.
#include "MainWindow.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace kontor;
using namespace kontor::gui;

namespace {

sandbox::SandboxOptions options(int orders, int latencyMs = 0)
{
    sandbox::SandboxOptions o;
    o.user = QString::fromUtf8(test::SandboxUser);
    o.secret = QString::fromUtf8(test::SandboxSecret);
    o.orders = orders;
    o.faults.latencyMs = latencyMs;
    return o;
}

QString addProfile(ProfileStore& store, SecretStore& secrets, const QUrl& url, const QMap<QString, QString>& names = {})
{
    Profile p = Profile::defaultsFor(Service::Printlounge);
    p.id = QStringLiteral("orders-gui-1");
    p.name = QStringLiteral("Druckerei");
    p.baseUrl = url;
    p.user = QString::fromUtf8(test::SandboxUser);
    p.statusNames = names;
    if (const Error e = store.upsert(p); !e.ok())
        qWarning("upsert: %s", qPrintable(e.message));
    secrets.putSessionSecret(p.id, QString::fromUtf8(test::SandboxSecret));
    return p.id;
}

QSet<QString> idsOf(const OrdersView* view)
{
    QSet<QString> ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids.insert(view->model()->index(row, 0).data(OrdersTableModel::OrderIdRole).toString());
    return ids;
}

} // namespace

class TestOrdersGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus"); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void everyOrderLoadsInTheBackgroundCancelAndGoOn()
    {
        sandbox::Sandbox sandbox(options(1200, 5));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-orders-all")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const QString id = addProfile(store, secrets, sandbox.url(QStringLiteral("printlounge")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(id);
        OrdersView* view = window.ordersView();
        auto* cancel = view->findChild<QPushButton*>(QStringLiteral("ordersCancel"));
        auto* more = view->findChild<QPushButton*>(QStringLiteral("ordersMore"));
        auto* activity = window.findChild<QLabel*>(QStringLiteral("activityLabel"));
        QVERIFY(cancel && more && activity);

        // Rows appear while later pages are still on their way, and the status line counts them.
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && view->isBusy(), 20000);
        QVERIFY(view->table()->isVisible());
        QVERIFY(cancel->isVisible());
        QVERIFY2(activity->text().contains(QLatin1String("so far")), qPrintable(activity->text()));

        // The window keeps answering: a 5 ms timer never waits long while pages arrive.
        QElapsedTimer clock;
        qint64 worst = 0;
        QTimer tick;
        clock.start();
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] { worst = qMax(worst, clock.restart()); });
        tick.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 300, 20000);
        tick.stop();
        QVERIFY2(worst < 250, qPrintable(QString::number(worst))); // generous: a loaded sanitizer machine

        // Cancel: what came stays, nothing more arrives, "Load more orders" offers to go on.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 20000);
        const int kept = view->model()->rowCount();
        QVERIFY(kept > 0 && kept < 1200);
        QVERIFY(!cancel->isVisible());
        QVERIFY(more->isVisible());
        QTest::qWait(300);
        QCOMPARE(view->model()->rowCount(), kept);

        // Going on brings the rest, each order once.
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == 1200, 60000);
        QCOMPARE(idsOf(view).size(), 1200);
        QVERIFY(!more->isVisible());

        // The filter searches everything loaded, not a first page: the oldest order is found.
        QString oldest;
        qint64 smallest = std::numeric_limits<qint64>::max();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const OrderSummary* o = view->model()->orderAt(row);
            if (o->id.toLongLong() < smallest) {
                smallest = o->id.toLongLong();
                oldest = o->number;
            }
        }
        auto* filter = view->findChild<QLineEdit*>(QStringLiteral("ordersFilter"));
        filter->setText(oldest);
        QTRY_COMPARE(view->proxyModel()->rowCount(), 1);
        auto* count = view->findChild<QLabel*>(QStringLiteral("ordersCount"));
        if (count)
            QVERIFY2(count->text().contains(QLatin1String("1200")) || count->text().contains(QLatin1String("1,200")),
                     qPrintable(count->text()));
    }

    void datesAmountsAndStatusNamesInThePersonsLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        sandbox::Sandbox sandbox(options(40));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-orders-locale")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        // Every status the shop uses gets a German name.
        QMap<QString, QString> names;
        for (int code = 0; code < 1000; ++code)
            names.insert(QString::number(code), QStringLiteral("Stufe %1, wartet auf Rückmeldung").arg(code));
        const QString id = addProfile(store, secrets, sandbox.url(QStringLiteral("printlounge")), names);
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(id);
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->isBusy(), 20000);
        const OrderSummary* first = view->model()->orderAt(0);
        QVERIFY(first);
        const QString created = view->model()->index(0, OrdersTableModel::Created).data().toString();
        // "2025-05-27 20:07:00" reads "27.05.25 20:07" in German.
        const QDateTime wire = QDateTime::fromString(first->created, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY(wire.isValid());
        QCOMPARE(created, QLocale(QLocale::German, QLocale::Germany).toString(wire, QLocale::ShortFormat));
        QVERIFY2(created.contains(QLatin1Char('.')) && !created.contains(QLatin1Char('-')), qPrintable(created));
        const QString status = view->model()->index(0, OrdersTableModel::Status).data().toString();
        QCOMPARE(status, QStringLiteral("Stufe %1, wartet auf Rückmeldung (%1)").arg(first->status));
        // The names are never cut off: the column is as wide as its widest cell.
        const QFontMetrics metrics(view->table()->font());
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, OrdersTableModel::Status).data().toString();
            QVERIFY2(view->table()->columnWidth(OrdersTableModel::Status) > metrics.horizontalAdvance(text),
                     qPrintable(text));
        }
        // Amounts (where the list has them) use the German decimal comma.
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const OrderSummary* o = view->model()->orderAt(row);
            if (o->amount.contains(QLatin1Char('.'))) {
                const QString shown = view->model()->index(row, OrdersTableModel::Amount).data().toString();
                QVERIFY2(shown.contains(QLatin1Char(',')), qPrintable(shown));
                break;
            }
        }
        // Sorting by date sorts by the moment, not by the localized text.
        QCOMPARE(view->model()->index(0, OrdersTableModel::Created).data(OrdersTableModel::SortRole).typeId(),
                 QMetaType::QDateTime);
    }
};

QTEST_MAIN(TestOrdersGui)
#include "tst_orders_gui.moc"
