// Proxies over real sockets on loopback: a profile with a manual proxy sends its requests through a small
// forwarding proxy (TestProxy); a profile set to "none" goes direct.
#include "ScriptedServer.h"
#include "TestProxy.h"
#include "net/HttpClient.h"
#include "net/ProxyConfig.h"
#include "profile/Profile.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <optional>

using namespace kontor;

namespace {

net::ProxyConfig manual(int port)
{
    net::ProxyConfig p;
    p.mode = net::ProxyConfig::Mode::Manual;
    p.type = net::ProxyConfig::Type::Http;
    p.host = QStringLiteral("127.0.0.1");
    p.port = port;
    return p;
}

// Sends one GET through a client for `profile` and waits for its answer.
int getThrough(const Profile& profile)
{
    net::HttpClient client(profile.clientConfig(QStringLiteral("k")));
    net::HttpCall* call = client.send(net::HttpRequest::get(QStringLiteral("ping")));
    int status = -1;
    QObject::connect(call, &net::HttpCall::finished, &client, [&status, call] {
        status = call->error().ok() ? call->response().status : 0;
        if (!call->error().ok())
            qWarning("%s", qPrintable(call->error().detail));
    });
    if (!QTest::qWaitFor([&] { return status >= 0; }, 15'000))
        return -2;
    return status;
}

Profile profileAt(const QUrl& url)
{
    Profile p = Profile::defaultsFor(Service::Virtpos);
    p.id = QStringLiteral("proxy-test");
    p.name = QStringLiteral("Proxy test");
    p.baseUrl = url;
    return p;
}

} // namespace

class TestProxyRouting : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy)); }

    void manualProfileProxyCarriesTheRequests()
    {
        test::ScriptedServer server;
        test::TestProxy proxy;
        QVERIFY(server.isListening() && proxy.isListening());
        Profile p = profileAt(server.url());
        p.proxy = manual(proxy.port());
        QCOMPARE(getThrough(p), 200);
        QCOMPARE(getThrough(p), 200);
        QCOMPARE(server.requests(), 2);
        QVERIFY(proxy.connections() >= 1);
        QCOMPARE(proxy.requests(), 2);
        QVERIFY(proxy.heads().at(0).startsWith("GET http://127.0.0.1:"));
    }

    void noneGoesDirect()
    {
        test::ScriptedServer server;
        test::TestProxy proxy;
        QVERIFY(server.isListening() && proxy.isListening());
        Profile p = profileAt(server.url());
        p.proxy = manual(proxy.port());
        QCOMPARE(getThrough(p), 200);
        QCOMPARE(proxy.requests(), 1);
        p.proxy.mode = net::ProxyConfig::Mode::None;
        QCOMPARE(getThrough(p), 200);
        p.proxy.mode = net::ProxyConfig::Mode::Application; // Qt sends loopback direct whatever the application says
        QCOMPARE(getThrough(p), 200);
        QCOMPARE(proxy.requests(), 1); // unchanged: went direct
        QCOMPARE(server.requests(), 3);
    }

    // A proxy that is not there: the message says it is the proxy, and where to change it.
    void deadProxyIsNamed()
    {
        test::ScriptedServer server;
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        Profile p = profileAt(server.url());
        p.proxy = manual(deadPort);
        net::ClientConfig config = p.clientConfig(QStringLiteral("k"));
        config.retry.maxAttempts = 1;
        net::HttpClient client(config);
        net::HttpCall* call = client.send(net::HttpRequest::get(QStringLiteral("ping")));
        std::optional<Error> error; // taken at once: the call deletes itself after finished()
        QObject::connect(call, &net::HttpCall::finished, &client, [&error, call] { error = call->error(); });
        QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 15'000));
        QCOMPARE(error->kind, Error::Kind::Network);
        QVERIFY2(error->message.contains(QLatin1String("proxy server")), qPrintable(error->message));
        QVERIFY2(error->message.contains(QLatin1String("Settings")), qPrintable(error->message));
        QCOMPARE(server.requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProxyRouting)
#include "tst_proxy.moc"
