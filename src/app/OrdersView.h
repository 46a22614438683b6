#pragma once
// OrdersView: the orders of one profile, a page at a time through the client's OrdersCapability, with the
// cursor the service client hands back.

#include "RecordsView.h"

namespace kontor::gui {

class OrdersTableModel;

class OrdersView : public RecordsView
{
    Q_OBJECT
public:
    explicit OrdersView(ClientRegistry* clients, QWidget* parent = nullptr);

    OrdersTableModel* model() const { return m_model; }

protected:
    QString titleFor(const Profile& profile) const override;
    QString statusText(const Profile& profile) const override;
    QString emptyText(const Profile& profile) const override;
    QString countText(int shown, int total) const override;
    void clearRows() override;
    void fetchPage(ServiceClient* client, bool firstPage, quint64 generation) override;

private:
    OrdersView(ClientRegistry* clients, OrdersTableModel* model, QWidget* parent);

    OrdersTableModel* m_model;
    QString m_cursor;
};

} // namespace kontor::gui
