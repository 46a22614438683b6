#pragma once
// ProductsTableModel: the products of one profile as a table (SKU, Name, Variant, Barcode, Price,
// Stock, Updated). Holds only what the service client delivered; pages are appended as they arrive.

#include "RecordsView.h"
#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QList>

namespace kontor::gui {

class ProductsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sku, Name, Variant, Barcode, Price, Stock, Updated, ColumnCount };
    enum Role {
        SortRole = RecordsView::SortRole,
        ProductIdRole,
    };

    explicit ProductsTableModel(QObject* parent = nullptr);

    void setProducts(QList<Product> products);
    void appendProducts(const QList<Product>& products);
    void clear();
    // Replaces the row of the product with the same SKU, or appends it.
    void upsertProduct(const Product& product);
    const Product* productAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Product> m_products;
};

} // namespace kontor::gui
