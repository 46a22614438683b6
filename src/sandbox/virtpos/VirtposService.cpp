#include "virtpos/VirtposService.h"

#include "common/FakeData.h"
#include "common/JsonFields.h"
#include "common/SeededRandom.h"
#include "common/XmlWriter.h"

#include <QDate>
#include <QTimeZone>

// The readings of doc 002 this simulation chooses are listed in docs/sandbox.md (section virtpos).

namespace kontor::sandbox {

using ojson = nlohmann::ordered_json;

namespace {
enum Route { OrdersRoute, CustomerListRoute, CustomerUpdateRoute, InsertCardRoute, UpdateCardRoute, DeleteCardRoute };

struct Path
{
    const char* path;
    Route route;
};
const Path kPaths[] = {{"/api/orders", OrdersRoute},
                       {"/api/customer", CustomerListRoute},
                       {"/api/customer/update", CustomerUpdateRoute},
                       {"/api/customer/insertCard", InsertCardRoute},
                       {"/api/customer/updateCard", UpdateCardRoute},
                       {"/api/customer/deleteCard", DeleteCardRoute}};
const int kWrongMethod = 100;

const char* const kWarehouses[] = {"Невский проспект", "Просвещения проспект", "ул. Тверская"};
const char* const kDeliveryTypes[] = {"Самовывоз", "Курьер", "Почта России"};
const char* const kPaymentTypes[] = {"Оплата при получении", "Банковская карта", "Безналичный расчёт"};

ojson failure(const QString& info)
{
    ojson body;
    body["success"] = 0;
    body["info"] = info.toStdString();
    return body;
}

int itemId(const QString& slug)
{
    quint32 h = 2166136261u;
    for (QChar c : slug)
        h = (h ^ c.unicode()) * 16777619u;
    return 100 + static_cast<int>(h % 900);
}

bool parseDay(const QString& text, qint64* epoch)
{
    const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("yyyyMMdd"));
    if (!d.isValid() || text.trimmed().size() != 8)
        return false;
    *epoch = d.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    return true;
}

void writeXmlValue(XmlWriter& xml, const QByteArray& name, const ojson& value, int depth)
{
    if (value.is_object()) {
        xml.start(name);
        for (auto it = value.begin(); it != value.end(); ++it)
            writeXmlValue(xml, QByteArray::fromStdString(it.key()), it.value(), depth + 1);
        xml.end();
    } else if (value.is_array()) {
        if (depth == 0) {
            for (const ojson& entry : value)
                writeXmlValue(xml, name, entry, depth);
        } else {
            xml.start(name);
            for (const ojson& entry : value) {
                for (auto it = entry.begin(); entry.is_object() && it != entry.end(); ++it)
                    writeXmlValue(xml, QByteArray::fromStdString(it.key()), it.value(), depth + 1);
            }
            xml.end();
        }
    } else if (value.is_null()) {
        xml.empty(name);
    } else {
        JsonFields::writeXmlLeaf(xml, name, value);
    }
}
} // namespace

VirtposService::VirtposService(const SandboxOptions& options)
    : m_options(options)
    , m_customers(options.seed, options.customers)
{
    generate();
}

void VirtposService::generate()
{
    SeededRandom random(SeededRandom::derive(m_options.seed, 0x7005));
    SeededRandom ids(SeededRandom::derive(m_options.seed, 0x7006)); // order ids, a stream of their own
    const int count = qMax(0, m_options.orders);
    int id = 17000;
    m_orders.resize(count);
    const qint64 spacing = qMax<qint64>(60, 2LL * 365 * 86400 / qMax(1, count));
    qint64 created = FakeData::anchorEpoch() - spacing * count;
    const int customers = m_customers.count();
    for (int i = 0; i < count; ++i) {
        Order& o = m_orders[i];
        created += random.range(1, static_cast<int>(2 * spacing));
        o.created = qMin(created, FakeData::anchorEpoch());
        o.customerId = customers > 0 ? m_customers.idAt(random.bounded(customers)) : 0;
        o.seed = random.next();
        id += ids.range(1, 3);
        o.id = id;
    }
}

