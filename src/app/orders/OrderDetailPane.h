#pragma once
// OrderDetailPane: one order beside the list, opened by Enter or a double-click. A Printlounge order shows
// its cart: the header fields in groups (delivery address, invoice address, payment, amounts, dates, flags,
// the rest), flags in words, dates and amounts in the user's locale, and the items in a table with their
// type in words. Other services show the order's fields as they come, and its items where the list had
// them. Loading is asynchronous; a failure is said in the pane, in words.

#include "Result.h"
#include "domain/Records.h"
#include "profile/Profile.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace kontor {
class ServiceClient;
}

namespace kontor::gui {

class OrderDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPane(QWidget* parent = nullptr);

    // Shows `order` at once from what the list has, then its full record from `client`.
    void showOrder(const Profile& profile, const OrderSummary& order, ServiceClient* client);
    void clear();

    QString shownOrderId() const { return m_orderId; }
    bool isLoading() const { return m_loading; }
    QStandardItemModel* itemsModel() const { return m_items; }
    // The groups' titles and fields as shown (for tests and screen readers): "Group/Label" -> value.
    QList<QPair<QString, QString>> shownFields() const { return m_shown; }

    // The group a cart field belongs to, by its name ("order_deliver_address_town" -> delivery address).
    static QString groupOf(const QString& key);
    // A field's value for a person: 0/1 flags as words, dates and amounts in the locale.
    static QString valueText(const QString& key, const QString& value);
    // A field's name in words ("Customer number" for order_customer_id); inside an address group the
    // address part alone ("Town"). A field Kontor has no words for keeps the service's name.
    static QString labelOf(const QString& key);

signals:
    void closeRequested();

private:
    void showFields(const FieldList& fields);
    void showItems(const QList<CartItem>& items);
    void showProblem(const Error& error);

    QLabel* m_title;
    QLabel* m_state;
    QWidget* m_fieldsBox;
    QFormLayout* m_form;
    QStandardItemModel* m_items;
    QTableView* m_itemsView;
    QString m_orderId;
    quint64 m_generation = 0;
    bool m_loading = false;
    QList<QPair<QString, QString>> m_shown;
};

} // namespace kontor::gui
