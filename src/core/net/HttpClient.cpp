#include "net/HttpClient.h"

#include "KontorVersion.h"
#include "Logging.h"
#include "net/KeepAliveConnection.h"
#include "net/NetworkAccess.h"
#include "net/Redactor.h"
#include "net/RequestLine.h"
#include "net/RequestLog.h"
#include "net/TlsPin.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QLocale>
#include <QMetaMethod>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <algorithm>

namespace kontor::net {

namespace {

QByteArray acceptFor(Expect e)
{
    switch (e) {
    case Expect::Json:
        return "application/json";
    case Expect::Xml:
        return "application/xml, text/xml";
    case Expect::Any:
        break;
    }
    return "*/*";
}

QAtomicInt& keepAliveSwitch()
{
    static QAtomicInt on(
        qEnvironmentVariable("KONTOR_HTTP_TRANSPORT").compare(QLatin1String("qnam"), Qt::CaseInsensitive) != 0);
    return on;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// HttpCall

HttpCall::HttpCall(HttpClient* client, HttpRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_connectTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &HttpCall::onConnectTimeout);
    connect(m_deadlineTimer, &QTimer::timeout, this, &HttpCall::onDeadline);
    connect(m_retryTimer, &QTimer::timeout, this, &HttpCall::startAttempt);
}

HttpCall::~HttpCall()
{
    dropTransport();
}

void HttpCall::start()
{
    if (m_finished)
        return;
    const ClientConfig& cfg = m_client->config();
    m_elapsed.start();
    m_response.url = joinUrl(cfg.baseUrl, m_request.path, m_request.query);
    const QUrl& url = m_response.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        complete(Error::make(Error::Kind::InvalidInput,
                             tr("The address \"%1\" is not a valid web address. It should look like "
                                "https://shop.example.com.")
                                 .arg(Redactor::redactUrl(cfg.baseUrl)),
                             QStringLiteral("invalid URL %1").arg(Redactor::redactUrl(url))));
        return;
    }
    if (scheme == QLatin1String("http") && !cfg.allowInsecureHttp && !isLoopbackHost(url)) {
        complete(Error::make(Error::Kind::InsecureUrl,
                             tr("Kontor does not send passwords or data over plain http:// to %1. Use an https:// "
                                "address, or allow insecure http in the profile if this server has no other way.")
                                 .arg(url.host()),
                             QStringLiteral("refused plain http to %1").arg(url.host())));
        return;
    }
    if (cfg.secretRequired && cfg.auth.secret.isEmpty()) {
        // A sign-in with an empty password is still a failed sign-in to the shop (Printlounge counts them).
        complete(Error::make(Error::Kind::NoSecret,
                             tr("No password or API key is stored for this profile, so Kontor sent nothing to %1. "
                                "Enter it in the profile.")
                                 .arg(url.host()),
                             QStringLiteral("no secret for %1; request not sent").arg(url.host())));
        return;
    }
    if (cfg.timeouts.totalMs > 0)
        m_deadlineTimer->start(cfg.timeouts.totalMs);
    startAttempt();
}

void HttpCall::startAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    m_buffer.clear();
    m_certificate.reset();
    m_tooLarge = false;
    m_timedOut = false;
    const Headers headers = requestHeaders();
    if (m_logId == 0)
        logStart(headers);
    m_redirects = 0;
    if (KeepAliveConnection* direct = m_client->directConnectionFor(m_request, m_response.url))
        startDirect(direct, m_response.url, headers);
    else
        startQnam(headers);
    qCDebug(lcNet).noquote() << "attempt" << m_attempt << m_request.method << Redactor::redactUrl(m_response.url)
                             << (m_direct ? "(keep-alive)" : "(QNAM)");
}

