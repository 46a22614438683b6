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
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Status), index(static_cast<int>(m_rows.size()) - 1, Status));
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

// "yyyy-MM-dd HH:mm:ss" exactly (the way every documented service sends dates) as the number yyyyMMddHHmmss,
// which sorts like the date; 0 for any other text (kept as text then, so nothing is lost).
qint64 packDate(const QString& wire)
{
    static constexpr char pattern[] = "dddd-dd-dd dd:dd:dd";
    if (wire.size() != 19)
        return 0;
    qint64 packed = 0;
    for (int i = 0; i < 19; ++i) {
        const char16_t c = wire.at(i).unicode();
        if (pattern[i] == 'd') {
            if (c < u'0' || c > u'9')
                return 0;
            packed = packed * 10 + (c - u'0');
        } else if (c != static_cast<char16_t>(pattern[i])) {
            return 0;
        }
    }
    return packed;
}

QString unpackDate(qint64 packed)
{
    // The digits back into the pattern: 14 digits, zero-padded (packDate kept them all).
    const QString digits = QStringLiteral("%1").arg(packed, 14, 10, QLatin1Char('0'));
    return digits.left(4) + QLatin1Char('-') + digits.mid(4, 2) + QLatin1Char('-') + digits.mid(6, 2) +
           QLatin1Char(' ') + digits.mid(8, 2) + QLatin1Char(':') + digits.mid(10, 2) + QLatin1Char(':') +
           digits.mid(12, 2);
}

QDateTime dateTimeOf(qint64 packed)
{
    const int seconds = static_cast<int>(packed % 100);
    const int minutes = static_cast<int>(packed / 100 % 100);
    const int hours = static_cast<int>(packed / 10000 % 100);
    const int day = static_cast<int>(packed / 1000000 % 100);
    const int month = static_cast<int>(packed / 100000000 % 100);
    const int year = static_cast<int>(packed / 10000000000LL);
    const QDate date(year, month, day);
    const QTime time(hours, minutes, seconds);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

qint64 packDateTime(const QDateTime& dt)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    return ((((d.year() * 100LL + d.month()) * 100 + d.day()) * 100 + t.hour()) * 100 + t.minute()) * 100 + t.second();
}

