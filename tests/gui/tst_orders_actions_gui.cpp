// The day's work on orders, driven through the real window on the offscreen platform against the in-process
// sandbox: a status change of many orders (one confirmation naming them, progress, each order's result on its
// line, one history row each, the shop's reason where it refused), the History page, "All orders" merging
// every profile with its source, the column chooser remembered, and the status bar saying what is shown.
#include "AllOrdersView.h"
#include "GuiTestSupport.h"
#include "HistoryView.h"
#include "I18n.h"
#include "MainWindow.h"
#include "OrderDetailPane.h"
#include "OrderFilterBar.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "ProfileItemDelegate.h"
#include "ProfileListModel.h"
#include "Sandbox.h"
#include "StatusChangeDialog.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "audit/AuditLog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace kontor;
using namespace kontor::gui;

namespace {

sandbox::SandboxOptions options(int orders)
{
    return test::sandboxOptions(orders);
}

Profile addProfile(ProfileStore& store, SecretStore& secrets, Service service, const QString& id, const QString& name,
                   const QUrl& url)
{
    return test::addSandboxProfile(store, secrets, service, id, name, url);
}

int statusChanges(const sandbox::Sandbox& sandbox)
{
    return sandbox.counters()
        .value(QStringLiteral("printlounge"))
        .toObject()
        .value(QStringLiteral("statusChanges"))
        .toInt(-1);
}

void selectRows(QTableView* table, int count)
{
    table->clearSelection();
    QItemSelection selection;
    selection.select(table->model()->index(0, 0), table->model()->index(count - 1, table->model()->columnCount() - 1));
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

class TestOrdersActionsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus"); }
    void init()
    {
        // Each test has a history file of its own.
        qputenv("KONTOR_DATA_DIR", test::makeTestDir(QStringLiteral("gui-actions-data")).toUtf8());
    }

    void statusOfFiftyOrdersChangesWithOneHistoryRowEach()
    {
        sandbox::Sandbox sandbox(options(120));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-actions-status")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile profile = addProfile(store, secrets, Service::Printlounge, QStringLiteral("pl-1"),
                                           QStringLiteral("Druckerei"), sandbox.url(QStringLiteral("printlounge")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(profile.id);
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == 120, 30000);
        // The status bar says what is shown and when.
        QTRY_VERIFY2(window.shownText().startsWith(QStringLiteral("120 orders · updated ")),
                     qPrintable(window.shownText()));

        // Nothing selected: nothing to change. Fifty selected: the toolbar's action opens the confirmation.
        QVERIFY(!view->changeStatusAction()->isEnabled());
        selectRows(view->table(), 50);
        QVERIFY(view->changeStatusAction()->isEnabled());
        view->changeStatusAction()->trigger();
        auto* dialog = view->findChild<StatusChangeDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->ordersTable()->rowCount(), 50);
        QSet<QString> listed;
        for (int row = 0; row < 50; ++row)
            listed.insert(dialog->ordersTable()->item(row, 0)->text());
        QCOMPARE(listed.size(), 50);
        // The confirmation names the orders (its list) and the new status, by name, with how many.
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(QStringLiteral("62")));
        QCOMPARE(dialog->chosenStatus(), QStringLiteral("62"));
        QVERIFY(dialog->applyButton()->isEnabled());
        QCOMPARE(dialog->applyButton()->text(), QStringLiteral("Change 50 orders to Versandt (62)"));

        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("statusChangeProgress"));
        QVERIFY(progress && progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        QCOMPARE(progress->value(), 50);

        // The shop got 50 changes; the history has 50 rows; every line says what happened.
        QCOMPARE(statusChanges(sandbox), 50);
        QList<AuditEntry> rows = test::auditRows(window.auditLog());
        QTRY_COMPARE_WITH_TIMEOUT((rows = test::auditRows(window.auditLog())).size(), 50, 10000);
        QSet<QString> recorded;
        for (const AuditEntry& e : std::as_const(rows)) {
            QCOMPARE(e.action, QStringLiteral("order.status"));
            QCOMPARE(e.newValue, QStringLiteral("62"));
            QCOMPARE(e.outcome, AuditEntry::Outcome::Done);
            QCOMPARE(e.profileName, QStringLiteral("Druckerei"));
            recorded.insert(e.target);
        }
        QCOMPARE(recorded, listed);
        for (int row = 0; row < 50; ++row)
            QCOMPARE(dialog->ordersTable()->item(row, 3)->text(), QStringLiteral("Changed to Versandt (62)"));
        // The list shows the new status without a reload.
        int shipped = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            shipped += view->model()->orderAt(row)->status == QLatin1String("62") ? 1 : 0;
        QVERIFY2(shipped >= 50, qPrintable(QString::number(shipped)));
        dialog->close();

        // A change the shop refuses: its reason on the order's line, a "refused" row in the history.
        selectRows(view->table(), 1);
        view->changeStatusAction()->trigger();
        QTRY_VERIFY(view->findChildren<StatusChangeDialog*>().size() == 1);
        dialog = view->findChild<StatusChangeDialog*>();
        dialog->statusBox()->setEditText(QStringLiteral("123456"));
        QCOMPARE(dialog->chosenStatus(), QStringLiteral("123456"));
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        const QString line = dialog->ordersTable()->item(0, 3)->text();
        QVERIFY2(line.contains(QLatin1String("order_status must be an integer status code")), qPrintable(line));
        QVERIFY2(line.startsWith(QLatin1String("Refused by the shop")), qPrintable(line));
        QCOMPARE(statusChanges(sandbox), 50);
        QTRY_COMPARE_WITH_TIMEOUT((rows = test::auditRows(window.auditLog())).size(), 51, 10000);
        QCOMPARE(rows.last().outcome, AuditEntry::Outcome::Refused);
        QVERIFY(rows.last().message.contains(QLatin1String("order_status must be an integer status code")));
        dialog->close();

        // The History page lists them, newest first, with the status names; its search narrows them.
        window.showHistory();
        HistoryView* page = window.historyView();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 51, 10000);
        QCOMPARE(page->proxyModel()->index(0, HistoryTableModel::OutcomeText).data().toString(),
                 QStringLiteral("Refused by the shop"));
        QCOMPARE(page->proxyModel()->index(1, HistoryTableModel::After).data().toString(),
                 QStringLiteral("Versandt (62)"));
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("historyFilter"));
        // An order changed once (not the one refused afterwards, which has two rows).
        QString once;
        for (const QString& code : std::as_const(recorded)) {
            if (code != rows.last().target)
                once = code;
        }
        search->setText(once);
        QTRY_COMPARE(page->proxyModel()->rowCount(), 1);
        search->setText(rows.last().target);
        QTRY_COMPARE(page->proxyModel()->rowCount(), recorded.contains(rows.last().target) ? 2 : 1);
        search->setText(QStringLiteral("no such thing"));
        QTRY_COMPARE(page->proxyModel()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("historyEmpty"))->isVisible());
        search->clear();
        // CSV of the history: header and 51 rows.
        const QString csv = test::makeTestDir(QStringLiteral("gui-actions-csv")) + QStringLiteral("/history.csv");
        QSignalSpy exported(page, &HistoryView::exported);
        page->exportCsvTo(csv);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count('\n'), 52);
        QVERIFY(window.shownText().contains(QLatin1String("51")));
    }

    void allOrdersMergesEveryProfileWithItsSource()
    {
        sandbox::Sandbox sandbox(options(60));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-actions-all")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile pl = addProfile(store, secrets, Service::Printlounge, QStringLiteral("pl-1"),
                                      QStringLiteral("Druckerei"), sandbox.url(QStringLiteral("printlounge")));
        const Profile vp = addProfile(store, secrets, Service::Virtpos, QStringLiteral("vp-1"), QStringLiteral("Kasse"),
                                      sandbox.url(QStringLiteral("virtpos")));
        // One profile that cannot be reached: named with its reason, the others' rows stay.
        addProfile(store, secrets, Service::Printlounge, QStringLiteral("pl-2"), QStringLiteral("Filiale"),
                   QUrl(QStringLiteral("http://127.0.0.1:1")));
        MainWindow window(&store, &secrets);
        window.show();
        window.showAllOrders();
        AllOrdersView* all = window.allOrdersView();
        QTRY_VERIFY_WITH_TIMEOUT(!all->isBusy(), 30000);
        QCOMPARE(all->model()->rowCount(), 120);
        QSet<QString> sources;
        for (int row = 0; row < all->model()->rowCount(); ++row)
            sources.insert(all->model()->index(row, OrdersTableModel::Source).data().toString());
        QCOMPARE(sources, (QSet<QString>{QStringLiteral("Druckerei"), QStringLiteral("Kasse")}));
        // The source is the first column on screen; status names follow each row's own profile.
        QCOMPARE(all->table()->horizontalHeader()->logicalIndex(0), int(OrdersTableModel::Source));
        auto* banner = all->findChild<QWidget*>(QStringLiteral("allOrdersBanner"));
        QVERIFY(banner && banner->isVisible());
        QString bannerText;
        for (const QLabel* label : banner->findChildren<QLabel*>())
            bannerText += label->text();
        QVERIFY2(bannerText.contains(QLatin1String("'Filiale'")), qPrintable(bannerText));
        QVERIFY2(window.shownText().startsWith(QLatin1String("120 orders from every profile")),
                 qPrintable(window.shownText()));

        // The search works across the sources.
        auto* filter = all->findChild<QLineEdit*>(QStringLiteral("allOrdersFilter"));
        filter->setText(QStringLiteral("Kasse"));
        QTRY_COMPARE(all->proxyModel()->rowCount(), 60);
        filter->setText(all->model()->orderAt(0)->number);
        QTRY_VERIFY(all->proxyModel()->rowCount() >= 1);
        // A click on a profile goes back to its own list.
        window.selectProfile(pl.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->model()->rowCount() == 60, 30000);
        Q_UNUSED(vp);

        // The sidebar: a profile shows how many orders it listed; one whose last call failed is marked.
        ProfileListModel* profiles = window.profileModel();
        const QModelIndex good = profiles->indexOfId(pl.id);
        QTRY_COMPARE(good.data(ProfileListModel::OrderCountRole).toInt(), 60);
        QCOMPARE(ProfileItemDelegate::countText(good), QStringLiteral("60"));
        QCOMPARE(good.data(Qt::ToolTipRole).toString(), QStringLiteral("Printlounge · 60 orders"));
        window.selectProfile(QStringLiteral("pl-2"));
        const QModelIndex bad = profiles->indexOfId(QStringLiteral("pl-2"));
        QTRY_VERIFY_WITH_TIMEOUT(!bad.data(ProfileListModel::FailureRole).toString().isEmpty(), 30000);
        QVERIFY(ProfileItemDelegate::countText(bad).isEmpty());
        QVERIFY(bad.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("The last call failed: ")));
        QVERIFY(good.data(ProfileListModel::FailureRole).toString().isEmpty());
    }

    // The screenshots in docs/ (orders with the detail open, all orders, the history), in English and German:
    // KONTOR_SCREENSHOT_DIR=docs/screenshots tests/tst_orders_actions_gui screenshots. Skipped otherwise.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        const test::ScopedLanguage scope(language);
        QVERIFY2(scope.ok(), qPrintable(scope.loaded()));
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-actions-shots")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        {
            MainWindow window(&store, &secrets);
            window.resize(1280, 800);
            window.show();
            QVERIFY(window.startDemo().ok());
            OrdersView* view = window.ordersView();
            QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() > 0, 30000);
            // A few orders change status, so the history has something to show.
            selectRows(view->table(), 4);
            StatusChangeDialog* dialog = view->changeStatusOfSelection();
            QVERIFY(dialog);
            dialog->statusBox()->setCurrentIndex(1);
            dialog->apply();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
            dialog->grab().save(dir + QStringLiteral("/status-change-%1.png").arg(language));
            dialog->close();
            selectRows(view->table(), 1);
            view->openAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(view->detail()->isVisible() && !view->detail()->isLoading(), 30000);
            QTest::qWait(300);
            window.grab().save(dir + QStringLiteral("/orders-detail-%1.png").arg(language));
            // The shop's filters, open, a status picked by its name.
            view->filtersButton()->click();
            if (auto* status = qobject_cast<QComboBox*>(view->filterBar()->input(QStringLiteral("orderStatus"))))
                status->setCurrentIndex(qMin(1, status->count() - 1));
            QTest::qWait(200);
            window.grab().save(dir + QStringLiteral("/orders-filters-%1.png").arg(language));
            view->filtersButton()->click();
            window.showAllOrders();
            QTRY_VERIFY_WITH_TIMEOUT(!window.allOrdersView()->isBusy(), 60000);
            QTest::qWait(300);
            window.grab().save(dir + QStringLiteral("/all-orders-%1.png").arg(language));
            window.showHistory();
            QTRY_VERIFY_WITH_TIMEOUT(window.historyView()->model()->rowCount() >= 4, 30000);
            QTest::qWait(300);
            window.grab().save(dir + QStringLiteral("/history-%1.png").arg(language));
        }
    }

    void columnChooserIsRememberedPerView()
    {
        sandbox::Sandbox sandbox(options(20));
        QVERIFY(sandbox.start());
        const QString config = test::makeTestDir(QStringLiteral("gui-actions-columns"));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        {
            ProfileStore store(config);
            const Profile p = addProfile(store, secrets, Service::Printlounge, QStringLiteral("pl-1"),
                                         QStringLiteral("Druckerei"), sandbox.url(QStringLiteral("printlounge")));
            MainWindow window(&store, &secrets);
            window.show();
            window.selectProfile(p.id);
            OrdersView* view = window.ordersView();
            QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == 20, 30000);
            QVERIFY(!view->table()->isColumnHidden(OrdersTableModel::Paid));
            // The header's context menu has one entry per column (not the source: one profile here).
            QMenu* menu = view->columnMenu();
            QAction* paid = nullptr;
            int entries = 0;
            for (QAction* a : menu->actions()) {
                if (!a->isCheckable())
                    continue;
                ++entries;
                if (a->data().toInt() == OrdersTableModel::Paid) {
                    paid = a;
                    QCOMPARE(a->text(), view->model()->headerData(OrdersTableModel::Paid, Qt::Horizontal).toString());
                }
            }
            QCOMPARE(entries, int(OrdersTableModel::ColumnCount) - 1);
            QVERIFY(paid && paid->isChecked());
            paid->setChecked(false);
            QVERIFY(view->table()->isColumnHidden(OrdersTableModel::Paid));
            // Reloading does not bring it back.
            view->reload();
            QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == 20, 30000);
            QVERIFY(view->table()->isColumnHidden(OrdersTableModel::Paid));
            window.close(); // saves the window's settings
        }
        // A new start: the same profile, the window's settings read back from the config folder.
        ProfileStore store(config);
        addProfile(store, secrets, Service::Printlounge, QStringLiteral("pl-1"), QStringLiteral("Druckerei"),
                   sandbox.url(QStringLiteral("printlounge")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(QStringLiteral("pl-1"));
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == 20, 30000);
        QVERIFY(view->table()->isColumnHidden(OrdersTableModel::Paid));
        QVERIFY(!view->isColumnShown(OrdersTableModel::Paid));
        view->setColumnShown(OrdersTableModel::Paid, true);
        QVERIFY(!view->table()->isColumnHidden(OrdersTableModel::Paid));
    }
};

QTEST_MAIN(TestOrdersActionsGui)
#include "tst_orders_actions_gui.moc"
