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
    // Under the name: the service, with the count of orders listed or that the last call failed.
    static QString secondLine(const QModelIndex& index);
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace kontor::gui
