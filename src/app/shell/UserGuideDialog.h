#pragma once
// UserGuideDialog: the user guide (docs/user-guide.md, compiled into the program as a resource so it is there
// whether Kontor is installed or run from the build folder), shown as formatted text in a non-modal window.

#include <QDialog>

class QTextBrowser;

namespace kontor::gui {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The guide's Markdown text, empty if the resource is missing.
    static QString guideMarkdown();

private:
    QTextBrowser* m_browser;
};

} // namespace kontor::gui
