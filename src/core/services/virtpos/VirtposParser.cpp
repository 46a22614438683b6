#include "services/virtpos/VirtposParser.h"

#include "codec/Lenient.h"
#include "codec/XmlTree.h"
#include "domain/OrderStatus.h"

#include <QCoreApplication>
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

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

// `fields` less the ones named; the list is allocated at its final size (100,000 orders keep theirs).
FieldList without(const FieldList& fields, const QStringList& names, bool dropEmptyGuid = false)
{
    const auto kept = [&](const QPair<QString, QString>& f) {
        if (names.contains(f.first))
            return false;
        // An empty guid says nothing; a filled one is shown with the other fields.
        return !(dropEmptyGuid && f.first == QLatin1String("guid") && f.second.trimmed().isEmpty());
    };
    FieldList out;
    out.reserve(std::count_if(fields.cbegin(), fields.cend(), kept));
    for (const auto& field : fields) {
        if (kept(field))
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
    o.extra = without(fields,
                      {QStringLiteral("created_date"), QStringLiteral("amount"), QStringLiteral("customer_id"),
                       QStringLiteral("paid")},
                      true);
    o.items.reserve(items.size());
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

// Every member of an object as text (Lenient::fields), leaving out `items`, with the member names shared across
// the whole list: 100,000 orders need their twenty names once, not 100,000 times.
class FieldNames
{
public:
    FieldList fields(const Json& object, bool skipItems)
    {
        FieldList out;
        out.reserve(static_cast<qsizetype>(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (skipItems && it.key() == "items")
                continue;
            out.append({name(it.key()), Lenient::toString(&it.value())});
        }
        return out;
    }

private:
    const QString& name(const std::string& key)
    {
        auto known = m_names.find(key);
        if (known == m_names.end())
            known = m_names.emplace(key, QString::fromStdString(key)).first;
        return known->second;
    }

    std::unordered_map<std::string, QString> m_names;
};

// The order list read with Lenient::parseStream: the root and its `orders` are opened, each order is built as a
// DOM of its own, turned into its record and dropped; `success` and `info` are taken whole, the rest is read
// past. What the answer says is judged at its end, in the order a whole-DOM reading would judge it.
class OrdersJson : public codec::JsonVisitor
{
public:
    // `ordersWhole`: take `orders` as one DOM (the second reading; see needsWholeReading()).
    explicit OrdersJson(bool ordersWhole)
        : m_ordersWhole(ordersWhole)
    {}

    Step begin(int depth, const std::string& key, Json::value_t type) override
    {
        if (depth == 0) {
            m_rootIsObject = type == Json::value_t::object;
            return m_rootIsObject ? Step::Open : Step::Skip;
        }
        if (depth == 1) {
            if (key == "success" || key == "info")
                return Step::Whole;
            if (key != "orders")
                return Step::Skip;
            // A repeated member replaces the one before, as in a DOM.
            m_orders.clear();
            m_ordersError.reset();
            m_keyed = type == Json::value_t::object;
            m_members = 0;
            m_readWhole = false;
            m_memberKeys.clear();
            const bool container = type == Json::value_t::array || type == Json::value_t::object;
            return container && !m_ordersWhole ? Step::Open : Step::Whole;
        }
        // depth 2: one entry of `orders`.
        ++m_members;
        // Not orders keyed by id after all (one order), or an id given twice (a DOM keeps the last value in
        // the first one's place): read again with `orders` whole. (A hash seen twice may be two ids: the whole
        // reading is right for them too, only slower.)
        if (m_keyed && (type != Json::value_t::object || !m_memberKeys.insert(std::hash<std::string>()(key)).second))
            m_readWhole = true;
        return m_ordersError || m_readWhole ? Step::Skip : Step::Whole;
    }

    bool whole(int depth, const std::string& key, Json&& value) override
    {
        if (depth == 1 && key == "success")
            m_success = std::move(value);
        else if (depth == 1 && key == "info")
            m_info = std::move(value);
        else if (depth == 1)
            addOrders(value);
        else if (!m_readWhole)
            addOrder(value);
        return true;
    }

    bool end(int depth) override
    {
        // An empty object of orders is read as one (empty) order, as a DOM reading reads it.
        if (depth == 1 && m_keyed && m_members == 0)
            addOrder(Json::object());
        return true;
    }

    bool needsWholeReading() const { return m_readWhole; }

    Result<QList<OrderSummary>> result()
    {
        using R = Result<QList<OrderSummary>>;
        if (!m_rootIsObject)
            return R::failure(Lenient::shapeError(Source, QStringLiteral("answer is not an object")));
        const std::optional<bool> success = m_success ? Lenient::toFlag(&*m_success) : std::nullopt;
        if (!success)
            return R::failure(Lenient::shapeError(Source, QStringLiteral("answer lacks success")));
        if (!*success)
            return R::failure(VirtposParser::refusal(m_info ? Lenient::toString(&*m_info) : QString()));
        if (m_ordersError)
            return R::failure(*m_ordersError);
        return R::success(std::move(m_orders));
    }

private:
    // `orders` as one value: nothing, a list, an object of orders or one order.
    void addOrders(const Json& orders)
    {
        if (orders.is_null() || (orders.is_string() && Lenient::toString(&orders).trimmed().isEmpty()))
            return;
        if (!orders.is_array() && !orders.is_object()) {
            m_ordersError = Lenient::shapeError(Source, QStringLiteral("orders is neither a list nor an object"));
            return;
        }
        for (const Json* order : entriesOf(orders)) {
            addOrder(*order);
            if (m_ordersError)
                return;
        }
    }

    void addOrder(const Json& order)
    {
        if (m_ordersError)
            return;
        if (!order.is_object()) {
            m_ordersError = Lenient::shapeError(Source, QStringLiteral("an order is not an object"));
            return;
        }
        QList<FieldList> items;
        const Json* itemsJson = Lenient::field(order, "items");
        if (itemsJson && !itemsJson->is_null()) {
            if (!itemsJson->is_array() && !itemsJson->is_object() &&
                !(itemsJson->is_string() && Lenient::toString(itemsJson).trimmed().isEmpty())) {
                m_ordersError = Lenient::shapeError(Source, QStringLiteral("items is neither a list nor an object"));
                return;
            }
            for (const Json* item : entriesOf(*itemsJson)) {
                if (!item->is_object()) {
                    m_ordersError = Lenient::shapeError(Source, QStringLiteral("an item is not an object"));
                    return;
                }
                items.append(m_names.fields(*item, false));
            }
        }
        m_orders.append(toSummary(m_names.fields(order, true), items));
    }

    bool m_ordersWhole;
    bool m_rootIsObject = false;
    std::optional<Json> m_success;
    std::optional<Json> m_info;
    QList<OrderSummary> m_orders;
    std::optional<Error> m_ordersError;
    bool m_keyed = false;                         // `orders` is an object: of orders keyed by id, or one order
    int m_members = 0;                            // entries of `orders` seen
    bool m_readWhole = false;                     // `orders` is one order, or repeats an id: read it again as one DOM
    std::unordered_set<std::size_t> m_memberKeys; // hashes of the ids of orders keyed by id
    FieldNames m_names;
};

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

Result<VirtposParser::WriteAnswer> VirtposParser::parseWriteAnswer(const QByteArray& body, WireFormat format)
{
    using R = Result<WriteAnswer>;
    if (std::optional<Error> refused = parseRefusal(body, format))
        return R::failure(std::move(*refused));
    const QByteArray head = body.trimmed();
    const bool xml = head.isEmpty() ? format == WireFormat::Xml : head.startsWith('<');
    std::optional<bool> success;
    WriteAnswer answer;
    std::optional<bool> isNew;
    if (xml) {
        const Result<XmlTree> tree = XmlTree::parse(body, Source);
        if (!tree.ok())
            return R::failure(tree.error);
        const Json successText(tree.value.childText(QStringLiteral("success")).toStdString());
        const Json isNewText(tree.value.childText(QStringLiteral("isnew")).toStdString());
        success = Lenient::toFlag(&successText);
        isNew = Lenient::toFlag(&isNewText);
        answer.id = tree.value.childText(QStringLiteral("id")).trimmed();
    } else {
        const Result<Json> parsed = Lenient::parse(body, Source);
        if (!parsed.ok())
            return R::failure(parsed.error);
        if (!parsed.value.is_object())
            return R::failure(Lenient::shapeError(Source, QStringLiteral("the write answer is not an object")));
        success = Lenient::flag(parsed.value, "success");
        isNew = Lenient::flag(parsed.value, "isnew");
        answer.id = Lenient::string(parsed.value, "id").trimmed();
    }
    if (success != std::optional<bool>(true))
        return R::failure(Lenient::shapeError(Source, QStringLiteral("the write answer has no success 1")));
    answer.isNew = isNew.value_or(false);
    return R::success(answer);
}

Result<CustomerPage> VirtposParser::parseCustomers(const QByteArray& body, WireFormat format)
{
    using R = Result<CustomerPage>;
    if (std::optional<Error> refused = parseRefusal(body, format))
        return R::failure(std::move(*refused));
    const QByteArray head = body.trimmed();
    const bool xml = head.isEmpty() ? format == WireFormat::Xml : head.startsWith('<');
    CustomerPage page;
    auto number = [](const QString& text) -> std::optional<int> {
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    };
    if (xml) {
        const Result<XmlTree> tree = XmlTree::parse(body, Source);
        if (!tree.ok())
            return R::failure(tree.error);
        if (tree.value.childText(QStringLiteral("success")).trimmed() != QLatin1String("1"))
            return R::failure(Lenient::shapeError(Source, QStringLiteral("the customer list has no success 1")));
        page.page = number(tree.value.childText(QStringLiteral("page"))).value_or(1);
        page.pageSize = number(tree.value.childText(QStringLiteral("page_size"))).value_or(0);
        page.total = number(tree.value.childText(QStringLiteral("total")));
        for (const XmlTree* customer : tree.value.children(QStringLiteral("customers"))) {
            FieldList fields;
            for (const XmlTree& f : customer->children())
                fields.append({f.name(), f.text()});
            if (!fields.isEmpty())
                page.customers.append(fields);
        }
        return R::success(page);
    }
    const Result<Json> parsed = Lenient::parse(body, Source);
    if (!parsed.ok())
        return R::failure(parsed.error);
    const Json& root = parsed.value;
    if (!root.is_object() || Lenient::flag(root, "success") != std::optional<bool>(true))
        return R::failure(Lenient::shapeError(Source, QStringLiteral("the customer list has no success 1")));
    page.page = static_cast<int>(Lenient::integer(root, "page").value_or(1));
    page.pageSize = static_cast<int>(Lenient::integer(root, "page_size").value_or(0));
    if (const std::optional<qint64> total = Lenient::integer(root, "total"))
        page.total = static_cast<int>(*total);
    const Json* customers = Lenient::field(root, "customers");
    if (customers && customers->is_array()) {
        for (const Json& row : *customers) {
            if (!row.is_object())
                return R::failure(Lenient::shapeError(Source, QStringLiteral("a customer is not an object")));
            page.customers.append(Lenient::fields(row));
        }
    } else if (customers && customers->is_object()) {
        page.customers.append(Lenient::fields(*customers)); // one customer, written as an object
    }
    return R::success(page);
}

Result<QList<OrderSummary>> VirtposParser::parseOrders(const QByteArray& body, WireFormat format)
{
    return format == WireFormat::Xml ? parseOrdersXml(body) : parseOrdersJson(body);
}

Result<QList<OrderSummary>> VirtposParser::parseOrdersJson(const QByteArray& body)
{
    // A list of tens of megabytes: never one DOM of the whole answer, one order's at a time.
    OrdersJson reading(false);
    if (std::optional<Error> error = Lenient::parseStream(body, Source, reading))
        return Result<QList<OrderSummary>>::failure(std::move(*error));
    if (!reading.needsWholeReading())
        return reading.result();
    // `orders` is an object whose members are not all orders (it is one order, and one order is small), or it
    // names an order twice. Rare: read again, with `orders` as one DOM.
    OrdersJson again(true);
    if (std::optional<Error> error = Lenient::parseStream(body, Source, again))
        return Result<QList<OrderSummary>>::failure(std::move(*error));
    return again.result();
}

Result<QList<OrderSummary>> VirtposParser::parseOrdersXml(const QByteArray& body)
{
    using R = Result<QList<OrderSummary>>;
    // A list of tens of megabytes: read one <orders> element at a time into records, never the whole tree.
    std::optional<QString> successText; // the first <success>, as a tree's child() finds it
    std::optional<QString> info;        // the first <info>
    QList<OrderSummary> out;
    const auto wanted = [&](QStringView name) {
        return name == QLatin1String("orders") || (name == QLatin1String("success") && !successText) ||
               (name == QLatin1String("info") && !info);
    };
    const auto take = [&](XmlTree&& element) {
        if (element.name() == QLatin1String("success")) {
            successText = element.text();
        } else if (element.name() == QLatin1String("info")) {
            info = element.text();
        } else {
            const QList<const XmlTree*> inner = element.children(QStringLiteral("order"));
            const bool wrapped = !inner.isEmpty() && std::all_of(inner.cbegin(), inner.cend(),
                                                                 [](const XmlTree* t) { return !t->isLeaf(); });
            if (wrapped) {
                for (const XmlTree* order : inner)
                    out.append(orderFromXml(*order));
            } else if (!element.isLeaf()) {
                out.append(orderFromXml(element));
            }
        }
    };
    if (std::optional<Error> error = XmlTree::parseChildren(body, Source, wanted, take))
        return R::failure(std::move(*error));
    if (!successText)
        return R::failure(Lenient::shapeError(Source, QStringLiteral("answer lacks success")));
    const Json successJson(successText->toStdString());
    const std::optional<bool> success = Lenient::toFlag(&successJson);
    if (!success)
        return R::failure(Lenient::shapeError(Source, QStringLiteral("success is neither 1 nor 0")));
    if (!*success)
        return R::failure(refusal(info.value_or(QString())));
    return R::success(std::move(out));
}

} // namespace kontor