HttpCall::Headers HttpCall::requestHeaders() const
{
    const ClientConfig& cfg = m_client->config();
    Headers headers;
    headers.append({"User-Agent", QByteArray("Kontor/" KONTOR_VERSION_STRING)});
    headers.append({"Accept", acceptFor(m_request.expect)});
    if (!m_request.contentType.isEmpty())
        headers.append({"Content-Type", m_request.contentType});
    switch (cfg.auth.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Basic:
        headers.append(
            {"Authorization", "Basic " + (cfg.auth.user + QLatin1Char(':') + cfg.auth.secret).toUtf8().toBase64()});
        break;
    case AuthKind::Bearer:
        headers.append({"Authorization", "Bearer " + cfg.auth.secret.toUtf8()});
        break;
    case AuthKind::Header:
        if (!cfg.auth.headerName.isEmpty())
            headers.append({cfg.auth.headerName, cfg.auth.secret.toUtf8()});
        break;
    }
    for (const auto& [name, value] : m_request.headers) {
        auto same = [&name = name](const QPair<QByteArray, QByteArray>& h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        };
        headers.erase(std::remove_if(headers.begin(), headers.end(), same), headers.end());
        headers.append({name, value});
    }
    return headers;
}

void HttpCall::startDirect(KeepAliveConnection* connection, const QUrl& url, const Headers& headers)
{
    m_direct = connection;
    m_directUrl = url;
    connection->get(requestTarget(url), headers, [this](KeepAliveOutcome& outcome) { onDirectFinished(outcome); });
}

void HttpCall::onDirectFinished(KeepAliveOutcome& o)
{
    m_direct = nullptr;
    if (m_finished)
        return;
    const bool redirect = o.status == 301 || o.status == 302 || o.status == 303 || o.status == 307 || o.status == 308;
    if (o.failure == KeepAliveOutcome::Failure::None && redirect) {
        QByteArray location;
        for (const auto& [name, value] : o.headers) {
            if (name.compare("Location", Qt::CaseInsensitive) == 0)
                location = value;
        }
        const QUrl target = location.isEmpty() ? QUrl() : m_directUrl.resolved(QUrl::fromEncoded(location));
        if (target.isValid()) {
            // As QNAM does under UserVerifiedRedirectPolicy and onRedirected(): within the origin it is followed
            // (up to 5 times), anywhere else it is refused and nothing is sent there.
            if (!sameOrigin(target, m_response.url)) {
                finishAttempt(redirectRefusal(target));
                return;
            }
            KeepAliveConnection* direct = m_client->directConnectionFor(m_request, target);
            if (direct && ++m_redirects <= 5) {
                startDirect(direct, target, requestHeaders());
                return;
            }
            if (m_redirects > 5) {
                Outcome tooMany;
                tooMany.net = Outcome::Net::Other;
                tooMany.reason = QStringLiteral("more than 5 redirects");
                finishAttempt(classify(tooMany));
                return;
            }
        }
    }
    m_buffer = std::move(o.body);
    m_response.status = o.status;
    m_response.contentType = o.contentType;
    m_responseHeaders = o.headers;
    if (o.certificate)
        m_certificate = o.certificate;
    Outcome outcome;
    outcome.status = o.status;
    outcome.reason = o.reason;
    outcome.announced = o.announced;
    outcome.encoded = o.encoded;
    using F = KeepAliveOutcome::Failure;
    switch (o.failure) {
    case F::None:
        break;
    case F::Timeout:
        outcome.net = Outcome::Net::Timeout;
        break;
    case F::Refused:
        outcome.net = Outcome::Net::Refused;
        break;
    case F::HostNotFound:
        outcome.net = Outcome::Net::HostNotFound;
        break;
    case F::Tls:
        outcome.net = Outcome::Net::Tls;
        break;
    case F::Closed:
        outcome.net = Outcome::Net::Closed;
        break;
    case F::Malformed:
        outcome.net = Outcome::Net::Other;
        break;
    case F::TooLarge:
        m_tooLarge = true;
        break;
    }
    finishAttempt(classify(outcome));
}

