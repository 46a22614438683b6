#pragma once
// CustomersTableModel: the customers of a VirtualPOS profile as a table a person reads (name, e-mail, phone,
// group, birth date in the user's locale, id). Each row keeps the customer's fields exactly as the service
// sent them (customerAt()), for the form that edits it. Pages are appended as they arrive.

#include "RecordsView.h"
#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QList>

namespace kontor::gui {

class CustomersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, Group, BirthDate, Id, ColumnCount };
    enum Role {
        SortRole = RecordsView::SortRole,
        SearchRole, // name, e-mail, phone and id in one text, for the search box
        CustomerIdRole,
    };

    explicit CustomersTableModel(QObject* parent = nullptr);

    void setCustomers(QList<FieldList> customers);
    // Adds the customers not there yet (by id) and returns how many were new.
    int appendCustomers(const QList<FieldList>& customers);
    // A customer written by the form: its row is replaced, or added when it is new.
    void upsertCustomer(const FieldList& customer);
    void clear();
    const FieldList* customerAt(int row) const;
    int rowOfId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FieldList> m_customers;
    QHash<QString, int> m_rowById;
};

} // namespace kontor::gui
