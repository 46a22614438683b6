// Where the record forms live in the window: a VirtualPOS profile has Customers and Discount cards tabs (the
// customers list loads by itself, the status bar counts it); a Webshippy profile's Products tab offers "New
// product…" and "New bundle…", each opening its form beside the window.
#include "BundleForm.h"
#include "CardForm.h"
#include "CustomerForm.h"
#include "CustomersView.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlaceholderPage.h"
#include "ProductForm.h"
#include "ProductsView.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"
#include "services/ClientRegistry.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
private:
    // One of each record form, new, for a VirtualPOS and a Webshippy profile; the caller deletes them.
    static QList<QWidget*> everyForm(ClientRegistry& clients)
    {
        Profile virtpos = Profile::defaultsFor(Service::Virtpos);
        virtpos.name = QStringLiteral("Kasse");
        Profile webshippy = Profile::defaultsFor(Service::Webshippy);
        webshippy.name = QStringLiteral("Lager");
        return {new CardForm(&clients, nullptr, virtpos),
                new CustomerForm(&clients, nullptr, virtpos, std::nullopt, nullptr),
                new ProductForm(&clients, nullptr, webshippy, std::nullopt, nullptr),
                new BundleForm(&clients, nullptr, webshippy, nullptr)};
    }

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

    // Alt+letter reaches one control only in each record form, in every language.
    void accessKeysOfEveryFormAreUniqueInEveryLanguage()
    {
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ClientRegistry clients(&secrets);
        QStringList problems;
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            for (QWidget* form : everyForm(clients)) {
                for (const QString& clash : test::accessKeyClashes(form))
                    problems << language + QLatin1Char(' ') + form->metaObject()->className() + QStringLiteral(": ") +
                                    clash;
                delete form;
            }
        }
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << "access key:" << problem;
        QVERIFY2(problems.isEmpty(), "several controls share an access key (listed above)");
    }

    // Every input of every record form has a label whose buddy it is (screen readers name it, Alt+letter
    // reaches it), except inputs that carry their own accessible name (a search box, a quantity in a table).
    void everyInputOfEveryFormHasALabel()
    {
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ClientRegistry clients(&secrets);
        for (QWidget* form : everyForm(clients)) {
            QSet<const QWidget*> buddies;
            for (const QLabel* label : form->findChildren<QLabel*>()) {
                if (label->buddy())
                    buddies.insert(label->buddy());
            }
            for (const QWidget* input : form->findChildren<QWidget*>()) {
                const bool isInput = qobject_cast<const QLineEdit*>(input) || qobject_cast<const QComboBox*>(input) ||
                                     qobject_cast<const QAbstractSpinBox*>(input) ||
                                     qobject_cast<const QPlainTextEdit*>(input);
                if (!isInput || qobject_cast<const QComboBox*>(input->parentWidget()) ||
                    qobject_cast<const QAbstractSpinBox*>(input->parentWidget()))
                    continue; // the line edit inside a combo box or spin box
                QVERIFY2(buddies.contains(input) || !input->accessibleName().isEmpty(),
                         qPrintable(form->metaObject()->className() + QStringLiteral(": ") + input->objectName()));
            }
            delete form;
        }
    }
};

QTEST_MAIN(TestFormsInWindow)
#include "tst_forms_in_window.moc"
