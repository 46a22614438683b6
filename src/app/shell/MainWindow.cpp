#include "MainWindow.h"

#include "AboutDialog.h"
#include "AllOrdersView.h"
#include "AppSettings.h"
#include "BusyIndicator.h"
#include "CardForm.h"
#include "CategoriesView.h"
#include "CustomersView.h"
#include "DemoSession.h"
#include "HelpMenu.h"
#include "HistoryView.h"
#include "Icons.h"
#include "OrdersView.h"
#include "PlaceholderPage.h"
#include "ProductsView.h"
#include "ProfileActions.h"
#include "ProfileItemDelegate.h"
#include "ProfileListModel.h"
#include "RequestInspector.h"
#include "SettingsDialog.h"
#include "TransactionsView.h"
#include "UploadWindow.h"
#include "audit/AuditLog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"
#include "services/ClientRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace kontor::gui {

namespace {
const QString OrdersActivity = QStringLiteral("orders");
const QString ProductsActivity = QStringLiteral("products");
const QString CustomersActivity = QStringLiteral("customers");
const QString TransactionsActivity = QStringLiteral("transactions");
const QString TestActivity = QStringLiteral("test");
} // namespace

MainWindow::MainWindow(ProfileStore* store, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_clients(new ClientRegistry(secrets, this))
    , m_settings(std::make_unique<AppSettings>(store->configDir()))
    , m_profileModel(new ProfileListModel(store, this))
    , m_actions(new ProfileActions(store, secrets, m_clients, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kontor"));
    setWindowIcon(Icons::application());
    setMinimumSize(760, 480);
    // Every write to a shop is recorded here (the data folder's audit.sqlite), read by the History page.
    m_audit = new AuditLog(AuditLog::defaultPath(), this);

    buildCentral();
    buildActions();

    connect(m_profileModel, &QAbstractItemModel::modelReset, this, &MainWindow::onModelReset);
    connect(m_profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentIndexChanged);
    connect(m_actions, &ProfileActions::profileSaved, this, [this](const QString& id) {
        // Saved (possibly with a new secret or address): show it afresh.
        m_currentId.clear();
        selectProfile(id);
    });
    connect(m_actions, &ProfileActions::busyChanged, this,
            [this](bool busy, const QString& text) { setActivity(TestActivity, busy, text); });
    connect(m_actions, &ProfileActions::message, this, &MainWindow::showNotice);
    connectRecordsView(m_orders, OrdersActivity);
    // The sidebar marks a profile whose last call failed and shows how many orders it listed.
    connect(m_orders, &RecordsView::loaded, m_profileModel, &ProfileListModel::setOrderCount);
    connect(m_orders, &RecordsView::loadFailed, this, [this](const QString& profileId, const Error& error) {
        m_profileModel->setFailure(profileId, error.message);
    });
    connect(m_products, &RecordsView::loadFailed, this, [this](const QString& profileId, const Error& error) {
        m_profileModel->setFailure(profileId, error.message);
    });
    connectRecordsView(m_products, ProductsActivity);
    connectRecordsView(m_customers, CustomersActivity);
    connect(m_customers, &RecordsView::loadFailed, this, [this](const QString& profileId, const Error& error) {
        m_profileModel->setFailure(profileId, error.message);
    });
    connectRecordsView(m_transactions, TransactionsActivity);
    connect(m_transactions, &RecordsView::loadFailed, this, [this](const QString& profileId, const Error& error) {
        m_profileModel->setFailure(profileId, error.message);
    });
    connect(m_secrets, &SecretStore::sessionOnlyChanged, this, &MainWindow::updateKeychainBanner);
    connect(m_store, &ProfileStore::saved, this, [this](const Error& error) {
        if (!error.ok())
            showNotice(tr("Your profiles could not be saved. %1").arg(error.message), MessageBanner::Type::Error);
    });

    updateKeychainBanner();
    restoreSettings();
    onModelReset();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentral()
{
    // Sidebar: the profiles.
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(8, 10, 4, 8);
    sideLayout->setSpacing(6);
    auto* heading = new QLabel(tr("Profiles"), sidebar);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_profileList = new QListView(sidebar);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Profiles"));
    m_profileList->setModel(m_profileModel);
    m_profileList->setItemDelegate(new ProfileItemDelegate(m_profileList));
    m_profileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileList->setUniformItemSizes(true);
    m_profileList->setContextMenuPolicy(Qt::ActionsContextMenu);
    heading->setBuddy(m_profileList);

    // Above the profiles: the pages that span them.
    m_allOrdersAction = new QAction(tr("&All orders"), this);
    m_allOrdersAction->setObjectName(QStringLiteral("actionAllOrders"));
    m_allOrdersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_allOrdersAction->setToolTip(tr("The orders of every profile in one list (Ctrl+Shift+A)"));
    connect(m_allOrdersAction, &QAction::triggered, this, &MainWindow::showAllOrders);
    m_historyAction = new QAction(tr("&History"), this);
    m_historyAction->setObjectName(QStringLiteral("actionHistory"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Every change Kontor made to a shop (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    auto* overview = new QLabel(tr("Overview"), sidebar);
    overview->setFont(headingFont);
    auto overviewButton = [sidebar](QAction* action, const QString& name) {
        auto* button = new QToolButton(sidebar);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return button;
    };
    sideLayout->addWidget(overview);
    sideLayout->addWidget(overviewButton(m_allOrdersAction, QStringLiteral("sidebarAllOrders")));
    sideLayout->addWidget(overviewButton(m_historyAction, QStringLiteral("sidebarHistory")));
    auto* newButton = new QPushButton(Icons::add(), tr("New profile…"), sidebar);
    newButton->setObjectName(QStringLiteral("sidebarNewProfile"));
    newButton->setAccessibleName(tr("New profile"));
    connect(newButton, &QPushButton::clicked, m_actions, &ProfileActions::newProfile);
    sideLayout->addWidget(heading);
    sideLayout->addWidget(m_profileList, 1);
    sideLayout->addWidget(newButton);

    // Content: banners above a stack of pages.
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 8, 8, 0);
    contentLayout->setSpacing(6);
    m_keychainBanner = new MessageBanner(content);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_insecureBanner = new MessageBanner(content);
    m_insecureBanner->setObjectName(QStringLiteral("insecureBanner"));
    m_noticeBanner = new MessageBanner(content);
    m_noticeBanner->setObjectName(QStringLiteral("noticeBanner"));
    connect(m_insecureBanner, &MessageBanner::actionTriggered, this, [this] { m_actions->editProfile(m_currentId); });
    connect(m_noticeBanner, &MessageBanner::actionTriggered, this, [this] {
        if (!m_noticeEditId.isEmpty())
            m_actions->editProfile(m_noticeEditId);
    });

    m_tabs = new QTabBar(content);
    m_tabs->setObjectName(QStringLiteral("capabilityTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->hide();
    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::showCapability);

    m_stack = new QStackedWidget(content);
    m_welcome = new PlaceholderPage(m_stack);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_servicePage = new PlaceholderPage(m_stack);
    m_servicePage->setObjectName(QStringLiteral("servicePage"));
    m_orders = new OrdersView(m_clients, m_stack);
    m_products = new ProductsView(m_clients, m_stack);
    m_customers = new CustomersView(m_clients, m_stack);
    m_transactions = new TransactionsView(m_clients, m_stack);
    m_customers->setAuditLog(m_audit);
    m_products->setAuditLog(m_audit);
    m_orders->setAuditLog(m_audit);
    m_allOrders = new AllOrdersView(m_clients, m_store, m_stack);
    m_history = new HistoryView(m_audit, m_store, m_stack);
    m_categories = new CategoriesView(m_clients, m_stack);
    m_stack->addWidget(m_categories);
    connect(m_categories, &CategoriesView::busyChanged, this,
            [this](bool busy, const QString& text) { setActivity(QStringLiteral("categories"), busy, text); });
    connect(m_categories, &CategoriesView::editProfileRequested, m_actions, &ProfileActions::editProfile);
    connect(m_categories, &CategoriesView::trustCertificateRequested, m_actions, &ProfileActions::trustCertificate);
    connect(m_categories, &CategoriesView::loaded, this, [this](const QString& profileId, int rows) {
        if (profileId == m_currentId && m_stack->currentWidget() == m_categories)
            setShown(
                tr("%1 categories · updated %2")
                    .arg(QLocale().toString(rows), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    m_stack->addWidget(m_allOrders);
    m_stack->addWidget(m_history);
    connect(m_allOrders, &AllOrdersView::busyChanged, this,
            [this](bool busy, const QString& text) { setActivity(QStringLiteral("allOrders"), busy, text); });
    connect(m_allOrders, &AllOrdersView::loaded, this, [this](int rows, int) {
        if (m_stack->currentWidget() == m_allOrders)
            setShown(
                tr("%1 orders from every profile · updated %2")
                    .arg(QLocale().toString(rows), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(m_history, &HistoryView::loaded, this, [this](int rows) {
        if (m_stack->currentWidget() == m_history)
            setShown(tr("%1 changes recorded").arg(QLocale().toString(rows)));
    });
    connect(m_orders, &OrdersView::statusChangeFinished, this,
            [this](const QString& profileId, int changed, int notChanged) {
                const Profile* p = m_store->findById(profileId);
                const QString name = p ? p->name : profileId;
                if (notChanged == 0)
                    showNotice(tr("'%1': %2 orders have their new status. The History lists every change.")
                                   .arg(name, QLocale().toString(changed)),
                               MessageBanner::Type::Positive);
                else
                    showNotice(
                        tr("'%1': %2 orders changed, %3 not; the reasons are in the status window and the History.")
                            .arg(name, QLocale().toString(changed), QLocale().toString(notChanged)),
                        MessageBanner::Type::Warning);
            });
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_orders);
    m_stack->addWidget(m_products);
    m_stack->addWidget(m_customers);
    m_stack->addWidget(m_transactions);
    m_stack->addWidget(m_servicePage);
    m_cardsPage = new PlaceholderPage(m_stack);
    m_cardsPage->setObjectName(QStringLiteral("cardsPage"));
    m_stack->addWidget(m_cardsPage);
    connect(m_cardsPage, &PlaceholderPage::buttonClicked, this, [this] { openCardForm(false); });
    connect(m_cardsPage, &PlaceholderPage::secondaryClicked, this, [this] { openCardForm(true); });
    connect(m_welcome, &PlaceholderPage::buttonClicked, m_actions, &ProfileActions::newProfile);
    connect(m_welcome, &PlaceholderPage::secondaryClicked, this, [this] { startDemo(); });
    connect(m_servicePage, &PlaceholderPage::buttonClicked, this, [this] { m_actions->testConnection(m_currentId); });

    contentLayout->addWidget(m_keychainBanner);
    contentLayout->addWidget(m_insecureBanner);
    contentLayout->addWidget(m_noticeBanner);
    contentLayout->addWidget(m_tabs);
    contentLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(content);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({260, 840});
    // Narrow enough for a small screen, wide enough for the whole tag, a few letters of each name and the
    // sidebar's buttons in every language.
    sidebar->setMinimumWidth(qMax(sidebar->minimumSizeHint().width(),
                                  ProfileItemDelegate::minimumWidth(m_profileList->font()) +
                                      2 * m_profileList->frameWidth() +
                                      m_profileList->style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                      sideLayout->contentsMargins().left() + sideLayout->contentsMargins().right()));
    setCentralWidget(m_splitter);

    // Status bar: what is being worked on right now.
    auto* activity = new QWidget(statusBar());
    auto* activityLayout = new QHBoxLayout(activity);
    activityLayout->setContentsMargins(6, 0, 0, 0);
    activityLayout->setSpacing(6);
    m_busy = new BusyIndicator(activity, 14);
    m_busy->setObjectName(QStringLiteral("statusBusy"));
    m_busy->hide();
    m_activityLabel = new QLabel(activity);
    m_activityLabel->setObjectName(QStringLiteral("activityLabel"));
    m_activityLabel->setTextFormat(Qt::PlainText);
    activityLayout->addWidget(m_busy);
    activityLayout->addWidget(m_activityLabel, 1);
    statusBar()->addWidget(activity, 1);
    m_shownLabel = new QLabel(statusBar());
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    m_shownLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_shownLabel);

    setTabOrder(m_profileList, newButton);
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newAction());
    m_demoAction = file->addAction(tr("Try the &demo"), this, [this] { startDemo(); });
    m_demoAction->setObjectName(QStringLiteral("actionDemo"));
    m_demoAction->setStatusTip(tr("Add demo profiles connected to a built-in simulator of the four services"));
    QAction* settings = file->addAction(tr("&Settings…"), this, [this] {
        if (auto* open = findChild<SettingsDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
            open->raise();
            return;
        }
        auto* dialog = new SettingsDialog(m_store, m_secrets, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setUploadRunning([this] {
            const auto windows = findChildren<UploadWindow*>(QString(), Qt::FindDirectChildrenOnly);
            return std::any_of(windows.begin(), windows.end(), [](UploadWindow* w) { return w->isUploading(); });
        });
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_refreshAction = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (RecordsView* view = currentRecordsView())
            view->reload();
        else if (m_stack->currentWidget() == m_categories)
            m_categories->reload();
        else if (m_stack->currentWidget() == m_allOrders)
            m_allOrders->reload();
        else if (m_stack->currentWidget() == m_history)
            m_history->reload();
    });
    m_filterAction = new QAction(tr("&Filter the list"), this);
    m_filterAction->setObjectName(QStringLiteral("actionFilter"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        if (RecordsView* view = currentRecordsView())
            view->focusFilter();
        else if (m_stack->currentWidget() == m_categories)
            m_categories->focusFilter();
        else if (m_stack->currentWidget() == m_allOrders)
            m_allOrders->focusFilter();
        else if (m_stack->currentWidget() == m_history)
            m_history->focusFilter();
    });

    m_exportAction = new QAction(tr("&Export as CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setToolTip(tr("Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (RecordsView* view = currentRecordsView())
            view->exportCsv();
        else if (m_stack->currentWidget() == m_allOrders)
            m_allOrders->exportCsv();
        else if (m_stack->currentWidget() == m_history)
            m_history->exportCsv();
    });

    // Profile set-up lives in its menu; the toolbar holds the day's work.
    QMenu* profile = menuBar()->addMenu(tr("&Profile"));
    profile->addAction(m_actions->newAction());
    profile->addAction(m_actions->editAction());
    profile->addAction(m_actions->testAction());
    profile->addSeparator();
    m_uploadAction = profile->addAction(tr("&Upload invoices…"), this, [this] { openUploadWindow(); });
    m_uploadAction->setObjectName(QStringLiteral("actionUploadInvoices"));
    m_uploadAction->setToolTip(tr("Upload invoice files to this shop's marketplace transactions"));
    m_uploadAction->setEnabled(false);
    profile->addSeparator();
    profile->addAction(m_actions->removeAction());

    QMenu* orders = menuBar()->addMenu(tr("&Orders"));
    orders->addAction(m_orders->openAction());
    orders->addAction(m_orders->changeStatusAction());
    orders->addSeparator();
    orders->addAction(m_exportAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_allOrdersAction);
    view->addAction(m_historyAction);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_filterAction);
    view->addSeparator();
    // The Requests dock: every request of the session, secrets masked; kept in memory only.
    m_inspector = new RequestInspector(m_settings.get(), this);
    m_inspector->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    QAction* requests = m_inspector->toggleViewAction();
    requests->setText(tr("&Requests"));
    requests->setObjectName(QStringLiteral("actionRequests"));
    requests->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    requests->setToolTip(tr("Every request Kontor sent in this session, secrets masked (Ctrl+Shift+R)"));
    view->addAction(requests);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* helpMenu = new HelpMenu(this, help);
    connect(helpMenu, &HelpMenu::notice, this,
            [this](const QString& text) { showNotice(text, MessageBanner::Type::Warning); });
    QAction* about = help->addAction(Icons::application(), tr("&About Kontor"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);

    // Delete removes a profile only while the sidebar has focus, never while typing in a field.
    m_actions->removeAction()->setShortcut(QKeySequence::Delete);
    m_actions->removeAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_profileList->addAction(m_actions->editAction());
    m_profileList->addAction(m_actions->testAction());
    m_profileList->addAction(m_actions->removeAction());

    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_orders->openAction());
    toolbar->addAction(m_orders->changeStatusAction());
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_uploadAction);
    toolbar->addSeparator();
    toolbar->addAction(m_allOrdersAction);
    toolbar->addAction(m_historyAction);
    // The order actions work from the toolbar whichever widget has focus.
    m_orders->changeStatusAction()->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::showPage(QWidget* page)
{
    // Not one profile's page: the sidebar selects none, and one profile's lists stop.
    m_reselecting = true;
    m_profileList->selectionModel()->clearSelection();
    m_profileList->setCurrentIndex(QModelIndex());
    m_reselecting = false;
    m_currentId.clear();
    m_actions->setCurrentProfileId({});
    m_orders->clearProfile();
    m_products->clearProfile();
    m_transactions->clearProfile();
    m_categories->clearProfile();
    {
        const QSignalBlocker blocker(m_tabs);
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
    }
    m_tabs->hide();
    updateInsecureBanner(nullptr);
    m_uploadAction->setEnabled(false);
    if (!m_noticeProfileId.isEmpty())
        m_noticeBanner->hideMessage();
    m_refreshAction->setEnabled(true);
    m_filterAction->setEnabled(true);
    m_exportAction->setEnabled(true);
    setShown({});
    m_stack->setCurrentWidget(page);
}

void MainWindow::showAllOrders()
{
    setWindowTitle(tr("All orders — Kontor"));
    showPage(m_allOrders);
    m_allOrders->reload();
}

void MainWindow::showHistory()
{
    setWindowTitle(tr("History — Kontor"));
    showPage(m_history);
    m_history->reload();
}

QString MainWindow::shownText() const
{
    return m_shownLabel->text();
}

void MainWindow::setShown(const QString& text)
{
    m_shownLabel->setText(text);
}

Error MainWindow::startDemo(const sandbox::SandboxOptions& options)
{
    if (m_demo) {
        selectProfile(m_demo->firstOrdersProfileId());
        return {};
    }
    auto* demo = new DemoSession(m_store, m_secrets, options, this);
    const Error error = demo->start();
    if (!error.ok()) {
        delete demo;
        showNotice(error.message, MessageBanner::Type::Error);
        return error;
    }
    m_demo = demo;
    m_demoAction->setEnabled(false);
    showNotice(tr("Demo mode: the demo profiles talk to a simulator inside Kontor. Nothing you do there reaches a "
                  "real shop, and they are gone when Kontor closes."),
               MessageBanner::Type::Information);
    selectProfile(m_demo->firstOrdersProfileId());
    return {};
}

void MainWindow::selectProfile(const QString& id)
{
    const QModelIndex index = m_profileModel->indexOfId(id);
    if (!index.isValid())
        return;
    if (m_profileList->currentIndex() == index)
        onCurrentIndexChanged(); // same row: still make sure it is shown (e.g. after editing)
    else
        m_profileList->setCurrentIndex(index);
}

void MainWindow::onCurrentIndexChanged()
{
    if (m_reselecting)
        return;
    const QString id = m_profileModel->idAt(m_profileList->currentIndex());
    if (id == m_currentId && !id.isEmpty())
        return;
    m_currentId = id;
    m_actions->setCurrentProfileId(id);
    showProfile(m_store->findById(id));
}

void MainWindow::onModelReset()
{
    // A reset forgets the selection silently; put it back on the same profile without reloading it.
    QModelIndex index = m_profileModel->indexOfId(m_currentId);
    if (!index.isValid() && m_profileModel->rowCount() > 0) {
        const QString last = m_settings->value(AppSettings::Key::LastProfileId).toString();
        index = m_profileModel->indexOfId(last);
        if (!index.isValid())
            index = m_profileModel->index(0, 0);
    }
    if (index.isValid() && m_profileModel->idAt(index) == m_currentId) {
        m_reselecting = true;
        m_profileList->setCurrentIndex(index);
        m_reselecting = false;
        m_actions->setCurrentProfileId(m_currentId);
        // The profile may have changed under the same id (edited); banners follow the stored version.
        updateInsecureBanner(m_store->findById(m_currentId));
        return;
    }
    if (index.isValid()) {
        m_profileList->setCurrentIndex(index);
        onCurrentIndexChanged();
    } else {
        m_currentId.clear();
        m_actions->setCurrentProfileId({});
        showProfile(nullptr);
    }
}

void MainWindow::showProfile(const Profile* profile)
{
    updateInsecureBanner(profile);
    m_uploadAction->setEnabled(profile && offers(profile->service, Capability::Invoices));
    if (m_uploadAction->isEnabled()) {
        // An upload cut short (a cancel, a crash) is offered again when its profile is shown.
        UploadWindow::findUnfinished(upload::UploadJournal::defaultPath(), profile->id, this,
                                     [this, id = profile->id, name = profile->name](int total, int sent) {
                                         if (total > 0 && id == m_currentId)
                                             showNotice(
                                                 tr("An upload of invoices to '%1' did not finish: %2 of %3 "
                                                    "sent. \"Upload invoices…\" resumes it.")
                                                     .arg(name, QLocale().toString(sent), QLocale().toString(total)),
                                                 MessageBanner::Type::Warning);
                                     });
    }
    setShown({});
    // A message about another profile does not stay above this one's page.
    if (!m_noticeProfileId.isEmpty() && (!profile || profile->id != m_noticeProfileId))
        m_noticeBanner->hideMessage();
    if (!profile) {
        m_orders->clearProfile();
        m_products->clearProfile();
        m_transactions->clearProfile();
        m_categories->clearProfile();
        const QSignalBlocker blocker(m_tabs);
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        m_tabs->hide();
        showWelcome();
        return;
    }
    m_settings->setValue(AppSettings::Key::LastProfileId, profile->id);
    setWindowTitle(tr("%1 — Kontor").arg(profile->name));
    rebuildCapabilityTabs(*profile);
    showCapability(m_tabs->currentIndex());
}

void MainWindow::rebuildCapabilityTabs(const Profile& profile)
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (Capability c : allCapabilities()) {
        const Availability a = availability(profile.service, c);
        // A capability Kontor has a screen for, or one the vendor names without defining: the person should
        // see that it is not offered rather than wonder where it is.
        const bool shown = (a == Availability::Offered &&
                            (c == Capability::Orders || c == Capability::Products || c == Capability::Categories ||
                             c == Capability::Customers || c == Capability::Cards || c == Capability::Transactions)) ||
                           a == Availability::NotOffered;
        if (!shown)
            continue;
        const int index = m_tabs->addTab(a == Availability::NotOffered ? tr("%1 (not offered)").arg(capabilityName(c))
                                                                       : capabilityName(c));
        m_tabs->setTabData(index, static_cast<int>(c));
        if (a == Availability::NotOffered)
            m_tabs->setTabToolTip(index, notOfferedText(profile.service, c));
    }
    m_tabs->setCurrentIndex(m_tabs->count() > 0 ? 0 : -1);
    m_tabs->setVisible(m_tabs->count() > 1);
}

void MainWindow::showCapability(int tabIndex)
{
    const Profile* profile = m_store->findById(m_currentId);
    if (!profile)
        return;
    RecordsView* view = nullptr;
    std::optional<Capability> capability;
    if (tabIndex >= 0)
        capability = static_cast<Capability>(m_tabs->tabData(tabIndex).toInt());
    if (capability && availability(profile->service, *capability) == Availability::Offered)
        view = *capability == Capability::Orders         ? static_cast<RecordsView*>(m_orders)
               : *capability == Capability::Products     ? static_cast<RecordsView*>(m_products)
               : *capability == Capability::Customers    ? static_cast<RecordsView*>(m_customers)
               : *capability == Capability::Transactions ? static_cast<RecordsView*>(m_transactions)
                                                         : nullptr;
    // Only one list works at a time: the others forget their profile and drop their requests.
    for (RecordsView* other : {static_cast<RecordsView*>(m_orders), static_cast<RecordsView*>(m_products),
                               static_cast<RecordsView*>(m_customers), static_cast<RecordsView*>(m_transactions)}) {
        if (other != view)
            other->clearProfile();
    }
    const bool categories = capability && *capability == Capability::Categories &&
                            availability(profile->service, *capability) == Availability::Offered;
    if (!categories)
        m_categories->clearProfile();
    if (capability && *capability == Capability::Cards &&
        availability(profile->service, *capability) == Availability::Offered) {
        m_refreshAction->setEnabled(false);
        m_filterAction->setEnabled(false);
        m_exportAction->setEnabled(false);
        m_cardsPage->showMessage(
            PlaceholderPage::Kind::Info, tr("Discount cards of '%1'").arg(profile->name),
            tr("VirtualPOS has no list of cards to read. Create a card here, or change, block or delete one "
               "you know by its card id, number, external id or barcode."),
            tr("New card…"), tr("Change or delete a card…"));
        m_stack->setCurrentWidget(m_cardsPage);
        return;
    }
    if (categories) {
        m_refreshAction->setEnabled(true);
        m_filterAction->setEnabled(true);
        m_exportAction->setEnabled(false);
        m_stack->setCurrentWidget(m_categories);
        m_categories->showProfile(*profile);
        return;
    }
    m_refreshAction->setEnabled(view != nullptr);
    m_filterAction->setEnabled(view != nullptr);
    m_exportAction->setEnabled(view != nullptr);
    if (view) {
        m_stack->setCurrentWidget(view);
        view->showProfile(*profile);
        return;
    }
    if (capability) {
        m_servicePage->showMessage(PlaceholderPage::Kind::Info, tr("%1 — not offered").arg(capabilityName(*capability)),
                                   notOfferedText(profile->service, *capability));
    } else {
        m_servicePage->showMessage(
            PlaceholderPage::Kind::Info, profile->name,
            tr("Kontor cannot show lists for %1 yet. You can already check that this profile signs in.")
                .arg(serviceDisplayName(profile->service)),
            tr("Test connection"));
    }
    m_stack->setCurrentWidget(m_servicePage);
}

CardForm* MainWindow::openCardForm(bool lookup)
{
    const Profile* profile = m_store->findById(m_currentId);
    if (!profile || !offers(profile->service, Capability::Cards))
        return nullptr;
    auto* form = new CardForm(m_clients, m_audit, *profile, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowFlag(Qt::Window);
    if (lookup)
        form->startWithLookup();
    form->show();
    return form;
}

UploadWindow* MainWindow::openUploadWindow()
{
    const Profile* profile = m_store->findById(m_currentId);
    if (!profile || !offers(profile->service, Capability::Invoices))
        return nullptr;
    return UploadWindow::openFor(*profile, m_clients, m_secrets, this);
}

RecordsView* MainWindow::currentRecordsView() const
{
    return qobject_cast<RecordsView*>(m_stack->currentWidget());
}

void MainWindow::connectRecordsView(RecordsView* view, const QString& activity)
{
    connect(view, &RecordsView::busyChanged, this,
            [this, activity](bool busy, const QString& text) { setActivity(activity, busy, text); });
    connect(view, &RecordsView::loaded, this, &MainWindow::recordsShown);
    connect(view, &RecordsView::loaded, this, [this, view, activity](const QString& profileId, int rows) {
        if (profileId != m_currentId || currentRecordsView() != view)
            return;
        const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        setShown(activity == OrdersActivity      ? tr("%1 orders · updated %2").arg(QLocale().toString(rows), time)
                 : activity == CustomersActivity ? tr("%1 customers · updated %2").arg(QLocale().toString(rows), time)
                 : activity == TransactionsActivity
                     ? tr("%1 transactions · updated %2").arg(QLocale().toString(rows), time)
                     : tr("%1 products · updated %2").arg(QLocale().toString(rows), time));
    });
    connect(view, &RecordsView::editProfileRequested, m_actions, &ProfileActions::editProfile);
    connect(view, &RecordsView::trustCertificateRequested, m_actions, &ProfileActions::trustCertificate);
}

void MainWindow::showWelcome()
{
    setWindowTitle(tr("Kontor"));
    m_refreshAction->setEnabled(false);
    m_filterAction->setEnabled(false);
    m_exportAction->setEnabled(false);
    m_welcome->showMessage(PlaceholderPage::Kind::Info, tr("Welcome to Kontor"),
                           tr("Kontor shows the orders of your shop services in one place. Create a profile with "
                              "your service's address and API key to begin, or try Kontor with simulated shops."),
                           tr("New profile…"), m_demo ? QString() : tr("Try the demo"));
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::updateKeychainBanner()
{
    if (m_secrets->sessionOnly())
        m_keychainBanner->showMessage(tr("Your system keychain is not available. Passwords you enter are kept only "
                                         "until Kontor closes."),
                                      MessageBanner::Type::Warning);
    else
        m_keychainBanner->hideMessage();
}

void MainWindow::updateInsecureBanner(const Profile* profile)
{
    if (profile && profile->allowInsecureHttp && profile->usesInsecureHttp()) {
        m_insecureBanner->showMessage(tr("'%1' uses plain http: its password or API key and its orders travel "
                                         "unencrypted, and anyone on the network can read them.")
                                          .arg(profile->name),
                                      MessageBanner::Type::Warning, profile->demo ? QString() : tr("Edit profile…"));
    } else {
        m_insecureBanner->hideMessage();
    }
}

void MainWindow::showNotice(const QString& text, MessageBanner::Type type, const QString& editProfileId)
{
    m_noticeEditId = editProfileId;
    m_noticeProfileId = editProfileId.isEmpty() ? m_currentId : editProfileId;
    m_noticeBanner->showMessage(text, type, editProfileId.isEmpty() ? QString() : tr("Edit profile…"));
    const quint64 serial = ++m_noticeSerial;
    if (type == MessageBanner::Type::Positive) {
        // Good news need no click to go away; problems stay until dealt with.
        QTimer::singleShot(8000, this, [this, serial] {
            if (serial == m_noticeSerial)
                m_noticeBanner->hideMessage();
        });
    }
}

void MainWindow::setActivity(const QString& source, bool busy, const QString& text)
{
    if (busy)
        m_activities.insert(source, text);
    else
        m_activities.remove(source);
    const bool any = !m_activities.isEmpty();
    m_busy->setVisible(any);
    // The newest kind of work wins the one line; the orders view reports most often.
    m_activityLabel->setText(
        any ? (m_activities.contains(TestActivity) ? m_activities.value(TestActivity) : m_activities.first())
            : QString());
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1120, 720);
    restoreState(m_settings->value(AppSettings::Key::MainWindowState).toByteArray());
    const QByteArray splitter = m_settings->value(AppSettings::Key::SplitterState).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_orders->restoreHeaderState(m_settings->value(AppSettings::Key::OrdersHeaderState).toByteArray());
    m_products->restoreHeaderState(m_settings->value(AppSettings::Key::ProductsHeaderState).toByteArray());
    m_allOrders->restoreHeaderState(m_settings->value(AppSettings::Key::AllOrdersHeaderState).toByteArray());
}

void MainWindow::saveSettings()
{
    m_settings->setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::Key::MainWindowState, saveState());
    m_settings->setValue(AppSettings::Key::SplitterState, m_splitter->saveState());
    m_settings->setValue(AppSettings::Key::OrdersHeaderState, m_orders->headerState());
    m_settings->setValue(AppSettings::Key::ProductsHeaderState, m_products->headerState());
    m_settings->setValue(AppSettings::Key::AllOrdersHeaderState, m_allOrders->headerState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace kontor::gui
