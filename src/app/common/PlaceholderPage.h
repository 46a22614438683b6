#pragma once
// PlaceholderPage: what a view shows instead of its data when there is nothing to show yet: loading,
// empty, an error in plain words with a button (Retry, New profile…), or an explanation.

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kontor::gui {

class BusyIndicator;

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { None, Loading, Empty, Error, Info };

    explicit PlaceholderPage(QWidget* parent = nullptr);

    void showLoading(const QString& text);
    // An empty button text hides that button.
    void showMessage(Kind kind, const QString& title, const QString& text, const QString& buttonText = {},
                     const QString& secondaryText = {});

    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;
    QPushButton* button() const { return m_button; }
    QPushButton* secondaryButton() const { return m_secondary; }

signals:
    void buttonClicked();
    void secondaryClicked();

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    BusyIndicator* m_busy;
    QPushButton* m_button;
    QPushButton* m_secondary;
    Kind m_kind = Kind::None;
};

} // namespace kontor::gui
