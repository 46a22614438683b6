// The four service clients against the in-process sandbox over loopback: sign-in with the right and the
// wrong secret, lists and paging, both wire formats, the htk token session, Printlounge's "never repeat a
// refused password", and text in German, Russian and Hungarian arriving intact.

#include "Await.h"
#include "Sandbox.h"
#include "TestSecrets.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CartCapability.h"
#include "services/capabilities/CategoriesCapability.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/capabilities/ProductsCapability.h"
#include "services/htk/HtkClient.h"
#include "services/printlounge/CartItemType.h"
#include "services/printlounge/PrintloungeClient.h"
#include "services/virtpos/VirtposClient.h"
#include "services/webshippy/WebshippyClient.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>
#include <optional>

using namespace kontor;
using kontor::sandbox::Sandbox;
using kontor::sandbox::SandboxOptions;
using kontor::test::await;

namespace {

SandboxOptions sandboxOptions(int tokenLifetimeSec = 900)
{
    SandboxOptions o;
    o.user = QString::fromUtf8(test::SandboxUser);
    o.secret = QString::fromUtf8(test::SandboxSecret);
    o.tokenLifetimeSec = tokenLifetimeSec;
    return o;
}

Profile profileFor(const Sandbox& sandbox, Service service, WireFormat format = WireFormat::Json)
{
    Profile p = Profile::defaultsFor(service);
    p.id = QStringLiteral("test-") + serviceId(service);
    p.name = serviceDisplayName(service);
    p.baseUrl = sandbox.url(serviceId(service));
    p.user = QString::fromUtf8(test::SandboxUser);
    p.format = format;
    return p;
}

QString rightSecret()
{
    return QString::fromUtf8(test::SandboxSecret);
}

QString wrongSecret()
{
    return QString::fromUtf8(test::WrongSecret);
}

// How many requests a route got, by outcome ("200", "401", ...), or all together.
qint64 routeCount(const QJsonObject& counters, const QString& service, const QString& route,
                  const QString& outcome = {})
{
    const QJsonObject outcomes =
        counters.value(service).toObject().value(QStringLiteral("requests")).toObject().value(route).toObject();
    if (!outcome.isEmpty())
        return outcomes.value(outcome).toInteger();
    qint64 sum = 0;
    for (const QJsonValue& v : outcomes)
        sum += v.toInteger();
    return sum;
}

qint64 tokenRequests(const Sandbox& sandbox)
{
    return sandbox.counters()
        .value(QStringLiteral("htk"))
        .toObject()
        .value(QStringLiteral("tokenRequests"))
        .toInteger();
}

ProductQuery productQuery(int limit, const QString& cursor = {})
{
    ProductQuery q;
    q.limit = limit;
    q.cursor = cursor;
    return q;
}

void verifyNoSecretIn(const Error& e)
{
    for (const QString& secret : {rightSecret(), wrongSecret()}) {
        QVERIFY2(!e.message.contains(secret), "secret in the message");
        QVERIFY2(!e.detail.contains(secret), "secret in the detail");
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        QVERIFY2(!e.detail.contains(encoded), "percent-encoded secret in the detail");
    }
}

} // namespace

class TestServices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void factoryBuildsTheRightClient();
    void capabilitiesMatchTheServices();
    void callbackSkippedWhenContextIsGone();

    void htkSignInAndLists();
    void htkConcurrentCallsShareOneToken();
    void htkWrongSecret();
    void htkTokenRenewedBeforeExpiry();
    void htkRejectedTokenFetchedAgainOnce();
    void htkTokenRejectedTwiceGivesUp();

    void printloungeSignInAndPaging();
    void printloungeWalksToTheEnd();
    void printloungeOrderAndCart();
    void printloungeWrongPasswordSentOnce();

    void virtposBothFormats_data();
    void virtposBothFormats();
    void virtposFormatsAgree();
    void virtposWrongKey_data();
    void virtposWrongKey();

    void webshippyBothFormats_data();
    void webshippyBothFormats();
    void webshippyFormatsAgree();
    void webshippyWrongKey_data();
    void webshippyWrongKey();

    void textInEveryLanguageSurvives();