void HttpCall::startQnam(const Headers& headers)
{
    const ClientConfig& cfg = m_client->config();
    QNetworkRequest req(m_response.url);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Every redirect is checked in onRedirected(): the headers and body QNAM carries along hold credentials.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    // No cookies in either direction: the manager is shared by every profile of the thread, and no service
    // Kontor speaks keeps a session in a cookie.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (cfg.timeouts.inactivityMs > 0)
        req.setTransferTimeout(cfg.timeouts.inactivityMs);
    for (const auto& [name, value] : headers)
        req.setRawHeader(name, value);

    QNetworkReply* reply = nullptr;
    if (m_request.method == "GET" && m_request.body.isEmpty())
        reply = m_client->m_nam->get(req);
    else
        reply = m_client->m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    connect(reply, &QNetworkReply::requestSent, m_connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_connectTimer->stop();
        if (!m_reply)
            return;
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_client->config().maxResponseBytes) {
            m_tooLarge = true;
            finishAttempt(classify(m_reply, 0));
        }
    });
    connect(reply, &QNetworkReply::redirected, this, &HttpCall::onRedirected);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpCall::onSslErrors);
    if (cfg.timeouts.connectMs > 0)
        m_connectTimer->start(cfg.timeouts.connectMs);
}

void HttpCall::dropTransport()
{
    if (m_direct) {
        KeepAliveConnection* direct = m_direct;
        m_direct = nullptr;
        direct->abort();
    }
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void HttpCall::logStart(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const ClientConfig& cfg = m_client->config();
    RequestLog::Start start;
    start.profile = cfg.displayName;
    start.method = m_request.method;
    start.url = m_response.url;
    start.auth = cfg.auth.kind;
    start.user = cfg.auth.user;
    start.keyHeader = cfg.auth.headerName;
    start.headers = headers;
    start.body = m_request.body;
    m_logId = RequestLog::instance()->begin(start);
}

void HttpCall::onRedirected(const QUrl& target)
{
    if (!m_reply)
        return;
    if (sameOrigin(target, m_response.url)) {
        emit m_reply->redirectAllowed();
        return;
    }
    finishAttempt(redirectRefusal(target));
}

Error HttpCall::redirectRefusal(const QUrl& target) const
{
    // Another scheme, host or port: QNAM would carry the Authorization header, a key header and (on 307/308)
    // a body holding the API key along. Refuse, and say where the server wanted to go.
    QUrl origin;
    origin.setScheme(target.scheme());
    origin.setHost(target.host());
    origin.setPort(target.port());
    const QString where = origin.toString();
    const QString host = m_client->hostLabel();
    const bool downgrade = target.host().compare(m_response.url.host(), Qt::CaseInsensitive) == 0 &&
                           m_response.url.scheme() == QLatin1String("https") &&
                           target.scheme() == QLatin1String("http");
    const QString message =
        downgrade ? tr("%1 asked Kontor to continue over unencrypted http (%2). Kontor never sends passwords or "
                       "data that way, so it stopped. Ask the shop's administrator.")
                        .arg(host, where)
                  : tr("%1 sent Kontor on to another server, %2. Kontor sends passwords and data only to the address "
                       "in the profile, so it did not follow. If the shop has moved, change the address in the "
                       "profile.")
                        .arg(host, where);
    return Error::make(Error::Kind::Redirect, message,
                       QStringLiteral("refused redirect from %1 to %2")
                           .arg(Redactor::redactUrl(m_response.url), Redactor::redactUrl(target)));
}

void HttpCall::onSslErrors(const QList<QSslError>& errors)
{
    if (!m_reply)
        return;
    const TlsVerdict verdict =
        judgeCertificate(m_reply->sslConfiguration().peerCertificate(), errors, m_client->config().pinnedSha256);
    if (verdict.accept) {
        qCInfo(lcNet).noquote() << "accepting the pinned certificate of" << m_response.url.host();
        m_reply->ignoreSslErrors(errors);
        return;
    }
    for (const QString& problem : verdict.certificate.problems)
        qCWarning(lcNet) << "TLS problem with" << m_response.url.host() << ":" << problem;
    if (verdict.pinMismatch)
        qCWarning(lcNet) << "the certificate of" << m_response.url.host() << "is not the one pinned in the profile";
    m_certificate = verdict.certificate;
    // Not ignored: the reply now fails with SslHandshakeFailedError, classified with this certificate.
}

void HttpCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_client->config().maxResponseBytes) {
        m_tooLarge = true;
        finishAttempt(classify(m_reply, 0));
    }
}

