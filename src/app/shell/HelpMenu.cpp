#include "HelpMenu.h"

#include "Logging.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QMainWindow>
#include <QMenu>

namespace kontor::gui {

HelpMenu::HelpMenu(QMainWindow* window, QMenu* menu)
    : QObject(window)
    , m_window(window)
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("helpMenu"));
    m_userGuide = menu->addAction(tr("&User guide"), this, &HelpMenu::showUserGuide);
    m_userGuide->setObjectName(QStringLiteral("actionUserGuide"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = menu->addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    m_logFolder = menu->addAction(tr("Open the &log folder"), this, &HelpMenu::openLogFolder);
    m_logFolder->setObjectName(QStringLiteral("actionLogFolder"));
    m_logFolder->setToolTip(tr("The folder with Kontor's log files, for your IT support. They hold no passwords "
                               "or API keys."));
    menu->addSeparator();
}

QUrl HelpMenu::logFolderUrl()
{
    const QString dir = logDirectory();
    // A fresh installation has written no log yet: the folder is made so that it opens at all.
    QDir().mkpath(dir);
    return QUrl::fromLocalFile(dir);
}

void HelpMenu::showShortcuts()
{
    // One window, brought forward when asked for again; it reads the actions afresh each time.
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(m_window);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->reload();
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void HelpMenu::openLogFolder()
{
    const QUrl url = logFolderUrl();
    if (!m_opener(url))
        emit notice(
            tr("Kontor could not open the log folder. It is %1").arg(QDir::toNativeSeparators(url.toLocalFile())));
}

void HelpMenu::showUserGuide()
{
    if (!m_guideDialog) {
        m_guideDialog = new UserGuideDialog(m_window);
        m_guideDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guideDialog->show();
    m_guideDialog->raise();
    m_guideDialog->activateWindow();
}

} // namespace kontor::gui
