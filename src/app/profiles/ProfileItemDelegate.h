#pragma once
// ProfileItemDelegate: draws one sidebar row as the service icon, the profile's name in bold, the
// service's name below it, and a "Demo" tag for simulator profiles. A name too long for the row is shortened
// with "…" and shown whole in the tooltip; the tag and the order count are always drawn whole.

#include <QStyledItemDelegate>

namespace kontor::gui {

class ProfileItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // On the right of the service's name: how many orders the last load listed ("250"); empty while unknown
    // or when the last call failed (the icon then carries a red mark).
    static QString countText(const QModelIndex& index);
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
    // The narrowest row that still shows the icon, the whole tag and the start of a name, in `font`.
    static int minimumWidth(const QFont& font);
    // Whether the row's name is drawn shortened at `rowWidth`.
    static bool nameElided(const QStyleOptionViewItem& option, const QModelIndex& index);
};

} // namespace kontor::gui
