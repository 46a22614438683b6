#include "OrdersTableModel.h"

#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QLocale>

namespace kontor::gui {

OrdersTableModel::OrdersTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OrdersTableModel::setProfile(const Profile& profile)
{
    m_profile = profile;
    if (!m_orders.isEmpty())
        emit dataChanged(index(0, Status), index(m_orders.size() - 1, Status));
}

namespace {
QDateTime parseWireDate(const QString& wire)
{
    const QString text = wire.trimmed();
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime());
    }
    return dt;
}

QString currencyOf(const OrderSummary& order)
{
    for (const auto& [key, value] : order.extra) {
        if (key.compare(QLatin1String("currency"), Qt::CaseInsensitive) == 0 && !value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}
} // namespace

QString OrdersTableModel::dateText(const QString& wire)
{
    const QDateTime dt = parseWireDate(wire);
    if (!dt.isValid())
        return wire;
    const QLocale locale;
    if (!dt.time().isValid() || (wire.trimmed().size() <= 10))
        return locale.toString(dt.date(), QLocale::ShortFormat);
    return locale.toString(dt, QLocale::ShortFormat);
}

QString OrdersTableModel::amountText(const QString& wire, const QString& currency)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(wire.trimmed(), &ok);
    if (!ok)
        return wire;
    const QString number = QLocale().toString(value, 'f', 2);
    return currency.isEmpty() ? number : tr("%1 %2", "an amount and its currency code").arg(number, currency);
}

void OrdersTableModel::setOrders(QList<OrderSummary> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    m_sources.clear();
    m_profiles.clear();
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

void OrdersTableModel::appendOrders(const QList<OrderSummary>& orders, const Profile& profile)
{
    if (orders.isEmpty())
        return;
    int source = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == profile.id) {
            m_profiles[i] = profile; // its status names may have changed
            source = i;
        }
    }
    if (source < 0) {
        m_profiles.append(profile);
        source = static_cast<int>(m_profiles.size()) - 1;
    }
    if (m_sources.size() < m_orders.size())
        m_sources.resize(m_orders.size(), 0);
    beginInsertRows({}, m_orders.size(), m_orders.size() + orders.size() - 1);
    m_orders += orders;
    m_sources.resize(m_orders.size(), static_cast<quint16>(source));
    endInsertRows();
}

void OrdersTableModel::removeSource(const QString& profileId)
{
    int source = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == profileId)
            source = i;
    }
    if (source < 0 || m_sources.isEmpty())
        return;
    beginResetModel();
    QList<OrderSummary> kept;
    QList<quint16> keptSources;
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_sources.at(row) != source) {
            kept.append(m_orders.at(row));
            keptSources.append(m_sources.at(row));
        }
    }
    m_orders = std::move(kept);
    m_sources = std::move(keptSources);
    endResetModel();
}

const Profile& OrdersTableModel::profileAt(int row) const
{
    if (row >= 0 && row < m_sources.size())
        return m_profiles.at(m_sources.at(row));
    return m_profile;
}

bool OrdersTableModel::setOrderStatus(const QString& profileId, const QString& code, const QString& status)
{
    for (int row = 0; row < m_orders.size(); ++row) {
        OrderSummary& order = m_orders[row];
        if ((order.number == code || order.id == code) && profileAt(row).id == profileId) {
            order.status = status;
            emit dataChanged(index(row, Status), index(row, Status));
            return true;
        }
    }
    return false;
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
    const Profile& profile = profileAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Number:
            return order.number.isEmpty() ? order.id : order.number;
        case Status:
            return profile.statusLabel(order.status);
        case Paid:
            return paidText(order.paid);
        case Created:
            return dateText(order.created);
        case Amount:
            return amountText(order.amount, currencyOf(order));
        case Customer:
            return order.customer;
        case Source:
            return profile.name;
        default:
            return {};
        }
    case SortRole:
        if (column == Created) {
            const QDateTime dt = parseWireDate(order.created);
            if (dt.isValid())
                return dt;
        }
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
        if (column == Created && !order.created.isEmpty())
            return order.created; // as the shop sent it
        return {};
    case OrderIdRole:
        return order.id;
    case StatusCodeRole:
        return order.status;
    case SourceProfileRole:
        return profile.id;
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
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace kontor::gui
