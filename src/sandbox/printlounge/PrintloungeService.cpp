#include "printlounge/PrintloungeService.h"

#include "common/FakeData.h"
#include "common/JsonFields.h"
#include "common/SeededRandom.h"
#include "printlounge/PrintloungeCart.h"

#include <QDateTime>
#include <algorithm>

// The readings of doc 001 this simulation chooses are listed in docs/sandbox.md (section printlounge).

namespace kontor::sandbox {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {
enum Route { ListRoute, GetRoute, PutRoute, PatchRoute, CartRoute, WrongMethodList, WrongMethodOrder, WrongMethodCart };
const char* const kPrefixes[] = {"MY", "XA", "PL", "DE", "RU", "HU"};
const int kOrderStatuses[] = {61, 61, 62, 62, 62, 63, 64, 137};

ServerResponse jsonError(int status, const QString& message)
{
    ojson body;
    body["status"] = status;
    body["error"] = ServerResponse::reasonPhrase(status).toStdString();
    body["message"] = message.toStdString();
    return ServerResponse::json(status, JsonFields::dump(body));
}

bool parseInt(const QString& text, int* out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (ok)
        *out = v;
    return ok;
}
} // namespace

PrintloungeService::PrintloungeService(const SandboxOptions& options)
    : m_options(options)
{
    generate();
}

void PrintloungeService::generate()
{
    SeededRandom random(SeededRandom::derive(m_options.seed, 0x9117));
    const int count = qMax(0, m_options.orders);
    m_orders.resize(count);
    m_byCode.reserve(count);
    const qint64 spacing = qMax<qint64>(60, 2LL * 365 * 86400 / qMax(1, count));
    qint64 created = FakeData::anchorEpoch() - spacing * count;
    int id = 1000 + random.bounded(50);
    for (int i = 0; i < count; ++i) {
        Order& o = m_orders[i];
        id += 1 + (random.chance(0.35) ? random.range(1, 6) : 0);
        o.id = id;
        o.orderStatus = random.pick(kOrderStatuses);
        o.status = random.range(1, 3);
        o.statusPaid = random.chance(0.6) ? 1 : 0;
        o.rank = count - 1 - i;
        o.prefix = random.bounded(6);
        created += random.range(1, static_cast<int>(2 * spacing));
        o.created = created;
        o.modified = created + random.range(0, 5 * 86400);
        o.seed = random.next();
        m_byCode.insert(orderCode(o), i);
    }
}

QString PrintloungeService::orderCode(const Order& order)
{
    return QLatin1String(kPrefixes[order.prefix]) + QString::number(order.id);
}

QString PrintloungeService::internalOrderCode(const Order& order)
{
    return SeededRandom(order.seed ^ 0x5EEDu).letters(6);
}

ServiceRoute PrintloungeService::match(const QByteArray& method, const QString& path) const
{
    ServiceRoute r;
    const QString m = QString::fromLatin1(method);
    if (path == QLatin1String("/api/order/") || path == QLatin1String("/api/order")) {
        r.key = m + QStringLiteral(" /api/order/");
        r.id = method == "GET" ? ListRoute : WrongMethodList;
        return r;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() == 4 && parts.at(0).isEmpty() && parts.at(1) == QLatin1String("api") && !parts.at(3).isEmpty()) {
        r.params = QStringList{parts.at(3)};
        if (parts.at(2) == QLatin1String("order")) {
            r.key = m + QStringLiteral(" /api/order/{orderCode}");
            r.id = method == "GET"     ? GetRoute
                   : method == "PUT"   ? PutRoute
                   : method == "PATCH" ? PatchRoute
                                       : WrongMethodOrder;
            return r;
        }
        if (parts.at(2) == QLatin1String("cart")) {
            r.key = m + QStringLiteral(" /api/cart/{orderCode}");
            r.id = method == "GET" ? CartRoute : WrongMethodCart;
            return r;
        }
    }
    r.key = m + QStringLiteral(" *");
    r.params.clear();
    return r;
}

bool PrintloungeService::authorized(const ServerRequest& request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.toLower().startsWith("basic "))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && *decoded == (m_options.user + QLatin1Char(':') + m_options.secret).toUtf8();
}

ServerResponse PrintloungeService::handle(const ServiceRoute& route, const ServerRequest& request)
{
    if (!authorized(request)) {
        ServerResponse r = jsonError(401, QStringLiteral("Invalid API user or API key"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Printlounge API\"")));
        return r;
    }
    switch (route.id) {
    case ListRoute:
        return listOrders(request);
    case GetRoute:
        return getOrder(route.params.value(0));
    case PutRoute:
    case PatchRoute:
        return changeStatus(route.params.value(0), request);
    case CartRoute:
        return cart(route.params.value(0));
    case WrongMethodList:
    case WrongMethodOrder:
    case WrongMethodCart: {
        ServerResponse r = jsonError(405, QStringLiteral("Method not allowed"));
        r.headers.append(
            qMakePair(QByteArray("Allow"), QByteArray(route.id == WrongMethodOrder ? "GET, PUT, PATCH" : "GET")));
        return r;
    }
    default:
        return jsonError(404, QStringLiteral("No route found for \"%1\"").arg(request.path));
    }
}

