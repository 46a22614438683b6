// HttpClient against a scripted raw TCP server on loopback: every answer is exactly the bytes the test
// chose, so timeouts, drops, truncation, 5xx, HTML and auth behave as on a real wire.
#include "ScriptedServer.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>

using namespace kontor;
using namespace kontor::net;
using kontor::test::ScriptedServer;

namespace {

struct Outcome
{
    HttpResponse response;
    Error error;
    bool done = false;
};

ClientConfig fastConfig(const QUrl& base)
{
    ClientConfig c;
    c.baseUrl = base;
    c.retry.baseDelayMs = 10;
    c.retry.maxDelayMs = 40;
    c.timeouts.connectMs = 2000;
    c.timeouts.inactivityMs = 2000;
    c.timeouts.totalMs = 15000;
    return c;
}

Outcome run(HttpClient& client, HttpRequest request, int waitMs = 20000)
{
    Outcome o;
    client.send(std::move(request), &client, [&o](const HttpResponse& r, const Error& e) {
        o.response = r;
        o.error = e;
        o.done = true;
    });
    if (!QTest::qWaitFor([&o] { return o.done; }, waitMs))
        qWarning("request did not finish");
    return o;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void successAndAttempts()
    {
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Reply, ScriptedServer::response(200, "{\"ok\":\"Möbel\"}")}});
        HttpClient client(fastConfig(server.url()));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QVERIFY(o.done);
        QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
        QCOMPARE(o.response.status, 200);
        QCOMPARE(QString::fromUtf8(o.response.body), QStringLiteral("{\"ok\":\"Möbel\"}"));
        QCOMPARE(o.response.attempts, 1);
        QVERIFY(server.received().first().startsWith("GET /api/order/ HTTP/1.1"));
    }

    void neverCallsBackBeforeSendReturns()
    {
        HttpClient client(fastConfig(QUrl(QStringLiteral("ftp://nope"))));
        bool called = false;
        client.send(HttpRequest::get(QStringLiteral("x")), &client,
                    [&](const HttpResponse&, const Error&) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void retries5xxForIdempotent()
    {
        ScriptedServer server;
        const QByteArray html = "<!DOCTYPE html><html><body>503 Service Unavailable</body></html>";
        server.script({{ScriptedServer::Act::Reply, ScriptedServer::response(503, html, "text/html")},
                       {ScriptedServer::Act::Reply, ScriptedServer::response(502, "bad gateway", "text/plain")},
                       {ScriptedServer::Act::Reply, ScriptedServer::response(200, "[]")}});
        HttpClient client(fastConfig(server.url()));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
        QCOMPARE(o.response.attempts, 3);
        QCOMPARE(server.requests(), 3);
    }

    void doesNotRetryNonIdempotent()
    {
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Reply, ScriptedServer::response(503, "x", "text/plain")}});
        HttpClient client(fastConfig(server.url()));
        const Outcome o = run(client, HttpRequest::post(QStringLiteral("api/x")).setJson("{}"));
        QCOMPARE(o.error.kind, Error::Kind::Http);
        QCOMPARE(o.error.httpStatus, 503);
        QCOMPARE(server.requests(), 1);
        QVERIFY(!o.error.message.isEmpty());
    }

    void neverRetriesAuthFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }
    void neverRetriesAuthFailures()
    {
        QFETCH(int, status);
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Reply, ScriptedServer::response(status, "{\"error\":\"no\"}")},
                       {ScriptedServer::Act::Reply, ScriptedServer::response(200, "{}")}});
        HttpClient client(fastConfig(server.url()));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")));
        QCOMPARE(o.error.kind, Error::Kind::Auth);
        QCOMPARE(server.requests(), 1);
        QCOMPARE(o.response.attempts, 1);
    }

    void truncatedBodyIsRetried()
    {
        ScriptedServer server;
        const QByteArray body = QByteArray("{\"orders\":[") + QByteArray(200, ' ') + "]}";
        server.script({{ScriptedServer::Act::Truncate, ScriptedServer::response(200, body)},
                       {ScriptedServer::Act::Reply, ScriptedServer::response(200, body)}});
        HttpClient client(fastConfig(server.url()));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")));
        QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
        QCOMPARE(o.response.body, body);
        QCOMPARE(server.requests(), 2);
    }

    void truncatedBodyReportedWhenRetriesRunOut()
    {
        ScriptedServer server;
        const QByteArray body = QByteArray(300, 'x');
        QList<ScriptedServer::Step> steps;
        for (int i = 0; i < 4; ++i)
            steps << ScriptedServer::Step{ScriptedServer::Act::Truncate, ScriptedServer::response(200, body)};
        server.script(steps);
        HttpClient client(fastConfig(server.url()));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")));
        QCOMPARE(o.error.kind, Error::Kind::Network);
        QCOMPARE(server.requests(), 4);
    }

    void htmlWhereJsonExpected()
    {
        ScriptedServer server;
        QList<ScriptedServer::Step> steps;
        for (int i = 0; i < 4; ++i)
            steps << ScriptedServer::Step{
                ScriptedServer::Act::Reply,
                ScriptedServer::response(200, "<html><h1>Wartungsarbeiten</h1></html>", "text/html")};
        server.script(steps);
        HttpClient client(fastConfig(server.url()));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QCOMPARE(o.error.kind, Error::Kind::Html);
        QVERIFY(o.error.message.contains(QLatin1String("web page")));
    }

    void inactivityTimeout()
    {
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Silent, {}}});
        ClientConfig cfg = fastConfig(server.url());
        cfg.timeouts.inactivityMs = 300;
        cfg.retry.maxAttempts = 1;
        HttpClient client(cfg);
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("slow")));
        QCOMPARE(o.error.kind, Error::Kind::Timeout);
        QVERIFY(o.error.message.contains(QLatin1String("127.0.0.1")));
    }

    void totalDeadlineStopsRetries()
    {
        ScriptedServer server;
        QList<ScriptedServer::Step> steps;
        for (int i = 0; i < 10; ++i)
            steps << ScriptedServer::Step{ScriptedServer::Act::Silent, {}};
        server.script(steps);
        ClientConfig cfg = fastConfig(server.url());
        cfg.timeouts.inactivityMs = 5000;
        cfg.timeouts.totalMs = 700;
        HttpClient client(cfg);
        QElapsedTimer t;
        t.start();
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("slow")));
        QCOMPARE(o.error.kind, Error::Kind::Timeout);
        QVERIFY(t.elapsed() < 4000);
    }

    void responseSizeCap()
    {
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Reply, ScriptedServer::response(200, QByteArray(64 * 1024, 'a'))}});
        ClientConfig cfg = fastConfig(server.url());
        cfg.maxResponseBytes = 1024;
        HttpClient client(cfg);
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("big")));
        QCOMPARE(o.error.kind, Error::Kind::TooLarge);
    }

    void connectionRefused()
    {
        quint16 port;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        HttpClient client(fastConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("x")));
        QCOMPARE(o.error.kind, Error::Kind::Network);
        QCOMPARE(o.response.attempts, 4);
        QVERIFY(o.error.message.contains(QLatin1String("refused")));
    }

    void plainHttpRefusedUnlessLoopbackOrAllowed()
    {
        HttpClient client(fastConfig(QUrl(QStringLiteral("http://shop.example.invalid"))));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("x")));
        QCOMPARE(o.error.kind, Error::Kind::InsecureUrl);
        QCOMPARE(o.response.attempts, 0);

        ClientConfig allowed = fastConfig(QUrl(QStringLiteral("http://shop.example.invalid")));
        allowed.allowInsecureHttp = true;
        allowed.retry.maxAttempts = 1;
        HttpClient client2(allowed);
        const Outcome o2 = run(client2, HttpRequest::get(QStringLiteral("x")));
        QVERIFY(o2.error.kind != Error::Kind::InsecureUrl);
    }

    void authHeaders_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("basic") << int(AuthKind::Basic)
                               << QByteArray("Authorization: Basic ") + QByteArray("anna:k+/=ö").toBase64();
        QTest::newRow("bearer") << int(AuthKind::Bearer) << QByteArray("Authorization: Bearer k+/=ö");
        QTest::newRow("header") << int(AuthKind::Header) << QByteArray("X-Api-Key: k+/=ö");
    }
    void authHeaders()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, expected);
        ScriptedServer server;
        ClientConfig cfg = fastConfig(server.url());
        cfg.auth.kind = AuthKind(kind);
        cfg.auth.user = QStringLiteral("anna");
        cfg.auth.secret = QStringLiteral("k+/=ö");
        cfg.auth.headerName = "X-Api-Key";
        HttpClient client(cfg);
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("x")));
        QVERIFY(o.error.ok());
        QVERIFY2(server.received().first().contains(expected), server.received().first().constData());
    }

    void formBodyArrivesEncoded()
    {
        ScriptedServer server;
        HttpClient client(fastConfig(server.url()));
        const QString payload = QStringLiteral("{\"fileInput\":\"iV+B/w==\"}");
        run(client, HttpRequest::post(QStringLiteral("wspyapi/GetProduct/json"))
                        .setForm({{QStringLiteral("request"), payload}}));
        const QByteArray req = server.received().first();
        QVERIFY(req.contains("Content-Type: application/x-www-form-urlencoded"));
        const QByteArray body = req.mid(req.indexOf("\r\n\r\n") + 4);
        QVERIFY2(body.startsWith("request=") && !body.mid(8).contains('+') && !body.mid(8).contains('/'),
                 body.constData());
        QCOMPARE(QUrl::fromPercentEncoding(body.mid(8)), payload);
    }

    void errorTextsNeverCarryTheApiKey()
    {
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Reply, ScriptedServer::response(500, "boom", "text/plain")}});
        ClientConfig cfg = fastConfig(server.url());
        cfg.retry.maxAttempts = 1;
        HttpClient client(cfg);
        QSignalSpy logged(&client, &HttpClient::requestLogged);
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/orders"))
                                          .addQuery(QStringLiteral("apikey"), QStringLiteral("VerySecretKey42")));
        QCOMPARE(o.error.kind, Error::Kind::Http);
        QVERIFY(!o.error.message.contains(QLatin1String("VerySecretKey42")));
        QVERIFY(!o.error.detail.contains(QLatin1String("VerySecretKey42")));
        QCOMPARE(logged.count(), 1);
        const auto entry = logged.first().first().value<RequestLogEntry>();
        QVERIFY(!entry.url.contains(QLatin1String("VerySecretKey42")));
        QVERIFY(entry.url.contains(QLatin1String("apikey=***")));
    }

    // A redirect to another host, port or scheme is refused: QNAM would carry the Authorization header, a key
    // header and (307/308) the body with the API key along.
    void redirectElsewhereIsRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("otherHost");
        QTest::newRow("302 GET to another host") << 302 << QByteArray("GET") << true;
        QTest::newRow("307 POST to another host") << 307 << QByteArray("POST") << true;
        QTest::newRow("308 POST to another host") << 308 << QByteArray("POST") << true;
        QTest::newRow("302 GET to another port") << 302 << QByteArray("GET") << false;
        QTest::newRow("307 POST to another port") << 307 << QByteArray("POST") << false;
    }
    void redirectElsewhereIsRefused()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(bool, otherHost);
        ScriptedServer elsewhere(otherHost ? QHostAddress(QStringLiteral("127.0.0.2")) : QHostAddress::LocalHost);
        if (!elsewhere.isListening())
            QSKIP("127.0.0.2 cannot be bound on this system");
        ScriptedServer shop;
        const QByteArray target = elsewhere.url().toEncoded() + "/collect";
        shop.script({{ScriptedServer::Act::Reply, ScriptedServer::redirect(status, target)}});
        ClientConfig cfg = fastConfig(shop.url());
        cfg.auth.kind = AuthKind::Basic;
        cfg.auth.user = QStringLiteral("anna");
        cfg.auth.secret = QStringLiteral("Sx7+k/Pä=ß9q");
        HttpClient client(cfg);
        HttpRequest request = method == "GET" ? HttpRequest::get(QStringLiteral("api/order/"))
                                              : HttpRequest::post(QStringLiteral("wspyapi/GetProduct/json"));
        if (method == "POST")
            request.setForm({{QStringLiteral("request"), QStringLiteral("{\"apiKey\":\"Sx7+k/Pä=ß9q\"}")}});
        const Outcome o = run(client, request);
        QCOMPARE(o.error.kind, Error::Kind::Redirect);
        QVERIFY2(o.error.message.contains(elsewhere.url().host()), qPrintable(o.error.message));
        QVERIFY(!o.error.message.contains(QLatin1String("Sx7")));
        QCOMPARE(shop.requests(), 1); // not retried either
        QTest::qWait(200);
        QCOMPARE(elsewhere.requests(), 0); // nothing, and so no credential, reached the other server
    }

    // GETs one after another ride one kept-alive connection, whichever transport carries them.
    void getsShareOneKeptAliveConnection()
    {
        ScriptedServer shop;
        shop.script({{ScriptedServer::Act::KeepAlive, ScriptedServer::keepAliveResponse(200, "[1]")},
                     {ScriptedServer::Act::KeepAlive, ScriptedServer::keepAliveResponse(200, "[2]")},
                     {ScriptedServer::Act::KeepAlive, ScriptedServer::keepAliveResponse(200, "[3]")}});
        HttpClient client(fastConfig(shop.url()));
        for (const QByteArray expected : {"[1]", "[2]", "[3]"}) {
            const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
            QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
            QCOMPARE(o.response.body, expected);
        }
        QCOMPARE(shop.requests(), 3);
        QCOMPARE(shop.connections(), 1);
    }

    // The server closed the idle connection before the next GET reached it: that GET goes out once more, on a
    // new connection, and succeeds without a retry round (the attempt count stays 1).
    void getOnAConnectionTheServerClosedIsSentAgain()
    {
        ScriptedServer shop;
        shop.script({{ScriptedServer::Act::KeepAlive, ScriptedServer::keepAliveResponse(200, "[1]")},
                     {ScriptedServer::Act::Close, {}},
                     {ScriptedServer::Act::KeepAlive, ScriptedServer::keepAliveResponse(200, "[2]")}});
        HttpClient client(fastConfig(shop.url()));
        Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
        o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
        QCOMPARE(o.response.body, QByteArray("[2]"));
        QCOMPARE(shop.requests(), 3);
        QCOMPARE(shop.connections(), 2);
    }

    // A chunked answer, and the same answer cut off inside a chunk (a truncated body, retried).
    void chunkedAnswerIsReadWhole()
    {
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                                   "\r\n4\r\n[1,2\r\n3;ext=1\r\n,3]\r\n0\r\n\r\n";
        ScriptedServer shop;
        shop.script({{ScriptedServer::Act::Truncate, chunked + QByteArray(20, ' ')},
                     {ScriptedServer::Act::Truncate, chunked.left(chunked.size() - 8) + QByteArray(20, ' ')},
                     {ScriptedServer::Act::KeepAlive, chunked}});
        HttpClient client(fastConfig(shop.url()));
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
        QCOMPARE(o.response.body, QByteArray("[1,2,3]"));
        QCOMPARE(o.response.status, 200);
        QCOMPARE(shop.requests(), 1);
        // Cut off after "[1,2" and the next chunk's size: a broken answer, asked for again, then whole.
        const Outcome cut = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QVERIFY2(cut.error.ok(), qPrintable(cut.error.detail));
        QCOMPARE(cut.response.body, QByteArray("[1,2,3]"));
        QCOMPARE(cut.response.attempts, 2);
    }

    void redirectWithinTheOriginIsFollowed()
    {
        ScriptedServer shop;
        shop.script({{ScriptedServer::Act::Reply, ScriptedServer::redirect(301, "/v2/api/order/")},
                     {ScriptedServer::Act::Reply, ScriptedServer::response(200, "[]")}});
        ClientConfig cfg = fastConfig(shop.url());
        cfg.auth.kind = AuthKind::Basic;
        cfg.auth.user = QStringLiteral("anna");
        cfg.auth.secret = QStringLiteral("k+/=ö");
        HttpClient client(cfg);
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")).setExpect(Expect::Json));
        QVERIFY2(o.error.ok(), qPrintable(o.error.detail));
        QCOMPARE(shop.requests(), 2);
        QVERIFY(shop.received().at(1).startsWith("GET /v2/api/order/ HTTP/1.1"));
        QVERIFY(shop.received().at(1).contains("Authorization: Basic "));
    }

    void noSecretNoRequest()
    {
        ScriptedServer server;
        ClientConfig cfg = fastConfig(server.url());
        cfg.auth.kind = AuthKind::Basic;
        cfg.auth.user = QStringLiteral("anna");
        cfg.secretRequired = true; // and no secret
        HttpClient client(cfg);
        const Outcome o = run(client, HttpRequest::get(QStringLiteral("api/order/")));
        QCOMPARE(o.error.kind, Error::Kind::NoSecret);
        QCOMPARE(o.response.attempts, 0);
        QTest::qWait(100);
        QCOMPARE(server.requests(), 0); // not even an empty Basic sign-in, which Printlounge would count
    }

    void noCookiesKeptOrSent()
    {
        // The network manager is shared by every profile of the thread: a cookie one shop sets must never
        // travel with another profile's request.
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Reply,
                        "HTTP/1.1 200 OK\r\nSet-Cookie: session=abc123; Path=/\r\nContent-Type: application/json\r\n"
                        "Content-Length: 2\r\nConnection: close\r\n\r\n{}"},
                       {ScriptedServer::Act::Reply, ScriptedServer::response(200, "{}")}});
        HttpClient first(fastConfig(server.url()));
        HttpClient second(fastConfig(server.url()));
        QVERIFY(run(first, HttpRequest::get(QStringLiteral("a"))).error.ok());
        QVERIFY(run(second, HttpRequest::get(QStringLiteral("b"))).error.ok());
        QCOMPARE(server.requests(), 2);
        QVERIFY2(!server.received().at(1).contains("Cookie:"), server.received().at(1).constData());
    }

    void abortReportsCancelled()
    {
        ScriptedServer server;
        server.script({{ScriptedServer::Act::Silent, {}}});
        HttpClient client(fastConfig(server.url()));
        HttpCall* call = client.send(HttpRequest::get(QStringLiteral("x")));
        QSignalSpy finished(call, &HttpCall::finished);
        QTRY_COMPARE(server.requests(), 1);
        call->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
