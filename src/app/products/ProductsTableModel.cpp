#include "ProductsTableModel.h"

#include <QLocale>

namespace kontor::gui {

ProductsTableModel::ProductsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ProductsTableModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

void ProductsTableModel::appendProducts(const QList<Product>& products)
{
    if (products.isEmpty())
        return;
    beginInsertRows({}, m_products.size(), m_products.size() + products.size() - 1);
    m_products += products;
    endInsertRows();
}

void ProductsTableModel::clear()
{
    setProducts({});
}

void ProductsTableModel::upsertProduct(const Product& product)
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).sku == product.sku) {
            m_products[row] = product;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    appendProducts({product});
}

const Product* ProductsTableModel::productAt(int row) const
{
    if (row < 0 || row >= m_products.size())
        return nullptr;
    return &m_products.at(row);
}

int ProductsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_products.size();
}

int ProductsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& product = m_products.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Sku:
            return product.sku;
        case Name:
            return product.name;
        case Variant:
            return product.variant;
        case Barcode:
            return product.barcode;
        case Price:
            return product.currency.isEmpty() ? product.price
                                              : QStringLiteral("%1 %2").arg(product.price, product.currency);
        case Stock:
            return product.quantity;
        case Updated:
            return product.updatedAt;
        default:
            return {};
        }
    case SortRole:
        if (column == Price || column == Stock) {
            // Webshippy sends every number as text in the C locale.
            bool isNumber = false;
            const double value =
                QLocale::c().toDouble((column == Price ? product.price : product.quantity).trimmed(), &isNumber);
            if (isNumber)
                return value;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == Price || column == Stock)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ProductIdRole:
        return product.wspyId;
    default:
        return {};
    }
}

QVariant ProductsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Price || section == Stock))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Variant:
        return tr("Variant");
    case Barcode:
        return tr("Barcode");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace kontor::gui
