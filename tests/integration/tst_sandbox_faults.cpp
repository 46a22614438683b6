// kontor-sandbox's fault injection, admin endpoint, determinism, path prefix, raw-socket HTTP edge cases,
// and the executable itself (through SandboxProcess).
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace kontor::test;

// Qt 6.4's QNAM, after following a redirect, now and then sends the original request a second time on
// the same keep-alive connection and drops it unread (seen against a Python http.server too). The
// counters and the trap may therefore hold one request more than the test sent; the tests allow for it
// (marked "QNAM resend").

class TstSandboxFaults : public SandboxTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(); }
    void cleanup() { clearFaults(); }

    void faultsAreObservable()
    {
        const QUrl url = at("printlounge", "/api/order/?limit=1");
        const QByteArray auth = basic(user(), secret());
        FaultOptions f;
        f.rate503 = 1;
        m_sandbox->setFaults(f);
        Reply r = send(url, "GET", {}, {}, auth);
        QCOMPARE(r.status, 503);
        QVERIFY(r.contentType.startsWith("text/html") && r.body.contains("<html"));
        // The admin port is never faulty.
        QCOMPARE(send(m_sandbox->url("admin").resolved(QUrl("/counters")), "GET").status, 200);

        f = FaultOptions();
        f.rateHtml200 = 1;
        m_sandbox->setFaults(f);
        r = send(url, "GET", {}, {}, auth);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());

        f = FaultOptions();
        f.rateDrop = 1;
        m_sandbox->setFaults(f);
        {
            QNetworkAccessManager nam;
            r = send(nam, url, "GET", {}, {}, auth);
        }
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);

        f = FaultOptions();
        f.rateTruncate = 1;
        m_sandbox->setFaults(f);
        {
            QNetworkAccessManager nam;
            r = send(nam, url, "GET", {}, {}, auth);
        }
        QVERIFY(r.error != QNetworkReply::NoError || r.body.size() < r.contentLength);

        f = FaultOptions();
        f.latencyMs = 200;
        m_sandbox->setFaults(f);
        QElapsedTimer timer;
        timer.start();
        r = send(url, "GET", {}, {}, auth);
        QCOMPARE(r.status, 200);
        QVERIFY(timer.elapsed() >= 200);

        const QJsonObject route =
            counters().value("printlounge").toObject().value("requests").toObject().value("GET /api/order/").toObject();
        for (const char* key : {"503", "html200", "dropped", "truncated", "200"})
            QVERIFY2(route.value(key).toInt() >= 1, key);
    }

    void faultsAreDeterministic()
    {
        auto sequence = [this] {
            FaultOptions f;
            f.rate503 = 0.5;
            m_sandbox->setFaults(f); // re-seeds the fault generator
            QString s;
            for (int i = 0; i < 16; ++i)
                s += QString::number(printlounge(QStringLiteral("/api/order/?limit=1")).status) + QLatin1Char(' ');
            return s;
        };
        const QString first = sequence();
        QVERIFY(first.contains("503") && first.contains("200"));
        QCOMPARE(sequence(), first);
    }

    void bodyOverLimitGets413()
    {
        FaultOptions f;
        f.maxBodyBytes = 1000;
        m_sandbox->setFaults(f);
        const QByteArray big = form({{"request", QString(5000, QLatin1Char('x'))}});
        Reply r = send(at("webshippy", "/wspyapi/GetProduct/json"), "POST", big, "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 413);
        r = webshippy("GetProduct", "json", "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(counters()
                     .value("webshippy")
                     .toObject()
                     .value("requests")
                     .toObject()
                     .value("POST /wspyapi/GetProduct/json")
                     .toObject()
                     .value("413")
                     .toInt(),
                 1);
    }

    void adminChangesFaultsAtRuntime()
    {
        const QUrl admin = m_sandbox->url("admin");
        QCOMPARE(send(admin.resolved(QUrl("/faults")), "POST", R"({"rate503": 1})", "application/json").status, 200);
        QCOMPARE(printlounge(QStringLiteral("/api/order/?limit=1")).status, 503);
        QCOMPARE(send(admin.resolved(QUrl("/faults")), "POST", R"({"rate503": 7})", "application/json").status, 400);
        QCOMPARE(send(admin.resolved(QUrl("/faults")), "POST", "{}", "application/json").status, 200);
        QCOMPARE(printlounge(QStringLiteral("/api/order/?limit=1")).status, 200);
        QCOMPARE(send(admin.resolved(QUrl("/reset")), "POST").status, 200);
        const QJsonObject c = QJsonDocument::fromJson(send(admin.resolved(QUrl("/counters")), "GET").body).object();
        QVERIFY(c.value("printlounge").toObject().value("requests").toObject().isEmpty());
        QCOMPARE(c.value("webshippy").toObject().value("invoicesStored").toInt(), 0);
    }

    void ignorePagingRepeatsTheFirstPage()
    {
        auto printloungePages = [this] {
            const QJsonArray first = printlounge(QStringLiteral("/api/order/?limit=10&status=1")).array();
            const int last = first.last().toObject().value("id").toInt();
            const QJsonArray second =
                printlounge(QStringLiteral("/api/order/?limit=10&status=1&lastSeenId=%1").arg(last)).array();
            return qMakePair(first, second);
        };
        auto webshippyPages = [this] {
            return qMakePair(wspyJson("GetProduct", {{"page", 0}, {"limit", 5}}).value("result").toArray(),
                             wspyJson("GetProduct", {{"page", 1}, {"limit", 5}}).value("result").toArray());
        };
        auto virtposPages = [this] {
            auto page = [this](const char* n) {
                return virtpos("/api/customer", {{"format", "json"}, {"page", n}, {"page_size", "4"}}).object();
            };
            return qMakePair(page("1"), page("2"));
        };

        // Without the switch the pages differ, so the equalities below prove something.
        auto pl = printloungePages();
        QVERIFY(!pl.first.isEmpty()); // short: the server pages by id window, and the filter thins it
        QVERIFY(!pl.second.isEmpty() && pl.second != pl.first);
        auto ws = webshippyPages();
        QCOMPARE(ws.first.size(), 5);
        QVERIFY(ws.second != ws.first);
        auto vp = virtposPages();
        QVERIFY(vp.second.value("customers") != vp.first.value("customers"));

        FaultOptions f;
        f.ignorePaging = true;
        m_sandbox->setFaults(f);
        pl = printloungePages();
        QCOMPARE(pl.second, pl.first);
        for (const QJsonValue& row : pl.first)
            QCOMPARE(row.toObject().value("status").toInt(), 1); // filters still apply
        ws = webshippyPages();
        QCOMPARE(ws.first.size(), 5);
        QCOMPARE(ws.second, ws.first);
        vp = virtposPages();
        QCOMPARE(vp.second.value("customers"), vp.first.value("customers"));
        QCOMPARE(vp.second.value("page").toInt(), 1);
        // A paging parameter a careful server would refuse is not even looked at.
        QCOMPARE(printlounge(QStringLiteral("/api/order/?limit=3&lastSeenId=abc")).status, 200);

        const QUrl admin = m_sandbox->url("admin").resolved(QUrl("/faults"));
        QCOMPARE(send(admin, "GET").object().value("ignorePaging").toBool(), true);
        QCOMPARE(send(admin, "POST", R"({"ignorePaging": "yes"})", "application/json").status, 400);
        QCOMPARE(send(admin, "POST", R"({"ignorePaging": false})", "application/json").status, 200);
        QVERIFY(printloungePages().second != printloungePages().first);
    }

    // The trap must see the request only when the client follows, and see it verbatim.
    void redirect302ToTheTrapHost()
    {
        const QUrl trap = m_sandbox->url("trap");
        if (trap.isEmpty())
            QSKIP("127.0.0.2 could not be bound here");
        m_sandbox->resetCounters();
        m_sandbox->clearTrapRequests();
        FaultOptions f;
        f.redirectStatus = 302;
        f.redirectTo = trap.toString();
        m_sandbox->setFaults(f);

        // Encoded bytes that QUrl leaves alone: the Location must keep them as they came.
        const QString target = QStringLiteral("/api/order/?limit=1&note=a%2Fb%20c");
        QNetworkAccessManager manual;
        manual.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        Reply r = send(manual, at("printlounge", target), "GET", {}, {}, basic(user(), secret()));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.location, trap.toEncoded() + "/moved" + target.toUtf8());
        QVERIFY(m_sandbox->trapRequests().isEmpty());

        // QNAM's default policy (NoLessSafeRedirectPolicy) follows http to http on another host.
        r = send(at("printlounge", target), "GET", {}, {}, basic(user(), secret()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.url.host(), QStringLiteral("127.0.0.2"));
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("success"));
        const QJsonArray seen = m_sandbox->trapRequests();
        QVERIFY(!seen.isEmpty()); // QNAM resend
        for (const QJsonValue& v : seen) {
            QCOMPARE(v.toObject().value("method").toString(), QStringLiteral("GET"));
            QCOMPARE(v.toObject().value("target").toString(), "/moved" + target);
        }
        const QJsonObject request = seen.first().toObject();
        QCOMPARE(request.value("headers").toObject().value("host").toString(), trap.authority());
        // Whether QNAM carried the Authorization header along is QNAM's business; the trap just tells.
        qInfo() << "QNAM sent Authorization to the other host:"
                << request.value("headers").toObject().contains("authorization");

        // Not a JSON comparison: on failure it would print the recorded credentials.
        const QUrl admin = m_sandbox->url("admin");
        QVERIFY(send(admin.resolved(QUrl("/trap")), "GET").object().value("requests").toArray() == seen);
        const QJsonObject route =
            counters().value("printlounge").toObject().value("requests").toObject().value("GET /api/order/").toObject();
        QVERIFY(route.value("302").toInt() >= 2); // QNAM resend
        QVERIFY(!route.contains("200"));          // a redirect is answered without being processed
        QCOMPARE(send(admin.resolved(QUrl("/reset")), "POST").status, 200);
        QVERIFY(m_sandbox->trapRequests().isEmpty());
    }

    void redirect307ToTheTrapHostKeepsMethodAndBody()
    {
        const QUrl trap = m_sandbox->url("trap");
        if (trap.isEmpty())
            QSKIP("127.0.0.2 could not be bound here");
        m_sandbox->clearTrapRequests();
        FaultOptions f;
        f.redirectStatus = 307;
        f.redirectTo = trap.toString() + QLatin1Char('/'); // a trailing slash is not doubled
        m_sandbox->setFaults(f);

        const QByteArray body = form({{"request", QStringLiteral("{\"apiKey\":\"%1\",\"limit\":1}").arg(secret())}});
        const QUrl url = at("webshippy", "/wspyapi/GetProduct/json");
        QNetworkAccessManager manual;
        manual.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        Reply r = send(manual, url, "POST", body, "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 307);
        QCOMPARE(r.location, trap.toEncoded() + "/moved/wspyapi/GetProduct/json");

        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply* reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(15'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->url().host(), QStringLiteral("127.0.0.2"));
        reply->deleteLater();

        const QJsonArray seen = m_sandbox->trapRequests();
        QVERIFY(!seen.isEmpty()); // QNAM resend
        const QJsonObject recorded = seen.last().toObject();
        QCOMPARE(recorded.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(recorded.value("target").toString(), QStringLiteral("/moved/wspyapi/GetProduct/json"));
        QCOMPARE(recorded.value("headers").toObject().value("content-type").toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
        QVERIFY2(recorded.value("body").toString().toUtf8() == body, "the trap did not record the body verbatim");
    }

    void sameOriginRedirectEndsAtTheRealRoute()
    {
        const QString target = QStringLiteral("/api/order/?limit=5");
        const QJsonArray expected = printlounge(target).array();
        QVERIFY(!expected.isEmpty());
        m_sandbox->resetCounters();
        FaultOptions f;
        f.redirectStatus = 308;
        m_sandbox->setFaults(f);

        QNetworkAccessManager manual;
        manual.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        Reply r = send(manual, at("printlounge", target), "GET", {}, {}, basic(user(), secret()));
        QCOMPARE(r.status, 308);
        QCOMPARE(r.location, m_sandbox->url("printlounge").toEncoded() + "/moved" + target.toUtf8());

        r = printlounge(target);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.url.path(), QStringLiteral("/moved/api/order/"));
        QCOMPARE(r.array(), expected);
        const QJsonObject routes = counters().value("printlounge").toObject().value("requests").toObject();
        const QJsonObject route = routes.value("GET /api/order/").toObject();
        QVERIFY(route.value("308").toInt() >= 2);                // QNAM resend
        QVERIFY(route.value("200").toInt() >= 1);                // counted under the real route...
        QCOMPARE(routes.keys(), QStringList{"GET /api/order/"}); // ...never under "/moved/..."

        // Under a base path the prefix goes in front of it, and the way back still finds the route.
        SandboxOptions o = testOptions();
        o.basePath = QStringLiteral("/shop");
        o.faults.redirectStatus = 303;
        Sandbox s(o);
        QVERIFY(s.start());
        r = send(manual, at(s, "printlounge", target), "GET", {}, {}, basic(user(), secret()));
        QCOMPARE(r.status, 303);
        QVERIFY2(r.location.endsWith("/moved/shop/api/order/?limit=5"), r.location.constData());
        r = send(at(s, "printlounge", target), "GET", {}, {}, basic(user(), secret()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array(), expected);
    }

    void adminSetsRedirectFaults()
    {
        const QUrl faults = m_sandbox->url("admin").resolved(QUrl("/faults"));
        const QString trap = m_sandbox->url("trap").toString();
        auto post = [&](const QJsonObject& o) {
            return send(faults, "POST", QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json").status;
        };
        QCOMPARE(post({{"redirectStatus", 307}, {"redirectTo", trap}}), 200);
        const QJsonObject now = send(faults, "GET").object();
        QCOMPARE(now.value("redirectStatus").toInt(), 307);
        QCOMPARE(now.value("redirectTo").toString(), trap);
        QCOMPARE(m_sandbox->options().faults.redirectStatus, 307);

        for (const QJsonObject& bad : {QJsonObject{{"redirectStatus", 200}}, QJsonObject{{"redirectStatus", "302"}},
                                       QJsonObject{{"redirectStatus", 302.5}}, QJsonObject{{"redirectTo", "ftp://x"}},
                                       QJsonObject{{"redirectTo", "/relative"}}, QJsonObject{{"redirectTo", 5}},
                                       QJsonObject{{"redirectTo", "http://127.0.0.2:1/?q=1"}}})
            QCOMPARE(post(bad), 400);
        QCOMPARE(post({}), 200);
        QCOMPARE(send(faults, "GET").object().value("redirectStatus").toInt(), 0);

        const QJsonObject endpoints = send(m_sandbox->url("admin").resolved(QUrl("/endpoints")), "GET").object();
        QCOMPARE(endpoints.value("trap").toString(), trap);
        QCOMPARE(send(m_sandbox->url("admin").resolved(QUrl("/trap")), "POST").status, 405);
    }

    void sameSeedSameData()
    {
        SandboxOptions o = testOptions();
        o.seed = 7;
        Sandbox a(o), b(o);
        o.seed = 8;
        Sandbox c(o);
        QVERIFY(a.start() && b.start() && c.start());
        auto snapshot = [this](const Sandbox& s) {
            QByteArray all;
            all += send(at(s, "printlounge", "/api/order/?limit=25"), "GET", {}, {}, basic(user(), secret())).body;
            all += send(at(s, "virtpos", "/api/orders?format=json&apikey=" + QUrl::toPercentEncoding(secret())), "GET")
                       .body;
            all += webshippy("GetProduct", "json",
                             QJsonDocument(QJsonObject{{"apiKey", secret()}, {"limit", 100}}).toJson(), &s)
                       .body;
            const QString token = htk(s, "Tokenrequest.php", {{"apiuser", user()}, {"apipass", secret()}})
                                      .object()
                                      .value("token")
                                      .toObject()
                                      .value("token")
                                      .toString();
            all += htk(s, "HTKService4.php", {{"token", token}, {"function", "5"}}).body;
            all += htk(s, "HTKService4.php", {{"token", token}, {"function", "12"}}).body;
            return all;
        };
        const QByteArray first = snapshot(a);
        QVERIFY(first.size() > 10'000);
        QCOMPARE(snapshot(b), first);
        QVERIFY(snapshot(c) != first);
    }

    void basePathPrefixesEveryService()
    {
        SandboxOptions o = testOptions();
        o.basePath = QStringLiteral("/shop");
        Sandbox s(o);
        QVERIFY(s.start());
        QVERIFY(s.url("printlounge").toString().endsWith(QLatin1String("/shop")));
        QVERIFY(!s.url("admin").toString().endsWith(QLatin1String("/shop")));
        QCOMPARE(send(at(s, "printlounge", "/api/order/"), "GET", {}, {}, basic(user(), secret())).status, 200);
        const QUrl outside(QStringLiteral("http://127.0.0.1:%1/api/order/").arg(s.url("printlounge").port()));
        QCOMPARE(send(outside, "GET", {}, {}, basic(user(), secret())).status, 404);
        QVERIFY(s.counters().value("printlounge").toObject().value("requests").toObject().contains("GET /api/order/"));
    }

    void rawHttpEdgeCases()
    {
        const quint16 port = static_cast<quint16>(m_sandbox->url("webshippy").port());
        // The server runs in this thread: wait with an event loop (qWait), never with a blocking waitFor*.
        auto exchange = [port](const QByteArray& data) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            socket.write(data);
            QByteArray in;
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 5000 && socket.state() != QAbstractSocket::UnconnectedState) {
                QTest::qWait(5);
                in += socket.readAll();
            }
            return in + socket.readAll();
        };
        const QByteArray garbage = exchange("THIS IS NOT HTTP\r\n\r\n");
        QVERIFY2(garbage.startsWith("HTTP/1.1 400"), garbage.constData());
        QVERIFY(exchange("GET /x HTTP/1.1\r\nno colon here\r\n\r\n").startsWith("HTTP/1.1 400"));

        const QByteArray body = form({{"request", QStringLiteral("{\"apiKey\":\"%1\",\"limit\":1}").arg(secret())}});
        QByteArray chunked;
        for (int i = 0; i < body.size(); i += 7)
            chunked += QByteArray::number(qMin<qsizetype>(7, body.size() - i), 16) + "\r\n" + body.mid(i, 7) + "\r\n";
        chunked += "0\r\n\r\n";
        const QByteArray head = "POST /wspyapi/GetProduct/json HTTP/1.1\r\nHost: x\r\n"
                                "Content-Type: application/x-www-form-urlencoded\r\n";
        QByteArray in = exchange(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked);
        QVERIFY2(in.contains("\"status\":\"success\""), in.constData());

        // Two pipelined requests on one keep-alive connection.
        const QByteArray one = head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray last =
            head + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        in = exchange(one + last);
        QCOMPARE(in.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(in.contains("Connection: keep-alive") && in.contains("Connection: close"));

        // A client that disconnects mid-body leaves the server healthy.
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            socket.write(head + "Content-Length: 100000\r\n\r\nrequest=%7B");
            QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState && socket.bytesToWrite() == 0);
            QTest::qWait(20);
            socket.abort();
        }
        QCOMPARE(webshippy("GetProduct", "json", "{}").status, 200);
        QVERIFY(counters().value("webshippy").toObject().value("requests").toObject().contains("BAD REQUEST"));
    }

    void executablePrintsOneJsonLine()
    {
        kontor::test::SandboxProcess process;
        QVERIFY(
            process.start({QStringLiteral("--orders"), QStringLiteral("30"), QStringLiteral("--secret"), secret()}));
        for (const char* key : {"htk", "printlounge", "virtpos", "webshippy", "admin"})
            QVERIFY2(process.url(QLatin1String(key)).startsWith(QLatin1String("http://127.0.0.1:")), key);
        const QJsonObject c = process.counters();
        QVERIFY(c.contains("htk") && c.contains("webshippy"));
        const Reply r = send(QUrl(process.url("printlounge") + "/api/order/?limit=100"), "GET", {}, {},
                             basic(QStringLiteral("demo"), secret()));
        QCOMPARE(r.status, 200);

        const auto version =
            kontor::test::runProcess(QStringLiteral(KONTOR_SANDBOX_BIN), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("kontor-sandbox"));
        const auto bad =
            kontor::test::runProcess(QStringLiteral(KONTOR_SANDBOX_BIN), {QStringLiteral("--rate-503"), "2"});
        QVERIFY(bad.exitCode != 0);
    }

    void executableTakesRedirectAndPagingFlags()
    {
        kontor::test::SandboxProcess process;
        QVERIFY(process.start({"--secret", secret(), "--ignore-paging", "--redirect-status", "301", "--redirect-to",
                               "http://127.0.0.2:9"}));
        QVERIFY(process.url("trap").startsWith(QLatin1String("http://127.0.0.2:")));
        const QJsonObject faults = send(QUrl(process.admin() + "/faults"), "GET").object();
        QCOMPARE(faults.value("ignorePaging").toBool(), true);
        QCOMPARE(faults.value("redirectStatus").toInt(), 301);
        QCOMPARE(faults.value("redirectTo").toString(), QStringLiteral("http://127.0.0.2:9"));

        for (const QStringList& args :
             {QStringList{"--redirect-status", "200"}, QStringList{"--redirect-status", "x"},
              QStringList{"--redirect-to", "ftp://127.0.0.2"}, QStringList{"--redirect-to", "127.0.0.2:9"}}) {
            const auto bad = kontor::test::runProcess(QStringLiteral(KONTOR_SANDBOX_BIN), args);
            QVERIFY2(bad.exitCode == 2, qPrintable(args.join(' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TstSandboxFaults)
#include "tst_sandbox_faults.moc"
