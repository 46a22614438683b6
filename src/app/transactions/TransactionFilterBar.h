#pragma once
// TransactionFilterBar: the filters the marketplace applies before it sends the transactions (Webshippy
// getMarketplaceTransactions: invoice state, from and to day, our role), each as a choice in words or a date
// with an "Any" state. Apply (or Clear) hands them to the transactions view, which loads the list again; the
// search box above the table only looks through what is loaded.

#include "domain/Records.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace kontor::gui {

class TransactionFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TransactionFilterBar(QWidget* parent = nullptr);

    // As the service takes them: the wire values, days as yyyy-mm-dd, empty for "Any".
    TransactionFilter filter() const;
    // In words, for the empty list: "Invoice: Not invoiced, From: 6/1/2025".
    QString summary() const;
    // Every input back to "Any" (does not apply).
    void clear();

    QComboBox* invoiceInput() const { return m_invoice; }
    QDateEdit* fromInput() const { return m_from; }
    QDateEdit* toInput() const { return m_to; }
    QComboBox* roleInput() const { return m_role; }
    QPushButton* applyButton() const { return m_apply; }

signals:
    // Apply or Clear: the view loads again with filter().
    void applied();

private:
    static QString dayOf(const QDateEdit* edit);

    QComboBox* m_invoice;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_role;
    QPushButton* m_apply;
    QPushButton* m_clear;
};

} // namespace kontor::gui
