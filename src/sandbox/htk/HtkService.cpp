#include "htk/HtkService.h"

#include "common/FakeData.h"
#include "common/JsonFields.h"

#include <QDateTime>
#include <algorithm>

// The readings of doc 000 this simulation chooses are listed in docs/sandbox.md (section htk).

namespace kontor::sandbox {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {
enum Route { TokenRoute = 0, ServiceRoute4 = 1, WrongMethod = 2 };
const char* const kTokenPath = "/omniseller/Tokenrequest.php";
const char* const kServicePath = "/omniseller/HTKService4.php";
const char* const kPayments[] = {"oxidinvoice", "oxidpayadvance", "oxidcashondel", "oxiddebitnote", "oxidpaypal"};

ServerResponse answer(const ojson& body)
{
    return ServerResponse::json(200, JsonFields::dump(body));
}

ServerResponse error(const char* message)
{
    ojson body;
    body["status"] = "ERROR";
    body["debugMessage"] = message;
    return answer(body);
}

double euros(qint64 cents)
{
    return static_cast<double>(cents) / 100.0;
}
} // namespace

HtkService::HtkService(const SandboxOptions& options)
    : m_options(options)
    , m_tokenRandom(SeededRandom::derive(options.seed, 0x70CE))
{
    generate();
}

void HtkService::generate()
{
    SeededRandom random(SeededRandom::derive(m_options.seed, 0x47C));
    const int categoryCount = qMax(0, m_options.categories);
    m_categories.reserve(categoryCount);
    const int roots = qMax(1, categoryCount / 5);
    for (int i = 0; i < categoryCount; ++i) {
        Category c;
        c.id = random.hex(32);
        c.parentId = i < roots ? QStringLiteral("oxrootID") : m_categories.at(random.bounded(i)).id;
        c.name = FakeData::categoryName(random, FakeData::language(random, Lang::De));
        const bool active = random.chance(0.85);
        c.aktivForm = (random.chance(0.5) ? 0 : 1) + (active ? 0 : 2);
        m_categories.append(c);
    }
    childBeforeParent();
    // The answer lists categories in ID order, as the shop's database returns them: the document fixes no
    // order, and a parent does not always come first.
    std::sort(m_categories.begin(), m_categories.end(),
              [](const Category& a, const Category& b) { return a.id < b.id; });

    const int orderCount = qMax(0, m_options.orders);
    m_orders.reserve(orderCount);
    m_orderIndex.reserve(orderCount);
    const qint64 spacing = qMax<qint64>(60, 2LL * 365 * 86400 / qMax(1, orderCount));
    qint64 created = FakeData::anchorEpoch() - spacing * orderCount;
    for (int i = 0; i < orderCount; ++i) {
        Order o;
        o.id = random.hex(32);
        o.displayId = i + 1;
        o.payment = random.bounded(5);
        o.status = random.chance(0.7) ? random.bounded(2) : random.range(2, 5);
        created += random.range(1, static_cast<int>(2 * spacing));
        o.created = created;
        o.seed = random.next();
        m_orderIndex.insert(o.id, i);
        m_orders.append(o);
    }
}

void HtkService::childBeforeParent()
{
    QHash<QString, int> byId;
    for (int i = 0; i < m_categories.size(); ++i)
        byId.insert(m_categories.at(i).id, i);
    int firstChild = -1;
    for (int i = 0; i < m_categories.size(); ++i) {
        const auto parent = byId.constFind(m_categories.at(i).parentId);
        if (parent == byId.constEnd())
            continue;
        if (m_categories.at(i).id < m_categories.at(parent.value()).id)
            return; // the random IDs already put a child before its parent
        if (firstChild < 0)
            firstChild = i;
    }
    if (firstChild < 0)
        return; // no child at all
    // Give the first child an ID below its parent's: the parent's prefix up to its first digit above '0',
    // a smaller digit there, random digits after (a stream of its own, so nothing else changes).
    Category& child = m_categories[firstChild];
    const QString parentId = m_categories.at(byId.value(child.parentId)).id;
    qsizetype k = 0;
    while (k < parentId.size() && parentId.at(k) == QLatin1Char('0'))
        ++k;
    if (k >= parentId.size())
        return;
    SeededRandom random(SeededRandom::derive(m_options.seed, 0x47D));
    static const char kHex[] = "0123456789abcdef";
    const int limit = QStringLiteral("0123456789abcdef").indexOf(parentId.at(k));
    QString id;
    do {
        id = parentId.left(k) + QLatin1Char(kHex[random.bounded(limit)]) + random.hex(int(parentId.size() - k - 1));
    } while (byId.contains(id));
    for (Category& c : m_categories) {
        if (c.parentId == child.id)
            c.parentId = id;
    }
    child.id = id;
}

ServiceRoute HtkService::match(const QByteArray& method, const QString& path) const
{
    ServiceRoute r;
    const QString m = QString::fromLatin1(method);
    if (path == QLatin1String(kTokenPath) || path == QLatin1String(kServicePath)) {
        r.key = m + QLatin1Char(' ') + path;
        r.id = method != "POST" ? WrongMethod : path == QLatin1String(kTokenPath) ? TokenRoute : ServiceRoute4;
        return r;
    }
    r.key = m + QStringLiteral(" *");
    return r;
}

ServerResponse HtkService::handle(const ServiceRoute& route, const ServerRequest& request)
{
    switch (route.id) {
    case TokenRoute:
        return tokenRequest(request);
    case ServiceRoute4:
        return serviceCall(request);
    case WrongMethod: {
        ServerResponse r = error("Method not allowed");
        r.status = 405;
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        return r;
    }
    default:
        return ServerResponse::html(404, QByteArrayLiteral("<html><head><title>404 Not Found</title></head><body>"
                                                           "<h1>Not Found</h1></body></html>\n"));
    }
}

ServerResponse HtkService::tokenRequest(const ServerRequest& request)
{
    ++m_tokenRequests;
    const json body =
        json::parse(request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
    if (!body.is_object())
        return error("Invalid request: JSON object expected");
    if (JsonFields::text(body, "apiuser") != m_options.user || JsonFields::text(body, "apipass") != m_options.secret)
        return error("Authentication failed: wrong apiuser or apipass");

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_tokens.size() > 1000) {
        m_tokens.removeIf([now](const auto& entry) { return entry.value() <= now; });
    }
    const QString token = FakeData::uuid(m_tokenRandom, true);
    const qint64 lifetimeMs = qint64(qMax(0, m_options.tokenLifetimeSec)) * 1000;
    m_tokens.insert(token, now + lifetimeMs);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    ojson out;
    out["status"] = "OK";
    out["debugMessage"] = "Token created";
    out["token"]["token"] = token.toStdString();
    out["token"]["user"] = m_options.user.toStdString();
    out["token"]["creationdate"] = QDateTime::fromMSecsSinceEpoch(now).toString(format).toStdString();
    out["token"]["expirationdate"] = QDateTime::fromMSecsSinceEpoch(now + lifetimeMs).toString(format).toStdString();
    out["token"]["timeLeft"] = m_options.tokenLifetimeSec;
    return answer(out);
}

ServerResponse HtkService::serviceCall(const ServerRequest& request)
{
    const json body =
        json::parse(request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
    if (!body.is_object())
        return error("Invalid request: JSON object expected");
    const auto token = m_tokens.constFind(JsonFields::text(body, "token"));
    if (token == m_tokens.constEnd() || token.value() <= QDateTime::currentMSecsSinceEpoch())
        return error("Token expired");

    const QString function = JsonFields::text(body, "function").trimmed();
    ojson out;
    out["status"] = "OK";
    if (function == QLatin1String("5")) {
        out["debugMessage"] = "Oxid6_GetCategories";
        ojson data = ojson::array();
        for (const Category& c : m_categories) {
            ojson item;
            item["ID"] = c.id.toStdString();
            item["ParentID"] = c.parentId.toStdString();
            switch (c.aktivForm) {
            case 0:
                item["Aktiv"] = 1;
                break;
            case 1:
                item["Aktiv"] = true;
                break;
            case 2:
                item["Aktiv"] = 0;
                break;
            default:
                item["Aktiv"] = false;
                break;
            }
            item["Name"] = c.name.toStdString();
            data.push_back(std::move(item));
        }
        out["data"] = std::move(data);
        return answer(out);
    }
    if (function == QLatin1String("12")) {
        out["debugMessage"] = "Oxid6_GetOrderIDs";
        ojson data = ojson::array();
        for (const Order& o : m_orders) {
            ojson item;
            item["ID"] = o.id.toStdString();
            item["DisplayID"] = o.displayId;
            item["Paymenttype"] = kPayments[o.payment];
            item["OrderStatus"] = o.status;
            data.push_back(std::move(item));
        }
        out["data"] = std::move(data);
        return answer(out);
    }
    if (function == QLatin1String("11")) {
        QString id = JsonFields::text(body, "data").trimmed();
        if (const json* data = JsonFields::find(body, "data"); data && data->is_object())
            id = JsonFields::text(*data, "ID", JsonFields::text(*data, "OrderID")).trimmed();
        if (id.isEmpty())
            return error("Order ID missing");
        const auto it = m_orderIndex.constFind(id.toLower());
        if (it == m_orderIndex.constEnd())
            return error("Order not found");
        out["debugMessage"] = "Oxid6_GetOrder";
        out["data"] = orderDetails(m_orders.at(it.value()));
        return answer(out);
    }
    return error(QStringLiteral("Unknown function %1").arg(function.left(20)).toUtf8().constData());
}

ojson HtkService::orderDetails(const Order& order) const
{
    SeededRandom random(order.seed);
    const Lang lang = FakeData::language(random, Lang::De);
    const FakePerson bill = FakeData::person(random, lang);
    const bool otherDelivery = random.chance(0.25);
    const FakePerson del = otherDelivery ? FakeData::person(random, lang) : bill;

    ojson articles = ojson::array();
    qint64 gross = 0;
    const int count = random.range(1, 4);
    for (int i = 0; i < count; ++i) {
        QString variant;
        QString variantSlug;
        const FakeGoods g = FakeData::shopProduct(random, lang, &variant, &variantSlug);
        const int amount = random.range(1, 5);
        const qint64 price = g.priceCents / 100; // the shared pool is priced for forints; euro cents here
        ojson a;
        a["ArtNum"] = QStringLiteral("%1-%2").arg(g.slug.left(6).toUpper()).arg(random.range(100, 999)).toStdString();
        a["Title"] = (variant.isEmpty() ? g.name : g.name + QStringLiteral(", ") + variant).toStdString();
        a["Amount"] = amount;
        a["Price"] = euros(price);
        a["VAT"] = 19;
        articles.push_back(std::move(a));
        gross += price * amount;
    }
    static const int kDelivery[] = {0, 490, 590, 990};
    const qint64 delivery = random.pick(kDelivery);
    gross += delivery;
    const qint64 net = (gross * 100 + 59) / 119;

    ojson d;
    d["ID"] = order.id.toStdString();
    d["DisplayID"] = order.displayId;
    d["OrderDate"] = FakeData::dateTime(order.created).toStdString();
    d["Paymenttype"] = kPayments[order.payment];
    d["OrderStatus"] = order.status;
    d["Currency"] = "EUR";
    d["Language"] = FakeData::languageCode(lang).toStdString();
    d["BillCompany"] = bill.company.toStdString();
    d["BillSalutation"] = bill.title.toStdString();
    d["BillFirstName"] = bill.first.toStdString();
    d["BillLastName"] = bill.last.toStdString();
    d["BillStreet"] = bill.street.toStdString();
    d["BillZip"] = bill.zip.toStdString();
    d["BillCity"] = bill.town.toStdString();
    d["BillCountry"] = bill.countryCode.toStdString();
    d["BillEmail"] = bill.email.toStdString();
    d["BillPhone"] = bill.phone.toStdString();
    d["DelFirstName"] = otherDelivery ? del.first.toStdString() : "";
    d["DelLastName"] = otherDelivery ? del.last.toStdString() : "";
    d["DelStreet"] = otherDelivery ? del.street.toStdString() : "";
    d["DelZip"] = otherDelivery ? del.zip.toStdString() : "";
    d["DelCity"] = otherDelivery ? del.town.toStdString() : "";
    d["DelCountry"] = otherDelivery ? del.countryCode.toStdString() : "";
    d["Remark"] = FakeData::comment(random, lang).toStdString();
    d["DeliveryCost"] = euros(delivery);
    d["TotalNetto"] = euros(net);
    d["TotalBrutto"] = euros(gross);
    d["Articles"] = std::move(articles);
    return d;
}

QJsonObject HtkService::counters() const
{
    return QJsonObject{{QStringLiteral("tokenRequests"), m_tokenRequests}};
}

} // namespace kontor::sandbox
