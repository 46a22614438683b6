#include "OrdersTableModel.h"

#include "domain/OrderStatus.h"

#include <QLocale>

namespace kontor::gui {

OrdersTableModel::OrdersTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OrdersTableModel::setOrders(QList<OrderSummary> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

void OrdersTableModel::appendOrders(const QList<OrderSummary>& orders)
{
    if (orders.isEmpty())
        return;
    beginInsertRows({}, m_orders.size(), m_orders.size() + orders.size() - 1);
    m_orders += orders;
    endInsertRows();
}

void OrdersTableModel::clear()
{
    setOrders({});
}

const OrderSummary* OrdersTableModel::orderAt(int row) const
{
    if (row < 0 || row >= m_orders.size())
        return nullptr;
    return &m_orders.at(row);
}

int OrdersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_orders.size();
}

int OrdersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersTableModel::paidText(const QString& paid)
{
    if (paid.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return tr("Yes");
    if (paid.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
        return tr("No");
    return paid;
}

QVariant OrdersTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary& order = m_orders.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Number:
            return order.number.isEmpty() ? order.id : order.number;
        case Status:
            return OrderStatus::displayText(order.status);
        case Paid:
            return paidText(order.paid);
        case Created:
            return order.created;
        case Amount:
            return order.amount;
        case Customer:
            return order.customer;
        default:
            return {};
        }
    case SortRole:
        if (column == Amount || column == Number) {
            // Amounts come as decimal text in the C locale; order numbers are often plain digits.
            bool isNumber = false;
            const QString text = column == Amount ? order.amount : order.number;
            const double value = QLocale::c().toDouble(text.trimmed(), &isNumber);
            if (isNumber)
                return value;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Number && !order.id.isEmpty() && order.id != order.number)
            return tr("Order %1 (internal id %2)").arg(order.number, order.id);
        return {};
    case OrderIdRole:
        return order.id;
    default:
        return {};
    }
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Status:
        return tr("Status");
    case Paid:
        return tr("Paid");
    case Created:
        return tr("Created");
    case Amount:
        return tr("Amount");
    case Customer:
        return tr("Customer");
    default:
        return {};
    }
}

} // namespace kontor::gui