void HttpCall::onReplyFinished()
{
    if (!m_reply)
        return;
    if (m_reply->isOpen()) // closed when QNAM aborted it (the inactivity timeout)
        m_buffer += m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.status = status;
    m_response.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_responseHeaders = m_reply->rawHeaderPairs();
    finishAttempt(classify(m_reply, status));
}

void HttpCall::onConnectTimeout()
{
    m_timedOut = true;
    if (m_reply) // the keep-alive path times its connection itself
        finishAttempt(classify(m_reply, 0));
}

void HttpCall::onDeadline()
{
    const int seconds = m_client->config().timeouts.totalMs / 1000;
    complete(Error::make(Error::Kind::Timeout,
                         tr("%1 did not answer within %2 seconds. The service may be overloaded; try again later.")
                             .arg(m_client->hostLabel())
                             .arg(seconds),
                         QStringLiteral("total deadline of %1 ms passed after %2 attempt(s)")
                             .arg(m_client->config().timeouts.totalMs)
                             .arg(m_attempt)));
}

Error HttpCall::classify(QNetworkReply* reply, int status)
{
    Outcome o;
    o.status = status;
    o.reason = reply->errorString();
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    o.announced = announced.isValid() ? announced.toLongLong() : -1;
    o.encoded = !reply->rawHeader("Content-Encoding").isEmpty();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
        o.net = status == 0 ? Outcome::Net::Timeout : Outcome::Net::Other; // QNAM's transfer timeout aborts
        break;
    case QNetworkReply::TimeoutError:
        o.net = Outcome::Net::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        o.net = Outcome::Net::Tls;
        break;
    case QNetworkReply::ConnectionRefusedError:
        o.net = Outcome::Net::Refused;
        break;
    case QNetworkReply::HostNotFoundError:
        o.net = Outcome::Net::HostNotFound;
        break;
    case QNetworkReply::RemoteHostClosedError:
        o.net = Outcome::Net::Closed;
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        o.net = Outcome::Net::Proxy;
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        o.net = Outcome::Net::ProxyAuth;
        break;
    default:
        o.net = Outcome::Net::Other;
    }
    // Through a proxy, the connection that was refused or whose host was not found is the proxy's (Qt 6.4 reports
    // a closed proxy port as ConnectionRefusedError).
    if ((o.net == Outcome::Net::Refused || o.net == Outcome::Net::HostNotFound) &&
        !m_client->goesDirect(m_response.url) && !m_client->m_callerManager)
        o.net = Outcome::Net::Proxy;
    return classify(o);
}

