#pragma once
// MessageBanner: an inline coloured bar with an icon, a sentence and an optional action button, shown at
// the top of a view instead of a modal message box (the shape of KeePassXC's MessageWidget). The person
// can keep working while it is shown and close it when it is closable.

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace kontor::gui {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Positive, Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    // Shows the banner; an empty actionText hides the action button.
    void showMessage(const QString& text, Type type, const QString& actionText = {});
    void hideMessage();

    void setClosable(bool closable);
    Type type() const { return m_type; }
    QString text() const;
    QPushButton* actionButton() const { return m_action; }

signals:
    void actionTriggered();
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    Type m_type = Type::Information;
};

} // namespace kontor::gui
