#include "Ean13BarcodeWidget.h"

#include "domain/Ean13.h"

#include <QPainter>

namespace kontor::gui {

namespace {
constexpr int QuietModules = 11; // the white margin left of the bars (the first digit is printed in it)
constexpr int TotalModules = QuietModules + 95 + 7;
} // namespace

Ean13BarcodeWidget::Ean13BarcodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Barcode"));
}

void Ean13BarcodeWidget::setCode(const QString& ean)
{
    m_code = ean.trimmed();
    m_modules = Ean13::modules(m_code);
    setAccessibleDescription(m_modules.isEmpty() ? tr("No barcode") : m_code);
    update();
}

QSize Ean13BarcodeWidget::sizeHint() const
{
    return {TotalModules * 2, 72};
}

QSize Ean13BarcodeWidget::minimumSizeHint() const
{
    return {TotalModules * 2, 72};
}

void Ean13BarcodeWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // A barcode is black on white whatever the theme, as it is printed.
    const int module = qMax(1, width() / TotalModules);
    const int drawnWidth = module * TotalModules;
    const QRect area((width() - drawnWidth) / 2, 0, drawnWidth, height());
    painter.fillRect(area, Qt::white);
    if (m_modules.isEmpty()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawRect(area.adjusted(0, 0, -1, -1));
        painter.drawText(area, Qt::AlignCenter, tr("No barcode"));
        return;
    }
    QFont font = painter.font();
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(qMax(9, module * 6));
    painter.setFont(font);
    const int textHeight = painter.fontMetrics().height();
    const int top = 4;
    const int barBottom = height() - textHeight - 2;
    const int guardBottom = barBottom + textHeight / 2;
    auto isGuard = [](int i) { return i < 3 || (i >= 45 && i < 50) || i >= 92; };
    for (int i = 0; i < m_modules.size(); ++i) {
        if (m_modules.at(i) != QLatin1Char('1'))
            continue;
        const int x = area.left() + (QuietModules + i) * module;
        painter.fillRect(QRect(x, top, module, (isGuard(i) ? guardBottom : barBottom) - top), Qt::black);
    }
    painter.setPen(Qt::black);
    const int textTop = barBottom + 1;
    auto drawDigits = [&](const QString& digits, int fromModule, int modules) {
        painter.drawText(QRect(area.left() + fromModule * module, textTop, modules * module, textHeight),
                         Qt::AlignCenter, digits);
    };
    drawDigits(m_code.left(1), 0, QuietModules - 2);
    drawDigits(m_code.mid(1, 6), QuietModules + 3, 42);
    drawDigits(m_code.mid(7, 6), QuietModules + 50, 42);
}

} // namespace kontor::gui