private:
    std::unique_ptr<ServiceClient> client(Service service, const QString& secret, WireFormat format = WireFormat::Json)
    {
        return ServiceClient::create(profileFor(*m_sandbox, service, format), secret);
    }

    std::unique_ptr<Sandbox> m_sandbox;
};

void TestServices::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>(sandboxOptions());
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestServices::init()
{
    m_sandbox->resetCounters();
}

void TestServices::factoryBuildsTheRightClient()
{
    QVERIFY(qobject_cast<HtkClient*>(client(Service::Htk, rightSecret()).get()));
    QVERIFY(qobject_cast<PrintloungeClient*>(client(Service::Printlounge, rightSecret()).get()));
    QVERIFY(qobject_cast<VirtposClient*>(client(Service::Virtpos, rightSecret()).get()));
    QVERIFY(qobject_cast<WebshippyClient*>(client(Service::Webshippy, rightSecret()).get()));
}

void TestServices::capabilitiesMatchTheServices()
{
    // Callers ask for a capability instead of downcasting; a service without it answers nullptr.
    auto htk = client(Service::Htk, rightSecret());
    QVERIFY(htk->orders() && htk->categories());
    QVERIFY(!htk->cart() && !htk->products());
    auto pl = client(Service::Printlounge, rightSecret());
    QVERIFY(pl->orders() && pl->cart());
    QVERIFY(!pl->categories() && !pl->products());
    auto vp = client(Service::Virtpos, rightSecret());
    QVERIFY(vp->orders());
    QVERIFY(!vp->cart() && !vp->categories() && !vp->products());
    auto ws = client(Service::Webshippy, rightSecret());
    QVERIFY(ws->products());
    QVERIFY(!ws->orders() && !ws->cart() && !ws->categories());
}

void TestServices::callbackSkippedWhenContextIsGone()
{
    auto c = client(Service::Printlounge, rightSecret());
    bool called = false;
    auto* context = new QObject;
    c->orders()->listOrders({}, context, [&called](const Result<OrderPage>&) { called = true; });
    delete context;
    // The request still completes on the server; only the callback is dropped.
    QTRY_COMPARE(routeCount(m_sandbox->counters(), QStringLiteral("printlounge"), QStringLiteral("GET /api/order/")),
                 qint64(1));
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestServices::htkSignInAndLists()
{
    auto c = client(Service::Htk, rightSecret());
    auto* htk = qobject_cast<HtkClient*>(c.get());
    const auto info =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.detail));
    QVERIFY(info.value.summary.contains(QStringLiteral("Categories visible: %1").arg(m_sandbox->options().categories)));
    QVERIFY(htk->hasFreshToken());

    const auto cats =
        await<QList<Category>>([&](QObject* ctx, Callback<QList<Category>> cb) { htk->listCategories(ctx, cb); });
    QVERIFY(cats.ok());
    QCOMPARE(cats.value.size(), m_sandbox->options().categories);
    QSet<QString> ids;
    for (const Category& cat : cats.value)
        ids.insert(cat.id);
    int roots = 0;
    for (const Category& cat : cats.value) {
        if (cat.parentId.isEmpty())
            ++roots;
        else
            QVERIFY2(ids.contains(cat.parentId), qPrintable(cat.parentId)); // the tree is whole
    }
    QVERIFY(roots > 0);

    OrderQuery query;
    query.limit = 5;
    const auto first =
        await<OrderPage>([&](QObject* ctx, Callback<OrderPage> cb) { c->orders()->listOrders(query, ctx, cb); });
    QVERIFY2(first.ok(), qPrintable(first.error.detail));
    QCOMPARE(first.value.orders.size(), 5);
    QVERIFY(!first.value.endReached);
    QVERIFY(!first.value.nextCursor.isEmpty());
    const qint64 listCalls =
        routeCount(m_sandbox->counters(), QStringLiteral("htk"), QStringLiteral("POST /omniseller/HTKService4.php"));
    query.cursor = first.value.nextCursor;
    const auto second =
        await<OrderPage>([&](QObject* ctx, Callback<OrderPage> cb) { c->orders()->listOrders(query, ctx, cb); });
    QVERIFY(second.ok());
    QCOMPARE(second.value.orders.size(), 5);
    QVERIFY(second.value.orders.first().id != first.value.orders.first().id);
    // The second page is cut from the list the first page fetched: no new request.
    QCOMPARE(
        routeCount(m_sandbox->counters(), QStringLiteral("htk"), QStringLiteral("POST /omniseller/HTKService4.php")),
        listCalls);

    const QString id = first.value.orders.first().id;
    const auto order = await<FieldList>([&](QObject* ctx, Callback<FieldList> cb) { htk->order(id, ctx, cb); });
    QVERIFY2(order.ok(), qPrintable(order.error.detail));
    QVERIFY(!order.value.isEmpty());
    bool hasId = false;
    for (const auto& [key, value] : order.value)
        hasId = hasId || value == id;
    QVERIFY(hasId);

    // One token served all five calls.
    QCOMPARE(tokenRequests(*m_sandbox), qint64(1));
}

