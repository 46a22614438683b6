#pragma once
// SettingsDialog: the application's preferences (settings/AppPreferences) as a form: language (next start),
// default timeouts, parallel uploads, the application's proxy (its password to the keychain), the data folder
// (next start) and "Clear all local data…". Window-modal through open(); OK saves kontor.ini and applies what
// can apply now (timeouts for new profiles, upload default, proxy). Disk work runs on the thread pool.

#include "ProxyFields.h"
#include "settings/AppPreferences.h"
#include "settings/LocalData.h"

#include <QDialog>
#include <QScopedPointer>
#include <functional>

namespace Ui {
class SettingsDialog;
}

namespace kontor {
class ProfileStore;
class SecretStore;
} // namespace kontor

namespace kontor::gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The form's values now (the password included).
    AppPreferences::Values values() const;
    void setValues(const AppPreferences::Values& values);
    // Asked before clearing: true while an invoice upload runs (clearing is then refused).
    void setUploadRunning(std::function<bool()> running) { m_uploadRunning = std::move(running); }
    // Where clearing looks (default: this process's places); a test seam.
    void setPlaces(const LocalData::Places& places) { m_places = places; }
    // Removes `items` on the thread pool (profiles through the store and the keychain); cleared() reports.
    void clearItems(const QList<LocalData::Item>& items);
    QString clearResultText() const;
    // Opens the confirmation that lists what goes, with sizes (read on the thread pool).
    void confirmClear();
    static QString itemText(LocalData::Item item);

    void accept() override;

signals:
    void cleared(const QString& summary);
    void saved();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitContents();
    void validateProxy();
    void updateDataNote();

    QScopedPointer<Ui::SettingsDialog> m_ui;
    ProxyFields m_proxyFields;
    ProfileStore* m_store;
    SecretStore* m_secrets;
    AppPreferences m_preferences;
    LocalData::Places m_places;
    std::function<bool()> m_uploadRunning;
    QString m_loadedDataDir;
    bool m_clearing = false;
};

} // namespace kontor::gui
