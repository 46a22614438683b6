// The main window with real widgets, the real in-process sandbox and real files: demo mode, the
// banners (no keychain, insecure http), the status bar while loading, and server errors in words.
#include "AboutDialog.h"
#include "CategoriesView.h"
#include "Components.h"
#include "DemoSession.h"
#include "ElidedLabel.h"
#include "GuiTestSupport.h"
#include "HelpMenu.h"
#include "I18n.h"
#include "KontorVersion.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "PlaceholderPage.h"
#include "ProductsTableModel.h"
#include "ProductsView.h"
#include "ProfileActions.h"
#include "ProfileItemDelegate.h"
#include "ProfileListModel.h"
#include "Sandbox.h"
#include "ShortcutsDialog.h"
#include "StatusChangeDialog.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "UserGuideDialog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace kontor;
using namespace kontor::gui;

namespace {

QString secret()
{
    return QString::fromUtf8(test::SandboxSecret);
}

// True when the text looks like UTF-8 read as Latin-1, or holds a replacement character.
bool looksMangled(const QString& text)
{
    return text.contains(QChar(0xFFFD)) || text.contains(QStringLiteral("Ã")) || text.contains(QStringLiteral("Â"));
}

bool hasNonAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Nothing in this suite may reach the real keychain: the keychain test below wants it broken.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        // KONTOR_UI_LANG=de (ru, hu) shows the screens in that language, to look at their screenshots.
        if (qEnvironmentVariableIsSet("KONTOR_UI_LANG")) {
            QLocale::setDefault(QLocale(qEnvironmentVariable("KONTOR_UI_LANG")));
            loadTranslations(QLocale());
        }
    }

    void demoModeShowsProfilesAndOrders()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-demo")));
        SecretStore secrets(SecretStore::Backend::Keychain);
        MainWindow window(&store, &secrets);
        window.show();
        QAbstractItemModelTester profilesTester(window.profileModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ordersTester(window.ordersView()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester productsTester(window.productsView()->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.ordersView()->proxyModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
        screenshot(window, QStringLiteral("kontor-welcome.png"));

        const Error started = window.startDemo();
        QVERIFY2(started.ok(), qPrintable(started.message));
        QVERIFY(window.demoSession());

        ProfileListModel* profiles = window.profileModel();
        QCOMPARE(profiles->rowCount(), 4);
        QStringList names;
        for (int row = 0; row < 4; ++row) {
            const QModelIndex index = profiles->index(row, 0);
            QVERIFY(index.data(ProfileListModel::DemoRole).toBool());
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
            names << index.data().toString();
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Demo OmniSeller"), QStringLiteral("Demo Printlounge"),
                                     QStringLiteral("Demo VirtualPOS"), QStringLiteral("Demo Webshippy")}));

        // Printlounge is shown first, and its first page arrives.
        const QString printlounge = window.demoSession()->firstOrdersProfileId();
        QCOMPARE(window.currentProfileId(), printlounge);
        QCOMPARE(profiles->indexOfId(printlounge).data().toString(), QStringLiteral("Demo Printlounge"));
        OrdersView* view = window.ordersView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
        QVERIFY(view->table()->isVisible());
        QCOMPARE(view->model()->columnCount(), int(OrdersTableModel::ColumnCount));
        QVERIFY(!view->model()->index(0, OrdersTableModel::Number).data().toString().isEmpty());
        // Nothing about the demo reached the keychain or a file.
        QVERIFY(!QFile::exists(store.filePath()));
        QVERIFY(!secrets.sessionOnly());

        // Every demo profile with orders: text arrives intact, Umlauts and all.
        bool sawNonAscii = false;
        for (int row = 0; row < profiles->rowCount(); ++row) {
            const QString id = profiles->index(row, 0).data(ProfileListModel::ProfileIdRole).toString();
            const Profile* p = store.findById(id);
            QVERIFY(p);
            window.selectProfile(id);
            // Orders where the service has them; Webshippy has products instead.
            RecordsView* shown = offers(p->service, Capability::Orders) ? static_cast<RecordsView*>(window.ordersView())
                                                                        : window.productsView();
            QVERIFY(shown->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!shown->isBusy(), 20000);
            QAbstractItemModel* model = shown->proxyModel()->sourceModel();
            QVERIFY2(model->rowCount() > 0, qPrintable(p->name + QLatin1String(": ") + shown->placeholder()->text()));
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QString text = model->index(r, c).data().toString();
                    QVERIFY2(!looksMangled(text), qPrintable(text));
                    sawNonAscii = sawNonAscii || hasNonAscii(text);
                }
            }
            screenshot(window, QStringLiteral("kontor-demo-%1.png").arg(serviceId(p->service)));
        }
        QVERIFY2(sawNonAscii, "no demo record showed a non-ASCII character");

        // The filter narrows the rows through the proxy.
        window.selectProfile(printlounge);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() > 0, 20000);
        const QString number = view->model()->index(3, OrdersTableModel::Number).data().toString();
        window.findChild<QLineEdit*>(QStringLiteral("ordersFilter"))->setText(number);
        QVERIFY(view->proxyModel()->rowCount() >= 1);
        QVERIFY(view->proxyModel()->rowCount() < view->model()->rowCount());

        screenshot(window, QStringLiteral("kontor-mainwindow.png"));
    }

    void statusBarShowsLoading()
    {
        sandbox::SandboxOptions options = sandboxOptions();
        options.faults.latencyMs = 300; // long enough to look at the status bar while waiting
        sandbox::Sandbox sandbox(options);
        QString why;
        QVERIFY2(sandbox.start(&why), qPrintable(why));
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-status")));
        SecretStore secrets(SecretStore::Backend::Keychain);
        const QString id = addProfile(store, secrets, QStringLiteral("Druckerei Köhler"), sandbox);
        MainWindow window(&store, &secrets);
        window.show();

        auto* label = window.findChild<QLabel*>(QStringLiteral("activityLabel"));
        auto* busy = window.findChild<QWidget*>(QStringLiteral("statusBusy"));
        QVERIFY(label && busy);
        window.selectProfile(id);
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->isBusy() || window.ordersView()->model()->rowCount() > 0, 5000);
        QVERIFY(window.ordersView()->isBusy());
        QCOMPARE(label->text(), QStringLiteral("Loading orders from 'Druckerei Köhler'…"));
        QVERIFY(busy->isVisible());
        QCOMPARE(window.ordersView()->placeholder()->kind(), PlaceholderPage::Kind::Loading);

        // Every page loads by itself; when the last is in, the status line is quiet again.
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->model()->rowCount() > 0 && !window.ordersView()->isBusy(), 20000);
        QVERIFY(label->text().isEmpty());
        QVERIFY(!busy->isVisible());
    }

    void serverErrorShowsMessageAndRetry()
    {
        sandbox::SandboxOptions options = sandboxOptions();
        options.faults.rateHtml200 = 1.0;
        sandbox::Sandbox sandbox(options);
        QString why;
        QVERIFY2(sandbox.start(&why), qPrintable(why));
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-error")));
        SecretStore secrets(SecretStore::Backend::Keychain);
        const QString id = addProfile(store, secrets, QStringLiteral("Wartungsshop"), sandbox);
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(id);

        PlaceholderPage* page = window.ordersView()->placeholder();
        QTRY_VERIFY_WITH_TIMEOUT(page->kind() == PlaceholderPage::Kind::Error, 30000);
        QVERIFY(page->isVisible());
        QVERIFY(!page->text().isEmpty());
        QVERIFY2(!page->text().contains(QLatin1Char('<')), qPrintable(page->text())); // no HTML page shown raw
        QVERIFY2(!page->text().contains(secret()), qPrintable(page->text()));
        QVERIFY(page->button()->isVisible());
        QCOMPARE(page->button()->text(), QStringLiteral("Retry"));
        QCOMPARE(window.ordersView()->model()->rowCount(), 0);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("activityLabel"))->text().isEmpty());
        screenshot(window, QStringLiteral("kontor-mainwindow-error.png"));

        // Retry asks again (and fails again, the sandbox is still in maintenance).
        QTest::mouseClick(page->button(), Qt::LeftButton);
        QCOMPARE(page->kind(), PlaceholderPage::Kind::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(page->kind() == PlaceholderPage::Kind::Error, 30000);
    }

    void aboutNamesVersions()
    {
        AboutDialog about;
        about.show();
        const QString version = about.findChild<QLabel*>(QStringLiteral("versionLabel"))->text();
        QVERIFY2(version.contains(QLatin1String(KONTOR_VERSION_STRING)), qPrintable(version));
        const QString components = about.findChild<QLabel*>(QStringLiteral("componentsLabel"))->text();
        QVERIFY2(components.contains(QLatin1String(qVersion())), qPrintable(components));
        QVERIFY2(components.contains(QLatin1String(KONTOR_QTKEYCHAIN_VERSION)), qPrintable(components));
        QVERIFY(!QByteArray(KONTOR_QTKEYCHAIN_VERSION).isEmpty());
        // Every library with its licence, from the same list as --version (Components.cpp).
        for (const Component& c : kontor::components().mid(1)) {
            QVERIFY2(components.contains(c.name + QLatin1Char(' ') + c.version), qPrintable(components));
            QVERIFY2(components.contains(c.licence), qPrintable(components));
        }
        const QString licence = about.findChild<QLabel*>(QStringLiteral("licenseLabel"))->text();
        QVERIFY2(licence.contains(QLatin1String("MIT")), qPrintable(licence));
        screenshot(about, QStringLiteral("kontor-about.png"));
    }

    void geometryIsRemembered()
    {
        const QString dir = test::makeTestDir(QStringLiteral("gui-main-geometry"));
        ProfileStore store(dir);
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        {
            MainWindow window(&store, &secrets);
            window.show();
            QVERIFY(window.width() >= 1000); // a sensible first size
            window.resize(900, 600);
            QVERIFY(window.close());
        }
        QVERIFY(QFile::exists(dir + QStringLiteral("/kontor-gui.ini")));
        MainWindow again(&store, &secrets);
        again.show();
        QCOMPARE(again.size(), QSize(900, 600));
    }

    void keychainBannerWhenSessionOnly()
    {
        // A store that is session-only from the start.
        {
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-memory")));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            MainWindow window(&store, &secrets);
            window.show();
            auto* banner = window.findChild<MessageBanner*>(QStringLiteral("keychainBanner"));
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->type(), MessageBanner::Type::Warning);
            QVERIFY2(banner->text().startsWith(QStringLiteral("Your system keychain is not available.")),
                     qPrintable(banner->text()));
        }
        // A keychain store that finds out at its first write (no session bus here).
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-nokeychain")));
        SecretStore secrets(SecretStore::Backend::Keychain);
        MainWindow window(&store, &secrets);
        window.show();
        auto* banner = window.findChild<MessageBanner*>(QStringLiteral("keychainBanner"));
        QVERIFY(!banner->isVisible());
        bool done = false;
        secrets.write(QStringLiteral("probe"), secret(), &window, [&](const Result<bool>&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(secrets.sessionOnly());
        QVERIFY(banner->isVisible());
    }

    void insecureProfileShowsWarning()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-insecure")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        Profile p = Profile::defaultsFor(Service::Printlounge);
        p.name = QStringLiteral("Testserver");
        p.user = QStringLiteral("api");
        p.baseUrl = QUrl(QStringLiteral("http://192.0.2.1:9/")); // TEST-NET-1: never answers
        p.allowInsecureHttp = true;
        p.timeouts.connectMs = 1000;
        p.timeouts.inactivityMs = 1000;
        p.timeouts.totalMs = 2000;
        p.id = QStringLiteral("insecure-1");
        QVERIFY(store.upsert(p).ok());
        Profile safe = p;
        safe.id = QStringLiteral("safe-1");
        safe.name = QStringLiteral("Sicher");
        safe.baseUrl = QUrl(QStringLiteral("https://192.0.2.1:9/"));
        safe.allowInsecureHttp = false;
        QVERIFY(store.upsert(safe).ok());
        secrets.putSessionSecret(p.id, secret());
        secrets.putSessionSecret(safe.id, secret());
        MainWindow window(&store, &secrets);
        window.show();
        auto* banner = window.findChild<MessageBanner*>(QStringLiteral("insecureBanner"));
        window.selectProfile(p.id);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("plain http")), qPrintable(banner->text()));
        screenshot(window, QStringLiteral("kontor-insecure.png"));
        window.selectProfile(safe.id);
        QVERIFY(!banner->isVisible());
    }

    // The toolbar's "Test connection" on a Printlounge profile whose password is not stored: before, an empty
    // Basic sign-in went out, a failed attempt toward the shop's 15-minute lock. Now nothing is sent, the
    // banner says why and offers to edit the profile.
    void testWithoutSecretSendsNothing()
    {
        sandbox::Sandbox sandbox(sandboxOptions());
        QString why;
        QVERIFY2(sandbox.start(&why), qPrintable(why));
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-nosecret")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        Profile p = Profile::defaultsFor(Service::Printlounge);
        p.id = QStringLiteral("no-secret-1");
        p.name = QStringLiteral("Ohne Passwort");
        p.baseUrl = sandbox.url(QStringLiteral("printlounge"));
        p.user = QString::fromUtf8(test::SandboxUser);
        QVERIFY(store.upsert(p).ok());
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(p.id);
        // The orders view asks too, and says what is missing instead of signing in with nothing.
        PlaceholderPage* page = window.ordersView()->placeholder();
        QTRY_VERIFY_WITH_TIMEOUT(page->kind() == PlaceholderPage::Kind::Error, 10000);
        QCOMPARE(page->text(), QCoreApplication::translate("kontor::ClientRegistry",
                                                           "No password or API key is stored for the profile '%1'. "
                                                           "Edit the profile to enter it.")
                                   .arg(p.name));
        QCOMPARE(page->button()->text(), QCoreApplication::translate("kontor::gui::RecordsView", "Edit profile…"));

        window.profileActions()->testAction()->trigger();
        auto* banner = window.findChild<MessageBanner*>(QStringLiteral("noticeBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        QVERIFY2(banner->text().startsWith(QCoreApplication::translate("kontor::gui::ProfileActions",
                                                                       "The connection to '%1' was not tested. %2")
                                               .arg(p.name, QString())
                                               .trimmed()),
                 qPrintable(banner->text()));
        QVERIFY(banner->actionButton()->isVisible());
        QTest::qWait(200);
        const QJsonObject requests = sandbox.counters()
                                         .value(QStringLiteral("printlounge"))
                                         .toObject()
                                         .value(QStringLiteral("requests"))
                                         .toObject();
        QVERIFY2(requests.isEmpty(), QJsonDocument(requests).toJson().constData());
        screenshot(window, QStringLiteral("kontor-nosecret.png"));
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QDialog*>(QStringLiteral("profileDialog")));
    }

    // What a service's document lists without defining it is shown as not offered, not hidden.
    void notOfferedCapabilitiesAreShown()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-capabilities")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        MainWindow window(&store, &secrets);
        window.show();
        QVERIFY(window.startDemo().ok());
        QString htk;
        for (const Profile& p : store.profiles()) {
            if (p.service == Service::Htk)
                htk = p.id;
        }
        window.selectProfile(htk);
        QTabBar* tabs = window.capabilityTabs();
        QVERIFY(tabs->isVisible());
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        const auto notOffered = [](Capability c) {
            return QCoreApplication::translate("kontor::gui::MainWindow", "%1 (not offered)").arg(capabilityName(c));
        };
        QCOMPARE(titles, (QStringList{capabilityName(Capability::Orders), capabilityName(Capability::Categories),
                                      notOffered(Capability::ProductUpload), notOffered(Capability::Stock)}));
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->model()->rowCount() > 0, 20000);
        // htk's categories: their own tab, the tree loaded in the background.
        tabs->setCurrentIndex(1);
        QVERIFY(window.categoriesView()->isVisible());
        QVERIFY(!window.ordersView()->isVisible());
        auto* tree = window.categoriesView()->findChild<QTreeView*>();
        QVERIFY(tree);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model() && tree->model()->rowCount() > 0, 20000);
        tabs->setCurrentIndex(3);
        auto* page = window.findChild<PlaceholderPage*>(QStringLiteral("servicePage"));
        QVERIFY(page->isVisible());
        QCOMPARE(page->text(), notOfferedText(Service::Htk, Capability::Stock));
        QVERIFY(!page->button()->isVisible());
        screenshot(window, QStringLiteral("kontor-not-offered.png"));
        tabs->setCurrentIndex(0);
        QVERIFY(window.ordersView()->isVisible());
    }

    // Help → Keyboard shortcuts: a window beside the main one, read from the actions themselves.
    void helpListsShortcutsFromTheActions()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-shortcuts")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        MainWindow window(&store, &secrets);
        window.show();
        auto* show = window.findChild<QAction*>(QStringLiteral("actionShortcuts"));
        QVERIFY(show);
        show->trigger();
        auto* dialog = window.findChild<ShortcutsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const auto keysOf = [&](const QString& actionText) {
            for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = dialog->list()->topLevelItem(i);
                if (item->text(0) == actionText)
                    return item->text(1);
            }
            return QString();
        };
        const QString refresh = QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText);
        QVERIFY(!refresh.isEmpty());
        QCOMPARE(keysOf(QStringLiteral("Refresh")), refresh);
        screenshot(*dialog, QStringLiteral("help-shortcuts.png"));
        QCOMPARE(keysOf(QStringLiteral("History")),
                 QKeySequence(Qt::CTRL | Qt::Key_H).toString(QKeySequence::NativeText));
        // Every action of the menus that has a shortcut is listed.
        int withKeys = 0;
        QSet<QAction*> seen;
        for (QAction* top : window.menuBar()->actions()) {
            for (QAction* a : top->menu()->actions()) {
                if (!a->shortcuts().isEmpty() && !seen.contains(a)) {
                    seen.insert(a);
                    ++withKeys;
                }
            }
        }
        int rows = 0;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            rows += dialog->list()->topLevelItem(i)->text(1).isEmpty() ? 0 : 1;
        QVERIFY2(rows >= withKeys, qPrintable(QStringLiteral("%1 rows, %2 actions").arg(rows).arg(withKeys)));

        // The list follows the actions: a changed shortcut shows when the list is asked for again.
        window.findChild<QAction*>(QStringLiteral("actionRefresh"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        show->trigger();
        QCOMPARE(window.findChildren<ShortcutsDialog*>().size(), 1); // brought forward, not a second one
        QCOMPARE(keysOf(QStringLiteral("Refresh")),
                 QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    }

    // Help → Open the log folder opens the folder the logs are written to, made if missing.
    void logFolderActionOpensTheLogFolder()
    {
        const QString dir = test::makeTestDir(QStringLiteral("gui-main-logs")) + QStringLiteral("/fresh/logs");
        const QByteArray before = qgetenv("KONTOR_LOG_DIR");
        qputenv("KONTOR_LOG_DIR", dir.toUtf8());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-logs-store")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        MainWindow window(&store, &secrets);
        window.show();
        auto* help = window.findChild<HelpMenu*>();
        QVERIFY(help);
        QList<QUrl> opened;
        help->setUrlOpener([&](const QUrl& url) {
            opened << url;
            return true;
        });
        QVERIFY(!QDir(dir).exists());
        window.findChild<QAction*>(QStringLiteral("actionLogFolder"))->trigger();
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(dir)});
        QVERIFY(QDir(dir).exists());
        // No file manager: the person is told where the folder is.
        help->setUrlOpener([](const QUrl&) { return false; });
        QSignalSpy notice(help, &HelpMenu::notice);
        window.findChild<QAction*>(QStringLiteral("actionLogFolder"))->trigger();
        QCOMPARE(notice.size(), 1);
        QVERIFY2(notice.at(0).at(0).toString().contains(QDir::toNativeSeparators(dir)),
                 qPrintable(notice.at(0).at(0).toString()));
        if (before.isEmpty())
            qunsetenv("KONTOR_LOG_DIR");
        else
            qputenv("KONTOR_LOG_DIR", before);
    }

    // Help → User guide shows docs/user-guide.md from the program's resources, formatted.
    void userGuideRenders()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-guide")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        MainWindow window(&store, &secrets);
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("actionUserGuide"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto* dialog = window.findChild<UserGuideDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const QTextDocument* doc = dialog->browser()->document();
        QVERIFY(!doc->isEmpty());
        QStringList headings;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0)
                headings << block.text();
        }
        QVERIFY2(headings.size() >= 6, qPrintable(headings.join(QLatin1String(" | "))));
        QCOMPARE(headings.first(), QStringLiteral("Kontor user guide"));
        QVERIFY(headings.contains(QStringLiteral("Your first profile")));
        // Rendered, not shown as Markdown source.
        QVERIFY(!doc->toPlainText().contains(QLatin1String("## ")));
        QVERIFY(doc->toPlainText().contains(QLatin1String("Open the log folder")));
        screenshot(*dialog, QStringLiteral("help-user-guide.png"));
    }

    // The welcome page's main action stands out from the secondary one.
    void welcomeEmphasisesTheMainAction()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-welcome")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        MainWindow window(&store, &secrets);
        window.show();
        auto* page = window.findChild<PlaceholderPage*>(QStringLiteral("welcomePage"));
        QVERIFY(page && page->isVisible());
        QPushButton* main = page->button();
        QPushButton* demo = page->secondaryButton();
        QVERIFY(main->isVisible() && demo->isVisible());
        QCOMPARE(demo->text(), QStringLiteral("Try the demo"));
        QVERIFY(main->isDefault());
        QVERIFY(main->font().bold());
        QVERIFY(main->font().pointSizeF() > demo->font().pointSizeF());
        QVERIFY(main->sizeHint().height() > demo->sizeHint().height());
        QVERIFY(demo->isFlat());
    }

    // At the window's smallest size, in the longest languages, the orders view's header keeps every control
    // whole and apart; the title gives way with "…" and its tooltip holds the whole of it.
    // Alt+letter reaches one control (or menu) only, on the welcome page and on the orders of a demo profile, in
    // every language.
    void accessKeysAreUniqueInEveryLanguage()
    {
        QStringList problems;
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-keys-") + language));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            MainWindow window(&store, &secrets);
            window.show();
            for (const QString& clash : test::accessKeyClashes(&window))
                problems << language + QStringLiteral(", welcome: ") + clash;
            QVERIFY(window.startDemo().ok());
            QTRY_VERIFY_WITH_TIMEOUT(!window.ordersView()->isBusy() && window.ordersView()->model()->rowCount() > 0,
                                     20000);
            for (const QString& clash : test::accessKeyClashes(&window))
                problems << language + QStringLiteral(", orders: ") + clash;
            // Every page of every demo profile (orders, customers, cards, products, transactions, categories ...),
            // then All orders and History.
            const ProfileListModel* profiles = window.profileModel();
            auto* tabs = window.findChild<QTabBar*>();
            QVERIFY(tabs);
            int pagesSeen = 0;
            for (int row = 0; row < profiles->rowCount(); ++row) {
                const QString id = profiles->index(row, 0).data(ProfileListModel::ProfileIdRole).toString();
                window.selectProfile(id);
                for (int page = 0; page < tabs->count(); ++page) {
                    tabs->setCurrentIndex(page);
                    ++pagesSeen;
                    for (const QString& clash : test::accessKeyClashes(&window))
                        problems << language + QStringLiteral(", ") + store.findById(id)->name + QStringLiteral(" / ") +
                                        tabs->tabText(page) + QStringLiteral(": ") + clash;
                    OrdersView* orders = window.ordersView();
                    if (!orders->isVisible())
                        continue;
                    // The shop's filters open below the header.
                    orders->filtersButton()->click();
                    for (const QString& clash : test::accessKeyClashes(&window))
                        problems << language + QStringLiteral(", ") + store.findById(id)->name +
                                        QStringLiteral(" / filters: ") + clash;
                    orders->filtersButton()->click();
                    // The status change of an order, where the service has one.
                    QTRY_VERIFY_WITH_TIMEOUT(!orders->isBusy(), 20000);
                    orders->table()->selectRow(0);
                    if (StatusChangeDialog* dialog = orders->changeStatusOfSelection()) {
                        for (const QString& clash : test::accessKeyClashes(dialog))
                            problems << language + QStringLiteral(", ") + store.findById(id)->name +
                                            QStringLiteral(" / status change: ") + clash;
                        dialog->close();
                    }
                }
            }
            QVERIFY(pagesSeen >= profiles->rowCount());
            window.showAllOrders();
            for (const QString& clash : test::accessKeyClashes(&window))
                problems << language + QStringLiteral(", all orders: ") + clash;
            window.showHistory();
            for (const QString& clash : test::accessKeyClashes(&window))
                problems << language + QStringLiteral(", history: ") + clash;
        }
        problems.removeDuplicates();
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << "access key:" << problem;
        QVERIFY2(problems.isEmpty(), "several controls share an access key (listed above)");
    }

    void theListHeaderFitsAtTheSmallestSize()
    {
        for (const QString& language : {QStringLiteral("ru"), QStringLiteral("hu"), QStringLiteral("de")}) {
            const test::ScopedLanguage scope(language);
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-min-") + language));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            MainWindow window(&store, &secrets);
            window.show();
            QVERIFY(window.startDemo().ok());
            QTRY_VERIFY_WITH_TIMEOUT(!window.ordersView()->isBusy() && window.ordersView()->model()->rowCount() > 0,
                                     20000);
            window.resize(window.minimumSize());
            QTest::qWait(100);
            QWidget* view = window.ordersView();
            auto* title = view->findChild<ElidedLabel*>(QStringLiteral("ordersTitle"));
            QVERIFY(title);
            QList<QWidget*> header{title};
            for (const QString& name : {QStringLiteral("ordersFilters"), QStringLiteral("ordersFilter"),
                                        QStringLiteral("ordersExport"), QStringLiteral("ordersRefresh")}) {
                auto* w = view->findChild<QWidget*>(name);
                QVERIFY2(w, qPrintable(name));
                if (w->isVisible())
                    header << w;
            }
            for (int i = 0; i < header.size(); ++i) {
                QWidget* w = header[i];
                if (w != title)
                    QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                             qPrintable(QStringLiteral("%1 (%2): %3 < %4")
                                            .arg(w->objectName(), language)
                                            .arg(w->width())
                                            .arg(w->minimumSizeHint().width())));
                for (int j = i + 1; j < header.size(); ++j)
                    QVERIFY2(!w->geometry().intersects(header[j]->geometry()),
                             qPrintable(QStringLiteral("%1 overlaps %2 (%3)")
                                            .arg(w->objectName(), header[j]->objectName(), language)));
            }
            QVERIFY2(title->fullText().contains(QStringLiteral("Printlounge")), qPrintable(title->fullText()));
            if (title->isElided()) {
                QVERIFY(title->text().endsWith(QChar(0x2026)));
                QCOMPARE(title->toolTip(), title->fullText());
            }
        }
    }

    // The window in German, Russian and Hungarian, at its usual and at its smallest size, for docs/:
    // KONTOR_SCREENSHOT_DIR=... tst_mainwindow screenshotsInLanguages (again with QT_SCALE_FACTOR=2 for -2x).
    // Checks on the way that the smallest sidebar still has room for a whole tag.
    void screenshotsInLanguages()
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        const QString scale =
            qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2") ? QStringLiteral("-2x") : QString();
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-main-shots-") + language));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            MainWindow window(&store, &secrets);
            window.resize(1120, 720);
            window.show();
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + QStringLiteral("/main-welcome-%1%2.png").arg(language, scale)));
            QVERIFY(window.startDemo().ok());
            QTRY_VERIFY_WITH_TIMEOUT(!window.ordersView()->isBusy() && window.ordersView()->model()->rowCount() > 0,
                                     20000);
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + QStringLiteral("/main-%1%2.png").arg(language, scale)));
            window.resize(window.minimumSize());
            QTest::qWait(300);
            auto* list = window.findChild<QListView*>(QStringLiteral("profileList"));
            QVERIFY2(list->viewport()->width() >= ProfileItemDelegate::minimumWidth(list->font()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(list->viewport()->width())
                                    .arg(ProfileItemDelegate::minimumWidth(list->font()))));
            QVERIFY(window.grab().save(dir + QStringLiteral("/main-min-%1%2.png").arg(language, scale)));
        }
    }

private:
    static sandbox::SandboxOptions sandboxOptions()
    {
        sandbox::SandboxOptions options;
        options.user = QString::fromUtf8(test::SandboxUser);
        options.secret = secret();
        options.orders = 60;
        return options;
    }

    static QString addProfile(ProfileStore& store, SecretStore& secrets, const QString& name, sandbox::Sandbox& sandbox)
    {
        Profile p = Profile::defaultsFor(Service::Printlounge);
        p.id = QStringLiteral("profile-") + QString::number(qHash(name));
        p.name = name;
        p.baseUrl = sandbox.url(QStringLiteral("printlounge"));
        p.user = QString::fromUtf8(test::SandboxUser);
        p.timeouts.totalMs = 60000;
        const Error e = store.upsert(p);
        if (!e.ok())
            qWarning("upsert: %s", qPrintable(e.message));
        secrets.putSessionSecret(p.id, secret());
        return p.id;
    }

    static void screenshot(QWidget& window, const QString& name)
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        window.grab().save(dir + QLatin1Char('/') + name);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
