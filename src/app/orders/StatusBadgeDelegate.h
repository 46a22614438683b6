#pragma once
// StatusBadgeDelegate: an order's status as a coloured badge with its name ("Versandt (62)"). The colour
// follows the status code, so one status has one colour in every list and every run; the text stays dark on a
// light tint (or light on a dark one in a dark palette) so it reads in every theme.

#include <QStyledItemDelegate>

namespace kontor::gui {

class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `codeRole`: the model's role with the status as the service says it.
    StatusBadgeDelegate(int codeRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The badge's fill for a status code, for the given palette (dark or light).
    static QColor colourFor(const QString& code, const QPalette& palette);

protected:
    // The badge's fill for the row at `index`: colourFor() its code, unless a subclass knows better.
    virtual QColor fillFor(const QModelIndex& index, const QPalette& palette) const;

private:
    int m_codeRole;
};

} // namespace kontor::gui
