#include "StatusBadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace kontor::gui {

namespace {
constexpr int PadX = 7;
constexpr int PadY = 3;
constexpr int Margin = 3;
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int codeRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_codeRole(codeRole)
{}

QColor StatusBadgeDelegate::colourFor(const QString& code, const QPalette& palette)
{
    // A stable hue per code (not qHash: that is seeded per process).
    quint32 h = 2166136261u;
    for (const QChar c : code)
        h = (h ^ c.unicode()) * 16777619u;
    const int hue = static_cast<int>(h % 360);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor::fromHsl(hue, 90, 70) : QColor::fromHsl(hue, 160, 222);
}

QColor StatusBadgeDelegate::fillFor(const QModelIndex& index, const QPalette& palette) const
{
    return colourFor(index.data(m_codeRole).toString(), palette);
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The cell as usual (selection, focus), without its text.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QFontMetrics fm(opt.font);
    const QRect cell = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    // A little slack: elidedText() measures in fractions of a pixel, horizontalAdvance() rounds.
    const int width = qMin(cell.width(), fm.horizontalAdvance(text) + 2 * PadX + 3);
    const QRect badge(cell.left(), cell.top(), width, cell.height());
    const QColor fill = fillFor(index, option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(fill.darker(135));
    painter->drawPath(path);
    painter->setPen(fill.lightness() > 128 ? QColor(0x20, 0x20, 0x20) : QColor(0xf5, 0xf5, 0xf5));
    painter->setFont(opt.font);
    painter->drawText(badge.adjusted(PadX, 0, -PadX, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * PadX));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(fm.horizontalAdvance(index.data().toString()) + 2 * (PadX + Margin) + 8);
    size.setHeight(qMax(size.height(), fm.height() + 2 * (PadY + Margin)));
    return size;
}

} // namespace kontor::gui
