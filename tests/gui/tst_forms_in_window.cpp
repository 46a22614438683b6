// Where the record forms live in the window: a VirtualPOS profile has Customers and Discount cards tabs (the
// customers list loads by itself, the status bar counts it); a Webshippy profile's Products tab offers "New
// product…" and "New bundle…", each opening its form beside the window.
#include "BundleForm.h"
#include "CustomersView.h"
#include "MainWindow.h"
#include "PlaceholderPage.h"
#include "ProductForm.h"
#include "ProductsView.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTest>

using namespace kontor;
using namespace kontor::gui;

namespace {

bool selectTab(QTabBar* tabs, Capability capability)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toInt() == static_cast<int>(capability)) {
            tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace

class TestFormsInWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus"); }
    void init() { qputenv("KONTOR_DATA_DIR", test::makeTestDir(QStringLiteral("gui-forms-window")).toUtf8()); }

    void virtposProfilesHaveCustomersAndCards()
    {
        sandbox::Sandbox sandbox(test::sandboxOptions(5));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-forms-window-vp")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile p = test::addSandboxProfile(store, secrets, Service::Virtpos, QStringLiteral("vp"),
                                                  QStringLiteral("Kasse"), sandbox.url(QStringLiteral("virtpos")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(p.id);
        QTabBar* tabs = window.capabilityTabs();
        QVERIFY(tabs->isVisible());
        QVERIFY(selectTab(tabs, Capability::Customers));
        CustomersView* customers = window.customersView();
        QVERIFY(customers->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!customers->isBusy() && customers->proxyModel()->rowCount() > 0, 30000);
        const int rows = customers->proxyModel()->rowCount();
        QTRY_COMPARE(window.shownText().section(QLatin1Char(' '), 0, 1),
                     QStringLiteral("%1 customers").arg(QLocale().toString(rows)));
        // Another tab: the list forgets its profile (one list works at a time).
        QVERIFY(selectTab(tabs, Capability::Cards));
        QVERIFY(window.cardsPage()->isVisible());
        QVERIFY(customers->profileId().isEmpty());
    }

    void webshippyProductsOpenTheProductAndBundleForms()
    {
        sandbox::Sandbox sandbox(test::sandboxOptions(5));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-forms-window-ws")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile p = test::addSandboxProfile(store, secrets, Service::Webshippy, QStringLiteral("ws"),
                                                  QStringLiteral("Lager"), sandbox.url(QStringLiteral("webshippy")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(p.id);
        QVERIFY(selectTab(window.capabilityTabs(), Capability::Products));
        ProductsView* products = window.productsView();
        QTRY_VERIFY_WITH_TIMEOUT(!products->isBusy() && products->proxyModel()->rowCount() > 0, 30000);
        QTRY_VERIFY(products->newBundleButton()->isEnabled());
        QTest::mouseClick(products->newBundleButton(), Qt::LeftButton);
        auto* bundle = window.findChild<BundleForm*>();
        QVERIFY(bundle);
        QVERIFY(bundle->isVisible());
        QVERIFY(bundle->windowTitle().contains(QStringLiteral("Lager")));
        bundle->close();
        QTRY_VERIFY(!window.findChild<BundleForm*>());
        QVERIFY(products->newProductButton()->isEnabled());
        QTest::mouseClick(products->newProductButton(), Qt::LeftButton);
        QVERIFY(window.findChild<ProductForm*>());
        window.findChild<ProductForm*>()->close();
        QTRY_VERIFY(!window.findChild<ProductForm*>());
    }
};

QTEST_MAIN(TestFormsInWindow)
#include "tst_forms_in_window.moc"
