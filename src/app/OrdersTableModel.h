#pragma once
// OrdersTableModel: the orders of one profile as a table (Number, Status, Paid, Created, Amount,
// Customer). Holds only what the service client delivered; pages are appended as they arrive.

#include "RecordsView.h"
#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QList>

namespace kontor::gui {

class OrdersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, Paid, Created, Amount, Customer, ColumnCount };
    enum Role {
        SortRole = RecordsView::SortRole, // numbers sort as numbers, text as text
        OrderIdRole,
    };

    explicit OrdersTableModel(QObject* parent = nullptr);

    void setOrders(QList<OrderSummary> orders);
    void appendOrders(const QList<OrderSummary>& orders);
    void clear();
    const OrderSummary* orderAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "yes"/"no" as a person reads them; other values as the service sent them.
    static QString paidText(const QString& paid);

private:
    QList<OrderSummary> m_orders;
};

} // namespace kontor::gui
