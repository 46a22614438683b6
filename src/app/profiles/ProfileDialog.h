#pragma once
// ProfileDialog: create or edit a connection profile. Validates as the person types, but says a field is
// wrong only once the person has left it (or pressed Save, which then shows every problem at once, each
// under its field, and keeps the dialog open). The technical options live in a folded "Advanced" part
// that opens by itself when it holds a problem (or the profile has a proxy of its own or other unusual settings). Tests
// the connection with the form's current values without saving them, and on OK stores the profile (never the secret) in
// the ProfileStore and the secret in the SecretStore. Nothing blocks: the test and the keychain write are asynchronous,
// and closing the dialog drops a running test. Where a service's orders carry status codes, the dialog also holds the
// shop's names for them, and for printlounge the method a status change is sent with.

#include "ProxyFields.h"
#include "Result.h"
#include "profile/Profile.h"

#include <QDialog>
#include <QHash>
#include <QScopedPointer>
#include <QSet>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QScrollArea;

namespace Ui {
class ProfileDialog;
}

namespace kontor {
class ProfileStore;
class SecretStore;
class ServiceClient;
} // namespace kontor

namespace kontor::gui {

class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    // Switches to editing `profile`. The secret field starts empty and means "unchanged".
    void setProfile(const Profile& profile);
    bool isEditing() const { return m_editing; }

    // The profile as the form describes it now (without any secret).
    Profile profileFromForm() const;
    // Plain sentences saying why the form cannot be saved yet; empty when it can.
    QStringList problems() const;
    bool isTesting() const { return m_client != nullptr || m_testPending; }
    // The problem shown under `field` now; empty when none is shown (none yet, or the field is fine).
    QString shownProblem(const QWidget* field) const;
    bool isAdvancedOpen() const;
    void setAdvancedOpen(bool open);

    void accept() override;
    void done(int result) override;

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // The profile (and its secret, when one was typed) has been stored.
    void profileSaved(const QString& profileId);

private:
    void fillCombos();
    void alignLabelColumns();
    void loadForm(const Profile& profile);
    net::ProxyConfig::Mode proxyModeFromForm() const;
    void onServiceChanged();
    void onFormChanged();
    void updateFieldStates();
    void updateValidation();
    // Each problem with the field it belongs to (nullptr: the profile as a whole).
    QList<std::pair<QWidget*, QString>> fieldProblems() const;
    void addErrorLabel(QWidget* field);
    void onFocusChanged(QWidget* old, QWidget* now);
    void revealAllProblems();
    void setSecretShown(bool shown);
    void fitHeight(bool shrink = true);
    void wrapInScrollArea();
    void startTest();
    void runTest(const Profile& profile, const QString& secret, quint64 generation);
    void cancelTest();
    void showTestRunning();
    void showTestResult(bool ok, const QString& text);
    void showCertificate(); // the certificate of the last failed test, with "Trust…"
    void clearTestResult();
    void loadStatusNames(const Profile& profile);
    QMap<QString, QString> statusNamesFromForm() const;
    QStringList statusNameProblems() const; // why the status table cannot be saved; empty when it can
    void addStatusName();
    void removeStatusNames();
    void onStatusNamesChanged();
    void commitStatusEdit();
    void setSaving(bool saving);
    void storeProfile(const Profile& profile);
    void finishSaving(const QString& profileId);

    const QScopedPointer<Ui::ProfileDialog> m_ui;
    QScrollArea* m_scroll = nullptr; // everything above the buttons
    ProxyFields m_proxyFields;       // the profile's own proxy (Advanced); no password
    ProfileStore* m_store;
    SecretStore* m_secrets;
    Profile m_original;
    bool m_editing = false;
    QString m_newId;        // the id a new profile gets when it is saved
    bool m_filling = false; // the form is being filled by code, not by the person
    bool m_saving = false;
    bool m_testPending = false;
    quint64 m_testGeneration = 0;
    std::unique_ptr<ServiceClient> m_client;
    std::optional<PeerCertificate> m_lastCertificate; // of the last test that failed on TLS
    QHash<QWidget*, QLabel*> m_errorLabels;           // field -> the line under it that says what is wrong
    QHash<QWidget*, QWidget*> m_leaveMarks;           // leaving this widget -> check that field
    QSet<QWidget*> m_checked;                         // fields whose problem is shown (left once, or Save pressed)
    bool m_saveTried = false;
    QAction* m_showSecretAction = nullptr;
};

} // namespace kontor::gui
