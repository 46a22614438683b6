#pragma once
// BusyIndicator: a small spinning ring that says "work is in progress" without a percentage. It
// animates only while visible, so a hidden one costs nothing.

#include <QWidget>

class QTimer;

namespace kontor::gui {

class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget* parent = nullptr, int diameter = 16);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QTimer* m_timer;
    int m_diameter;
    int m_angle = 0;
};

} // namespace kontor::gui
