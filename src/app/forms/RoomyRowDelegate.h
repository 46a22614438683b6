#pragma once
// Rows a little taller than the text, so accents above capitals (Ü, Й) are never clipped, whatever the font's
// metrics say. For the plain lists of the forms (the preview's fields, the bundle's product matches).

#include <QStyledItemDelegate>

namespace kontor::gui {

class RoomyRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), qMax(size.height(), option.fontMetrics.height() + 6)};
    }
};

} // namespace kontor::gui
