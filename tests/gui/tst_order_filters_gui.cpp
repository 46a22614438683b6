// The shop's own filters in the orders view, driven through the real window on the offscreen platform against
// the in-process sandbox: Filters opens the service's inputs (printlounge: order status by name, paid;
// VirtualPOS: dates), Apply loads again with only what the shop sends for them (the sandbox filters, so the
// count proves the filter reached it), the list says it is filtered, and Clear brings every order back.
// The search box, meanwhile, looks at the loaded rows, item names included.
#include "MainWindow.h"
#include "OrderFilterBar.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using namespace kontor::gui;

namespace {

Profile addProfile(ProfileStore& store, SecretStore& secrets, Service service, const QString& id, const QUrl& url)
{
    return test::addSandboxProfile(store, secrets, service, id, id, url);
}

int rowsWith(const OrdersTableModel* model, int role, const QString& value)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->index(row, OrdersTableModel::Status).data(role).toString() == value ? 1 : 0;
    return n;
}

} // namespace

class TestOrderFiltersGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        qputenv("KONTOR_DATA_DIR", test::makeTestDir(QStringLiteral("gui-filters-data")).toUtf8());
    }

    void printloungeStatusFilterLoadsOnlyThoseOrders()
    {
        sandbox::Sandbox sandbox(test::sandboxOptions(150));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-filters-pl")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile profile = addProfile(store, secrets, Service::Printlounge, QStringLiteral("Druckerei"),
                                           sandbox.url(QStringLiteral("printlounge")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(profile.id);
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == 150, 30000);
        const int shipped = rowsWith(view->model(), OrdersTableModel::StatusCodeRole, QStringLiteral("62"));
        QVERIFY(shipped > 0 && shipped < 150);

        // Filters shows the service's inputs, each with its label; nothing is applied yet.
        QToolButton* button = view->filtersButton();
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Filters"));
        QVERIFY(!view->filterBar()->isVisible());
        button->click();
        QVERIFY(view->filterBar()->isVisible());
        auto* status = qobject_cast<QComboBox*>(view->filterBar()->input(QStringLiteral("orderStatus")));
        auto* paid = qobject_cast<QComboBox*>(view->filterBar()->input(QStringLiteral("statusPaid")));
        QVERIFY(status && paid);
        QVERIFY(view->filterBar()->input(QStringLiteral("status")));
        QVERIFY(!view->filterBar()->input(QStringLiteral("datefrom"))); // a VirtualPOS filter
        QVERIFY(view->filterBar()->filters().isEmpty());

        // The status by its name; the shop sends only those orders.
        status->setCurrentIndex(status->findText(QStringLiteral("Versandt (62)")));
        QCOMPARE(view->filterBar()->filters(),
                 (QList<QPair<QString, QString>>{{QStringLiteral("orderStatus"), QStringLiteral("62")}}));
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("orderFilterApply")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == shipped, 30000);
        QCOMPARE(rowsWith(view->model(), OrdersTableModel::StatusCodeRole, QStringLiteral("62")), shipped);
        QCOMPARE(button->text(), QStringLiteral("Filters (1)"));
        auto* count = view->findChild<QLabel*>(QStringLiteral("ordersCount"));
        QVERIFY(count);
        QTRY_VERIFY(count->text().contains(QStringLiteral("Order status: Versandt (62)")));

        // A code typed in, and paid: the two together.
        status->setEditText(QStringLiteral("61"));
        paid->setCurrentIndex(paid->findData(QStringLiteral("1")));
        QCOMPARE(view->filterBar()->filters(),
                 (QList<QPair<QString, QString>>{{QStringLiteral("orderStatus"), QStringLiteral("61")},
                                                 {QStringLiteral("statusPaid"), QStringLiteral("1")}}));
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("orderFilterApply")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() > 0 && view->model()->rowCount() < 150 &&
                                     rowsWith(view->model(), OrdersTableModel::StatusCodeRole, QStringLiteral("61")) ==
                                         view->model()->rowCount(),
                                 30000);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->orderAt(row)->paid, QStringLiteral("yes"));
        QCOMPARE(button->text(), QStringLiteral("Filters (2)"));

        // Clear: every order again.
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("orderFilterClear")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == 150, 30000);
        QCOMPARE(button->text(), QStringLiteral("Filters"));
        QVERIFY(!count->text().contains(QStringLiteral("filters")));
    }

    void virtposDateFilterAndTheSearchOverItemNames()
    {
        sandbox::Sandbox sandbox(test::sandboxOptions(80));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-filters-vp")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile profile = addProfile(store, secrets, Service::Virtpos, QStringLiteral("Kasse"),
                                           sandbox.url(QStringLiteral("virtpos")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(profile.id);
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() > 10, 30000);
        const int total = view->model()->rowCount();

        // The search box finds an order by the name of an item in it (no column shows item names).
        const std::optional<OrderSummary> first = view->model()->orderAt(0);
        QVERIFY(first && !first->items.isEmpty());
        const QString itemName = first->items.first().name;
        auto* search = view->findChild<QLineEdit*>(QStringLiteral("ordersFilter"));
        search->setText(itemName);
        QVERIFY(view->proxyModel()->rowCount() >= 1);
        QVERIFY(view->proxyModel()->rowCount() < total || total == 1);
        bool found = false;
        for (int row = 0; row < view->proxyModel()->rowCount(); ++row) {
            const QModelIndex source = view->proxyModel()->mapToSource(view->proxyModel()->index(row, 0));
            found = found || view->model()->orderAt(source.row())->id == first->id;
        }
        QVERIFY(found);
        search->clear();

        // From a day in the middle of the orders' dates: the shop sends only the orders from that day on.
        QList<QDate> days;
        for (int row = 0; row < total; ++row)
            days << QDate::fromString(view->model()->orderAt(row)->created.left(10), Qt::ISODate);
        std::sort(days.begin(), days.end());
        const QDate middle = days.at(days.size() / 2);
        QVERIFY(middle.isValid());
        const int expected =
            static_cast<int>(std::count_if(days.cbegin(), days.cend(), [&](const QDate& d) { return d >= middle; }));
        view->filtersButton()->click();
        auto* from = qobject_cast<QDateEdit*>(view->filterBar()->input(QStringLiteral("datefrom")));
        QVERIFY(from);
        QVERIFY(!view->filterBar()->input(QStringLiteral("orderStatus"))); // a printlounge filter
        from->setDate(middle);
        if (const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/orders-filters-virtpos.png"));
        QCOMPARE(view->filterBar()->filters(),
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("datefrom"), middle.toString(QStringLiteral("yyyyMMdd"))}}));
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("orderFilterApply")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == expected, 30000);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(QDate::fromString(view->model()->orderAt(row)->created.left(10), Qt::ISODate) >= middle);
    }
};

QTEST_MAIN(TestOrderFiltersGui)
#include "tst_order_filters_gui.moc"
