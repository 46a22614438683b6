// The service clients' shared behaviour, against peers that answer exactly what each case needs: the
// ClientRegistry (one client per profile, replaced when the profile changes, nothing sent without a secret),
// whole-list snapshots, cheap connection tests, the service's own words in error answers, paging that never
// delivers a row twice, and the htk session token kept out of every text.

#include "Await.h"
#include "Sandbox.h"
#include "ScriptedServer.h"
#include "TestSecrets.h"
#include "net/Redactor.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CategoriesCapability.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/capabilities/ProductsCapability.h"

#include <QJsonObject>
#include <QSet>
#include <QtTest>
#include <optional>

using namespace kontor;
using kontor::sandbox::Sandbox;
using kontor::sandbox::SandboxOptions;
using kontor::test::await;
using kontor::test::ScriptedServer;

namespace {

QByteArray json(int status, const QByteArray& body)
{
    return ScriptedServer::response(status, body, "application/json; charset=utf-8");
}

Profile profileAt(const QUrl& url, Service service, WireFormat format = WireFormat::Json)
{
    Profile p = Profile::defaultsFor(service);
    p.id = QStringLiteral("clients-") + serviceId(service);
    p.name = serviceDisplayName(service);
    p.baseUrl = url;
    p.user = QString::fromUtf8(test::SandboxUser);
    p.format = format;
    p.timeouts.totalMs = 20'000;
    return p;
}

qint64 routeCount(const QJsonObject& counters, const QString& service, const QString& route)
{
    const QJsonObject outcomes =
        counters.value(service).toObject().value(QStringLiteral("requests")).toObject().value(route).toObject();
    qint64 sum = 0;
    for (const QJsonValue& v : outcomes)
        sum += v.toInteger();
    return sum;
}

qint64 allRequests(const QJsonObject& counters, const QString& service)
{
    qint64 sum = 0;
    const QJsonObject routes = counters.value(service).toObject().value(QStringLiteral("requests")).toObject();
    for (const QJsonValue& route : routes) {
        for (const QJsonValue& v : route.toObject())
            sum += v.toInteger();
    }
    return sum;
}

Result<OrderPage> listOrders(ServiceClient* client, const QString& cursor = {}, int limit = 10)
{
    OrderQuery query;
    query.limit = limit;
    query.cursor = cursor;
    return await<OrderPage>(
        [&](QObject* ctx, Callback<OrderPage> cb) { client->orders()->listOrders(query, ctx, cb); });
}

Result<ProductPage> listProducts(ServiceClient* client, const QString& cursor = {}, int limit = 10)
{
    ProductQuery query;
    query.limit = limit;
    query.cursor = cursor;
    return await<ProductPage>(
        [&](QObject* ctx, Callback<ProductPage> cb) { client->products()->listProducts(query, ctx, cb); });
}

QByteArray printloungeRows(const QList<int>& ids)
{
    QByteArray out = "[";
    for (int id : ids) {
        if (out.size() > 1)
            out += ',';
        out += "{\"id\":" + QByteArray::number(id) + ",\"orderCode\":\"PL" + QByteArray::number(id) +
               "\",\"orderStatus\":\"61\",\"statusPaid\":\"1\"}";
    }
    return out + "]";
}

QByteArray webshippyProducts(const QList<int>& ids)
{
    QByteArray out = "{\"status\":\"success\",\"result\":[";
    for (int id : ids) {
        if (!out.endsWith('['))
            out += ',';
        out += "{\"wspyId\":\"" + QByteArray::number(id) + "\",\"sku\":\"SKU-" + QByteArray::number(id) +
               "\",\"productName\":\"P\"}";
    }
    return out + "]}";
}

} // namespace