void TestServices::htkConcurrentCallsShareOneToken()
{
    auto c = client(Service::Htk, rightSecret());
    auto* htk = qobject_cast<HtkClient*>(c.get());
    int answers = 0;
    int failures = 0;
    QObject context;
    for (int i = 0; i < 4; ++i) {
        htk->listCategories(&context, [&](const Result<QList<Category>>& r) {
            ++answers;
            failures += r.ok() ? 0 : 1;
        });
        htk->orderIds(&context, [&](const Result<QList<OrderSummary>>& r) {
            ++answers;
            failures += r.ok() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers, 8, 30'000);
    QCOMPARE(failures, 0);
    QCOMPARE(tokenRequests(*m_sandbox), qint64(1)); // eight calls waited for one token request
}

void TestServices::htkWrongSecret()
{
    auto c = client(Service::Htk, wrongSecret());
    const auto r =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Auth);
    QVERIFY(r.error.message.contains(QStringLiteral("OmniSeller")));
    verifyNoSecretIn(r.error);
    QCOMPARE(tokenRequests(*m_sandbox), qint64(1)); // a refused sign-in is not repeated
    QCOMPARE(
        routeCount(m_sandbox->counters(), QStringLiteral("htk"), QStringLiteral("POST /omniseller/HTKService4.php")),
        qint64(0));
}

void TestServices::htkTokenRenewedBeforeExpiry()
{
    Sandbox shortLived(sandboxOptions(1));
    QVERIFY(shortLived.start());
    auto c = ServiceClient::create(profileFor(shortLived, Service::Htk), rightSecret());
    auto* htk = qobject_cast<HtkClient*>(c.get());
    const auto first =
        await<QList<Category>>([&](QObject* ctx, Callback<QList<Category>> cb) { htk->listCategories(ctx, cb); });
    QVERIFY2(first.ok(), qPrintable(first.error.detail));
    QTest::qWait(1'200); // the token has run out on the server
    QVERIFY(!htk->hasFreshToken());
    const auto second =
        await<QList<Category>>([&](QObject* ctx, Callback<QList<Category>> cb) { htk->listCategories(ctx, cb); });
    QVERIFY2(second.ok(), qPrintable(second.error.detail));
    QCOMPARE(second.value.size(), first.value.size());
    const QJsonObject counters = shortLived.counters();
    QCOMPARE(tokenRequests(shortLived), qint64(2));
    // Renewed ahead of time: no call was sent with the dead token.
    QCOMPARE(routeCount(counters, QStringLiteral("htk"), QStringLiteral("POST /omniseller/HTKService4.php")),
             qint64(2));
}

void TestServices::htkRejectedTokenFetchedAgainOnce()
{
    Sandbox sandbox(sandboxOptions(900));
    QVERIFY(sandbox.start());
    auto c = ServiceClient::create(profileFor(sandbox, Service::Htk), rightSecret());
    auto* htk = qobject_cast<HtkClient*>(c.get());
    QVERIFY(
        await<QList<Category>>([&](QObject* ctx, Callback<QList<Category>> cb) { htk->listCategories(ctx, cb); }).ok());
    // The server forgets every token (as after its own restart) while the client still holds one it thinks fresh.
    sandbox.resetData();
    QVERIFY(htk->hasFreshToken());
    const auto r =
        await<QList<OrderSummary>>([&](QObject* ctx, Callback<QList<OrderSummary>> cb) { htk->orderIds(ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QVERIFY(!r.value.isEmpty());
    QCOMPARE(tokenRequests(sandbox), qint64(1)); // the fresh service saw exactly one new token request
    // categories, the rejected orderIds and its one repetition.
    QCOMPARE(routeCount(sandbox.counters(), QStringLiteral("htk"), QStringLiteral("POST /omniseller/HTKService4.php")),
             qint64(3));
}

void TestServices::htkTokenRejectedTwiceGivesUp()
{
    // A lifetime of 0: every token is dead on arrival, so the repetition fails too and the client must stop.
    Sandbox sandbox(sandboxOptions(0));
    QVERIFY(sandbox.start());
    auto c = ServiceClient::create(profileFor(sandbox, Service::Htk), rightSecret());
    auto* htk = qobject_cast<HtkClient*>(c.get());
    const auto r =
        await<QList<Category>>([&](QObject* ctx, Callback<QList<Category>> cb) { htk->listCategories(ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Auth);
    QCOMPARE(tokenRequests(sandbox), qint64(2));
    QCOMPARE(routeCount(sandbox.counters(), QStringLiteral("htk"), QStringLiteral("POST /omniseller/HTKService4.php")),
             qint64(2));
}

void TestServices::printloungeSignInAndPaging()
{
    auto c = client(Service::Printlounge, rightSecret());
    const auto info =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.detail));
    QVERIFY(info.value.summary.contains(QStringLiteral("Printlounge")));

    OrderQuery query;
    query.limit = 20;
    QSet<QString> seen;
    qint64 previousSmallest = std::numeric_limits<qint64>::max();
    for (int pageNo = 0; pageNo < 3; ++pageNo) {
        const auto page =
            await<OrderPage>([&](QObject* ctx, Callback<OrderPage> cb) { c->orders()->listOrders(query, ctx, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        QVERIFY(!page.value.orders.isEmpty());
        QVERIFY(page.value.orders.size() <= 20);
        qint64 smallest = std::numeric_limits<qint64>::max();
        for (const OrderSummary& o : page.value.orders) {
            QVERIFY2(!seen.contains(o.id), qPrintable(o.id));
            seen.insert(o.id);
            QVERIFY(o.id.toLongLong() < previousSmallest); // newest first, each page older than the last
            smallest = std::min(smallest, o.id.toLongLong());
            QVERIFY(!o.number.isEmpty());
            QVERIFY(o.paid == QLatin1String("yes") || o.paid == QLatin1String("no"));
        }
        QCOMPARE(page.value.nextCursor, QString::number(smallest));
        previousSmallest = smallest;
        query.cursor = page.value.nextCursor;
    }
    QCOMPARE(routeCount(m_sandbox->counters(), QStringLiteral("printlounge"), QStringLiteral("GET /api/order/"), "200"),
             qint64(4));
}

void TestServices::printloungeWalksToTheEnd()
{
    auto c = client(Service::Printlounge, rightSecret());
    OrderQuery query;
    query.limit = 100;
    QSet<QString> seen;
    int pages = 0;
    for (;;) {
        const auto page =
            await<OrderPage>([&](QObject* ctx, Callback<OrderPage> cb) { c->orders()->listOrders(query, ctx, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        ++pages;
        QVERIFY(pages < 50);
        for (const OrderSummary& o : page.value.orders)
            seen.insert(o.id);
        if (page.value.endReached) {
            QVERIFY(page.value.orders.isEmpty()); // only an empty page ends the list
            break;
        }
        query.cursor = page.value.nextCursor;
    }
    QCOMPARE(seen.size(), m_sandbox->options().orders);
}

void TestServices::printloungeOrderAndCart()
{
    auto c = client(Service::Printlounge, rightSecret());
    auto* pl = qobject_cast<PrintloungeClient*>(c.get());
    // The 20 newest orders; a page may be shorter than its limit, so keep paging.
    QList<OrderSummary> newest;
    OrderQuery query;
    query.limit = 20;
    while (newest.size() < 20) {
        const auto page =
            await<OrderPage>([&](QObject* ctx, Callback<OrderPage> cb) { c->orders()->listOrders(query, ctx, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        QVERIFY(!page.value.endReached);
        newest += page.value.orders;
        query.cursor = page.value.nextCursor;
    }
    newest = newest.mid(0, 20);

    const QString code = newest.first().number;
    const auto order = await<FieldList>([&](QObject* ctx, Callback<FieldList> cb) { pl->order(code, ctx, cb); });
    QVERIFY2(order.ok(), qPrintable(order.error.detail));
    QVERIFY(order.value.contains(qMakePair(QStringLiteral("order_code"), code)));

    // The newest orders cover every documented type between them, and some carry the undocumented 42.
    QSet<QString> typeNames;
    int items = 0;
    for (const OrderSummary& o : std::as_const(newest)) {
        const auto cart = await<Cart>([&](QObject* ctx, Callback<Cart> cb) { pl->loadCart(o.number, ctx, cb); });
        QVERIFY2(cart.ok(), qPrintable(cart.error.detail));
        QVERIFY(!cart.value.fields.isEmpty());
        for (const CartItem& item : cart.value.items) {
            ++items;
            QVERIFY(!item.typeName.isEmpty());
            typeNames.insert(item.typeName);
        }
    }
    QVERIFY(items > 0);
    for (int type : CartItemType::knownCodes())
        QVERIFY2(typeNames.contains(CartItemType::name(type)), qPrintable(CartItemType::name(type)));
    QVERIFY(typeNames.contains(QStringLiteral("Shipping")));
    QVERIFY(typeNames.contains(QStringLiteral("External article (OCI punch-out)")));
    QVERIFY(typeNames.contains(QStringLiteral("Unknown (42)")));

    const auto missing =
        await<Cart>([&](QObject* ctx, Callback<Cart> cb) { pl->loadCart(QStringLiteral("NOPE 404"), ctx, cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error.kind, Error::Kind::NotFound);
    QVERIFY(missing.error.message.contains(QStringLiteral("NOPE 404")));
}

void TestServices::printloungeWrongPasswordSentOnce()
{
    auto c = client(Service::Printlounge, wrongSecret());
    const auto r =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Auth);
    QVERIFY(r.error.message.contains(QStringLiteral("15 minutes")));
    verifyNoSecretIn(r.error);
    const QJsonObject counters = m_sandbox->counters();
    QCOMPARE(routeCount(counters, QStringLiteral("printlounge"), QStringLiteral("GET /api/order/"), "401"), qint64(1));
    QCOMPARE(routeCount(counters, QStringLiteral("printlounge"), QStringLiteral("GET /api/order/")), qint64(1));
}

void TestServices::virtposBothFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(WireFormat::Json);
    QTest::newRow("xml") << int(WireFormat::Xml);
}

void TestServices::virtposBothFormats()
{
    QFETCH(int, format);
    auto c = client(Service::Virtpos, rightSecret(), WireFormat(format));
    const auto info =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.detail));
    QVERIFY(info.value.summary.contains(QStringLiteral("VirtualPOS")));

    OrderQuery query;
    query.limit = 10;
    const auto page =
        await<OrderPage>([&](QObject* ctx, Callback<OrderPage> cb) { c->orders()->listOrders(query, ctx, cb); });
    QVERIFY2(page.ok(), qPrintable(page.error.detail));
    QCOMPARE(page.value.orders.size(), 10); // the API has no paging: the limit is applied here
    QVERIFY(!page.value.nextCursor.isEmpty());
    for (const OrderSummary& o : page.value.orders) {
        QVERIFY(!o.id.isEmpty());
        QVERIFY(!o.items.isEmpty());
        QVERIFY(!o.amount.isEmpty());
        for (const CartItem& item : o.items) {
            QVERIFY(!item.id.isEmpty());
            QVERIFY(!item.name.isEmpty());
        }
    }
}

void TestServices::virtposFormatsAgree()
{
    auto json = client(Service::Virtpos, rightSecret(), WireFormat::Json);
    auto xml = client(Service::Virtpos, rightSecret(), WireFormat::Xml);
    auto v1 = qobject_cast<VirtposClient*>(json.get());
    auto v2 = qobject_cast<VirtposClient*>(xml.get());
    const auto a =
        await<QList<OrderSummary>>([&](QObject* ctx, Callback<QList<OrderSummary>> cb) { v1->allOrders({}, ctx, cb); });
    const auto b =
        await<QList<OrderSummary>>([&](QObject* ctx, Callback<QList<OrderSummary>> cb) { v2->allOrders({}, ctx, cb); });
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.value.size(), b.value.size());
    QVERIFY(a.value.size() > 10);
    for (int i = 0; i < a.value.size(); ++i) {
        const OrderSummary& x = a.value.at(i);
        const OrderSummary& y = b.value.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.amount, y.amount);
        QCOMPARE(x.paid, y.paid);
        QCOMPARE(x.status, y.status);
        QCOMPARE(x.created, y.created);
        QCOMPARE(x.items.size(), y.items.size());
        for (int k = 0; k < x.items.size(); ++k) {
            QCOMPARE(x.items.at(k).id, y.items.at(k).id);
            QCOMPARE(x.items.at(k).name, y.items.at(k).name);
            QCOMPARE(x.items.at(k).quantity, y.items.at(k).quantity);
            QCOMPARE(x.items.at(k).amount, y.items.at(k).amount);
        }
    }
}

void TestServices::virtposWrongKey_data()
{
    virtposBothFormats_data();
}

void TestServices::virtposWrongKey()
{
    QFETCH(int, format);
    auto c = client(Service::Virtpos, wrongSecret(), WireFormat(format));
    const auto r =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Auth);
    QVERIFY(r.error.message.contains(QStringLiteral("API key")));
    verifyNoSecretIn(r.error);
    QCOMPARE(routeCount(m_sandbox->counters(), QStringLiteral("virtpos"), QStringLiteral("GET /api/orders")),
             qint64(1));
}

void TestServices::webshippyBothFormats_data()
{
    virtposBothFormats_data();
}

void TestServices::webshippyBothFormats()
{
    QFETCH(int, format);
    auto c = client(Service::Webshippy, rightSecret(), WireFormat(format));
    auto* ws = qobject_cast<WebshippyClient*>(c.get());
    const auto info =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.detail));

    const auto first = await<ProductPage>(
        [&](QObject* ctx, Callback<ProductPage> cb) { ws->listProducts(productQuery(10), ctx, cb); });
    QVERIFY2(first.ok(), qPrintable(first.error.detail));
    QCOMPARE(first.value.products.size(), 10);
    QVERIFY(!first.value.endReached);
    const auto second = await<ProductPage>([&](QObject* ctx, Callback<ProductPage> cb) {
        ws->listProducts(productQuery(10, first.value.nextCursor), ctx, cb);
    });
    QVERIFY(second.ok());
    QCOMPARE(second.value.page, 1);
    QVERIFY(!second.value.products.isEmpty());
    QVERIFY(second.value.products.first().sku != first.value.products.first().sku);
    for (const Product& p : first.value.products) {
        QVERIFY(!p.sku.isEmpty());
        QVERIFY(!p.wspyId.isEmpty());
        QVERIFY(!p.name.isEmpty());
    }

    // Far past the end: an empty page ends the list.
    const auto past = await<ProductPage>([&](QObject* ctx, Callback<ProductPage> cb) {
        ws->listProducts(productQuery(10, QStringLiteral("p1000:")), ctx, cb);
    });
    QVERIFY(past.ok());
    QVERIFY(past.value.products.isEmpty());
    QVERIFY(past.value.endReached);
}

void TestServices::webshippyFormatsAgree()
{
    auto json = client(Service::Webshippy, rightSecret(), WireFormat::Json);
    auto xml = client(Service::Webshippy, rightSecret(), WireFormat::Xml);
    auto* w1 = qobject_cast<WebshippyClient*>(json.get());
    auto* w2 = qobject_cast<WebshippyClient*>(xml.get());
    const auto a = await<ProductPage>(
        [&](QObject* ctx, Callback<ProductPage> cb) { w1->listProducts(productQuery(50), ctx, cb); });
    const auto b = await<ProductPage>(
        [&](QObject* ctx, Callback<ProductPage> cb) { w2->listProducts(productQuery(50), ctx, cb); });
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.value.products.size(), b.value.products.size());
    for (int i = 0; i < a.value.products.size(); ++i) {
        QCOMPARE(a.value.products.at(i).sku, b.value.products.at(i).sku);
        QCOMPARE(a.value.products.at(i).name, b.value.products.at(i).name);
        QCOMPARE(a.value.products.at(i).variant, b.value.products.at(i).variant);
        QCOMPARE(a.value.products.at(i).price, b.value.products.at(i).price);
        QCOMPARE(a.value.products.at(i).quantity, b.value.products.at(i).quantity);
    }
}

void TestServices::webshippyWrongKey_data()
{
    virtposBothFormats_data();
}

void TestServices::webshippyWrongKey()
{
    QFETCH(int, format);
    auto c = client(Service::Webshippy, wrongSecret(), WireFormat(format));
    const auto r =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { c->testConnection(ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Auth); // the service says so with HTTP 200
    QVERIFY(r.error.message.contains(QStringLiteral("API key")));
    verifyNoSecretIn(r.error);
}

void TestServices::textInEveryLanguageSurvives()
{
    QStringList texts;
    auto htkClient = client(Service::Htk, rightSecret());
    auto* htk = qobject_cast<HtkClient*>(htkClient.get());
    const auto cats =
        await<QList<Category>>([&](QObject* ctx, Callback<QList<Category>> cb) { htk->listCategories(ctx, cb); });
    QVERIFY(cats.ok());
    for (const Category& c : cats.value)
        texts << c.name;

    auto plClient = client(Service::Printlounge, rightSecret());
    auto* pl = qobject_cast<PrintloungeClient*>(plClient.get());
    OrderQuery query;
    query.limit = 10;
    const auto page =
        await<OrderPage>([&](QObject* ctx, Callback<OrderPage> cb) { pl->orders()->listOrders(query, ctx, cb); });
    QVERIFY(page.ok());
    for (const OrderSummary& o : page.value.orders) {
        const auto cart = await<Cart>([&](QObject* ctx, Callback<Cart> cb) { pl->loadCart(o.number, ctx, cb); });
        QVERIFY(cart.ok());
        for (const auto& field : cart.value.fields)
            texts << field.second;
        for (const CartItem& item : cart.value.items)
            texts << item.name;
    }

    for (WireFormat format : {WireFormat::Json, WireFormat::Xml}) {
        auto vp = client(Service::Virtpos, rightSecret(), format);
        const auto orders = await<QList<OrderSummary>>([&](QObject* ctx, Callback<QList<OrderSummary>> cb) {
            qobject_cast<VirtposClient*>(vp.get())->allOrders({}, ctx, cb);
        });
        QVERIFY(orders.ok());
        for (const OrderSummary& o : orders.value) {
            for (const CartItem& item : o.items)
                texts << item.name;
            for (const auto& field : o.extra)
                texts << field.second;
        }
        auto ws = client(Service::Webshippy, rightSecret(), format);
        const auto products = await<ProductPage>([&](QObject* ctx, Callback<ProductPage> cb) {
            qobject_cast<WebshippyClient*>(ws.get())->listProducts(productQuery(100), ctx, cb);
        });
        QVERIFY(products.ok());
        for (const Product& p : products.value.products)
            texts << p.name << p.variant;
    }

    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral("[äöüÄÖÜß]"))), "no German umlaut arrived");
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral("[\\x{0410}-\\x{044F}]"))), "no Cyrillic arrived");
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral("[őűŐŰ]"))), "no Hungarian ő/ű arrived");
    // Nothing was decoded with the wrong charset on the way.
    QVERIFY(!all.contains(QChar(0xFFFD)));
    QVERIFY(!all.contains(QStringLiteral("Ã")));
    QVERIFY(!all.contains(QStringLiteral("Ð")));
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