// A plain decimal number without a leading zero that fits (so the text comes back the same); else -1.
qint64 packId(const QString& id)
{
    if (id.isEmpty() || id.size() > 18 || (id.size() > 1 && id.at(0) == QLatin1Char('0')))
        return -1;
    qint64 value = 0;
    for (const QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// A text in a row's string: its length in one character (two for 32,768 characters and more), then the text.
void appendText(QString& texts, QStringView text)
{
    const auto size = static_cast<quint32>(text.size());
    if (size < 0x8000u) {
        texts.append(QChar(static_cast<char16_t>(size)));
    } else {
        texts.append(QChar(static_cast<char16_t>(0x8000u | (size >> 16))));
        texts.append(QChar(static_cast<char16_t>(size & 0xffffu)));
    }
    texts.append(text);
}

// The text at `pos`, moving `pos` past it.
QStringView takeText(QStringView texts, qsizetype& pos)
{
    if (pos >= texts.size())
        return {};
    quint32 size = texts.at(pos++).unicode();
    if (size & 0x8000u) {
        size = ((size & 0x7fffu) << 16) | (pos < texts.size() ? texts.at(pos++).unicode() : 0u);
    }
    const QStringView text = texts.mid(pos, qMin<qsizetype>(size, texts.size() - pos));
    pos += text.size();
    return text;
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

quint32 OrdersTableModel::statusIndex(const QString& status)
{
    const auto it = m_statusIndex.constFind(status);
    if (it != m_statusIndex.constEnd())
        return it.value();
    const auto index = static_cast<quint32>(m_statuses.size());
    m_statuses.append(status);
    m_statusIndex.insert(status, index);
    return index;
}

quint32 OrdersTableModel::keySetIndex(const FieldList& extra)
{
    // Every row of a page has the same extra fields: the last set used is tried first.
    if (m_lastKeySet < m_keySets.size()) {
        const QStringList& last = m_keySets.at(m_lastKeySet);
        bool same = last.size() == extra.size();
        for (qsizetype i = 0; same && i < extra.size(); ++i)
            same = last.at(i) == extra.at(i).first;
        if (same)
            return m_lastKeySet;
    }
    QStringList keys;
    keys.reserve(extra.size());
    for (const auto& field : extra)
        keys.append(field.first);
    const QString joined = keys.join(QChar(0));
    const auto it = m_keySetIndex.constFind(joined);
    if (it != m_keySetIndex.constEnd())
        return m_lastKeySet = it.value();
    m_lastKeySet = static_cast<quint32>(m_keySets.size());
    m_keySets.append(keys);
    m_keySetIndex.insert(joined, m_lastKeySet);
    return m_lastKeySet;
}

OrdersTableModel::Row OrdersTableModel::pack(const OrderSummary& order, quint16 source)
{
    Row row;
    row.source = source;
    row.id = packId(order.id);
    row.created = packDate(order.created);
    row.modified = packDate(order.modified);
    if (order.paid.isEmpty())
        row.paid = PaidNone;
    else if (order.paid == QLatin1String("yes"))
        row.paid = PaidYes;
    else if (order.paid == QLatin1String("no"))
        row.paid = PaidNo;
    else
        row.paid = PaidOther;
    row.status = statusIndex(order.status);
    row.extraKeys = keySetIndex(order.extra);
    if (!order.items.isEmpty()) {
        row.items = static_cast<quint32>(m_items.size());
        m_items.append(order.items);
    }

    qsizetype size = FixedTexts + order.number.size() + order.amount.size() + order.customer.size();
    for (const auto& field : order.extra)
        size += 2 + field.second.size();
    QString texts;
    texts.reserve(size + 8);
    appendText(texts, row.id < 0 ? QStringView(order.id) : QStringView());
    appendText(texts, order.number);
    appendText(texts, row.paid == PaidOther ? QStringView(order.paid) : QStringView());
    appendText(texts, row.created == 0 ? QStringView(order.created) : QStringView());
    appendText(texts, row.modified == 0 ? QStringView(order.modified) : QStringView());
    appendText(texts, order.amount);
    appendText(texts, order.customer);
    for (const auto& field : order.extra)
        appendText(texts, field.second);
    texts.squeeze();
    row.texts = std::move(texts);
    return row;
}

QStringView OrdersTableModel::text(const Row& row, int slot) const
{
    qsizetype pos = 0;
    QStringView found;
    for (int i = 0; i <= slot; ++i)
        found = takeText(row.texts, pos);
    return found;
}

QString OrdersTableModel::idOf(const Row& row) const
{
    return row.id >= 0 ? QString::number(row.id) : text(row, IdText).toString();
}

QString OrdersTableModel::numberOf(const Row& row) const
{
    const QStringView number = text(row, NumberText);
    return number.isEmpty() ? idOf(row) : number.toString();
}

QString OrdersTableModel::createdOf(const Row& row) const
{
    return row.created != 0 ? unpackDate(row.created) : text(row, CreatedText).toString();
}

QString OrdersTableModel::currencyOf(const Row& row) const
{
    const QStringList& keys = m_keySets.at(row.extraKeys);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).compare(QLatin1String("currency"), Qt::CaseInsensitive) == 0) {
            const QString value = text(row, static_cast<int>(FixedTexts + i)).trimmed().toString();
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

OrderSummary OrdersTableModel::unpack(const Row& row) const
{
    OrderSummary order;
    qsizetype pos = 0;
    const QStringView id = takeText(row.texts, pos);
    order.id = row.id >= 0 ? QString::number(row.id) : id.toString();
    order.number = takeText(row.texts, pos).toString();
    const QStringView paid = takeText(row.texts, pos);
    order.paid = row.paid == PaidYes  ? QStringLiteral("yes")
                 : row.paid == PaidNo ? QStringLiteral("no")
                                      : paid.toString();
    const QStringView created = takeText(row.texts, pos);
    order.created = row.created != 0 ? unpackDate(row.created) : created.toString();
    const QStringView modified = takeText(row.texts, pos);
    order.modified = row.modified != 0 ? unpackDate(row.modified) : modified.toString();
    order.amount = takeText(row.texts, pos).toString();
    order.customer = takeText(row.texts, pos).toString();
    order.status = m_statuses.at(row.status);
    const QStringList& keys = m_keySets.at(row.extraKeys);
    order.extra.reserve(keys.size());
    for (const QString& key : keys)
        order.extra.append({key, takeText(row.texts, pos).toString()});
    if (row.items != Row::NoItems)
        order.items = m_items.at(row.items);
    return order;
}

void OrdersTableModel::setOrders(QList<OrderSummary> orders)
{
    beginResetModel();
    m_rows.clear();
    m_statuses.clear();
    m_statusIndex.clear();
    m_keySets.clear();
    m_keySetIndex.clear();
    m_lastKeySet = 0;
    m_items.clear();
    m_profiles.clear();
    m_rows.reserve(orders.size());
    for (const OrderSummary& order : orders)
        m_rows.append(pack(order, NoSource));
    endResetModel();
}

void OrdersTableModel::appendRows(const QList<OrderSummary>& orders, quint16 source)
{
    if (orders.isEmpty())
        return;
    beginInsertRows({}, m_rows.size(), m_rows.size() + orders.size() - 1);
    for (const OrderSummary& order : orders)
        m_rows.append(pack(order, source));
    endInsertRows();
}

void OrdersTableModel::appendOrders(const QList<OrderSummary>& orders)
{
    appendRows(orders, NoSource);
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
    appendRows(orders, static_cast<quint16>(source));
}

void OrdersTableModel::removeSource(const QString& profileId)
{
    int source = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == profileId)
            source = i;
    }
    if (source < 0)
        return;
    beginResetModel();
    QList<Row> kept;
    QList<QList<CartItem>> keptItems;
    for (Row& row : m_rows) {
        if (row.source == source)
            continue;
        if (row.items != Row::NoItems) {
            keptItems.append(std::move(m_items[row.items]));
            row.items = static_cast<quint32>(keptItems.size() - 1);
        }
        kept.append(std::move(row));
    }
    m_rows = std::move(kept);
    m_items = std::move(keptItems);
    endResetModel();
}

const Profile& OrdersTableModel::profileAt(int row) const
{
    if (row >= 0 && row < m_rows.size()) {
        const quint16 source = m_rows.at(row).source;
        if (source < m_profiles.size())
            return m_profiles.at(source);
    }
    return m_profile;
}

bool OrdersTableModel::setOrderStatus(const QString& profileId, const QString& code, const QString& status)
{
    const qint64 numericCode = packId(code);
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& r = m_rows[row];
        const bool sameId = r.id >= 0 ? r.id == numericCode : text(r, IdText) == code;
        if ((sameId || text(r, NumberText) == code) && profileAt(row).id == profileId) {
            r.status = statusIndex(status);
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

std::optional<OrderSummary> OrdersTableModel::orderAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return unpack(m_rows.at(row));
}

int OrdersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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
    const Row& row = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Number:
            return numberOf(row);
        case Status:
            return profileAt(index.row()).statusLabel(m_statuses.at(row.status));
        case Paid:
            return row.paid == PaidYes ? tr("Yes") : row.paid == PaidNo ? tr("No") : text(row, PaidText).toString();
        case Created:
            if (row.created != 0) {
                const QDateTime dt = dateTimeOf(row.created);
                return dt.isValid() ? QLocale().toString(dt, QLocale::ShortFormat) : unpackDate(row.created);
            }
            return dateText(text(row, CreatedText).toString());
        case Amount:
            return amountText(text(row, AmountText).toString(), currencyOf(row));
        case Customer:
            return text(row, CustomerText).toString();
        case Source:
            return profileAt(index.row()).name;
        default:
            return {};
        }
    case SortRole:
        if (column == Created) {
            if (row.created != 0)
                return row.created;
            const QDateTime dt = parseWireDate(text(row, CreatedText).toString());
            if (dt.isValid())
                return packDateTime(dt); // sorts among the packed dates
        }
        if (column == Amount || column == Number) {
            // Amounts come as decimal text in the C locale; order numbers are often plain digits.
            bool isNumber = false;
            const QString value = column == Amount ? text(row, AmountText).toString() : numberOf(row);
            const double number = QLocale::c().toDouble(value.trimmed(), &isNumber);
            if (isNumber)
                return number;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Number) {
            const QStringView number = text(row, NumberText);
            const QString id = idOf(row);
            if (!id.isEmpty() && !number.isEmpty() && id != number)
                return tr("Order %1 (internal id %2)").arg(number.toString(), id);
        }
        if (column == Created) {
            const QString created = createdOf(row); // as the shop sent it
            if (!created.isEmpty())
                return created;
        }
        return {};
    case SearchRole:
        if (column == Customer && row.items != Row::NoItems) {
            QStringList texts = {text(row, CustomerText).toString()};
            for (const CartItem& item : m_items.at(row.items))
                texts << item.name;
            return texts.join(QLatin1Char('\n'));
        }
        if (column == Number) {
            const QString id = idOf(row);
            const QString number = numberOf(row);
            return id == number ? number : number + QLatin1Char('\n') + id;
        }
        return data(index, Qt::DisplayRole);
    case OrderIdRole:
        return idOf(row);
    case StatusCodeRole:
        return m_statuses.at(row.status);
    case SourceProfileRole:
        return profileAt(index.row()).id;
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
