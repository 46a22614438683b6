#pragma once
// OrdersTableModel: the orders of one profile as a table (Number, Status, Paid, Created, Amount,
// Customer). Holds only what the service client delivered; pages are appended as they arrive.

#include "RecordsView.h"
#include "domain/Records.h"
#include "profile/Profile.h"

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

    // The profile whose orders these are: its status names label the status column.
    void setProfile(const Profile& profile);
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

    // A date as the service sends it ("2025-05-27 20:07:00") in the user's locale; other text unchanged.
    static QString dateText(const QString& wire);
    // A decimal amount as the service sends it ("13847.94") in the user's locale, with its currency where
    // the order names one.
    static QString amountText(const QString& wire, const QString& currency);

private:
    QList<OrderSummary> m_orders;
    Profile m_profile;
};

} // namespace kontor::gui