class TestClients : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void registryKeepsOneClientPerProfile();
    void registryReplacesTheClientWhenTheProfileChanges();
    void registryRefusesWithoutSecretAndSendsNothing();
    void registryServesAProfileWithoutSignIn();

    void wholeListsArePagedFromOneSnapshot_data();
    void wholeListsArePagedFromOneSnapshot();
    void virtposConnectionTestAsksForOneDay();
    void htkTokenNeverReachesAText();

    void serverWordsReachTheUser_data();
    void serverWordsReachTheUser();

    void printloungeDeliversOnlyRowsPastTheCursor();
    void webshippyStopsWhenAPageRepeats();
    void sandboxIgnoringPagingRepeatsNothing_data();
    void sandboxIgnoringPagingRepeatsNothing();

    void tlsUnverifiedIsRefusedNamingTheCertificate();
    void tlsPinnedCertificateIsTrusted();
    void tlsWrongPinIsRefused();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestClients::initTestCase()
{
    SandboxOptions o;
    o.user = QString::fromUtf8(test::SandboxUser);
    o.secret = QString::fromUtf8(test::SandboxSecret);
    m_sandbox = std::make_unique<Sandbox>(o);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestClients::init()
{
    m_sandbox->resetCounters();
}

void TestClients::registryKeepsOneClientPerProfile()
{
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    const Profile p = profileAt(m_sandbox->url(QStringLiteral("htk")), Service::Htk);
    secrets.putSessionSecret(p.id, QString::fromUtf8(test::SandboxSecret));
    ClientRegistry registry(&secrets);

    const auto first = await<ServiceClient*>([&](QObject* ctx, auto cb) { registry.acquire(p, ctx, cb); });
    QVERIFY2(first.ok(), qPrintable(first.error.detail));
    const auto cats = await<QList<Category>>(
        [&](QObject* ctx, Callback<QList<Category>> cb) { first.value->categories()->listCategories(ctx, cb); });
    QVERIFY(cats.ok());
    // A view switching away and back, a refresh, the toolbar's test: the same client, the same token.
    const auto again = await<ServiceClient*>([&](QObject* ctx, auto cb) { registry.acquire(p, ctx, cb); });
    QCOMPARE(again.value, first.value);
    const auto info =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { again.value->testConnection(ctx, cb); });
    QVERIFY(info.ok());
    QVERIFY(listOrders(again.value).ok());
    QCOMPARE(m_sandbox->counters()
                 .value(QStringLiteral("htk"))
                 .toObject()
                 .value(QStringLiteral("tokenRequests"))
                 .toInteger(),
             qint64(1));
}

