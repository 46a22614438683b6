#include "OrdersView.h"

#include "OrderDetailPane.h"
#include "OrderFilterBar.h"
#include "OrdersTableModel.h"
#include "StatusBadgeDelegate.h"
#include "StatusChangeDialog.h"
#include "audit/AuditLog.h"
#include "services/OrderListing.h"
#include "services/ServiceClient.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/printlounge/PrintloungeClient.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace kontor::gui {

namespace {
constexpr int PageSize = 100;
}

OrdersView::OrdersView(ClientRegistry* clients, QWidget* parent)
    : OrdersView(clients, new OrdersTableModel, parent)
{}

OrdersView::OrdersView(ClientRegistry* clients, OrdersTableModel* model, QWidget* parent)
    : RecordsView(clients, model,
                  {tr("Loading orders…"), tr("No orders yet"), tr("The orders could not be loaded"),
                   tr("More orders could not be loaded."), tr("Search orders…"),
                   tr("Show only the loaded orders whose number, status, date, amount, customer or item names contain "
                      "this text"),
                   tr("Load more orders"), tr("Orders"), QStringLiteral("orders"), tr("orders")},
                  parent)
    , m_model(model)
    , m_detail(new OrderDetailPane(this))
    , m_openAction(new QAction(tr("Open order"), this))
    , m_changeStatusAction(new QAction(tr("Change status…"), this))
    , m_filterBar(new OrderFilterBar(this))
    , m_filtersButton(new QToolButton(this))
{
    m_filtersButton->setObjectName(QStringLiteral("ordersFilters"));
    m_filtersButton->setCheckable(true);
    m_filtersButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filtersButton->setToolTip(tr("Filters the shop applies before it sends the orders"));
    m_filtersButton->hide();
    addHeaderWidget(m_filtersButton);
    m_filterBar->hide();
    setBarBelowHeader(m_filterBar);
    connect(m_filtersButton, &QToolButton::toggled, m_filterBar, &QWidget::setVisible);
    connect(m_filterBar, &OrderFilterBar::applied, this, [this] {
        m_shopFilters = m_filterBar->filters();
        m_shopFilterSummary = m_filterBar->summary();
        updateFiltersButton();
        reload();
    });
    updateFiltersButton();
    m_model->setParent(this);
    proxyModel()->setFilterRole(OrdersTableModel::SearchRole);
    setColumnAvailable(OrdersTableModel::Source, false);
    table()->setItemDelegateForColumn(OrdersTableModel::Status,
                                      new StatusBadgeDelegate(OrdersTableModel::StatusCodeRole, table()));
    m_openAction->setObjectName(QStringLiteral("openOrderAction"));
    m_openAction->setToolTip(tr("Show the order with its items beside the list (Enter)"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedSourceRows();
        if (!rows.isEmpty())
            openRecord(m_model->index(rows.first(), 0));
    });
    m_changeStatusAction->setObjectName(QStringLiteral("changeStatusAction"));
    m_changeStatusAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_changeStatusAction->setToolTip(tr("Give the selected orders a new status (F2)"));
    connect(m_changeStatusAction, &QAction::triggered, this, [this] { changeStatusOfSelection(); });
    addRowAction(m_openAction);
    addRowAction(m_changeStatusAction);
    m_changeStatusAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::updateActions);
    updateActions();
    setSidePane(m_detail);
    connect(m_detail, &OrderDetailPane::closeRequested, this, [this] {
        m_detail->hide();
        m_detail->clear();
        table()->setFocus();
    });
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
    if (!m_shopFilterSummary.isEmpty())
        return tr("'%1' has no orders that match the filters (%2). Clear the filters to see every order.")
            .arg(profile.name, m_shopFilterSummary);
    return tr("'%1' has no orders to show.").arg(profile.name);
}

void OrdersView::updateFiltersButton()
{
    const int active = static_cast<int>(m_shopFilters.size());
    m_filtersButton->setText(active == 0 ? tr("Filters") : tr("Filters (%1)").arg(active));
    m_filtersButton->setAccessibleName(m_filtersButton->text());
}

QString OrdersView::countText(int shown, int total) const
{
    // Worded without plurals, so English needs no translation file to read well.
    QString text = shown == total ? tr("Orders shown: %1").arg(total)
                                  : tr("Orders matching the search: %1 of %2").arg(shown).arg(total);
    if (!m_shopFilterSummary.isEmpty())
        text += QStringLiteral(" · ") + tr("loaded with the filters %1").arg(m_shopFilterSummary);
    return text;
}

void OrdersView::clearRows()
{
    delete m_listing; // its answers go with it
    m_model->clear();
    m_detail->clear();
    m_detail->hide();
    updateActions();
}

