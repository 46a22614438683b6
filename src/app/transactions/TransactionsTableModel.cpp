#include "TransactionsTableModel.h"

#include <QLocale>

namespace kontor::gui {

namespace {

QString field(const FieldList& fields, const char* name)
{
    for (const auto& [key, value] : fields) {
        if (key == QLatin1String(name))
            return value.trimmed();
    }
    return {};
}

// An amount as the locale writes numbers ("12,700" / "12.700"); text that is no number, as sent.
QString amountText(const QString& amount)
{
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok)
        return amount;
    const bool whole = value == static_cast<double>(static_cast<qlonglong>(value));
    return whole ? QLocale().toString(static_cast<qlonglong>(value)) : QLocale().toString(value, 'f', 2);
}

} // namespace

TransactionsTableModel::TransactionsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString TransactionsTableModel::invoiceStateText(const QString& status)
{
    if (status == QLatin1String("invoiced"))
        return tr("Invoiced");
    if (status == QLatin1String("uninvoiced"))
        return tr("Not invoiced");
    if (status == QLatin1String("error"))
        return tr("Error", "an invoice's state");
    return status;
}

QString TransactionsTableModel::paymentStateText(const QString& status)
{
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("unpaid"))
        return tr("Not paid");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QDateTime TransactionsTableModel::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    QDateTime dateTime = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!dateTime.isValid()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (day.isValid())
            dateTime = day.startOfDay();
    }
    return dateTime;
}

QString TransactionsTableModel::dateText(const QDateTime& dateTime)
{
    // A year of two digits is ambiguous in a list that spans years.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(dateTime, format);
}

void TransactionsTableModel::setTransactions(QList<Transaction> transactions)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_rows.reserve(transactions.size());
    for (Transaction& t : transactions) {
        if (m_rowById.contains(t.id))
            continue;
        Row row;
        row.date = parseDate(t.date);
        QStringList names;
        QStringList lines;
        for (const FieldList& product : std::as_const(t.products)) {
            const QString name = field(product, "name");
            const QString sku = field(product, "sku");
            names << (name.isEmpty() ? sku : name);
            QString line = QStringLiteral("%1 × %2").arg(field(product, "quantity"), name.isEmpty() ? sku : name);
            if (!sku.isEmpty() && !name.isEmpty())
                line += QStringLiteral(" (%1)").arg(sku);
            const QString gross = field(product, "transactionAmountGross");
            if (!gross.isEmpty())
                line += QStringLiteral(" — %1 %2").arg(amountText(gross), field(product, "currency")).trimmed();
            lines << line;
        }
        if (names.size() == 1)
            row.productsText = names.first();
        else if (names.size() > 1)
            row.productsText =
                tr("%1 products: %2").arg(QLocale().toString(names.size()), names.join(QLatin1String(", ")));
        row.productsTooltip = lines.join(QLatin1Char('\n'));
        row.search =
            QStringList{t.id, t.supplier, t.retailer, names.join(QLatin1Char('\n')), t.invoiceSerialNumber, t.paymentId}
                .join(QLatin1Char('\n'));
        m_rowById.insert(t.id, static_cast<int>(m_rows.size()));
        row.transaction = std::move(t);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void TransactionsTableModel::clear()
{
    setTransactions({});
}

const Transaction* TransactionsTableModel::transactionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).transaction;
}

int TransactionsTableModel::rowOfId(const QString& id) const
{
    return m_rowById.value(id, -1);
}

int TransactionsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TransactionsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionsTableModel::display(const Row& row, int column) const
{
    const Transaction& t = row.transaction;
    switch (column) {
    case Id:
        return t.id;
    case Date:
        // In the user's locale; a date the service wrote some other way is shown as it came.
        return row.date.isValid() ? dateText(row.date) : t.date;
    case Supplier:
        return t.supplier;
    case Retailer:
        return t.retailer;
    case Payment:
        return paymentStateText(t.paymentStatus);
    case PaymentId:
        return t.paymentId;
    case Products:
        return row.productsText;
    case Invoice:
        return invoiceStateText(t.invoiceStatus);
    case InvoiceNumber:
        return t.invoiceSerialNumber;
    default:
        return {};
    }
}

QVariant TransactionsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Transaction& t = row.transaction;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Products)
            return row.productsTooltip;
        if (column == Payment) {
            const QDateTime transferred = parseDate(t.transferredAt);
            if (transferred.isValid())
                return tr("Transferred on %1").arg(dateText(transferred));
            if (!t.transferredAt.isEmpty())
                return tr("Transferred on %1").arg(t.transferredAt);
            return {};
        }
        if (column == Invoice && t.invoiceStatus == QLatin1String("error"))
            return tr("The marketplace could not accept the invoice of this transaction; it can be uploaded again.");
        if (column == InvoiceNumber && !t.invoiceUrl.isEmpty())
            return t.invoiceUrl;
        return {};
    case SortRole:
        if (column == Date)
            return row.date.isValid() ? QVariant(row.date) : QVariant(t.date);
        if (column == Products)
            return static_cast<int>(t.products.size());
        if (column == PaymentId) {
            bool isNumber = false;
            const qlonglong id = t.paymentId.toLongLong(&isNumber);
            if (isNumber)
                return id;
        }
        return display(row, column);
    case SearchRole:
        return row.search;
    case InvoiceStatusRole:
        return t.invoiceStatus;
    case TransactionIdRole:
        return t.id;
    case Qt::TextAlignmentRole:
        if (column == PaymentId)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TransactionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == PaymentId)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Transaction");
    case Date:
        return tr("Date");
    case Supplier:
        return tr("Supplier");
    case Retailer:
        return tr("Retailer");
    case Payment:
        return tr("Payment");
    case PaymentId:
        return tr("Payment ID");
    case Products:
        return tr("Products");
    case Invoice:
        return tr("Invoice");
    case InvoiceNumber:
        return tr("Invoice number");
    default:
        return {};
    }
}

} // namespace kontor::gui