Error HttpCall::classify(const Outcome& o)
{
    // The usual answer first, without the texts a failure needs (redacting the URL for them is the costly part).
    const bool whole = o.announced < 0 || o.announced <= m_buffer.size() || o.encoded;
    if (!m_tooLarge && !m_timedOut && o.net == Outcome::Net::None && o.status >= 200 && o.status < 300 && whole &&
        (m_request.expect == Expect::Any || !looksLikeHtml(m_buffer, m_response.contentType)))
        return {};
    const QString host = m_client->hostLabel();
    const QString where = Redactor::redactUrl(m_response.url);
    const QString reason = Redactor::redact(o.reason);
    const int status = o.status;
    if (m_tooLarge) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The answer from %1 is larger than Kontor accepts (%2 MB). Narrow the request, "
                              "for example with a smaller page or a filter.")
                               .arg(host)
                               .arg(m_client->config().maxResponseBytes / (1024 * 1024)),
                           QStringLiteral("response above cap from %1").arg(where));
    }
    if (m_timedOut || o.net == Outcome::Net::Timeout) {
        return Error::make(
            Error::Kind::Timeout,
            tr("%1 did not answer in time. Check your network connection, or try again later.").arg(host),
            QStringLiteral("timeout (%1) %2").arg(reason, where));
    }
    if (o.net == Outcome::Net::Proxy) {
        return Error::make(Error::Kind::Network,
                           tr("Kontor could not get through the proxy server to %1 (%2). Check the proxy in Settings, "
                              "or in the profile's Advanced section.")
                               .arg(host, reason),
                           QStringLiteral("proxy failure (%1) %2").arg(reason, where));
    }
    if (o.net == Outcome::Net::ProxyAuth) {
        return Error::make(Error::Kind::Network,
                           tr("The proxy server refused Kontor's sign-in, so nothing reached %1. Check the proxy's "
                              "user name and password in Settings.")
                               .arg(host),
                           QStringLiteral("proxy authentication refused (%1) %2").arg(reason, where));
    }
    if (o.net == Outcome::Net::Tls) {
        Error e;
        if (m_certificate && !m_certificate->sha256.isEmpty()) {
            const PeerCertificate& c = *m_certificate;
            const bool pinned = !m_client->config().pinnedSha256.isEmpty();
            e = Error::make(Error::Kind::Tls,
                            (pinned ? tr("The certificate of %1 is not the one trusted for this profile, and it "
                                         "cannot be verified either (%2). Kontor did not connect.")
                                    : tr("The certificate of %1 cannot be verified (%2), so Kontor did not connect."))
                                    .arg(host, c.problems.join(QLatin1String("; "))) +
                                QLatin1Char(' ') +
                                tr("It was issued to \"%1\" by \"%2\", valid from %3 to %4; its SHA-256 fingerprint "
                                   "is %5. If the shop's administrator confirms this fingerprint, trust the "
                                   "certificate for this profile.")
                                    .arg(c.subject, c.issuer,
                                         QLocale().toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                                         QLocale().toString(c.notAfter.toLocalTime(), QLocale::ShortFormat), c.sha256),
                            QStringLiteral("TLS failure %1: %2; certificate %3, sha256 %4")
                                .arg(where, c.problems.join(QLatin1String("; ")), c.subject, c.sha256));
            e.certificate = c;
        } else {
            e = Error::make(Error::Kind::Tls,
                            tr("The secure connection to %1 could not be verified (%2). Kontor does not connect to "
                               "a server whose certificate it cannot check; ask the shop's administrator.")
                                .arg(host, reason),
                            QStringLiteral("TLS failure %1: %2").arg(where, reason));
        }
        return e;
    }
    if (status == 0) {
        QString message;
        switch (o.net) {
        case Outcome::Net::Refused:
            message = tr("%1 refused the connection. Check the address and port in the profile, or whether the "
                         "service is running.")
                          .arg(host);
            break;
        case Outcome::Net::HostNotFound:
            message = tr("The server %1 could not be found. Check the address in the profile and your internet "
                         "connection.")
                          .arg(host);
            break;
        default:
            message = tr("The connection to %1 broke off before the answer was complete. Check your network "
                         "connection; if it keeps happening, the service may be having trouble.")
                          .arg(host);
        }
        return Error::make(Error::Kind::Network, message, QStringLiteral("%1: %2").arg(where, reason));
    }

    const QString detail = QStringLiteral("HTTP %1 from %2").arg(status).arg(where);
    if (status == 401 || status == 403) {
        return Error::make(Error::Kind::Auth,
                           tr("%1 refused the sign-in (HTTP %2). Check the user name and password or API key in the "
                              "profile.")
                               .arg(host)
                               .arg(status),
                           detail, status);
    }
    if (status == 404) {
        return Error::make(Error::Kind::NotFound,
                           tr("%1 does not know the requested address or record (HTTP 404). Check the address in "
                              "the profile.")
                               .arg(host),
                           detail, status);
    }
    if (status == 413) {
        return Error::make(
            Error::Kind::TooLarge,
            tr("%1 refused the request because it is too large (HTTP 413). Send fewer items at once.").arg(host),
            detail, status);
    }
    if (status >= 500 || status == 429 || status == 408) {
        return Error::make(
            Error::Kind::Http,
            tr("%1 is having trouble right now (HTTP %2). Try again in a few minutes.").arg(host).arg(status), detail,
            status);
    }
    if (status < 200 || status >= 300) {
        return Error::make(Error::Kind::Http,
                           tr("%1 answered with an unexpected status (HTTP %2).").arg(host).arg(status), detail,
                           status);
    }
    // A 2xx whose body is shorter than announced: the connection dropped mid-answer.
    if (o.net == Outcome::Net::Closed || (o.announced >= 0 && o.announced > m_buffer.size() && !o.encoded)) {
        return Error::make(
            Error::Kind::Network,
            tr("The connection to %1 broke off before the answer was complete. Check your network "
               "connection; if it keeps happening, the service may be having trouble.")
                .arg(host),
            QStringLiteral("truncated body (%1 of %2 bytes) from %3").arg(m_buffer.size()).arg(o.announced).arg(where),
            status);
    }
    if (o.net != Outcome::Net::None) {
        return Error::make(Error::Kind::Network, tr("The connection to %1 failed (%2).").arg(host, reason),
                           QStringLiteral("%1: %2").arg(where, reason), status);
    }
    if (m_request.expect != Expect::Any && looksLikeHtml(m_buffer, m_response.contentType)) {
        return Error::make(Error::Kind::Html,
                           tr("%1 answered with a web page instead of data. The service may be down for "
                              "maintenance, or the address in the profile points to a website rather than its "
                              "interface.")
                               .arg(host),
                           QStringLiteral("HTML body with HTTP %1 from %2").arg(status).arg(where), status);
    }
    return {};
}

