#include "ProfileItemDelegate.h"

#include "ProfileListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace kontor::gui {

namespace {
constexpr int Padding = 8;
constexpr int IconSize = 32;

QFont tagFontFor(const QFont& font)
{
    QFont tagFont = font;
    tagFont.setPointSizeF(tagFont.pointSizeF() * 0.8);
    tagFont.setBold(true);
    return tagFont;
}

int tagWidth(const QFont& font)
{
    return QFontMetrics(tagFontFor(font)).horizontalAdvance(ProfileItemDelegate::tr("Demo")) + 10;
}

// Where the name may be drawn in a row of `rect`.
int nameWidthIn(const QRect& rect, bool demo, const QFont& font)
{
    const QRect r = rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const int textLeft = r.left() + IconSize - 1 + Padding + 2; // as paint() places it
    const int nameRight = demo ? r.right() - tagWidth(font) - Padding / 2 : r.right();
    return qMax(0, nameRight - textLeft);
}
} // namespace

int ProfileItemDelegate::minimumWidth(const QFont& font)
{
    // Icon, the tag whole, and about ten characters of the name.
    QFont bold = font;
    bold.setBold(true);
    return 2 * Padding + IconSize + Padding + 2 + tagWidth(font) + Padding / 2 +
           10 * QFontMetrics(bold).averageCharWidth();
}

bool ProfileItemDelegate::nameElided(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    QFont bold = option.font;
    bold.setBold(true);
    const int width = nameWidthIn(option.rect, index.data(ProfileListModel::DemoRole).toBool(), option.font);
    return QFontMetrics(bold).horizontalAdvance(index.data(Qt::DisplayRole).toString()) > width;
}

bool ProfileItemDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                    const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() || !nameElided(option, index))
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // A shortened name: the tooltip starts with the whole of it.
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString more = index.data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPos(), more.isEmpty() ? name : name + QLatin1Char('\n') + more, view, option.rect);
    return true;
}

QString ProfileItemDelegate::countText(const QModelIndex& index)
{
    const int orders = index.data(ProfileListModel::OrderCountRole).toInt();
    if (orders < 0 || !index.data(ProfileListModel::FailureRole).toString().isEmpty())
        return {};
    return QLocale().toString(orders);
}

void ProfileItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Let the style draw the selection and focus background, then draw the contents ourselves.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(r.left(), r.top() + (r.height() - IconSize) / 2, IconSize, IconSize);
    icon.paint(painter, iconRect);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = textColour;
    secondary.setAlphaF(0.7);

    const int textLeft = iconRect.right() + Padding + 2;
    const int textRight = r.right();
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(option.font);
    const int blockHeight = nameMetrics.height() + smallMetrics.height();
    const int top = r.top() + (r.height() - blockHeight) / 2;

    const QFont tagFont = tagFontFor(option.font);
    // The first line: the name, and on its right the demo tag.
    int nameRight = textRight;
    if (index.data(ProfileListModel::DemoRole).toBool()) {
        const QString tag = tr("Demo");
        const QFontMetrics fm(tagFont);
        const int w = tagWidth(option.font);
        const int h = fm.height() + 2;
        const QRect tagRect(textRight - w, top + (nameMetrics.height() - h) / 2, w, h);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? QColor(255, 255, 255, 60) : QColor(0xf2, 0xb1, 0x34));
        painter->drawRoundedRect(tagRect, h / 2.0, h / 2.0);
        painter->setFont(tagFont);
        painter->setPen(selected ? textColour : QColor(0x3d, 0x2a, 0x00));
        painter->drawText(tagRect, Qt::AlignCenter, tag);
        nameRight = tagRect.left() - Padding / 2;
    }

    // A profile whose last call failed carries a red mark on its icon (the tooltip says why).
    if (!index.data(ProfileListModel::FailureRole).toString().isEmpty()) {
        const int d = 12;
        const QRect mark(iconRect.right() - d + 3, iconRect.top() - 2, d, d);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(QPalette::Base), 1.5));
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawEllipse(mark);
        painter->setPen(Qt::white);
        QFont markFont = tagFont;
        markFont.setPointSizeF(tagFont.pointSizeF() * 0.9);
        painter->setFont(markFont);
        painter->drawText(mark, Qt::AlignCenter, QStringLiteral("!"));
    }

    painter->setFont(nameFont);
    painter->setPen(textColour);
    const int nameWidth = qMax(0, nameRight - textLeft);
    painter->drawText(QRect(textLeft, top, nameWidth, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameWidth));

    // The second line: the service, and on its right how many orders the last load listed (a number in any
    // language, so it never crowds the service's name out).
    painter->setFont(option.font);
    painter->setPen(secondary);
    const QString count = countText(index);
    int serviceRight = textRight;
    if (!count.isEmpty()) {
        const int w = smallMetrics.horizontalAdvance(count);
        painter->drawText(QRect(textRight - w, top + nameMetrics.height(), w, smallMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, count);
        serviceRight = textRight - w - Padding;
    }
    const int serviceWidth = qMax(0, serviceRight - textLeft);
    painter->drawText(QRect(textLeft, top + nameMetrics.height(), serviceWidth, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(ProfileListModel::ServiceNameRole).toString(), Qt::ElideRight,
                                              serviceWidth));
    painter->restore();
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int textHeight = QFontMetrics(bold).height() + QFontMetrics(option.font).height();
    // As narrow as a row may be: the list gives every row its whole width, and a wider hint would only make the
    // narrowest sidebar scroll sideways and cut the tag and the count.
    return {minimumWidth(option.font), qMax(IconSize, textHeight) + Padding + 4};
}

} // namespace kontor::gui