void OrdersView::openRecord(const QModelIndex& sourceIndex)
{
    const std::optional<OrderSummary> order = m_model->orderAt(sourceIndex.row());
    if (!order)
        return;
    m_detail->show();
    m_detail->showOrder(profile(), *order, currentClient());
}

void OrdersView::setAuditLog(AuditLog* audit)
{
    m_audit = audit;
}

void OrdersView::updateActions()
{
    const bool selected = table()->selectionModel() && table()->selectionModel()->hasSelection();
    m_openAction->setEnabled(selected);
    const bool canChange = profile().service == Service::Printlounge;
    m_changeStatusAction->setEnabled(selected && canChange);
    m_changeStatusAction->setToolTip(canChange ? tr("Give the selected orders a new status (F2)")
                                               : tr("Only Printlounge lets Kontor change an order's status."));
}

StatusChangeDialog* OrdersView::changeStatusOfSelection()
{
    auto* client = qobject_cast<PrintloungeClient*>(currentClient());
    const QList<int> rows = selectedSourceRows();
    if (!client || rows.isEmpty() || profile().service != Service::Printlounge)
        return nullptr;
    QList<StatusChangeDialog::Order> orders;
    for (int row : rows) {
        const std::optional<OrderSummary> order = m_model->orderAt(row);
        if (order)
            orders.append({order->number.isEmpty() ? order->id : order->number, order->customer, order->status});
    }
    auto* dialog = new StatusChangeDialog(client, profile(), m_audit, orders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = profile().id;
    connect(dialog, &StatusChangeDialog::orderStatusChanged, m_model, &OrdersTableModel::setOrderStatus);
    connect(dialog, &StatusChangeDialog::changesFinished, this, [this, profileId](int changed, int notChanged) {
        emit statusChangeFinished(profileId, changed, notChanged);
    });
    dialog->show();
    return dialog;
}

void OrdersView::cancelLoad()
{
    if (m_listing)
        m_listing->cancel();
}

void OrdersView::fetchPage(ServiceClient* client, bool firstPage, quint64 generation)
{
    OrdersCapability* orders = client->orders();
    if (!orders) {
        pageFailed(generation, firstPage,
                   Error::make(Error::Kind::Unsupported, tr("This service has no order list in Kontor.")));
        return;
    }
    if (!firstPage && m_listing) {
        m_listing->resume(); // on from the page that failed or was not asked for yet
        return;
    }
    delete m_listing;
    m_model->setProfile(profile());
    if (m_filterProfileId != profile().id) {
        // Another profile: its service's filters, none applied.
        m_filterProfileId = profile().id;
        m_filterBar->setProfile(profile());
        m_shopFilters.clear();
        m_shopFilterSummary.clear();
        updateFiltersButton();
        m_filtersButton->setVisible(m_filterBar->hasFields());
        if (!m_filterBar->hasFields())
            m_filtersButton->setChecked(false);
    }
    OrderQuery query;
    query.limit = PageSize;
    query.filters = m_shopFilters;
    m_listing = new OrderListing(orders, query, 0, this, client);
    // Rows are handed over at most five times a second: a repaint per page is what a long load spent its time
    // on (bench/orders_paging).
    m_listing->setDeliveryInterval(200);
    OrderListing* listing = m_listing;
    connect(listing, &OrderListing::pageArrived, this, [this, generation, listing](const QList<OrderSummary>& rows) {
        if (!isCurrent(generation))
            return;
        const bool first = m_model->rowCount() == 0;
        m_model->appendOrders(rows);
        if (first)
            table()->resizeColumnToContents(OrdersTableModel::Status);
        loadProgress(generation, tr("Loading orders from '%1': %2 so far (page %3)…")
                                     .arg(profile().name, QLocale().toString(m_model->rowCount()))
                                     .arg(QLocale().toString(listing->pages())));
    });
    connect(listing, &OrderListing::finished, this, [this, generation](const Error& error) {
        // The last rows were inserted in this same event: the end of the load waits for the next turn of the
        // event loop, so the two do not add up to one long stall (bench/orders_paging).
        QTimer::singleShot(0, this, [this, generation, error] {
            if (!isCurrent(generation))
                return;
            // Status names are the shop's own words, of any length: the column takes the width they need.
            table()->resizeColumnToContents(OrdersTableModel::Status);
            if (error.ok())
                pageLoaded(generation, true, true);
            else if (error.kind == Error::Kind::Cancelled)
                pageLoaded(generation, true, false); // "Load more orders" goes on from here
            else
                pageFailed(generation, m_model->rowCount() == 0, error);
        });
    });
    listing->start();
}

} // namespace kontor::gui
