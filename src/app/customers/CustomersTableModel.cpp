#include "CustomersTableModel.h"

#include "customers/Customer.h"

#include <QDate>
#include <QLocale>

namespace kontor::gui {

namespace {

// The locale's short date with the whole year: a birth year of two digits is ambiguous.
QString birthDateText(const QDate& date)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

QString value(const FieldList& customer, const char* name)
{
    return Customers::field(customer, QLatin1String(name)).trimmed();
}

} // namespace

CustomersTableModel::CustomersTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CustomersTableModel::setCustomers(QList<FieldList> customers)
{
    beginResetModel();
    m_customers.clear();
    m_rowById.clear();
    for (FieldList& customer : customers) {
        const QString id = value(customer, "id");
        if (m_rowById.contains(id))
            continue;
        m_rowById.insert(id, static_cast<int>(m_customers.size()));
        m_customers.append(std::move(customer));
    }
    endResetModel();
}

int CustomersTableModel::appendCustomers(const QList<FieldList>& customers)
{
    QList<FieldList> fresh;
    QSet<QString> ids;
    for (const FieldList& customer : customers) {
        const QString id = value(customer, "id");
        if (m_rowById.contains(id) || ids.contains(id))
            continue;
        ids.insert(id);
        fresh.append(customer);
    }
    if (fresh.isEmpty())
        return 0;
    const int first = static_cast<int>(m_customers.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const FieldList& customer : std::as_const(fresh)) {
        m_rowById.insert(value(customer, "id"), static_cast<int>(m_customers.size()));
        m_customers.append(customer);
    }
    endInsertRows();
    return static_cast<int>(fresh.size());
}

void CustomersTableModel::upsertCustomer(const FieldList& customer)
{
    const int row = rowOfId(value(customer, "id"));
    if (row < 0) {
        appendCustomers({customer});
        return;
    }
    m_customers[row] = customer;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomersTableModel::clear()
{
    setCustomers({});
}

const FieldList* CustomersTableModel::customerAt(int row) const
{
    if (row < 0 || row >= m_customers.size())
        return nullptr;
    return &m_customers.at(row);
}

int CustomersTableModel::rowOfId(const QString& id) const
{
    return m_rowById.value(id, -1);
}

int CustomersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldList& customer = m_customers.at(index.row());
    const int column = index.column();
    const QString birth = value(customer, "birth_date");
    const QDate birthDate = QDate::fromString(birth, Qt::ISODate);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Name: {
            const QString name =
                QStringList{value(customer, "fname"), value(customer, "mname"), value(customer, "lname")}
                    .join(QLatin1Char(' '))
                    .simplified();
            return name;
        }
        case Email:
            return value(customer, "email");
        case Phone:
            return value(customer, "phone");
        case Group:
            return value(customer, "group_name");
        case BirthDate:
            // In the user's locale; a date the service wrote some other way is shown as it came.
            return birthDate.isValid() ? birthDateText(birthDate) : birth;
        case Id:
            return value(customer, "id");
        default:
            return {};
        }
    case SortRole:
        if (column == BirthDate)
            return birthDate.isValid() ? QVariant(birthDate) : QVariant(birth);
        if (column == Id) {
            bool isNumber = false;
            const qlonglong id = value(customer, "id").toLongLong(&isNumber);
            if (isNumber)
                return id;
        }
        return data(index, Qt::DisplayRole);
    case SearchRole:
        return QStringList{data(this->index(index.row(), Name), Qt::DisplayRole).toString(), value(customer, "email"),
                           value(customer, "phone"), value(customer, "id")}
            .join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        if (column == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case CustomerIdRole:
        return value(customer, "id");
    default:
        return {};
    }
}

QVariant CustomersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Id)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Group:
        return tr("Group");
    case BirthDate:
        return tr("Birth date");
    case Id:
        return tr("Customer id");
    default:
        return {};
    }
}

} // namespace kontor::gui
