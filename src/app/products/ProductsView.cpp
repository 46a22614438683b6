#include "ProductsView.h"

#include "ProductsTableModel.h"
#include "services/ServiceClient.h"
#include "services/capabilities/ProductsCapability.h"

#include <QHeaderView>
#include <QTableView>

namespace kontor::gui {

namespace {
constexpr int PageSize = 50;
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
    , m_model(model)
{
    m_model->setParent(this);
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
    m_model->clear();
}

void ProductsView::fetchPage(ServiceClient* client, bool firstPage, quint64 generation)
{
    ProductsCapability* products = client->products();
    if (!products) {
        pageFailed(generation, firstPage,
                   Error::make(Error::Kind::Unsupported, tr("This service has no product list in Kontor yet.")));
        return;
    }
    ProductQuery query;
    query.limit = PageSize;
    query.cursor = firstPage ? QString() : m_cursor;
    products->listProducts(query, this, [this, generation, firstPage](const Result<ProductPage>& result) {
        if (!isCurrent(generation))
            return;
        if (!result.ok()) {
            pageFailed(generation, firstPage, result.error);
            return;
        }
        m_cursor = result.value.nextCursor;
        if (firstPage)
            m_model->setProducts(result.value.products);
        else
            m_model->appendProducts(result.value.products);
        pageLoaded(generation, firstPage, result.value.endReached || result.value.nextCursor.isEmpty());
    });
}

} // namespace kontor::gui
