#pragma once
// OrdersTableModel: orders as a table (Number, Status, Paid, Created, Amount, Customer, Source). Holds only
// what the service clients delivered; pages are appended as they arrive. One profile's orders, or (the "All
// orders" view) those of several, each row knowing its source profile, whose status names label it.
//
// A shop can have hundreds of thousands of orders, so a row is kept compact (bench/orders_paging measures the
// bytes per row): the texts of an order in one string, a numeric id and the usual date format as integers,
// statuses and the names of the extra fields in tables shared by all rows. orderAt() gives the order back
// exactly as it was delivered.

#include "RecordsView.h"
#include "domain/Records.h"
#include "profile/Profile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

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
        SearchRole,        // what the search box looks at: the text shown, and the item names with the customer
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
    // The order of a row as the service client delivered it; nothing for a row out of range.
    std::optional<OrderSummary> orderAt(int row) const;
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
    struct Row
    {
        QString texts;      // the order's texts, one after another, each behind its length (see Text)
        qint64 id = -1;     // the id when it is a plain number, else -1 and the id is in texts
        qint64 created = 0; // "yyyy-MM-dd HH:mm:ss" as yyyyMMddHHmmss; 0: the wire text is in texts
        qint64 modified = 0;
        quint32 status = 0;      // index into m_statuses
        quint32 extraKeys = 0;   // index into m_keySets: the names of the extra fields
        quint32 items = NoItems; // index into m_items
        quint16 source = 0;      // index into m_profiles (unused while they are empty)
        quint8 paid = 0;         // Paid: none, yes, no, or other (the text is in texts)
        static constexpr quint32 NoItems = 0xffffffffu;
    };
    static constexpr quint16 NoSource = 0xffff; // a row of the single profile (m_profile)
    enum Paid : quint8 { PaidNone, PaidYes, PaidNo, PaidOther };
    // The texts' fixed slots, in order; the extra fields' values follow.
    enum Text { IdText, NumberText, PaidText, CreatedText, ModifiedText, AmountText, CustomerText, FixedTexts };

    Row pack(const OrderSummary& order, quint16 source);
    OrderSummary unpack(const Row& row) const;
    QStringView text(const Row& row, int slot) const;
    QString idOf(const Row& row) const;
    QString numberOf(const Row& row) const; // the number, else the id
    QString createdOf(const Row& row) const;
    QString currencyOf(const Row& row) const;
    quint32 statusIndex(const QString& status);
    quint32 keySetIndex(const FieldList& extra);
    void appendRows(const QList<OrderSummary>& orders, quint16 source);

    QList<Row> m_rows;
    QStringList m_statuses;
    QHash<QString, quint32> m_statusIndex;
    QList<QStringList> m_keySets;
    QHash<QString, quint32> m_keySetIndex; // the names joined
    quint32 m_lastKeySet = 0;              // the set the last row used (the next row of a page has it too)
    QList<QList<CartItem>> m_items;
    QList<Profile> m_profiles; // the sources of a merged list; empty while all rows are m_profile's
    Profile m_profile;
};

} // namespace kontor::gui
