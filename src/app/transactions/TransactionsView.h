#pragma once
// TransactionsView: the marketplace transactions of a Webshippy profile (getMarketplaceTransactions). The
// filter bar above the list says which ones the marketplace sends (invoice state, days, your role); Apply loads
// them again in the background. The search box looks through the loaded rows (id, parties, product names,
// payment id, invoice number). The invoice's state shows as a coloured badge in words.

#include "RecordsView.h"
#include "domain/Records.h"

namespace kontor::gui {

class TransactionFilterBar;
class TransactionsTableModel;

class TransactionsView : public RecordsView
{
    Q_OBJECT
public:
    explicit TransactionsView(ClientRegistry* clients, QWidget* parent = nullptr);

    TransactionsTableModel* model() const { return m_model; }
    TransactionFilterBar* filterBar() const { return m_filterBar; }
    // The filters of the list on screen (or on its way).
    TransactionFilter appliedFilter() const { return m_filter; }

protected:
    QString titleFor(const Profile& profile) const override;
    QString statusText(const Profile& profile) const override;
    QString emptyText(const Profile& profile) const override;
    QString countText(int shown, int total) const override;
    void clearRows() override;
    void fetchPage(ServiceClient* client, bool firstPage, quint64 generation) override;

private:
    TransactionsView(ClientRegistry* clients, TransactionsTableModel* model, QWidget* parent);

    TransactionsTableModel* m_model;
    TransactionFilterBar* m_filterBar;
    TransactionFilter m_filter;
    QString m_filterSummary;
    QString m_filterProfileId; // the profile the filters were chosen for
};

} // namespace kontor::gui
