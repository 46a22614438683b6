#pragma once
// TransactionsTableModel: a Webshippy profile's marketplace transactions as a table a person reads: id, date in
// the user's locale, the two parties, the payment (its state in words and its id), the products (how many and
// their names; the whole list with quantities and amounts in the tooltip), the invoice's state in words and its
// number. Dates sort as dates and ids as the service orders them; the search box looks at SearchRole.

#include "RecordsView.h"
#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QList>

namespace kontor::gui {

class TransactionsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Date, Supplier, Retailer, Payment, PaymentId, Products, Invoice, InvoiceNumber, ColumnCount };
    enum Role {
        SortRole = RecordsView::SortRole,
        SearchRole,        // id, parties, product names, payment id and invoice number in one text
        InvoiceStatusRole, // invoiced | uninvoiced | error, as the service sent it (the badge's colour)
        TransactionIdRole,
    };

    explicit TransactionsTableModel(QObject* parent = nullptr);

    void setTransactions(QList<Transaction> transactions);
    void clear();
    const Transaction* transactionAt(int row) const;
    int rowOfId(const QString& id) const;

    // In words for a person: "Invoiced", "Not invoiced", "Error"; a state Kontor does not know, as sent.
    static QString invoiceStateText(const QString& status);
    // "Paid", "Not paid", "Refunded"; a state Kontor does not know, as sent.
    static QString paymentStateText(const QString& status);
    // The service's "2025-06-01 14:05:00" (or ISO 8601) as a date and time; invalid when it is neither.
    static QDateTime parseDate(const QString& text);
    // The locale's short date and time, with the whole year.
    static QString dateText(const QDateTime& dateTime);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Transaction transaction;
        QDateTime date;
        QString productsText;    // "Mug" or "3 products: Mug, Lamp, Ring"
        QString productsTooltip; // one line per product
        QString search;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
};

} // namespace kontor::gui
