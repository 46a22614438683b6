#pragma once
// ProfileActions: what the person can do with profiles (new, edit, remove, test the connection) as
// QActions for the menus, the toolbar and the sidebar's context menu, with the dialogs behind them.
// Dialogs open with open()/show(); a connection test runs asynchronously and reports in words.

#include "MessageBanner.h"

#include <QObject>
#include <memory>

class QAction;
class QWidget;

namespace kontor {
class ProfileStore;
class SecretStore;
class ServiceClient;
struct Profile;
} // namespace kontor

namespace kontor::gui {

class ProfileDialog;

class ProfileActions : public QObject
{
    Q_OBJECT
public:
    ProfileActions(ProfileStore* store, SecretStore* secrets, QWidget* window);
    ~ProfileActions() override;

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* removeAction() const { return m_remove; }
    QAction* testAction() const { return m_test; }

    // The profile the actions apply to; empty for none.
    void setCurrentProfileId(const QString& id);
    QString currentProfileId() const { return m_currentId; }

    ProfileDialog* newProfile();
    ProfileDialog* editProfile(const QString& id);
    void removeProfile(const QString& id);
    void testConnection(const QString& id);

signals:
    void profileSaved(const QString& profileId);
    void profileRemoved(const QString& profileId);
    void busyChanged(bool busy, const QString& text);
    void message(const QString& text, kontor::gui::MessageBanner::Type type);

private:
    ProfileDialog* openDialog(const Profile* profile);
    void updateActions();
    void finishTest();

    ProfileStore* m_store;
    SecretStore* m_secrets;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_test;
    QString m_currentId;
    std::unique_ptr<ServiceClient> m_testClient;
    quint64 m_testGeneration = 0;
};

} // namespace kontor::gui