ServiceRoute VirtposService::match(const QByteArray& method, const QString& path) const
{
    ServiceRoute r;
    const QString m = QString::fromLatin1(method);
    QString p = path;
    if (p.endsWith(QLatin1Char('/')) && p.size() > 1)
        p.chop(1);
    for (const Path& candidate : kPaths) {
        if (p == QLatin1String(candidate.path)) {
            r.key = m + QLatin1Char(' ') + QLatin1String(candidate.path);
            r.id = method == "GET" || method == "POST" ? candidate.route : kWrongMethod;
            return r;
        }
    }
    r.key = m + QStringLiteral(" *");
    return r;
}

ServerResponse VirtposService::handle(const ServiceRoute& route, const ServerRequest& request)
{
    const FormFields query = request.query();
    const QString format = FormCodec::value(query, QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1String("xml") && format != QLatin1String("json"))
        return ServerResponse::xml(400, toXml(failure(QStringLiteral("Unknown format: xml or json expected"))));
    const bool json = format == QLatin1String("json");
    auto reply = [json](int status, const ojson& body) {
        return json ? ServerResponse::json(status, JsonFields::dump(body)) : ServerResponse::xml(status, toXml(body));
    };

    FormFields params = query;
    if (request.method == "POST")
        params += request.form();
    if (FormCodec::value(params, QStringLiteral("apikey")) != m_options.secret || m_options.secret.isEmpty())
        return reply(403, failure(QStringLiteral("Access denied: invalid apikey")));

    switch (route.id) {
    case OrdersRoute:
        return reply(200, orders(params));
    case CustomerListRoute:
        return reply(200, m_customers.list(params, ignoresPaging()));
    case CustomerUpdateRoute:
        return reply(200, m_customers.update(params));
    case InsertCardRoute:
        return reply(200, m_customers.insertCard(params));
    case UpdateCardRoute:
        return reply(200, m_customers.updateCard(params));
    case DeleteCardRoute:
        return reply(200, m_customers.deleteCard(params));
    case kWrongMethod: {
        ServerResponse r = reply(405, failure(QStringLiteral("Method not allowed")));
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, POST")));
        return r;
    }
    default:
        return reply(404, failure(QStringLiteral("Unknown API method")));
    }
}

ojson VirtposService::orders(const FormFields& params) const
{
    int customer = -1;
    const QString id = FormCodec::value(params, QStringLiteral("id")).trimmed();
    const QString externalId = FormCodec::value(params, QStringLiteral("external_id")).trimmed();
    if (!id.isEmpty()) {
        bool ok = false;
        customer = id.toInt(&ok);
        if (!ok)
            return failure(QStringLiteral("Invalid id: integer expected"));
    } else if (!externalId.isEmpty()) {
        customer = m_customers.idForExternal(externalId); // 0 when unknown: no orders
    }
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    const QString dateFrom = FormCodec::value(params, QStringLiteral("datefrom"));
    const QString dateTo = FormCodec::value(params, QStringLiteral("dateto"));
    const QString days = FormCodec::value(params, QStringLiteral("days")).trimmed();
    if (!dateFrom.isEmpty() && !parseDay(dateFrom, &from))
        return failure(QStringLiteral("Invalid datefrom: YYYYMMDD expected"));
    if (!dateTo.isEmpty()) {
        if (!parseDay(dateTo, &to))
            return failure(QStringLiteral("Invalid dateto: YYYYMMDD expected"));
        to += 86400 - 1;
    }
    if (!days.isEmpty()) {
        bool ok = false;
        const int n = days.toInt(&ok);
        if (!ok || n < 0)
            return failure(QStringLiteral("Invalid days: non-negative integer expected"));
        from = qMax(from, FakeData::anchorEpoch() - qint64(n) * 86400);
    }

    ojson body;
    body["success"] = 1;
    ojson list = ojson::array();
    for (const Order& o : m_orders) {
        if ((customer >= 0 && o.customerId != customer) || o.created < from || o.created > to)
            continue;
        list.push_back(orderJson(o));
    }
    body["orders"] = std::move(list);
    return body;
}

