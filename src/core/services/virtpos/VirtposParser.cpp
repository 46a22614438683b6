#include "services/virtpos/VirtposParser.h"

#include "codec/Lenient.h"
#include "codec/XmlTree.h"
#include "domain/OrderStatus.h"

#include <QCoreApplication>
#include <algorithm>

namespace kontor {

using codec::Json;
using codec::Lenient;
using codec::XmlTree;

namespace {

const QString Source = QStringLiteral("VirtualPOS");

QString valueOf(const FieldList& fields, const QString& name)
{
    for (const auto& [key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

std::optional<bool> flagOf(const FieldList& fields, const QString& name)
{
    const Json v(valueOf(fields, name).toStdString());
    return Lenient::toFlag(&v);
}

QString firstNonEmpty(const FieldList& fields, const QStringList& names)
{
    for (const QString& n : names) {
        const QString v = valueOf(fields, n).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

FieldList without(const FieldList& fields, const QStringList& names)
{
    FieldList out;
    for (const auto& field : fields) {
        if (!names.contains(field.first))
            out.append(field);
    }
    return out;
}

CartItem toItem(const FieldList& fields, int position)
{
    static const QStringList named = {QStringLiteral("item_id"),  QStringLiteral("item_name"),
                                      QStringLiteral("quantity"), QStringLiteral("unit_base_price"),
                                      QStringLiteral("discount"), QStringLiteral("amount")};
    CartItem item;
    item.position = QString::number(position);
    item.id = valueOf(fields, QStringLiteral("item_id"));
    item.name = valueOf(fields, QStringLiteral("item_name"));
    item.quantity = valueOf(fields, QStringLiteral("quantity"));
    item.unitPrice = valueOf(fields, QStringLiteral("unit_base_price"));
    item.discount = valueOf(fields, QStringLiteral("discount"));
    item.amount = valueOf(fields, QStringLiteral("amount"));
    item.extra = without(fields, named);
    return item;
}

OrderSummary toSummary(const FieldList& fields, const QList<FieldList>& items)
{
    OrderSummary o;
    // The order's identity is its id. The guid is no key: it is empty on many orders (the document's own
    // example shows <guid />), so two orders without one must stay two orders. It is kept only as a last resort.
    o.id = firstNonEmpty(fields, {QStringLiteral("id"), QStringLiteral("order_id"), QStringLiteral("guid")});
    o.number = firstNonEmpty(fields, {QStringLiteral("number"), QStringLiteral("id"), QStringLiteral("external_id"),
                                      QStringLiteral("guid")});
    // The service has no status field; its flags say where the order stands.
    if (flagOf(fields, QStringLiteral("cancelled")).value_or(false))
        o.status = OrderStatus::Cancelled;
    else if (flagOf(fields, QStringLiteral("shipped")).value_or(false))
        o.status = OrderStatus::Shipped;
    else
        o.status = OrderStatus::Open;
    if (const auto paid = flagOf(fields, QStringLiteral("paid")))
        o.paid = *paid ? QStringLiteral("yes") : QStringLiteral("no");
    o.created = valueOf(fields, QStringLiteral("created_date"));
    o.amount = valueOf(fields, QStringLiteral("amount"));
    o.customer = valueOf(fields, QStringLiteral("customer_id"));
    o.extra = without(fields, {QStringLiteral("created_date"), QStringLiteral("amount"), QStringLiteral("customer_id"),
                               QStringLiteral("paid")});
    // An empty guid says nothing; a filled one is shown with the other fields.
    o.extra.removeIf([](const QPair<QString, QString>& f) {
        return f.first == QLatin1String("guid") && f.second.trimmed().isEmpty();
    });
    int position = 0;
    for (const FieldList& item : items)
        o.items.append(toItem(item, ++position));
    return o;
}

// --- JSON ----------------------------------------------------------------------------------------------------

// One order, a list of orders, or an object of orders keyed by id.
QList<const Json*> entriesOf(const Json& v)
{
    QList<const Json*> out;
    if (v.is_array()) {
        for (const Json& e : v)
            out.append(&e);
    } else if (v.is_object()) {
        bool allObjects = !v.empty();
        for (const Json& e : v)
            allObjects = allObjects && e.is_object();
        if (allObjects) {
            for (const Json& e : v)
                out.append(&e);
        } else {
            out.append(&v);
        }
    }
    return out;
}

// --- XML -----------------------------------------------------------------------------------------------------

// A field's text; a nested element (which the document does not show) is flattened to "name=value; ...".
QPair<QString, QString> fieldOf(const XmlTree& element)
{
    if (element.isLeaf())
        return {element.name(), element.text()};
    QStringList parts;
    for (const XmlTree& c : element.children()) {
        const auto [key, value] = fieldOf(c);
        parts << key + QLatin1Char('=') + value;
    }
    return {element.name(), parts.join(QLatin1String("; "))};
}

FieldList leafFields(const XmlTree& element)
{
    FieldList out;
    for (const XmlTree& c : element.children())
        out.append(fieldOf(c));
    return out;
}

void readItems(const XmlTree& items, QList<FieldList>* out)
{
    bool sequence = true;
    for (const XmlTree& c : items.children())
        sequence = sequence && c.isLeaf();
    if (!sequence) {
        // A tidier server: <items><item>...</item><item>...</item></items>.
        for (const XmlTree& c : items.children()) {
            if (!c.isLeaf())
                out->append(leafFields(c));
        }
        return;
    }
    FieldList current;
    for (const XmlTree& c : items.children()) {
        const bool startsItem = c.name() == QLatin1String("item_id");
        // A repeated field name also means a new item, in case an item comes without its item_id.
        const bool repeated = std::any_of(current.cbegin(), current.cend(),
                                          [&](const QPair<QString, QString>& f) { return f.first == c.name(); });
        if (!current.isEmpty() && (startsItem || repeated)) {
            out->append(current);
            current.clear();
        }
        current.append({c.name(), c.text()});
    }
    if (!current.isEmpty())
        out->append(current);
}

OrderSummary orderFromXml(const XmlTree& order)
{
    FieldList fields;
    QList<FieldList> items;
    for (const XmlTree& c : order.children()) {
        if (c.name() == QLatin1String("items"))
            readItems(c, &items);
        else
            fields.append(fieldOf(c));
    }
    return toSummary(fields, items);
}

} // namespace

Error VirtposParser::refusal(const QString& info)
{
    const QString text = info.trimmed();
    const QString lower = text.toLower();
    const QString detail = QStringLiteral("success 0, info \"%1\"").arg(text);
    if (lower.contains(QLatin1String("apikey")) || lower.contains(QLatin1String("api key")) ||
        lower.contains(QLatin1String("api-key")) || lower.contains(QStringLiteral("ключ"))) {
        return Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate("kontor::VirtposParser",
                                        "VirtualPOS did not accept the API key. Check it in the profile."),
            detail);
    }
    if (text.isEmpty()) {
        return Error::make(Error::Kind::Service,
                           QCoreApplication::translate(
                               "kontor::VirtposParser",
                               "VirtualPOS refused the request without saying why. Try again later; if it keeps "
                               "happening, ask VirtualPOS's support."),
                           detail);
    }
    return Error::make(
        Error::Kind::Service,
        QCoreApplication::translate("kontor::VirtposParser",
                                    "VirtualPOS refused the request: \"%1\". Check the request, or try again later.")
            .arg(text.left(300)),
        detail);
}

std::optional<Error> VirtposParser::parseRefusal(const QByteArray& body, WireFormat format)
{
    // An error page may come in the other format than the one asked for: go by the first character.
    const QByteArray head = body.trimmed();
    const bool xml = head.isEmpty() ? format == WireFormat::Xml : head.startsWith('<');
    if (xml) {
        const Result<XmlTree> tree = XmlTree::parse(body, Source);
        if (!tree.ok())
            return std::nullopt;
        const XmlTree* successNode = tree.value.child(QStringLiteral("success"));
        if (!successNode)
            return std::nullopt;
        const Json successText(successNode->text().toStdString());
        if (Lenient::toFlag(&successText) != std::optional<bool>(false))
            return std::nullopt;
        return refusal(tree.value.childText(QStringLiteral("info")));
    }
    const Result<Json> parsed = Lenient::parse(body, Source);
    if (!parsed.ok() || !parsed.value.is_object() ||
        Lenient::flag(parsed.value, "success") != std::optional<bool>(false))
        return std::nullopt;
    return refusal(Lenient::string(parsed.value, "info"));
}

Result<QList<OrderSummary>> VirtposParser::parseOrders(const QByteArray& body, WireFormat format)
{
    return format == WireFormat::Xml ? parseOrdersXml(body) : parseOrdersJson(body);
}

Result<QList<OrderSummary>> VirtposParser::parseOrdersJson(const QByteArray& body)
{
    using R = Result<QList<OrderSummary>>;
    Result<Json> parsed = Lenient::parse(body, Source);
    if (!parsed.ok())
        return R::failure(parsed.error);
    const Json& root = parsed.value;
    if (!root.is_object())
        return R::failure(Lenient::shapeError(Source, QStringLiteral("answer is not an object")));
    const std::optional<bool> success = Lenient::flag(root, "success");
    if (!success)
        return R::failure(Lenient::shapeError(Source, QStringLiteral("answer lacks success")));
    if (!*success)
        return R::failure(refusal(Lenient::string(root, "info")));

    QList<OrderSummary> out;
    const Json* orders = Lenient::field(root, "orders");
    if (!orders || orders->is_null() || (orders->is_string() && Lenient::toString(orders).trimmed().isEmpty()))
        return R::success(out);
    if (!orders->is_array() && !orders->is_object())
        return R::failure(Lenient::shapeError(Source, QStringLiteral("orders is neither a list nor an object")));
    for (const Json* order : entriesOf(*orders)) {
        if (!order->is_object())
            return R::failure(Lenient::shapeError(Source, QStringLiteral("an order is not an object")));
        QList<FieldList> items;
        const Json* itemsJson = Lenient::field(*order, "items");
        if (itemsJson && !itemsJson->is_null()) {
            if (!itemsJson->is_array() && !itemsJson->is_object() &&
                !(itemsJson->is_string() && Lenient::toString(itemsJson).trimmed().isEmpty()))
                return R::failure(Lenient::shapeError(Source, QStringLiteral("items is neither a list nor an object")));
            for (const Json* item : entriesOf(*itemsJson)) {
                if (!item->is_object())
                    return R::failure(Lenient::shapeError(Source, QStringLiteral("an item is not an object")));
                items.append(Lenient::fields(*item));
            }
        }
        out.append(toSummary(Lenient::fields(*order, {QStringLiteral("items")}), items));
    }
    return R::success(out);
}

Result<QList<OrderSummary>> VirtposParser::parseOrdersXml(const QByteArray& body)
{
    using R = Result<QList<OrderSummary>>;
    Result<XmlTree> parsed = XmlTree::parse(body, Source);
    if (!parsed.ok())
        return R::failure(parsed.error);
    const XmlTree& root = parsed.value;
    const XmlTree* successNode = root.child(QStringLiteral("success"));
    if (!successNode)
        return R::failure(Lenient::shapeError(Source, QStringLiteral("answer lacks success")));
    const Json successText(successNode->text().toStdString());
    const std::optional<bool> success = Lenient::toFlag(&successText);
    if (!success)
        return R::failure(Lenient::shapeError(Source, QStringLiteral("success is neither 1 nor 0")));
    if (!*success)
        return R::failure(refusal(root.childText(QStringLiteral("info"))));

    QList<OrderSummary> out;
    for (const XmlTree* orders : root.children(QStringLiteral("orders"))) {
        const QList<const XmlTree*> inner = orders->children(QStringLiteral("order"));
        const bool wrapped = !inner.isEmpty() &&
                             std::all_of(inner.cbegin(), inner.cend(), [](const XmlTree* t) { return !t->isLeaf(); });
        if (wrapped) {
            for (const XmlTree* order : inner)
                out.append(orderFromXml(*order));
        } else if (!orders->isLeaf()) {
            out.append(orderFromXml(*orders));
        }
    }
    return R::success(out);
}

} // namespace kontor
