#pragma once
// HelpMenu: the Help menu's own entries besides About: the keyboard shortcuts (read from the window's actions,
// so the list stays true), the folder the log files are written to, and the user guide. Opening a folder goes
// through a replaceable opener so tests can see the address without starting a file manager.

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace kontor::gui {

class ShortcutsDialog;
class UserGuideDialog;

class HelpMenu : public QObject
{
    Q_OBJECT
public:
    // Adds its entries to `menu`; `window` is the one whose shortcuts are listed.
    HelpMenu(QMainWindow* window, QMenu* menu);

    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* logFolderAction() const { return m_logFolder; }
    QAction* userGuideAction() const { return m_userGuide; }

    // The log folder as an address to open (the folder is created when missing).
    static QUrl logFolderUrl();
    // How an address is opened; QDesktopServices::openUrl unless a test says otherwise.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

    void showShortcuts();
    void openLogFolder();
    void showUserGuide();

signals:
    // Something the person should read, e.g. that no file manager could open the folder.
    void notice(const QString& text);

private:
    QMainWindow* m_window;
    QAction* m_shortcuts;
    QAction* m_logFolder;
    QAction* m_userGuide;
    std::function<bool(const QUrl&)> m_opener;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<UserGuideDialog> m_guideDialog;
};

} // namespace kontor::gui
