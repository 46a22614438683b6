// kontor-sandbox's TLS mode: the service ports speak HTTPS with a certificate made at start, which a plain
// QNetworkAccessManager rejects by default and accepts once told to trust exactly it; faults, redirects and
// the seeded data work as over http; the executable prints the https URLs and the certificate's SHA-256.
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTcpSocket>
#include <functional>

using namespace kontor::test;

namespace {

struct TlsReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray location;
    QList<QSslError> sslErrors;
    QSslCertificate peer;
};

QString sha256(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace

class TstSandboxTls : public SandboxTestBase
{
    Q_OBJECT

    QSslCertificate certificate() const { return QSslCertificate(m_sandbox->certificatePem(), QSsl::Pem); }

    // Its own manager for every call unless one is given: QNAM keeps TLS sessions and connections per
    // manager, and a test about the handshake must get a fresh one.
    TlsReply get(const QUrl& url, const std::function<void(QNetworkRequest&)>& prepare = {},
                 const std::function<void(QNetworkReply*)>& started = {}, QNetworkAccessManager* manager = nullptr)
    {
        QNetworkAccessManager fresh;
        QNetworkAccessManager& nam = manager ? *manager : fresh;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", basic(user(), secret()));
        if (prepare)
            prepare(request);
        QNetworkReply* reply = nam.get(request);
        TlsReply r;
        connect(reply, &QNetworkReply::sslErrors, this, [&r](const QList<QSslError>& errors) { r.sslErrors = errors; });
        if (started)
            started(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15'000);
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.location = reply->rawHeader("Location");
        r.peer = reply->sslConfiguration().peerCertificate();
        reply->deleteLater();
        return r;
    }

    // Trusts the sandbox's certificate as the only extra CA: verification stays on.
    std::function<void(QNetworkRequest&)> trustSandbox() const
    {
        const QSslCertificate cert = certificate();
        return [cert](QNetworkRequest& request) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificate(cert);
            request.setSslConfiguration(tls);
        };
    }

    QJsonObject printloungeRoutes() const
    {
        return m_sandbox->counters().value("printlounge").toObject().value("requests").toObject();
    }

private slots:
    void initTestCase()
    {
        SandboxOptions o = testOptions();
        o.tls = true;
        m_sandbox = std::make_unique<Sandbox>(o);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        clearFaults();
        m_sandbox->resetCounters();
    }

    void servicesSpeakHttpsAdminAndTrapStayPlain()
    {
        for (const QString& service : Sandbox::serviceNames())
            QCOMPARE(m_sandbox->url(service).scheme(), QStringLiteral("https"));
        QCOMPARE(m_sandbox->url("admin").scheme(), QStringLiteral("http"));
        if (!m_sandbox->url("trap").isEmpty())
            QCOMPARE(m_sandbox->url("trap").scheme(), QStringLiteral("http"));
        QVERIFY(QRegularExpression("^[0-9a-f]{64}$").match(m_sandbox->certificateSha256()).hasMatch());
        const QJsonObject endpoints = QJsonDocument::fromJson(m_sandbox->endpointsJson()).object();
        QCOMPARE(endpoints.value("certSha256").toString(), m_sandbox->certificateSha256());
        QCOMPARE(endpoints.value("printlounge").toString(), m_sandbox->url("printlounge").toString());
        // The admin port still answers plain http.
        QCOMPARE(send(m_sandbox->url("admin").resolved(QUrl("/health")), "GET").status, 200);
    }

    void certificateIsTheDescribedOne()
    {
        const QSslCertificate cert = certificate();
        QVERIFY(!cert.isNull());
        QCOMPARE(sha256(cert), m_sandbox->certificateSha256());
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{"127.0.0.1"});
        QCOMPARE(cert.subjectInfo(QSslCertificate::Organization), QStringList{"Kontor Sandbox"});
        QCOMPARE(cert.issuerInfo(QSslCertificate::CommonName), QStringList{"127.0.0.1"});
        QCOMPARE(cert.issuerInfo(QSslCertificate::Organization), QStringList{"Kontor Sandbox"});
        const auto names = cert.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains("127.0.0.1"));
        QVERIFY(names.values(QSsl::DnsEntry).contains("localhost"));
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
        QVERIFY(!cert.serialNumber().isEmpty());
        const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(qAbs(cert.effectiveDate().secsTo(dayAgo)) < 600);
        QCOMPARE(cert.effectiveDate().daysTo(cert.expiryDate()), 30);
        QVERIFY(m_sandbox->certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(!m_sandbox->certificatePem().contains("PRIVATE KEY"));

        // Made per sandbox, and only in TLS mode.
        SandboxOptions o = testOptions();
        o.tls = true;
        Sandbox other(o);
        QVERIFY(other.start());
        QVERIFY(other.certificateSha256() != m_sandbox->certificateSha256());
        o.tls = false;
        Sandbox plain(o);
        QVERIFY(plain.start());
        QVERIFY(plain.certificateSha256().isEmpty() && plain.certificatePem().isEmpty());
        QVERIFY(!QJsonDocument::fromJson(plain.endpointsJson()).object().contains("certSha256"));
    }

    void verificationFailsByDefault()
    {
        const TlsReply r = get(at("printlounge", "/api/order/?limit=1"));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.sslErrors.isEmpty());
        QVERIFY(r.sslErrors.contains(QSslError(QSslError::SelfSignedCertificate, certificate())));
        QVERIFY(printloungeRoutes().isEmpty()); // a refused handshake is no request
    }

    void trustingTheCertificateSucceeds()
    {
        TlsReply r = get(at("printlounge", "/api/order/?limit=3"), trustSandbox());
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QVERIFY(r.sslErrors.isEmpty());
        QVERIFY(!QJsonDocument::fromJson(r.body).array().isEmpty());
        QCOMPARE(sha256(r.peer), m_sandbox->certificateSha256());

        // The other name in subjectAltName.
        QUrl byName = at("printlounge", "/api/order/?limit=3");
        byName.setHost(QStringLiteral("localhost"));
        r = get(byName, trustSandbox());
        QCOMPARE(r.status, 200);
    }

    void ignoringExactlyTheExpectedErrorSucceeds()
    {
        const QList<QSslError> expected{QSslError(QSslError::SelfSignedCertificate, certificate())};
        TlsReply r = get(at("printlounge", "/api/order/?limit=1"), {},
                         [&](QNetworkReply* reply) { reply->ignoreSslErrors(expected); });
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QVERIFY(r.sslErrors == expected); // nothing but the self-signature was wrong
        QCOMPARE(sha256(r.peer), m_sandbox->certificateSha256());

        // The same error for another certificate does not cover this one.
        SandboxOptions o = testOptions();
        o.tls = true;
        Sandbox other(o);
        QVERIFY(other.start());
        const QList<QSslError> wrong{
            QSslError(QSslError::SelfSignedCertificate, QSslCertificate(other.certificatePem(), QSsl::Pem))};
        r = get(at("printlounge", "/api/order/?limit=1"), {},
                [&](QNetworkReply* reply) { reply->ignoreSslErrors(wrong); });
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }

    void handshakesAreNotCounted()
    {
        // A client that speaks plain http to the TLS port gets no answer and no count.
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_sandbox->url("printlounge").port()));
            socket.write("GET /api/order/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            QElapsedTimer t;
            t.start();
            QByteArray in;
            while (t.elapsed() < 5000 && socket.state() != QAbstractSocket::UnconnectedState) {
                QTest::qWait(5);
                in += socket.readAll();
            }
            QVERIFY(!in.startsWith("HTTP/"));
        }
        get(at("printlounge", "/api/order/?limit=1")); // verification fails
        QVERIFY(printloungeRoutes().isEmpty());

        QNetworkAccessManager nam;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(at("printlounge", "/api/order/?limit=1"), trustSandbox(), {}, &nam).status, 200);
        const QJsonObject counted{{"200", 3}};
        QCOMPARE(printloungeRoutes().value("GET /api/order/").toObject(), counted);
    }

    void faultsWorkOverTls()
    {
        const QUrl url = at("printlounge", "/api/order/?limit=5");
        FaultOptions f;
        f.rateDrop = 1;
        m_sandbox->setFaults(f);
        TlsReply r = get(url, trustSandbox());
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);

        f = FaultOptions();
        f.rateTruncate = 1;
        m_sandbox->setFaults(f);
        r = get(url, trustSandbox());
        QVERIFY(r.error != QNetworkReply::NoError);

        f = FaultOptions();
        f.rate503 = 1;
        f.latencyMs = 100;
        m_sandbox->setFaults(f);
        QElapsedTimer timer;
        timer.start();
        r = get(url, trustSandbox());
        QCOMPARE(r.status, 503);
        QVERIFY(timer.elapsed() >= 100);

        const QJsonObject route = printloungeRoutes().value("GET /api/order/").toObject();
        // QNAM resends a GET once when the connection closes without an answer: at least one drop.
        for (const char* key : {"dropped", "truncated", "503"})
            QVERIFY2(route.value(key).toInt() >= 1, key);
    }

    void sameOriginRedirectStaysOnHttps()
    {
        FaultOptions f;
        f.redirectStatus = 302;
        m_sandbox->setFaults(f);
        const QString target = QStringLiteral("/api/order/?limit=2");
        TlsReply r = get(at("printlounge", target), [this](QNetworkRequest& request) {
            trustSandbox()(request);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        });
        QCOMPARE(r.status, 302);
        QCOMPARE(r.location, m_sandbox->url("printlounge").toEncoded() + "/moved" + target.toUtf8());
        QVERIFY(r.location.startsWith("https://127.0.0.1:"));
        r = get(at("printlounge", target), trustSandbox());
        QCOMPARE(r.status, 200);
        QVERIFY(!QJsonDocument::fromJson(r.body).array().isEmpty());
    }

    void sameSeedSameDataAsPlainHttp()
    {
        SandboxOptions o = testOptions();
        Sandbox plain(o);
        QVERIFY(plain.start());
        const QString target = QStringLiteral("/api/order/?limit=25");
        const Reply overHttp = send(at(plain, "printlounge", target), "GET", {}, {}, basic(user(), secret()));
        QCOMPARE(overHttp.status, 200);
        const TlsReply overHttps = get(at("printlounge", target), trustSandbox());
        QCOMPARE(overHttps.status, 200);
        QVERIFY(overHttps.body == overHttp.body);

        // An answer over 64 KiB, which the server writes in two pieces.
        const QString orders = "/api/orders?format=xml&apikey=" + QUrl::toPercentEncoding(secret());
        const Reply bigOverHttp = send(at(plain, "virtpos", orders), "GET");
        const TlsReply bigOverHttps = get(at("virtpos", orders), trustSandbox());
        QCOMPARE(bigOverHttps.status, 200);
        QVERIFY(bigOverHttps.body.size() > 64 * 1024);
        QVERIFY(bigOverHttps.body == bigOverHttp.body);
    }

    void executableServesTls()
    {
        kontor::test::SandboxProcess process;
        QVERIFY(process.start({"--tls", "--user", user(), "--secret", secret()}));
        for (const char* key : {"htk", "printlounge", "virtpos", "webshippy"})
            QVERIFY2(process.url(QLatin1String(key)).startsWith(QLatin1String("https://127.0.0.1:")), key);
        QVERIFY(process.admin().startsWith(QLatin1String("http://127.0.0.1:")));
        const QString pinned = process.certSha256();
        QVERIFY(QRegularExpression("^[0-9a-f]{64}$").match(pinned).hasMatch());

        // Pinning: accept the self-signed certificate only when its SHA-256 is the printed one.
        const TlsReply r = get(QUrl(process.url("printlounge") + "/api/order/?limit=1"), {}, [&](QNetworkReply* reply) {
            connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError>& errors) {
                if (errors.size() == 1 && errors.first().error() == QSslError::SelfSignedCertificate &&
                    sha256(errors.first().certificate()) == pinned)
                    reply->ignoreSslErrors();
            });
        });
        QCOMPARE(r.status, 200);
        QCOMPARE(sha256(r.peer), pinned);
        QCOMPARE(process.counters().value("printlounge").toObject().value("requests").toObject().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSandboxTls)
#include "tst_sandbox_tls.moc"
