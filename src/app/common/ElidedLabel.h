#pragma once
// ElidedLabel: a one-line label that gives up width gracefully. Squeezed below its text's width (a narrow
// window, a long profile name, a long language), it ends the text with "…" and shows the whole text as its
// tooltip instead of being cut off or pushing its neighbours over each other.

#include <QLabel>

namespace kontor::gui {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace kontor::gui
