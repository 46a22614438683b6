#include "ProductsView.h"

#include "BundleForm.h"
#include "ProductForm.h"
#include "ProductsTableModel.h"
#include "audit/AuditLog.h"
#include "services/ServiceClient.h"
#include "services/capabilities/ProductsCapability.h"
#include "services/webshippy/WebshippyClient.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace kontor::gui {

namespace {
constexpr int PageSize = 100; // Webshippy's sandbox answers at most 100 a page
}

ProductsView::ProductsView(ClientRegistry* clients, QWidget* parent)
    : ProductsView(clients, new ProductsTableModel, parent)
{}

ProductsView::ProductsView(ClientRegistry* clients, ProductsTableModel* model, QWidget* parent)
    : RecordsView(clients, model,
                  {tr("Loading products…"), tr("No products yet"), tr("The products could not be loaded"),
                   tr("More products could not be loaded."), tr("Filter products…"),
                   tr("Show only products whose SKU, name, variant, barcode, price or stock contains this text"),
                   tr("Load more products"), tr("Products"), QStringLiteral("products"), tr("products")},
                  parent)
    , m_clients(clients)
    , m_model(model)
    , m_newButton(new QPushButton(tr("New product…"), this))
    , m_newBundleButton(new QPushButton(tr("New bundle…"), this))
{
    m_model->setParent(this);
    m_newButton->setObjectName(QStringLiteral("newProductButton"));
    m_newButton->setToolTip(tr("Create a product in Webshippy"));
    m_newButton->setEnabled(false);
    connect(m_newButton, &QPushButton::clicked, this, [this] { openNewProduct(); });
    addHeaderWidget(m_newButton);
    m_newBundleButton->setObjectName(QStringLiteral("newBundleButton"));
    m_newBundleButton->setToolTip(tr("Put products together as a bundle in Webshippy"));
    m_newBundleButton->setEnabled(false);
    connect(m_newBundleButton, &QPushButton::clicked, this, [this] { openNewBundle(); });
    addHeaderWidget(m_newBundleButton);
    // The name is what people read; it takes whatever room the short columns leave.
    QHeaderView* columns = table()->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(ProductsTableModel::Name, QHeaderView::Stretch);
    table()->setColumnWidth(ProductsTableModel::Sku, 130);
    table()->setColumnWidth(ProductsTableModel::Variant, 85);
    table()->setColumnWidth(ProductsTableModel::Barcode, 115);
    table()->setColumnWidth(ProductsTableModel::Price, 100);
    table()->setColumnWidth(ProductsTableModel::Stock, 60);
    table()->setColumnWidth(ProductsTableModel::Updated, 145);
}

ProductForm* ProductsView::lastForm() const
{
    return m_lastForm;
}

void ProductsView::setAuditLog(AuditLog* audit)
{
    m_audit = audit;
}

QString ProductsView::titleFor(const Profile& profile) const
{
    return tr("%1 — Products").arg(profile.name);
}

QString ProductsView::statusText(const Profile& profile) const
{
    return tr("Loading products from '%1'…").arg(profile.name);
}

QString ProductsView::emptyText(const Profile& profile) const
{
    return tr("'%1' has no products to show.").arg(profile.name);
}

QString ProductsView::countText(int shown, int total) const
{
    // Worded without plurals, so English needs no translation file to read well.
    if (shown == total)
        return tr("Products shown: %1").arg(total);
    return tr("Products matching the filter: %1 of %2").arg(shown).arg(total);
}

void ProductsView::clearRows()
{
    m_cursor.clear();
    m_cancelled = false;
    m_model->clear();
}

void ProductsView::cancelLoad()
{
    m_cancelled = true; // after the page in flight
}

void ProductsView::fetchPage(ServiceClient* client, bool firstPage, quint64 generation)
{
    m_newButton->setEnabled(client->products() != nullptr);
    m_newBundleButton->setEnabled(qobject_cast<WebshippyClient*>(client) != nullptr);
    if (!client->products()) {
        pageFailed(generation, firstPage,
                   Error::make(Error::Kind::Unsupported, tr("This service has no product list in Kontor yet.")));
        return;
    }
    m_cancelled = false;
    if (firstPage)
        m_cursor.clear();
    fetchNext(client, generation, firstPage);
}

void ProductsView::fetchNext(const QPointer<ServiceClient>& client, quint64 generation, bool firstPage)
{
    if (!client) {
        pageFailed(generation, m_model->rowCount() == 0,
                   Error::make(Error::Kind::Cancelled, tr("The connection to the service was closed.")));
        return;
    }
    ProductQuery query;
    query.limit = PageSize;
    query.cursor = m_cursor;
    client->products()->listProducts(
        query, this, [this, client, generation, firstPage](const Result<ProductPage>& result) {
            if (!isCurrent(generation))
                return;
            if (!result.ok()) {
                // Rows that came stay; Retry (loadMore) goes on from the page that failed.
                pageFailed(generation, m_model->rowCount() == 0, result.error);
                return;
            }
            m_model->appendProducts(result.value.products);
            const bool end =
                result.value.endReached || result.value.nextCursor.isEmpty() || result.value.products.isEmpty();
            m_cursor = result.value.nextCursor;
            if (end || m_cancelled) {
                pageLoaded(generation, firstPage, end);
                return;
            }
            loadProgress(generation, tr("Loading products… %1 so far").arg(QLocale().toString(m_model->rowCount())));
            fetchNext(client, generation, firstPage);
        });
}

void ProductsView::openRecord(const QModelIndex& sourceIndex)
{
    openProduct(sourceIndex.row());
}

BundleForm* ProductsView::openNewBundle()
{
    if (profileId().isEmpty())
        return nullptr;
    auto* form = new BundleForm(m_clients, m_audit, profile(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowFlag(Qt::Window);
    form->show();
    return form;
}

ProductForm* ProductsView::openNewProduct()
{
    return openForm(std::nullopt);
}

ProductForm* ProductsView::openProduct(int sourceRow)
{
    const Product* product = m_model->productAt(sourceRow);
    if (!product)
        return nullptr;
    return openForm(*product);
}

ProductForm* ProductsView::openForm(const std::optional<Product>& product)
{
    if (profileId().isEmpty())
        return nullptr;
    auto* form = new ProductForm(m_clients, m_audit, profile(), product, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = profile().id;
    connect(form, &ProductForm::productSaved, this, [this, profileId](const QString& sku) {
        if (profileId == this->profileId())
            refreshProduct(sku);
    });
    m_lastForm = form;
    form->show();
    return form;
}

void ProductsView::refreshProduct(const QString& sku)
{
    ServiceClient* client = currentClient();
    if (!client || !client->products())
        return;
    ProductQuery query;
    query.limit = 1;
    query.filter.sku = sku;
    const QString profileId = profile().id;
    client->products()->listProducts(query, this, [this, profileId, sku](const Result<ProductPage>& result) {
        if (!result.ok() || profileId != this->profileId())
            return;
        for (const Product& product : result.value.products) {
            if (product.sku == sku)
                m_model->upsertProduct(product);
        }
    });
}

} // namespace kontor::gui