void HttpCall::finishAttempt(Error error)
{
    m_connectTimer->stop();
    dropTransport();
    if (m_finished)
        return;
    if (!error.ok() && RetryPolicy::isRetryable(error) && m_request.isIdempotent()) {
        const ClientConfig& cfg = m_client->config();
        if (m_attempt < cfg.retry.maxAttempts) {
            const int delay = cfg.retry.delayBeforeAttempt(m_attempt + 1, m_client->m_random());
            if (cfg.timeouts.totalMs <= 0 || m_elapsed.elapsed() + delay < cfg.timeouts.totalMs) {
                qCInfo(lcNet).noquote() << "retrying in" << delay << "ms after:" << error.detail;
                m_retryTimer->start(delay);
                return;
            }
        }
    }
    complete(std::move(error));
}

void HttpCall::abort()
{
    if (m_finished)
        return;
    complete(
        Error::make(Error::Kind::Cancelled, tr("The request was cancelled."), QStringLiteral("cancelled by caller")));
}

void HttpCall::complete(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer->stop();
    m_deadlineTimer->stop();
    m_retryTimer->stop();
    dropTransport();
    error.message = Redactor::redact(error.message);
    error.detail = Redactor::redact(error.detail);
    m_error = std::move(error);
    m_response.body = std::move(m_buffer);
    m_buffer.clear();
    m_response.attempts = m_attempt;

    // The redacted URL is made only for someone to read it: on the way through thousands of pages it cost more
    // than anything else between one answer and the next request (bench/orders_paging).
    const bool announce = m_client->isSignalConnected(QMetaMethod::fromSignal(&HttpClient::requestLogged));
    RequestLogEntry entry;
    entry.method = m_request.method;
    entry.status = m_response.status;
    entry.attempts = m_attempt;
    entry.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    entry.bytesReceived = m_response.body.size();
    entry.error = m_error.detail;
    if (announce || !m_error.ok() || lcNet().isDebugEnabled())
        entry.url = Redactor::redactUrl(m_response.url);
    if (m_error.ok())
        qCDebug(lcNet).noquote() << entry.method << entry.url << "->" << entry.status << "in" << entry.elapsedMs
                                 << "ms," << entry.bytesReceived << "bytes," << entry.attempts << "attempt(s)";
    else
        qCInfo(lcNet).noquote() << entry.method << entry.url << "failed:" << m_error.detail;

    if (m_logId == 0) // refused before anything was sent
        logStart({});
    RequestLog::End end;
    end.status = m_response.status;
    end.attempts = m_attempt;
    end.durationMs = entry.elapsedMs;
    end.headers = m_responseHeaders;
    end.body = m_response.body;
    end.errorMessage = m_error.message;
    end.errorDetail = m_error.detail;
    RequestLog::instance()->finish(m_logId, end);

    m_client->m_inFlight = std::max(0, m_client->m_inFlight - 1);
    emit m_client->activityChanged(m_client->m_inFlight);
    if (announce)
        emit m_client->requestLogged(entry);
    emit finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------------------
// HttpClient

HttpClient::HttpClient(ClientConfig config, QObject* parent, QNetworkAccessManager* nam)
    : QObject(parent)
    , m_nam(nam                   ? nam
            : ownsManager(config) ? new QNetworkAccessManager(this)
                                  : sharedNetworkAccess())
    , m_config(std::move(config))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_callerManager = nam != nullptr;
    // A profile's own proxy: QNAM reuses connections by host and port, so requests meant to go direct (or
    // through this proxy) must not ride a connection the shared manager opened another way.
    if (!nam && m_config.proxy.overridesApplication())
        m_nam->setProxy(m_config.proxy.toQNetworkProxy());
    Redactor::registerSecret(m_config.proxy.password);
    registerSecret();
}

