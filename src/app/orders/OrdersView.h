#pragma once
// OrdersView: every order of one profile. Opening the view reads all pages in the background through the
// core's OrderListing: rows appear as they arrive, the status line counts them, Cancel stops (and "Load more
// orders" goes on from there), and the filter searches everything loaded. A page that fails after rows
// arrived leaves them on screen with the error above and Retry, which goes on from the failed page.

#include "RecordsView.h"

#include <QPointer>

namespace kontor {
class OrderListing;
}

namespace kontor::gui {

class OrderDetailPane;
class OrdersTableModel;

class OrdersView : public RecordsView
{
    Q_OBJECT
public:
    explicit OrdersView(ClientRegistry* clients, QWidget* parent = nullptr);

    OrdersTableModel* model() const { return m_model; }
    OrderDetailPane* detail() const { return m_detail; }

protected:
    QString titleFor(const Profile& profile) const override;
    QString statusText(const Profile& profile) const override;
    QString emptyText(const Profile& profile) const override;
    QString countText(int shown, int total) const override;
    void clearRows() override;
    void fetchPage(ServiceClient* client, bool firstPage, quint64 generation) override;
    void cancelLoad() override;
    void openRecord(const QModelIndex& sourceIndex) override;

private:
    OrdersView(ClientRegistry* clients, OrdersTableModel* model, QWidget* parent);

    OrdersTableModel* m_model;
    QPointer<OrderListing> m_listing;
    OrderDetailPane* m_detail;
};

} // namespace kontor::gui
