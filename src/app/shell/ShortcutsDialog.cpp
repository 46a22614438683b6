#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::gui {

namespace {

// "&Refresh…" as the person reads it in the menu: without the accelerator mark.
QString plainText(const QAction* action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString keysText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow* window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    reload();
    resize(fontMetrics().averageCharWidth() * 64, fontMetrics().height() * 28);
}

void ShortcutsDialog::reload()
{
    m_list->clear();
    QSet<const QAction*> listed;
    QFont headingFont = font();
    headingFont.setBold(true);
    QSet<QString> rows; // every list has its own Copy (Ctrl+C): the person needs to read it once
    auto addSection = [&](const QString& title, const QList<QAction*>& actions) {
        QTreeWidgetItem* heading = nullptr;
        for (const QAction* action : actions) {
            if (action->isSeparator() || action->shortcuts().isEmpty() || listed.contains(action))
                continue;
            listed.insert(action);
            const QString row = plainText(action) + QLatin1Char('\t') + keysText(action);
            if (rows.contains(row))
                continue;
            rows.insert(row);
            if (!heading) {
                heading = new QTreeWidgetItem(m_list, {title});
                heading->setFont(0, headingFont);
                heading->setFirstColumnSpanned(true);
            }
            auto* item = new QTreeWidgetItem(m_list, {plainText(action), keysText(action)});
            item->setData(0, Qt::UserRole, action->objectName());
        }
    };
    // Menu by menu, as the person knows them.
    for (QAction* top : m_window->menuBar()->actions()) {
        if (QMenu* menu = top->menu())
            addSection(plainText(top), menu->actions());
    }
    // Then shortcuts that live on the window or one of its parts without a menu entry (e.g. Delete in the list).
    QList<QAction*> others;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        // Not the actions of a dialog that happens to be open over the window.
        const auto* owner = qobject_cast<const QWidget*>(action->parent());
        if (owner && owner->window() != m_window)
            continue;
        if (!action->shortcuts().isEmpty() && !listed.contains(action) && !action->text().isEmpty())
            others << action;
    }
    addSection(tr("Elsewhere"), others);
    m_list->setCurrentItem(nullptr); // no row looks picked out in a list nobody picks from
}

} // namespace kontor::gui