bool HttpClient::ownsManager(const ClientConfig& config)
{
    return !config.pinnedSha256.isEmpty() || config.proxy.overridesApplication();
}

void HttpClient::registerSecret() const
{
    Redactor::registerSecret(m_config.auth.secret);
    if (m_config.auth.kind == AuthKind::Basic)
        Redactor::registerBasicCredentials(m_config.auth.user, m_config.auth.secret);
}

HttpClient::~HttpClient()
{
    // The calls go first: each drops its transport, and the connection must still exist then.
    const QList<HttpCall*> calls = findChildren<HttpCall*>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void HttpClient::setKeepAliveGets(bool on)
{
    keepAliveSwitch().storeRelaxed(on ? 1 : 0);
}

bool HttpClient::keepAliveGets()
{
    return keepAliveSwitch().loadRelaxed() != 0;
}

bool HttpClient::goesDirect(const QUrl& url) const
{
    if (m_callerManager)
        return false; // a manager set up by the caller: its proxy and settings are its own
    switch (m_config.proxy.mode) {
    case ProxyConfig::Mode::None:
        return true;
    case ProxyConfig::Mode::Manual:
        return false;
    case ProxyConfig::Mode::Application:
    case ProxyConfig::Mode::System:
        break;
    }
    // What a socket with the default proxy would use: the application's proxy or factory, else the system's.
    const QList<QNetworkProxy> route = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return route.isEmpty() || route.first().type() == QNetworkProxy::NoProxy;
}

KeepAliveConnection* HttpClient::directConnectionFor(const HttpRequest& request, const QUrl& url)
{
    if (!keepAliveGets() || request.method != "GET" || !request.body.isEmpty())
        return nullptr;
    if (!sameOrigin(url, m_config.baseUrl) || (m_keepAlive && m_keepAlive->busy()) || !goesDirect(url))
        return nullptr;
    if (!m_keepAlive) {
        KeepAliveConnection::Target target;
        target.origin =
            url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        target.pinnedSha256 = m_config.pinnedSha256;
        target.connectMs = m_config.timeouts.connectMs;
        target.inactivityMs = m_config.timeouts.inactivityMs;
        target.maxBodyBytes = m_config.maxResponseBytes;
        m_keepAlive = new KeepAliveConnection(target, this);
    }
    return m_keepAlive;
}

void HttpClient::setSecret(const QString& secret)
{
    m_config.auth.secret = secret;
    registerSecret();
}

QString HttpClient::hostLabel() const
{
    const QString host = m_config.baseUrl.host();
    return host.isEmpty() ? QCoreApplication::translate("kontor::net::HttpClient", "The service") : host;
}

HttpCall* HttpClient::send(HttpRequest request)
{
    auto* call = new HttpCall(this, std::move(request));
    ++m_inFlight;
    emit activityChanged(m_inFlight);
    // Start from the event loop so a caller can connect to finished() first, and so no answer, not even an
    // immediate refusal, arrives before send() has returned.
    QMetaObject::invokeMethod(call, &HttpCall::start, Qt::QueuedConnection);
    return call;
}

HttpCall* HttpClient::send(HttpRequest request, QObject* context, Done done)
{
    HttpCall* call = send(std::move(request));
    connect(call, &HttpCall::finished, context ? context : this, [call, done = std::move(done)] {
        if (done)
            done(call->response(), call->error());
    });
    return call;
}

} // namespace kontor::net
