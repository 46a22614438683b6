#pragma once
// Ean13BarcodeWidget: an EAN-13 drawn as it is printed, bars (guards longer) with the digits under them, so
// the person can compare it with the card in their hand or scan it off the screen. Empty (a grey frame with
// "no barcode") when the code is not a valid EAN-13.

#include <QWidget>

namespace kontor::gui {

class Ean13BarcodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit Ean13BarcodeWidget(QWidget* parent = nullptr);

    void setCode(const QString& ean);
    QString code() const { return m_code; }
    // The 95 modules drawn ('1' a bar), empty when nothing is drawn.
    QString modules() const { return m_modules; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_code;
    QString m_modules;
};

} // namespace kontor::gui
