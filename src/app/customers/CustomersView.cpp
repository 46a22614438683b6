#include "CustomersView.h"

#include "CustomerForm.h"
#include "CustomersTableModel.h"
#include "audit/AuditLog.h"
#include "services/ServiceClient.h"
#include "services/virtpos/VirtposClient.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace kontor::gui {

namespace {
constexpr int PageSize = 100;
}

CustomersView::CustomersView(ClientRegistry* clients, QWidget* parent)
    : CustomersView(clients, new CustomersTableModel, parent)
{}

CustomersView::CustomersView(ClientRegistry* clients, CustomersTableModel* model, QWidget* parent)
    : RecordsView(clients, model,
                  {tr("Loading customers…"), tr("No customers yet"), tr("The customers could not be loaded"),
                   tr("More customers could not be loaded."), tr("Search customers…"),
                   tr("Show only the customers whose name, e-mail, phone or id contains this text"),
                   tr("Load more customers"), tr("Customers"), QStringLiteral("customers"), tr("customers")},
                  parent)
    , m_model(model)
    , m_clients(clients)
    , m_newButton(new QPushButton(tr("New customer…"), this))
{
    m_model->setParent(this);
    proxyModel()->setFilterRole(CustomersTableModel::SearchRole);
    m_newButton->setObjectName(QStringLiteral("newCustomer"));
    m_newButton->setToolTip(tr("Add a customer to this shop"));
    m_newButton->setEnabled(false);
    connect(m_newButton, &QPushButton::clicked, this, [this] { newCustomer(); });
    addHeaderWidget(m_newButton);

    QHeaderView* columns = table()->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(CustomersTableModel::Name, QHeaderView::Stretch);
    table()->setColumnWidth(CustomersTableModel::Email, 230);
    table()->setColumnWidth(CustomersTableModel::Phone, 140);
    table()->setColumnWidth(CustomersTableModel::Group, 110);
    table()->setColumnWidth(CustomersTableModel::BirthDate, 100);
    table()->setColumnWidth(CustomersTableModel::Id, 80);
}

void CustomersView::setAuditLog(AuditLog* audit)
{
    m_audit = audit;
}

QString CustomersView::titleFor(const Profile& profile) const
{
    return tr("%1 — Customers").arg(profile.name);
}

QString CustomersView::statusText(const Profile& profile) const
{
    return tr("Loading customers from '%1'…").arg(profile.name);
}

QString CustomersView::emptyText(const Profile& profile) const
{
    return tr("'%1' has no customers yet. \"New customer…\" adds one.").arg(profile.name);
}

QString CustomersView::countText(int shown, int total) const
{
    if (shown == total)
        return tr("Customers shown: %1").arg(total);
    return tr("Customers matching the search: %1 of %2").arg(shown).arg(total);
}

void CustomersView::clearRows()
{
    m_nextPage = 1;
    m_pagesRead = 0;
    m_model->clear();
}

void CustomersView::cancelLoad()
{
    m_cancelRequested = true;
}

void CustomersView::fetchPage(ServiceClient* client, bool firstPage, quint64 generation)
{
    m_newButton->setEnabled(true);
    if (!qobject_cast<VirtposClient*>(client)) {
        m_newButton->setEnabled(false);
        pageFailed(generation, firstPage,
                   Error::make(Error::Kind::Unsupported, tr("Customers are listed for VirtualPOS profiles only.")));
        return;
    }
    if (firstPage)
        m_nextPage = 1;
    m_cancelRequested = false;
    fetchFrom(client, generation);
}

void CustomersView::fetchFrom(QPointer<ServiceClient> client, quint64 generation)
{
    auto* virtpos = qobject_cast<VirtposClient*>(client.data());
    if (!virtpos)
        return;
    const int page = m_nextPage;
    virtpos->listCustomers(page, PageSize, this, [this, client, generation, page](const Result<CustomerPage>& r) {
        if (!isCurrent(generation))
            return;
        if (!r.ok()) {
            pageFailed(generation, m_model->rowCount() == 0, r.error);
            return;
        }
        ++m_pagesRead;
        m_nextPage = page + 1;
        const int fresh = m_model->appendCustomers(r.value.customers);
        // The list ends with an empty page, at its total, or with a page that brings nobody new (a server
        // that ignores the paging would otherwise send its first page for ever).
        const bool end =
            r.value.customers.isEmpty() || fresh == 0 || (r.value.total && m_model->rowCount() >= *r.value.total);
        if (end || !client) {
            pageLoaded(generation, true, end);
            return;
        }
        if (m_cancelRequested) {
            m_cancelRequested = false;
            pageLoaded(generation, true, false); // "Load more customers" goes on from the next page
            return;
        }
        loadProgress(generation, r.value.total ? tr("Loading customers from '%1': %2 of %3…")
                                                     .arg(profile().name, QLocale().toString(m_model->rowCount()),
                                                          QLocale().toString(*r.value.total))
                                               : tr("Loading customers from '%1': %2 so far (page %3)…")
                                                     .arg(profile().name, QLocale().toString(m_model->rowCount()))
                                                     .arg(QLocale().toString(m_pagesRead)));
        fetchFrom(client, generation);
    });
}

void CustomersView::openRecord(const QModelIndex& sourceIndex)
{
    if (sourceIndex.isValid())
        openCustomer(sourceIndex.row());
}

CustomerForm* CustomersView::openCustomer(int sourceRow)
{
    const FieldList* customer = m_model->customerAt(sourceRow);
    if (!customer)
        return nullptr;
    return openForm(*customer);
}

CustomerForm* CustomersView::newCustomer()
{
    return openForm(std::nullopt);
}

CustomerForm* CustomersView::openForm(const std::optional<FieldList>& customer)
{
    if (profile().id.isEmpty())
        return nullptr;
    auto* form = new CustomerForm(m_clients, m_audit, profile(), customer, this);
    form->setWindowFlag(Qt::Window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = profile().id;
    connect(form, &CustomerForm::customerSaved, this, [this, profileId](const FieldList& stored) {
        if (profile().id == profileId)
            m_model->upsertCustomer(stored);
    });
    form->show();
    return form;
}

} // namespace kontor::gui
