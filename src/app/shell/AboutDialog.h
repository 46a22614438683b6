#pragma once
// AboutDialog: which Kontor this is (version), what it is built on (Qt, QtKeychain), what it is for,
// and under which licence it comes.

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AboutDialog;
}

namespace kontor::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    const QScopedPointer<Ui::AboutDialog> m_ui;
};

} // namespace kontor::gui
