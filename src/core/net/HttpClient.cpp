#include "net/HttpClient.h"

#include "KontorVersion.h"
#include "Logging.h"
#include "net/NetworkAccess.h"
#include "net/Redactor.h"
#include "net/RequestLog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaObject>
#include <QNetworkAccessManager>
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
    const ClientConfig& cfg = m_client->config();
    ++m_attempt;
    m_buffer.clear();
    m_certificate.reset();
    m_tooLarge = false;
    m_timedOut = false;

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
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Kontor/" KONTOR_VERSION_STRING));
    req.setRawHeader("Accept", acceptFor(m_request.expect));
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    switch (cfg.auth.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Basic:
        req.setRawHeader("Authorization",
                         "Basic " + (cfg.auth.user + QLatin1Char(':') + cfg.auth.secret).toUtf8().toBase64());
        break;
    case AuthKind::Bearer:
        req.setRawHeader("Authorization", "Bearer " + cfg.auth.secret.toUtf8());
        break;
    case AuthKind::Header:
        if (!cfg.auth.headerName.isEmpty())
            req.setRawHeader(cfg.auth.headerName, cfg.auth.secret.toUtf8());
        break;
    }
    for (const auto& [name, value] : m_request.headers)
        req.setRawHeader(name, value);

    QNetworkReply* reply = nullptr;
    if (m_request.method == "GET" && m_request.body.isEmpty())
        reply = m_client->m_nam->get(req);
    else
        reply = m_client->m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply = reply;
    if (m_logId == 0) {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QByteArray& name : req.rawHeaderList())
            headers.append({name, req.rawHeader(name)});
        logStart(headers);
    }
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
    qCDebug(lcNet).noquote() << "attempt" << m_attempt << m_request.method << Redactor::redactUrl(m_response.url);
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
    finishAttempt(Error::make(Error::Kind::Redirect, message,
                              QStringLiteral("refused redirect from %1 to %2")
                                  .arg(Redactor::redactUrl(m_response.url), Redactor::redactUrl(target))));
}

void HttpCall::onSslErrors(const QList<QSslError>& errors)
{
    if (!m_reply)
        return;
    QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    for (const QSslError& e : errors) {
        if (peer.isNull() && !e.certificate().isNull())
            peer = e.certificate();
    }
    const QByteArray fingerprint = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256).toHex();
    const QByteArray& pin = m_client->config().pinnedSha256;
    // The pin vouches for one certificate only: every error must be about that certificate (or about none).
    const bool allAboutPeer = std::all_of(errors.cbegin(), errors.cend(), [&peer](const QSslError& e) {
        return e.certificate().isNull() || e.certificate() == peer;
    });
    if (!pin.isEmpty() && !fingerprint.isEmpty() && fingerprint == pin && allAboutPeer) {
        qCInfo(lcNet).noquote() << "accepting the pinned certificate of" << m_response.url.host();
        m_reply->ignoreSslErrors(errors);
        return;
    }
    PeerCertificate info;
    if (!peer.isNull()) {
        info.subject = peer.subjectDisplayName();
        info.issuer = peer.issuerDisplayName();
        info.notBefore = peer.effectiveDate();
        info.notAfter = peer.expiryDate();
        info.sha256 = QString::fromLatin1(fingerprint);
    }
    for (const QSslError& e : errors) {
        info.problems << e.errorString();
        qCWarning(lcNet) << "TLS problem with" << m_response.url.host() << ":" << e.errorString();
    }
    if (!pin.isEmpty() && fingerprint != pin)
        qCWarning(lcNet) << "the certificate of" << m_response.url.host() << "is not the one pinned in the profile";
    m_certificate = info;
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
    if (m_reply)
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
    const QString host = m_client->hostLabel();
    const QString where = Redactor::redactUrl(m_response.url);
    const QString reason = Redactor::redact(reply->errorString());
    const auto netError = reply->error();

    if (m_tooLarge) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The answer from %1 is larger than Kontor accepts (%2 MB). Narrow the request, "
                              "for example with a smaller page or a filter.")
                               .arg(host)
                               .arg(m_client->config().maxResponseBytes / (1024 * 1024)),
                           QStringLiteral("response above cap from %1").arg(where));
    }
    if (m_timedOut || (netError == QNetworkReply::OperationCanceledError && status == 0) ||
        netError == QNetworkReply::TimeoutError) {
        return Error::make(
            Error::Kind::Timeout,
            tr("%1 did not answer in time. Check your network connection, or try again later.").arg(host),
            QStringLiteral("timeout (%1) %2").arg(reason, where));
    }
    if (netError == QNetworkReply::SslHandshakeFailedError) {
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
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            message = tr("%1 refused the connection. Check the address and port in the profile, or whether the "
                         "service is running.")
                          .arg(host);
            break;
        case QNetworkReply::HostNotFoundError:
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
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (netError == QNetworkReply::RemoteHostClosedError ||
        (announced.isValid() && announced.toLongLong() > m_buffer.size() &&
         reply->rawHeader("Content-Encoding").isEmpty())) {
        return Error::make(Error::Kind::Network,
                           tr("The connection to %1 broke off before the answer was complete. Check your network "
                              "connection; if it keeps happening, the service may be having trouble.")
                               .arg(host),
                           QStringLiteral("truncated body (%1 of %2 bytes) from %3")
                               .arg(m_buffer.size())
                               .arg(announced.toLongLong())
                               .arg(where),
                           status);
    }
    if (netError != QNetworkReply::NoError) {
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
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
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
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    error.message = Redactor::redact(error.message);
    error.detail = Redactor::redact(error.detail);
    m_error = std::move(error);
    m_response.body = std::move(m_buffer);
    m_buffer.clear();
    m_response.attempts = m_attempt;

    RequestLogEntry entry;
    entry.method = m_request.method;
    entry.url = Redactor::redactUrl(m_response.url);
    entry.status = m_response.status;
    entry.attempts = m_attempt;
    entry.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    entry.bytesReceived = m_response.body.size();
    entry.error = m_error.detail;
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

HttpClient::~HttpClient() = default;

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
