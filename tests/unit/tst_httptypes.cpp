// Pure pieces of the HTTP layer: form encoding, URL joining, loopback detection, HTML sniffing, backoff.
#include "net/HttpTypes.h"
#include "net/RequestLine.h"

#include <QTest>
#include <QUrlQuery>

using namespace kontor::net;

class TestHttpTypes : public QObject
{
    Q_OBJECT
private slots:
    void formEncodingKeepsBase64()
    {
        const QString base64 = QStringLiteral("iVBORw0KGgo+AAAA/DUlEQVR42mNk==");
        const QByteArray body =
            formEncode({{QStringLiteral("request"), base64}, {QStringLiteral("a b"), QStringLiteral("ő&=")}});
        QVERIFY(!body.contains('+'));
        QVERIFY(!body.contains('/'));
        QCOMPARE(body.count('='), 2); // only the two separators
        // What a server's form decoder ('+' means space) reads back:
        const QList<QByteArray> pairs = body.split('&');
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(QUrl::fromPercentEncoding(pairs[0].mid(pairs[0].indexOf('=') + 1).replace('+', ' ')), base64);
        QCOMPARE(QUrl::fromPercentEncoding(pairs[1].left(pairs[1].indexOf('=')).replace('+', ' ')),
                 QStringLiteral("a b"));
        QCOMPARE(QUrl::fromPercentEncoding(pairs[1].mid(pairs[1].indexOf('=') + 1)), QStringLiteral("ő&="));
    }

    void joinUrlKeepsPrefix_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no prefix") << "https://shop.example"
                                   << "api/order/"
                                   << "https://shop.example/api/order/";
        QTest::newRow("prefix") << "https://shop.example/shop"
                                << "api/order/"
                                << "https://shop.example/shop/api/order/";
        QTest::newRow("prefix slash") << "https://shop.example/shop/"
                                      << "/api/cart/X1"
                                      << "https://shop.example/shop/api/cart/X1";
        QTest::newRow("port") << "http://127.0.0.1:8080"
                              << "omniseller/Tokenrequest.php"
                              << "http://127.0.0.1:8080/omniseller/Tokenrequest.php";
    }
    void joinUrlKeepsPrefix()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(joinUrl(QUrl(base), path).toString(), expected);
    }

    void queryIsFullyEncoded()
    {
        const QUrl url = joinUrl(
            QUrl(QStringLiteral("https://pos.example")), QStringLiteral("api/orders"),
            {{QStringLiteral("apikey"), QStringLiteral("a+b/c=")}, {QStringLiteral("format"), QStringLiteral("json")}});
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.contains("apikey=a%2Bb%2Fc%3D"), encoded.constData());
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded), QStringLiteral("a+b/c="));
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:1234/" << true;
        QTest::newRow("127.5.5.5") << "http://127.5.5.5/" << true;
        QTest::newRow("localhost") << "http://LocalHost/" << true;
        QTest::newRow("::1") << "http://[::1]:80/" << true;
        QTest::newRow("lan") << "http://192.168.1.10/" << false;
        QTest::newRow("name") << "http://shop.example/" << false;
        QTest::newRow("tricky") << "http://127.0.0.1.example.com/" << false;
    }
    void loopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(QUrl(url)), loopback);
    }

    void htmlSniffing()
    {
        QVERIFY(looksLikeHtml("<!DOCTYPE html><html><body>Wartung</body></html>", "application/json"));
        QVERIFY(looksLikeHtml("\xEF\xBB\xBF  \n<html>", ""));
        QVERIFY(looksLikeHtml("{}", "text/html; charset=utf-8"));
        QVERIFY(!looksLikeHtml("<?xml version=\"1.0\"?><root/>", "text/xml"));
        QVERIFY(!looksLikeHtml("{\"html\":1}", "application/json"));
    }

    void idempotence()
    {
        QVERIFY(HttpRequest::get(QStringLiteral("x")).isIdempotent());
        QVERIFY(!HttpRequest::post(QStringLiteral("x")).isIdempotent());
        QVERIFY(HttpRequest::post(QStringLiteral("x")).setIdempotent(true).isIdempotent());
        HttpRequest patch;
        patch.method = "PATCH";
        QVERIFY(!patch.isIdempotent());
    }

    void backoffGrowsAndIsCapped()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0.5;
        QCOMPARE(p.delayBeforeAttempt(2, 0.0), 100);
        QCOMPARE(p.delayBeforeAttempt(3, 0.0), 200);
        QCOMPARE(p.delayBeforeAttempt(4, 0.0), 400);
        QCOMPARE(p.delayBeforeAttempt(10, 0.0), 1000);
        QCOMPARE(p.delayBeforeAttempt(2, 0.999999), 50); // jitter takes off at most half
        QVERIFY(p.delayBeforeAttempt(3, 0.5) < 200 && p.delayBeforeAttempt(3, 0.5) >= 100);
    }
    // What Kontor's own connections write as the request target and the Host header (net/RequestLine.h): the
    // same as QNetworkAccessManager writes for these URLs.
    void requestTargetAndHostHeader_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("https default port") << QUrl("https://shop.example:443/api/orders?limit=50")
                                            << QByteArray("/api/orders?limit=50") << QByteArray("shop.example");
        QTest::newRow("http default port")
            << QUrl("http://shop.example:80/") << QByteArray("/") << QByteArray("shop.example");
        QTest::newRow("80 is not https's default")
            << QUrl("https://shop.example:80/x") << QByteArray("/x") << QByteArray("shop.example:80");
        QTest::newRow("loopback port") << QUrl("http://127.0.0.1:39483/api/v1/order?lastSeenId=17")
                                       << QByteArray("/api/v1/order?lastSeenId=17") << QByteArray("127.0.0.1:39483");
        QTest::newRow("IPv6") << QUrl("https://[::1]:8443/a") << QByteArray("/a") << QByteArray("[::1]:8443");
        QTest::newRow("IDN host") << QUrl(QStringLiteral("https://b\u00fccher.example/")) << QByteArray("/")
                                  << QByteArray("xn--bcher-kva.example");
        QTest::newRow("no path") << QUrl("http://shop.example:8080") << QByteArray("/")
                                 << QByteArray("shop.example:8080");
        QTest::newRow("encoded path and query")
            << QUrl::fromEncoded("http://h/orders/A%2FB%20C?q=%C3%A4%26x&empty=")
            << QByteArray("/orders/A%2FB%20C?q=%C3%A4%26x&empty=") << QByteArray("h");
        QTest::newRow("unicode path is encoded") << QUrl(QStringLiteral("http://h/k\u00f6ln?name=M\u00fcller"))
                                                 << QByteArray("/k%C3%B6ln?name=M%C3%BCller") << QByteArray("h");
    }
    void requestTargetAndHostHeader()
    {
        QFETCH(QUrl, url);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, host);
        QCOMPARE(kontor::net::requestTarget(url), target);
        QCOMPARE(kontor::net::hostHeader(url), host);
        QCOMPARE(kontor::net::defaultPort(url), url.scheme() == QLatin1String("https") ? 443 : 80);
    }
};

QTEST_GUILESS_MAIN(TestHttpTypes)
#include "tst_httptypes.moc"
