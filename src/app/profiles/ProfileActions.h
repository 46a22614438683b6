#pragma once
// ProfileActions: what the person can do with profiles (new, edit, remove, test the connection) as
// QActions for the menus, the toolbar and the sidebar's context menu, with the dialogs behind them.
// Dialogs open with open()/show(); a connection test runs asynchronously and reports in words.

#include "MessageBanner.h"

#include <QObject>

class QAction;
class QWidget;

namespace kontor {
class ClientRegistry;
class ProfileStore;
class SecretStore;
struct PeerCertificate;
struct Profile;
} // namespace kontor

namespace kontor::gui {

class ProfileDialog;

class ProfileActions : public QObject
{
    Q_OBJECT
public:
    ProfileActions(ProfileStore* store, SecretStore* secrets, ClientRegistry* clients, QWidget* window);
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
    // Tests with the profile's shared client; a profile without its secret is not tested (nothing is sent).
    void testConnection(const QString& id);
    // Shows the certificate; when the person trusts it, the profile keeps its fingerprint and is saved.
    void trustCertificate(const QString& id, const kontor::PeerCertificate& certificate);

signals:
    void profileSaved(const QString& profileId);
    void profileRemoved(const QString& profileId);
    void busyChanged(bool busy, const QString& text);
    // `editProfileId`: the fix is in that profile, so the banner offers to edit it.
    void message(const QString& text, kontor::gui::MessageBanner::Type type, const QString& editProfileId = {});

private:
    ProfileDialog* openDialog(const Profile* profile);
    void updateActions();
    void finishTest();
    void saveChanged(const Profile& profile);

    ProfileStore* m_store;
    SecretStore* m_secrets;
    ClientRegistry* m_clients;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_test;
    QString m_currentId;
    quint64 m_testGeneration = 0;
};

} // namespace kontor::gui