const PrintloungeService::Order* PrintloungeService::find(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_orders.at(it.value());
}

ServerResponse PrintloungeService::listOrders(const ServerRequest& request) const
{
    const FormFields query = request.query();
    int limit = 20;
    int lastSeenId = std::numeric_limits<int>::max();
    int filters[3] = {0, 0, 0};
    bool useFilter[3] = {false, false, false};
    const char* const filterNames[3] = {"orderStatus", "status", "statusPaid"};
    if (FormCodec::contains(query, QStringLiteral("limit"))) {
        if (!parseInt(FormCodec::value(query, QStringLiteral("limit")), &limit) || limit <= 0)
            return jsonError(400, QStringLiteral("limit must be a positive integer"));
    }
    // A careless server (FaultOptions::ignorePaging) neither checks nor uses lastSeenId.
    if (!ignoresPaging() && FormCodec::contains(query, QStringLiteral("lastSeenId"))) {
        if (!parseInt(FormCodec::value(query, QStringLiteral("lastSeenId")), &lastSeenId) || lastSeenId <= 0)
            return jsonError(400, QStringLiteral("lastSeenId must be a positive integer"));
    }
    for (int f = 0; f < 3; ++f) {
        const QString name = QLatin1String(filterNames[f]);
        if (!FormCodec::contains(query, name) || FormCodec::value(query, name).isEmpty())
            continue;
        if (!parseInt(FormCodec::value(query, name), &filters[f]))
            return jsonError(400, QStringLiteral("%1 must be an integer").arg(name));
        useFilter[f] = true;
    }
    limit = qMin(limit, qMax(1, m_options.pageClamp));
    auto matches = [&](const Order& o) {
        return (!useFilter[0] || o.orderStatus == filters[0]) && (!useFilter[1] || o.status == filters[1]) &&
               (!useFilter[2] || o.statusPaid == filters[2]);
    };

    // Index of the newest order with id < lastSeenId.
    auto it = std::lower_bound(m_orders.cbegin(), m_orders.cend(), lastSeenId,
                               [](const Order& o, int id) { return o.id < id; });
    qsizetype i = (it - m_orders.cbegin()) - 1;
    const qint64 windowTop = qMin<qint64>(qint64(lastSeenId) - 1, m_orders.isEmpty() ? 0 : m_orders.last().id);
    while (i >= 0 && !matches(m_orders.at(i)))
        --i;
    ojson rows = ojson::array();
    if (i >= 0) {
        const qint64 top = m_orders.at(i).id >= windowTop - limit + 1 ? windowTop : m_orders.at(i).id;
        const qint64 bottom = top - limit + 1;
        for (; i >= 0 && m_orders.at(i).id >= bottom; --i) {
            const Order& o = m_orders.at(i);
            if (!matches(o))
                continue;
            ojson row;
            row["id"] = o.id;
            row["internalOrderCode"] = internalOrderCode(o).toStdString();
            row["orderCode"] = orderCode(o).toStdString();
            row["status"] = o.status;
            row["orderStatus"] = o.orderStatus;
            row["statusPaid"] = o.statusPaid;
            row["lastModified"] = FakeData::dateTime(o.modified).toStdString();
            row["createDate"] = FakeData::dateTime(o.created).toStdString();
            rows.push_back(std::move(row));
        }
    }
    return ServerResponse::json(200, JsonFields::dump(rows));
}

ServerResponse PrintloungeService::getOrder(const QString& code) const
{
    const Order* o = find(code);
    if (!o)
        return jsonError(404, QStringLiteral("Order %1 not found").arg(code.left(64)));
    ojson body;
    body["order_code"] = orderCode(*o).toStdString();
    body["order_status"] = o->orderStatus;
    return ServerResponse::json(200, JsonFields::dump(body));
}

ServerResponse PrintloungeService::changeStatus(const QString& code, const ServerRequest& request)
{
    const auto it = m_byCode.constFind(code);
    if (it == m_byCode.constEnd())
        return jsonError(404, QStringLiteral("Order %1 not found").arg(code.left(64)));
    const json body =
        json::parse(request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
    if (!body.is_object())
        return jsonError(400, QStringLiteral("JSON object expected"));
    const json* value = JsonFields::find(body, "order_status");
    int status = 0;
    if (!value || !(value->is_string() || value->is_number_integer() || value->is_number_unsigned()) ||
        !parseInt(JsonFields::scalarText(*value), &status) || status < 0 || status > 9999)
        return jsonError(400, QStringLiteral("order_status must be an integer status code"));
    Order& o = m_orders[it.value()];
    o.orderStatus = status;
    o.modified = QDateTime::currentSecsSinceEpoch();
    ++m_statusChanges;
    return getOrder(code);
}

ServerResponse PrintloungeService::cart(const QString& code) const
{
    const Order* o = find(code);
    if (!o)
        return jsonError(404, QStringLiteral("Order %1 not found").arg(code.left(64)));
    return ServerResponse::json(200, JsonFields::dump(PrintloungeCart::build(*o, m_options.seed)));
}

QJsonObject PrintloungeService::counters() const
{
    return QJsonObject{{QStringLiteral("statusChanges"), m_statusChanges}};
}

} // namespace kontor::sandbox
