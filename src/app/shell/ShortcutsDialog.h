#pragma once
// ShortcutsDialog: a non-modal list of every keyboard shortcut of the main window, grouped by menu. It reads
// the actions themselves (their text and their shortcuts, in the platform's own notation), so it cannot
// drift from what the keys really do.

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace kontor::gui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow* window);

    // Reads the window's actions again.
    void reload();
    QTreeWidget* list() const { return m_list; }

private:
    QMainWindow* m_window;
    QTreeWidget* m_list;
};

} // namespace kontor::gui
