#pragma once
// MainWindow: Kontor's one window. A sidebar lists the profiles; the area beside it shows the selected
// profile's orders (or, for services without orders, what Kontor offers for them), with banners above
// it for things the person should know (no keychain, insecure http, errors) and the status bar saying
// what is being worked on. Geometry is remembered in the config directory.

#include "MessageBanner.h"
#include "Result.h"
#include "SandboxOptions.h"

#include <QMainWindow>
#include <QMap>
#include <memory>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabBar;

namespace kontor {
class AuditLog;
class ClientRegistry;
class ProfileStore;
class SecretStore;
struct Profile;
} // namespace kontor

namespace kontor::gui {

class AllOrdersView;
class CardForm;
class CustomersView;
class TransactionsView;
class CategoriesView;
class AppSettings;
class HistoryView;
class BusyIndicator;
class DemoSession;
class OrdersView;
class PlaceholderPage;
class ProductsView;
class ProfileActions;
class ProfileListModel;
class RecordsView;
class RequestInspector;
class UploadWindow;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore* store, SecretStore* secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the built-in simulator and adds its demo profiles; selects the first one with orders.
    Error startDemo(const sandbox::SandboxOptions& options = {});
    DemoSession* demoSession() const { return m_demo; }

    void selectProfile(const QString& id);
    QString currentProfileId() const { return m_currentId; }
    // A message in the banner above the view (errors loading profiles, results of actions). With
    // `editProfileId`, the banner offers to open that profile (the fix is there).
    // A notice belongs to the profile shown when it came (or to `editProfileId`): it goes when another profile
    // is shown. A positive one fades after a few seconds.
    void showNotice(const QString& text, MessageBanner::Type type, const QString& editProfileId = {});

    ProfileListModel* profileModel() const { return m_profileModel; }
    ProfileActions* profileActions() const { return m_actions; }
    ClientRegistry* clients() const { return m_clients; }
    // One tab per capability of the current profile that Kontor shows, or that the service's document lists
    // without defining ("not offered"); hidden when there is only one.
    QTabBar* capabilityTabs() const { return m_tabs; }
    OrdersView* ordersView() const { return m_orders; }
    AllOrdersView* allOrdersView() const { return m_allOrders; }
    HistoryView* historyView() const { return m_history; }
    CategoriesView* categoriesView() const { return m_categories; }
    AuditLog* auditLog() const { return m_audit; }
    // The pages beside the profiles: every profile's orders in one list, and every change Kontor made.
    void showAllOrders();
    void showHistory();
    // "250 orders · updated 10:42": what the list shows and when it was loaded.
    QString shownText() const;
    ProductsView* productsView() const { return m_products; }
    CustomersView* customersView() const { return m_customers; }
    TransactionsView* transactionsView() const { return m_transactions; }
    // The Discount cards tab of a VirtualPOS profile: a page that opens the card form.
    PlaceholderPage* cardsPage() const { return m_cardsPage; }
    // Opens a card form for the current profile (non-modal); `lookup`: to change or delete an existing card.
    CardForm* openCardForm(bool lookup);
    // The current profile's invoice upload window (one per profile, non-modal); null when it has no invoices.
    UploadWindow* openUploadWindow();
    QAction* uploadAction() const { return m_uploadAction; }

signals:
    // A page of a profile's records (orders or products) is on screen.
    void recordsShown(const QString& profileId, int rows);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildCentral();
    void restoreSettings();
    void saveSettings();
    void onCurrentIndexChanged();
    void onModelReset();
    void showProfile(const Profile* profile);
    void rebuildCapabilityTabs(const Profile& profile);
    void showCapability(int tabIndex);
    void showWelcome();
    void updateKeychainBanner();
    void updateInsecureBanner(const Profile* profile);
    void setActivity(const QString& source, bool busy, const QString& text);
    void showAbout();
    void connectRecordsView(RecordsView* view, const QString& activity);
    RecordsView* currentRecordsView() const;
    void showPage(QWidget* page);
    void setShown(const QString& text);

    ProfileStore* m_store;
    SecretStore* m_secrets;
    ClientRegistry* m_clients;
    std::unique_ptr<AppSettings> m_settings;
    RequestInspector* m_inspector = nullptr;
    ProfileListModel* m_profileModel;
    ProfileActions* m_actions;
    DemoSession* m_demo = nullptr;
    QString m_currentId;
    bool m_reselecting = false;
    QMap<QString, QString> m_activities; // source -> what it is doing

    QSplitter* m_splitter = nullptr;
    QListView* m_profileList = nullptr;
    MessageBanner* m_keychainBanner = nullptr;
    MessageBanner* m_insecureBanner = nullptr;
    MessageBanner* m_noticeBanner = nullptr;
    QString m_noticeEditId;    // the profile the notice banner's button opens
    QString m_noticeProfileId; // the profile the notice is about
    quint64 m_noticeSerial = 0;
    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    PlaceholderPage* m_welcome = nullptr;
    PlaceholderPage* m_servicePage = nullptr;
    PlaceholderPage* m_cardsPage = nullptr;
    OrdersView* m_orders = nullptr;
    ProductsView* m_products = nullptr;
    CustomersView* m_customers = nullptr;
    TransactionsView* m_transactions = nullptr;
    AllOrdersView* m_allOrders = nullptr;
    HistoryView* m_history = nullptr;
    CategoriesView* m_categories = nullptr;
    AuditLog* m_audit = nullptr;
    QLabel* m_shownLabel = nullptr;
    QAction* m_allOrdersAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_exportAction = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_activityLabel = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_uploadAction = nullptr; // "Upload invoices…": Webshippy marketplace profiles
};

} // namespace kontor::gui