ojson VirtposService::orderJson(const Order& order) const
{
    SeededRandom random(order.seed);
    // What is empty and how: a stream of its own, so that the rest of the order stays as it was.
    SeededRandom empties(SeededRandom::derive(order.seed, 0x6E17));
    const bool nullForEmpty = empties.chance(0.5);
    const bool noGuid = empties.chance(0.4);
    auto emptyOr = [nullForEmpty](const QString& value) {
        return value.isEmpty() && nullForEmpty ? ojson(nullptr) : ojson(value.toStdString());
    };
    const Lang lang = FakeData::language(random, Lang::Ru);
    const bool paid = random.chance(0.6);
    const bool shipped = paid && random.chance(0.5);
    const bool cancelled = !shipped && random.chance(0.08);
    const int delivery = random.bounded(3);
    const int warehouse = random.bounded(3);
    const FakePerson address = FakeData::person(random, lang);

    ojson items = ojson::array();
    qint64 total = 0;
    qint64 discountTotal = 0;
    const int count = random.range(1, 4);
    for (int i = 0; i < count; ++i) {
        const FakeGoods g = FakeData::grocery(random, lang);
        const qint64 quantity = random.chance(0.3) ? random.range(250, 5000) : 1000 * random.range(1, 5);
        const qint64 line = (quantity * g.priceCents + 500) / 1000;
        const qint64 discount = random.chance(0.3) ? line * random.range(1, 10) / 100 : 0;
        ojson item;
        item["item_id"] = itemId(g.slug);
        item["item_name"] = g.name.toStdString();
        item["image"] =
            emptyOr(random.chance(0.5) ? QStringLiteral("https://img.example.com/items/%1.jpg").arg(itemId(g.slug))
                                       : QString());
        item["quantity"] = FakeData::decimal(quantity).toStdString();
        item["unit_base_price"] = FakeData::money(g.priceCents).toStdString();
        item["discount"] = FakeData::money(discount).toStdString();
        item["amount"] = FakeData::money(line - discount).toStdString();
        items.push_back(std::move(item));
        total += line - discount;
        discountTotal += discount;
    }

    ojson o;
    o["id"] = order.id;
    o["paid"] = paid ? 1 : 0;
    o["customer_id"] = order.customerId;
    o["shipped"] = shipped ? 1 : 0;
    o["cancelled"] = cancelled ? 1 : 0;
    o["shipping_address"] = delivery == 0 ? "" : (address.street + QStringLiteral(", ") + address.town).toStdString();
    o["shipping_cost"] = FakeData::money(delivery == 0 ? 0 : delivery == 1 ? 35000 : 13000).toStdString();
    if (shipped && delivery == 0)
        o["pickup_receipt_id"] = random.range(10000, 99999);
    else
        o["pickup_receipt_id"] = nullptr;
    o["comment"] = FakeData::comment(random, lang).toStdString();
    const QString guid = FakeData::uuid(random, false); // drawn even when left out, to keep the stream
    o["guid"] = emptyOr(noGuid ? QString() : guid);
    o["created_date"] = FakeData::dateTime(order.created).toStdString();
    o["amount"] = FakeData::money(total).toStdString();
    o["discount"] = FakeData::money(discountTotal).toStdString();
    o["pickup_from_warehouse_id"] = delivery == 0 ? ojson(warehouse + 1) : ojson(nullptr);
    o["pickup_from_warehouse_name"] = emptyOr(delivery == 0 ? QString::fromUtf8(kWarehouses[warehouse]) : QString());
    o["delivery_type_id"] = delivery + 1;
    o["delivery_type_name"] = kDeliveryTypes[delivery];
    const int payment = random.bounded(3);
    o["payment_type_id"] = payment + 1;
    o["payment_type_name"] = kPaymentTypes[payment];
    o["items"] = std::move(items);
    return o;
}

QByteArray VirtposService::toXml(const ojson& body)
{
    XmlWriter xml(XmlWriter::EmptyStyle::SpaceSlash);
    xml.start("root");
    for (auto it = body.begin(); it != body.end(); ++it)
        writeXmlValue(xml, QByteArray::fromStdString(it.key()), it.value(), 0);
    return xml.finish();
}

} // namespace kontor::sandbox