void TestClients::registryReplacesTheClientWhenTheProfileChanges()
{
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    Profile p = profileAt(m_sandbox->url(QStringLiteral("printlounge")), Service::Printlounge);
    p.authKind = net::AuthKind::Basic;
    secrets.putSessionSecret(p.id, QString::fromUtf8(test::SandboxSecret));
    ClientRegistry registry(&secrets);
    QSignalSpy forgotten(&registry, &ClientRegistry::clientForgotten);

    const auto first = await<ServiceClient*>([&](QObject* ctx, auto cb) { registry.acquire(p, ctx, cb); });
    QVERIFY(first.ok());
    QPointer<ServiceClient> old(first.value);
    p.timeouts.connectMs = 9'000; // edited in the profile dialog
    const auto second = await<ServiceClient*>([&](QObject* ctx, auto cb) { registry.acquire(p, ctx, cb); });
    QVERIFY(second.ok());
    QVERIFY(second.value != old.data());
    QCOMPARE(second.value->profile().timeouts.connectMs, 9'000);
    QCOMPARE(forgotten.count(), 1);
    QTRY_VERIFY(old.isNull()); // the old one is gone, its calls with it

    registry.forget(p.id);
    QCOMPARE(forgotten.count(), 2);
    QCOMPARE(registry.existing(p.id), nullptr);
}

void TestClients::registryRefusesWithoutSecretAndSendsNothing()
{
    // The toolbar's "Test connection" on a Printlounge profile whose keychain entry is missing: before, an
    // empty Basic sign-in went out and counted toward the shop's 15-minute lock.
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    Profile p = profileAt(m_sandbox->url(QStringLiteral("printlounge")), Service::Printlounge);
    p.authKind = net::AuthKind::Basic;
    ClientRegistry registry(&secrets);
    const auto r = await<ServiceClient*>([&](QObject* ctx, auto cb) { registry.acquire(p, ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::NoSecret);
    QVERIFY2(r.error.message.contains(p.name), qPrintable(r.error.message));
    // Even a client made with an empty secret sends nothing: the rule is in the HTTP layer too.
    ServiceClient* blank = registry.clientFor(p, QString());
    const auto page = listOrders(blank);
    QCOMPARE(page.error.kind, Error::Kind::NoSecret);
    QTest::qWait(100);
    QCOMPARE(allRequests(m_sandbox->counters(), QStringLiteral("printlounge")), qint64(0));
}

void TestClients::registryServesAProfileWithoutSignIn()
{
    ScriptedServer shop;
    shop.script({{ScriptedServer::Act::Reply, json(200, printloungeRows({5, 4}))}});
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    Profile p = profileAt(shop.url(), Service::Printlounge);
    p.authKind = net::AuthKind::None; // a shop set up without authentication needs no secret
    QVERIFY(!p.needsSecret());
    ClientRegistry registry(&secrets);
    const auto r = await<ServiceClient*>([&](QObject* ctx, auto cb) { registry.acquire(p, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const auto page = listOrders(r.value);
    QVERIFY2(page.ok(), qPrintable(page.error.detail));
    QCOMPARE(page.value.orders.size(), 2);
    QVERIFY(!shop.received().first().contains("Authorization"));
}

void TestClients::wholeListsArePagedFromOneSnapshot_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("route");
    QTest::newRow("virtpos") << int(Service::Virtpos) << QStringLiteral("GET /api/orders");
    QTest::newRow("htk") << int(Service::Htk) << QStringLiteral("POST /omniseller/HTKService4.php");
}

void TestClients::wholeListsArePagedFromOneSnapshot()
{
    QFETCH(int, service);
    QFETCH(QString, route);
    const Service s = Service(service);
    const QString name = serviceId(s);
    auto client = ServiceClient::create(profileAt(m_sandbox->url(name), s), QString::fromUtf8(test::SandboxSecret));
    QStringList seen;
    QString cursor;
    for (int page = 0; page < 3; ++page) {
        const auto r = listOrders(client.get(), cursor, 10);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.value.orders.size(), 10);
        for (const OrderSummary& o : r.value.orders) {
            QVERIFY2(!seen.contains(o.id), qPrintable(o.id));
            seen << o.id;
        }
        cursor = r.value.nextCursor;
    }
    // Three pages of a list the service sends whole: one download.
    QCOMPARE(routeCount(m_sandbox->counters(), name, route), qint64(1));
    // A first page (a refresh) fetches the list anew.
    QVERIFY(listOrders(client.get()).ok());
    QCOMPARE(routeCount(m_sandbox->counters(), name, route), qint64(2));
}

void TestClients::virtposConnectionTestAsksForOneDay()
{
    ScriptedServer pos;
    pos.script({{ScriptedServer::Act::Reply, json(200, "{\"success\":1,\"orders\":[]}")}});
    auto client = ServiceClient::create(profileAt(pos.url(), Service::Virtpos), QStringLiteral("key-123456"));
    const auto info =
        await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { client->testConnection(ctx, cb); });
    QVERIFY2(info.ok(), qPrintable(info.error.detail));
    const QByteArray requestLine = pos.received().first().left(pos.received().first().indexOf('\r'));
    QVERIFY2(requestLine.contains("days=1"), requestLine.constData()); // not the whole order history
}

void TestClients::htkTokenNeverReachesAText()
{
    const QByteArray token = "A1B2C3D4-SESSION-TOKEN-77";
    ScriptedServer htk;
    htk.script({{ScriptedServer::Act::Reply,
                 json(200, "{\"status\":\"OK\",\"token\":{\"token\":\"" + token + "\",\"timeLeft\":900}}")},
                {ScriptedServer::Act::Reply, json(200, "{\"status\":\"OK\",\"data\":[]}")}});
    auto client = ServiceClient::create(profileAt(htk.url(), Service::Htk), QStringLiteral("pass-123456"));
    const auto cats = await<QList<Category>>(
        [&](QObject* ctx, Callback<QList<Category>> cb) { client->categories()->listCategories(ctx, cb); });
    QVERIFY2(cats.ok(), qPrintable(cats.error.detail));
    QVERIFY(htk.received().at(1).contains(token)); // it was used ...
    // ... and wherever it is quoted (a debug message, a logged body), it is masked.
    const QString quoted = QStringLiteral("token rejected: ") + QString::fromLatin1(token);
    QVERIFY2(!net::Redactor::redact(quoted).contains(QString::fromLatin1(token)),
             qPrintable(net::Redactor::redact(quoted)));
}

void TestClients::serverWordsReachTheUser_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");

    QTest::newRow("printlounge 400") << int(Service::Printlounge) << int(WireFormat::Json)
                                     << json(400, "{\"status\":400,\"error\":\"Bad Request\",\"message\":"
                                                  "\"orderStatus muss eine Zahl sein\"}")
                                     << int(Error::Kind::Service) << QStringLiteral("orderStatus muss eine Zahl sein");
    QTest::newRow("printlounge 422 errors list")
        << int(Service::Printlounge) << int(WireFormat::Json)
        << json(422, "{\"errors\":[\"limit too large\",\"status unknown\"]}") << int(Error::Kind::Service)
        << QStringLiteral("limit too large; status unknown");
    QTest::newRow("printlounge 500 keeps the status")
        << int(Service::Printlounge) << int(WireFormat::Json)
        << json(500, "{\"message\":\"Datenbank nicht erreichbar\"}") << int(Error::Kind::Http)
        << QStringLiteral("Datenbank nicht erreichbar");
    QTest::newRow("virtpos 400 info") << int(Service::Virtpos) << int(WireFormat::Json)
                                      << json(400, "{\"success\":0,\"info\":\"Неверный формат даты\"}")
                                      << int(Error::Kind::Service) << QStringLiteral("Неверный формат даты");
    QTest::newRow("virtpos 400 xml info")
        << int(Service::Virtpos) << int(WireFormat::Xml)
        << ScriptedServer::response(400,
                                    "<?xml version=\"1.0\"?><response><success>0</success><info>Неверный "
                                    "формат даты</info></response>",
                                    "application/xml")
        << int(Error::Kind::Service) << QStringLiteral("Неверный формат даты");
    QTest::newRow("virtpos 403 key") << int(Service::Virtpos) << int(WireFormat::Json)
                                     << json(403, "{\"success\":0,\"info\":\"Неверный apikey\"}")
                                     << int(Error::Kind::Auth) << QStringLiteral("API key");
    QTest::newRow("htk 400") << int(Service::Htk) << int(WireFormat::Json)
                             << json(400, "{\"status\":\"ERROR\",\"debugMessage\":\"Funktion 99 unbekannt\"}")
                             << int(Error::Kind::Service) << QStringLiteral("Funktion 99 unbekannt");
    QTest::newRow("webshippy 400 message")
        << int(Service::Webshippy) << int(WireFormat::Json)
        << json(400, "{\"status\":\"error\",\"message\":[\"[field: lastMod]The field must be a valid datetime (eg. "
                     "yyyy-mm-dd hh:ii:ss)\"]}")
        << int(Error::Kind::Service) << QStringLiteral("[field: lastMod]The field must be a valid datetime");
    // Document 004's own error example, with HTTP 200: the text has no <message> element around it.
    QTest::newRow("webshippy notagname")
        << int(Service::Webshippy) << int(WireFormat::Xml)
        << ScriptedServer::response(200,
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n<status>error</status>\n"
                                    "<notagname>Invalid API key</notagname>\n</response>",
                                    "application/xml")
        << int(Error::Kind::Auth) << QStringLiteral("API key");
}

void TestClients::serverWordsReachTheUser()
{
    QFETCH(int, service);
    QFETCH(int, format);
    QFETCH(QByteArray, answer);
    QFETCH(int, kind);
    QFETCH(QString, words);
    ScriptedServer server;
    QList<ScriptedServer::Step> steps;
    for (int i = 0; i < 4; ++i) // a 5xx is retried; every attempt gets the same answer
        steps << ScriptedServer::Step{ScriptedServer::Act::Reply, answer};
    if (Service(service) == Service::Htk)
        steps.prepend({ScriptedServer::Act::Reply, json(200, "{\"status\":\"OK\",\"token\":{\"token\":\"T-1\"}}")});
    server.script(steps);
    Profile p = profileAt(server.url(), Service(service), WireFormat(format));
    p.authKind = Service(service) == Service::Printlounge ? net::AuthKind::Basic : p.authKind;
    auto client = ServiceClient::create(p, QStringLiteral("secret-123456"));
    Error error;
    if (client->orders())
        error = listOrders(client.get()).error;
    else
        error = listProducts(client.get()).error;
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("unexpected status")), qPrintable(error.message));
}

