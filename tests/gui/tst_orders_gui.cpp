// The orders view as staff meet it, with real widgets on the offscreen platform and the in-process sandbox:
// every order of the shop loads in the background with progress (rows appear as they arrive, the window
// answers meanwhile), Cancel keeps what came and "Load more orders" goes on from there, the filter searches
// everything loaded, and dates, amounts and status names read in the person's language.
#include "MainWindow.h"
#include "OrderDetailPane.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
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
            const std::optional<OrderSummary> o = view->model()->orderAt(row);
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

    void copyAsTabSeparatedAndExportAsCsv()
    {
        sandbox::Sandbox sandbox(options(60));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-orders-export")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const QString id = addProfile(store, secrets, sandbox.url(QStringLiteral("printlounge")),
                                      {{QStringLiteral("61"), QStringLiteral("In Bearbeitung, Müller")}});
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(id);
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->isBusy(), 20000);
        const int rows = view->proxyModel()->rowCount();

        // Ctrl+C on three selected rows: the header and those rows, tab-separated (not one cell).
        QTableView* table = view->table();
        table->setFocus();
        table->selectRow(0);
        table->selectionModel()->select(view->proxyModel()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first().split(QLatin1Char('\t')), view->visibleHeader());
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).first(),
                 view->proxyModel()->index(0, OrdersTableModel::Number).data().toString());

        // Export: every row shown, RFC 4180, UTF-8 with BOM; the banner says where it went.
        const QString path = test::makeTestDir(QStringLiteral("gui-orders-export-out")) + QStringLiteral("/orders.csv");
        QSignalSpy exported(view, &RecordsView::exported);
        view->exportCsvTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QVERIFY(exported.first().at(2).value<Error>().ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QCOMPARE(text.count(QStringLiteral("\r\n")), rows + 1);
        if (text.contains(QLatin1String("Müller")))
            QVERIFY(text.contains(QLatin1String("\"In Bearbeitung, Müller (61)\""))); // quoted: it holds a comma
        auto* banner = view->findChild<QWidget*>(QStringLiteral("ordersBanner"));
        QVERIFY(banner && banner->isVisible());

        // A place that cannot be written is said in words, and nothing hangs.
        view->exportCsvTo(QStringLiteral("/nonexistent-dir/x/orders.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 10000);
        QCOMPARE(exported.at(1).at(2).value<Error>().kind, Error::Kind::Storage);
    }

    void enterOpensTheOrderWithItsCartInWords()
    {
        sandbox::Sandbox sandbox(options(60));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-orders-detail")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const QString id = addProfile(store, secrets, sandbox.url(QStringLiteral("printlounge")));
        MainWindow window(&store, &secrets);
        window.resize(1400, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectProfile(id);
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->isBusy(), 20000);
        OrderDetailPane* detail = view->detail();
        QVERIFY(!detail->isVisible());

        QTableView* table = view->table();
        table->setFocus();
        table->setCurrentIndex(view->proxyModel()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(detail->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isLoading() && detail->itemsModel()->rowCount() > 0, 20000);
        const QString number = view->proxyModel()->index(0, OrdersTableModel::Number).data().toString();
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("orderDetailTitle"))->text(),
                 QStringLiteral("Order %1").arg(number));
        // The items' types in words; the header grouped; flags and amounts for a person.
        QStringList types;
        for (int row = 0; row < detail->itemsModel()->rowCount(); ++row)
            types << detail->itemsModel()->index(row, 0).data().toString();
        QVERIFY2(types.contains(QStringLiteral("Shipping")), qPrintable(types.join(u',')));
        QStringList groups;
        bool paidInWords = false;
        for (const auto& [where, value] : detail->shownFields()) {
            groups << where.section(QLatin1Char('/'), 0, 0);
            if (where.endsWith(QLatin1String("/status_paid")))
                paidInWords = value == QLatin1String("paid") || value == QLatin1String("not paid");
        }
        for (const char* group : {"Delivery address", "Payment", "Amounts", "Dates"})
            QVERIFY2(groups.contains(QLatin1String(group)), group);
        QVERIFY(paidInWords);
        if (const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/kontor-order-detail.png"));

        // Esc closes it; the list keeps the focus.
        QTest::keyClick(table, Qt::Key_Escape);
        QTRY_VERIFY(!detail->isVisible());
        QVERIFY(table->hasFocus());
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
        const std::optional<OrderSummary> first = view->model()->orderAt(0);
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
            const std::optional<OrderSummary> o = view->model()->orderAt(row);
            if (o->amount.contains(QLatin1Char('.'))) {
                const QString shown = view->model()->index(row, OrdersTableModel::Amount).data().toString();
                QVERIFY2(shown.contains(QLatin1Char(',')), qPrintable(shown));
                break;
            }
        }
        // Sorting by date sorts by the moment, not by the localized text: the sort keys of any two rows are
        // in the order of their dates (tst_orderstablemodel sorts dates of every form).
        const QAbstractItemModel* m = view->model();
        for (int row = 1; row < m->rowCount(); ++row) {
            const QDateTime a =
                QDateTime::fromString(view->model()->orderAt(row - 1)->created, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QDateTime b =
                QDateTime::fromString(view->model()->orderAt(row)->created, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QVariant keyA = m->index(row - 1, OrdersTableModel::Created).data(OrdersTableModel::SortRole);
            const QVariant keyB = m->index(row, OrdersTableModel::Created).data(OrdersTableModel::SortRole);
            QCOMPARE(a < b, QVariant::compare(keyA, keyB) == QPartialOrdering::Less);
        }
    }
};

QTEST_MAIN(TestOrdersGui)
#include "tst_orders_gui.moc"
