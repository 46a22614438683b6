#include "services/OrderWire.h"

namespace kontor::OrderWire {

namespace {

enum class Form {
    Text, // as kept
    Flag, // "yes"/"no" back to the documents' 1/0; empty stays empty
};

template <class Record>
struct Mapping
{
    QString Record::*member;
    const char* wire;
    Form form = Form::Text;
};

using OrderMapping = Mapping<OrderSummary>;
using ItemMapping = Mapping<CartItem>;

// Which wire field each parser reads into the record (PrintloungeParser::parseOrderList, HtkParser::parseOrderIds,
// VirtposParser's toSummary/toItem). A field the parser derives from several (virtpos id, number and status)
// has no row: its sources stay in `extra`.
const QList<OrderMapping>& orderMappings(Service service)
{
    static const QList<OrderMapping> printlounge = {
        {&OrderSummary::id, "id"},
        {&OrderSummary::number, "orderCode"},
        {&OrderSummary::status, "orderStatus"},
        {&OrderSummary::paid, "statusPaid", Form::Flag},
        {&OrderSummary::modified, "lastModified"},
        {&OrderSummary::created, "createDate"},
    };
    static const QList<OrderMapping> htk = {
        {&OrderSummary::id, "ID"},
        {&OrderSummary::number, "DisplayID"},
        {&OrderSummary::status, "OrderStatus"},
    };
    static const QList<OrderMapping> virtpos = {
        {&OrderSummary::paid, "paid", Form::Flag},
        {&OrderSummary::customer, "customer_id"},
        {&OrderSummary::created, "created_date"},
        {&OrderSummary::amount, "amount"},
    };
    static const QList<OrderMapping> none;
    switch (service) {
    case Service::Printlounge:
        return printlounge;
    case Service::Htk:
        return htk;
    case Service::Virtpos:
        return virtpos;
    case Service::Webshippy:
        break;
    }
    return none;
}

const QList<ItemMapping>& itemMappings(Service service)
{
    static const QList<ItemMapping> virtpos = {
        {&CartItem::id, "item_id"},        {&CartItem::name, "item_name"},
        {&CartItem::quantity, "quantity"}, {&CartItem::unitPrice, "unit_base_price"},
        {&CartItem::discount, "discount"}, {&CartItem::amount, "amount"},
    };
    static const QList<ItemMapping> none;
    return service == Service::Virtpos ? virtpos : none;
}

QString wireValue(const QString& value, Form form)
{
    if (form == Form::Flag) {
        if (value == QLatin1String("yes"))
            return QStringLiteral("1");
        if (value == QLatin1String("no"))
            return QStringLiteral("0");
    }
    return value;
}

bool contains(const FieldList& fields, const QString& name)
{
    for (const auto& field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

} // namespace

FieldList orderFields(Service service, const OrderSummary& order)
{
    const QList<OrderMapping>& mappings = orderMappings(service);
    FieldList out;
    out.reserve(mappings.size() + order.extra.size() + 1);
    for (const OrderMapping& m : mappings)
        out.append({QLatin1String(m.wire), wireValue(order.*(m.member), m.form)});
    out += order.extra;
    // Every virtpos order carries a guid, often empty (<guid />); the parser drops an empty one from extra.
    if (service == Service::Virtpos && !contains(out, QStringLiteral("guid")))
        out.append({QStringLiteral("guid"), QString()});
    return out;
}

FieldList itemFields(Service service, const CartItem& item)
{
    const QList<ItemMapping>& mappings = itemMappings(service);
    FieldList out;
    out.reserve(mappings.size() + item.extra.size());
    for (const ItemMapping& m : mappings)
        out.append({QLatin1String(m.wire), wireValue(item.*(m.member), m.form)});
    out += item.extra;
    return out;
}

QString itemsName(Service service)
{
    return service == Service::Virtpos ? QStringLiteral("items") : QString();
}

} // namespace kontor::OrderWire