void TestClients::printloungeDeliversOnlyRowsPastTheCursor()
{
    // A shop that ignores lastSeenId answers its first page again: before, the GUI showed every order twice.
    ScriptedServer shop;
    shop.script({{ScriptedServer::Act::Reply, json(200, printloungeRows({30, 29, 28}))},
                 {ScriptedServer::Act::Reply, json(200, printloungeRows({30, 29, 28}))},
                 {ScriptedServer::Act::Reply, json(200, printloungeRows({29, 28, 27, 26}))}});
    Profile p = profileAt(shop.url(), Service::Printlounge);
    p.authKind = net::AuthKind::None;
    auto client = ServiceClient::create(p, QString());
    const auto first = listOrders(client.get(), {}, 3);
    QVERIFY(first.ok());
    QCOMPARE(first.value.nextCursor, QStringLiteral("28"));
    const auto repeated = listOrders(client.get(), first.value.nextCursor, 3);
    QVERIFY(repeated.ok());
    QVERIFY(repeated.value.orders.isEmpty()); // nothing new: the list ends instead of repeating
    QVERIFY(repeated.value.endReached);
    // A page that overlaps the last one delivers only what lies past the cursor.
    const auto overlapping = listOrders(client.get(), QStringLiteral("28"), 4);
    QVERIFY(overlapping.ok());
    QCOMPARE(overlapping.value.orders.size(), 2);
    QCOMPARE(overlapping.value.orders.first().id, QStringLiteral("27"));
    QCOMPARE(overlapping.value.nextCursor, QStringLiteral("26"));
}

