#pragma once
// CategoriesView: one profile's product categories (htk) as a tree: name, id and "Active"/"Inactive" in
// words, inactive ones greyed. A filter box keeps the matching categories together with their parents,
// Expand all opens every branch. The list loads in the background through the ClientRegistry (the client
// every view of the process shares); while it loads, when there is none, and when it fails (with Retry,
// Edit profile… or a certificate to check) the view says so in words. Nothing here waits: every step is an
// asynchronous callback, and an answer meant for a profile no longer shown is dropped.

#include "Result.h"
#include "domain/Records.h"
#include "profile/Profile.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace kontor {
class ClientRegistry;
class ServiceClient;
} // namespace kontor

namespace kontor::gui {

class CategoriesTreeModel;
class MessageBanner;
class PlaceholderPage;

class CategoriesView : public QWidget
{
    Q_OBJECT
public:
    explicit CategoriesView(ClientRegistry* clients, QWidget* parent = nullptr);
    ~CategoriesView() override;

    // Shows `profile` and loads its categories.
    void showProfile(const Profile& profile);
    // Forgets the current profile, its client and its categories.
    void clearProfile();
    // Loads the list again from the service; the tree on screen stays until the new one arrives.
    void reload();

    QString profileId() const { return m_profile.id; }
    bool isBusy() const { return m_busy; }
    void focusFilter();
    void expandAll();

    CategoriesTreeModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QTreeView* tree() const { return m_tree; }
    PlaceholderPage* placeholder() const { return m_placeholder; }
    MessageBanner* banner() const { return m_banner; }

signals:
    void busyChanged(bool busy, const QString& text);
    void loaded(const QString& profileId, int categories);
    void loadFailed(const QString& profileId, const kontor::Error& error);
    void editProfileRequested(const QString& profileId);
    void trustCertificateRequested(const QString& profileId, const kontor::PeerCertificate& certificate);

private:
    enum class ButtonAction { Retry, EditProfile, TrustCertificate };

    void startLoad();
    void fetch(ServiceClient* client, quint64 generation);
    void finishLoad(quint64 generation, const Result<QList<Category>>& result);
    void showError(const Error& error);
    void applyFilter();
    void setBusy(bool busy, const QString& text = {});
    void updateFooter();

    ClientRegistry* m_clients;
    Profile m_profile;
    QPointer<ServiceClient> m_client;
    quint64 m_generation = 0; // bumps on every load, so late answers (another profile, an older load) are dropped
    bool m_busy = false;
    ButtonAction m_buttonAction = ButtonAction::Retry;
    std::optional<PeerCertificate> m_certificate;

    CategoriesTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    PlaceholderPage* m_placeholder;
    QWidget* m_treePage;
    QLabel* m_title;
    QLineEdit* m_filter;
    QTimer* m_filterTimer;
    QToolButton* m_expand;
    QToolButton* m_refresh;
    MessageBanner* m_banner;
    QTreeView* m_tree;
    QLabel* m_countLabel;
};

} // namespace kontor::gui
