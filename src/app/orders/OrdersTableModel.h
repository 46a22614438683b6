#pragma once
// OrdersTableModel: orders as a table (Number, Status, Paid, Created, Amount, Customer, Source). Holds only
// what the service clients delivered; pages are appended as they arrive. One profile's orders, or (the "All
// orders" view) those of several, each row knowing its source profile, whose status names label it.

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
    enum Column { Number, Status, Paid, Created, Amount, Customer, Source, ColumnCount };
    enum Role {
        SortRole = RecordsView::SortRole, // numbers sort as numbers, text as text
        OrderIdRole,
        StatusCodeRole,    // the status as the service says it (the badge's colour follows it)
        SourceProfileRole, // the id of the profile the row came from
    };

    explicit OrdersTableModel(QObject* parent = nullptr);

    // The profile whose orders these are: its status names label the status column.
    void setProfile(const Profile& profile);
    void setOrders(QList<OrderSummary> orders);
    void appendOrders(const QList<OrderSummary>& orders);
    // For a merged list: the rows come from `profile` (added to the sources when new).
    void appendOrders(const QList<OrderSummary>& orders, const Profile& profile);
    // Drops the rows of one source (before it is loaded again).
    void removeSource(const QString& profileId);
    void clear();
    const OrderSummary* orderAt(int row) const;
    // The profile the row came from (the single profile unless merged).
    const Profile& profileAt(int row) const;
    // After a status change: the row of `code` (its number, else its id) shows `status`. False: no such row.
    bool setOrderStatus(const QString& profileId, const QString& code, const QString& status);

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
    QList<quint16> m_sources; // per row, an index into m_profiles (empty while all rows are m_profile's)
    QList<Profile> m_profiles;
    Profile m_profile;
};

} // namespace kontor::gui