void TestClients::webshippyStopsWhenAPageRepeats()
{
    ScriptedServer shop;
    shop.script({{ScriptedServer::Act::Reply, json(200, webshippyProducts({1, 2}))},
                 {ScriptedServer::Act::Reply, json(200, webshippyProducts({1, 2}))}});
    auto client = ServiceClient::create(profileAt(shop.url(), Service::Webshippy), QStringLiteral("key-123456"));
    const auto first = listProducts(client.get(), {}, 2);
    QVERIFY2(first.ok(), qPrintable(first.error.detail));
    QCOMPARE(first.value.products.size(), 2);
    QVERIFY(!first.value.nextCursor.isEmpty());
    const auto second = listProducts(client.get(), first.value.nextCursor, 2);
    QVERIFY2(second.ok(), qPrintable(second.error.detail));
    QVERIFY(second.value.products.isEmpty()); // "Load more" no longer appends the same rows for ever
    QVERIFY(second.value.endReached);
    QVERIFY(second.value.nextCursor.isEmpty());
    QVERIFY(shop.received().at(1).contains("page%22%3A%221%22")); // it did ask for page 1
}

void TestClients::sandboxIgnoringPagingRepeatsNothing_data()
{
    QTest::addColumn<int>("service");
    QTest::newRow("printlounge lastSeenId") << int(Service::Printlounge);
    QTest::newRow("webshippy page") << int(Service::Webshippy);
}

