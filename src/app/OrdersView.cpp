#include "OrdersView.h"

#include "OrdersTableModel.h"
#include "services/ServiceClient.h"
#include "services/capabilities/OrdersCapability.h"

#include <QTableView>

namespace kontor::gui {

namespace {
constexpr int PageSize = 50;
}

OrdersView::OrdersView(ClientRegistry* clients, QWidget* parent)
    : OrdersView(clients, new OrdersTableModel, parent)
{}

OrdersView::OrdersView(ClientRegistry* clients, OrdersTableModel* model, QWidget* parent)
    : RecordsView(clients, model,
                  {tr("Loading orders…"), tr("No orders yet"), tr("The orders could not be loaded"),
                   tr("More orders could not be loaded."), tr("Filter orders…"),
                   tr("Show only orders whose number, status, date, amount or customer contains this text"),
                   tr("Load more orders"), tr("Orders"), QStringLiteral("orders")},
                  parent)
    , m_model(model)
{
    m_model->setParent(this);
    table()->setColumnWidth(OrdersTableModel::Number, 130);
    table()->setColumnWidth(OrdersTableModel::Status, 150);
    table()->setColumnWidth(OrdersTableModel::Paid, 70);
    table()->setColumnWidth(OrdersTableModel::Created, 160);
    table()->setColumnWidth(OrdersTableModel::Amount, 100);
}

QString OrdersView::titleFor(const Profile& profile) const
{
    return tr("%1 — Orders").arg(profile.name);
}

QString OrdersView::statusText(const Profile& profile) const
{
    return tr("Loading orders from '%1'…").arg(profile.name);
}

QString OrdersView::emptyText(const Profile& profile) const
{
    return tr("'%1' has no orders to show.").arg(profile.name);
}

QString OrdersView::countText(int shown, int total) const
{
    // Worded without plurals, so English needs no translation file to read well.
    if (shown == total)
        return tr("Orders shown: %1").arg(total);
    return tr("Orders matching the filter: %1 of %2").arg(shown).arg(total);
}

void OrdersView::clearRows()
{
    m_cursor.clear();
    m_model->clear();
}

void OrdersView::fetchPage(ServiceClient* client, bool firstPage, quint64 generation)
{
    OrdersCapability* orders = client->orders();
    if (!orders) {
        pageFailed(generation, firstPage,
                   Error::make(Error::Kind::Unsupported, tr("This service has no order list in Kontor.")));
        return;
    }
    OrderQuery query;
    query.limit = PageSize;
    query.cursor = firstPage ? QString() : m_cursor;
    orders->listOrders(query, this, [this, generation, firstPage](const Result<OrderPage>& result) {
        if (!isCurrent(generation))
            return;
        if (!result.ok()) {
            pageFailed(generation, firstPage, result.error);
            return;
        }
        const OrderPage& page = result.value;
        m_cursor = page.nextCursor;
        if (firstPage)
            m_model->setOrders(page.orders);
        else
            m_model->appendOrders(page.orders);
        // Keyset paging: only an empty page, or a service that says so, ends the list.
        pageLoaded(generation, firstPage, page.endReached || page.orders.isEmpty() || page.nextCursor.isEmpty());
    });
}

} // namespace kontor::gui
