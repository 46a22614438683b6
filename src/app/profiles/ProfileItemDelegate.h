#pragma once
// ProfileItemDelegate: draws one sidebar row as the service icon, the profile's name in bold, the
// service's name below it, and a "Demo" tag for simulator profiles.

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
};

} // namespace kontor::gui