void TestClients::sandboxIgnoringPagingRepeatsNothing()
{
    QFETCH(int, service);
    sandbox::FaultOptions faults;
    faults.ignorePaging = true;
    m_sandbox->setFaults(faults);
    const Service s = Service(service);
    Profile p = profileAt(m_sandbox->url(serviceId(s)), s);
    auto client = ServiceClient::create(p, QString::fromUtf8(test::SandboxSecret));
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    bool ended = false;
    while (!ended && pages < 10) {
        ++pages;
        QStringList ids;
        if (s == Service::Printlounge) {
            const auto r = listOrders(client.get(), cursor, 20);
            QVERIFY2(r.ok(), qPrintable(r.error.detail));
            for (const OrderSummary& o : r.value.orders)
                ids << o.id;
            cursor = r.value.nextCursor;
            ended = r.value.endReached;
        } else {
            const auto r = listProducts(client.get(), cursor, 20);
            QVERIFY2(r.ok(), qPrintable(r.error.detail));
            for (const Product& pr : r.value.products)
                ids << pr.wspyId;
            cursor = r.value.nextCursor;
            ended = r.value.endReached || cursor.isEmpty();
        }
        for (const QString& id : std::as_const(ids)) {
            QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("delivered twice: ") + id));
            seen.insert(id);
        }
    }
    m_sandbox->setFaults({});
    QVERIFY(ended);     // the list ends ...
    QCOMPARE(pages, 2); // ... as soon as a page brings nothing new
    QVERIFY(!seen.isEmpty());
}

namespace {

SandboxOptions tlsOptions()
{
    SandboxOptions o;
    o.user = QString::fromUtf8(test::SandboxUser);
    o.secret = QString::fromUtf8(test::SandboxSecret);
    o.orders = 30;
    o.tls = true;
    return o;
}

} // namespace

void TestClients::tlsUnverifiedIsRefusedNamingTheCertificate()
{
    Sandbox tls(tlsOptions());
    QString why;
    QVERIFY2(tls.start(&why), qPrintable(why));
    Profile p = profileAt(tls.url(QStringLiteral("printlounge")), Service::Printlounge);
    QVERIFY(p.baseUrl.scheme() == QLatin1String("https"));
    auto client = ServiceClient::create(p, QString::fromUtf8(test::SandboxSecret));
    const auto r = listOrders(client.get());
    QCOMPARE(r.error.kind, Error::Kind::Tls);
    QVERIFY(r.error.certificate.has_value());
    QCOMPARE(r.error.certificate->sha256, tls.certificateSha256());
    QVERIFY2(r.error.certificate->subject.contains(QLatin1String("127.0.0.1")),
             qPrintable(r.error.certificate->subject));
    QVERIFY(r.error.certificate->notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(!r.error.certificate->problems.isEmpty());
    QVERIFY2(r.error.message.contains(tls.certificateSha256()), qPrintable(r.error.message));
    QCOMPARE(allRequests(tls.counters(), QStringLiteral("printlounge")), qint64(0)); // nothing sent unverified
}

void TestClients::tlsPinnedCertificateIsTrusted()
{
    Sandbox tls(tlsOptions());
    QVERIFY(tls.start());
    for (Service s : {Service::Printlounge, Service::Htk, Service::Virtpos, Service::Webshippy}) {
        Profile p = profileAt(tls.url(serviceId(s)), s);
        p.pinnedSha256 = net::normalizeSha256(tls.certificateSha256().toUpper());
        auto client = ServiceClient::create(p, QString::fromUtf8(test::SandboxSecret));
        const auto info =
            await<ConnectionInfo>([&](QObject* ctx, Callback<ConnectionInfo> cb) { client->testConnection(ctx, cb); });
        QVERIFY2(info.ok(), qPrintable(serviceId(s) + QStringLiteral(": ") + info.error.message));
    }
}

void TestClients::tlsWrongPinIsRefused()
{
    Sandbox tls(tlsOptions());
    QVERIFY(tls.start());
    Profile p = profileAt(tls.url(QStringLiteral("printlounge")), Service::Printlounge);
    QByteArray wrong = tls.certificateSha256().toLatin1();
    wrong[5] = wrong[5] == 'a' ? 'b' : 'a';
    p.pinnedSha256 = wrong;
    auto client = ServiceClient::create(p, QString::fromUtf8(test::SandboxSecret));
    const auto r = listOrders(client.get());
    QCOMPARE(r.error.kind, Error::Kind::Tls);
    QVERIFY2(r.error.message.contains(QLatin1String("not the one trusted")), qPrintable(r.error.message));
    QCOMPARE(allRequests(tls.counters(), QStringLiteral("printlounge")), qint64(0));
}

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
