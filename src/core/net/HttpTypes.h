#pragma once
// Plain value types of the HTTP layer: how a client authenticates, how long it waits, how it retries,
// and what one request and one response are. Service clients fill these; HttpClient carries them out.

#include "net/ProxyConfig.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace kontor::net {

enum class AuthKind { None, Basic, Bearer, Header };

struct AuthConfig
{
    AuthKind kind = AuthKind::None;
    QString user;          // Basic only
    QString secret;        // password, API key or token; never logged
    QByteArray headerName; // Header only, e.g. "X-Api-Key"
};

struct Timeouts
{
    int connectMs = 10'000;    // until the request has been sent
    int inactivityMs = 30'000; // no byte moved in either direction
    int totalMs = 120'000;     // whole call including every retry
};

struct ClientConfig
{
    QUrl baseUrl; // may carry a path prefix: https://host/shop/ + "api/order/" = https://host/shop/api/order/
    AuthConfig auth;
    Timeouts timeouts;
    RetryPolicy retry;
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    bool allowInsecureHttp = false; // plain http:// to a non-loopback host
    // The profile cannot work without a secret: with none, every request is refused before it is sent
    // (a Basic sign-in with an empty password still counts toward Printlounge's lock-out).
    bool secretRequired = false;
    // SHA-256 of a certificate the person trusts for this profile (lower-case hex, no colons); empty for
    // none. Only a server presenting exactly this certificate is accepted despite verification errors.
    QByteArray pinnedSha256;
    // The profile's own proxy (none or manual) or, by default, the application's (see ProxyConfig).
    ProxyConfig proxy;
    // The profile's name as people know it, for the request log (the inspector's Profile column, --trace).
    QString displayName;
};

// "AB:cd:01 ..." -> "abcd01": the canonical form of a SHA-256 fingerprint; empty when `text` is not 64
// hex digits once colons and spaces are gone.
QByteArray normalizeSha256(const QString& text);

// True when both URLs name the same scheme, host and port (default ports filled in).
bool sameOrigin(const QUrl& a, const QUrl& b);

enum class Expect { Any, Json, Xml };

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // relative to the base URL, e.g. "api/order/" (a leading '/' is ignored)
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    Expect expect = Expect::Any;
    std::optional<bool> idempotent; // unset: GET, HEAD, PUT, DELETE, OPTIONS are; POST, PATCH are not

    static HttpRequest get(QString path);
    static HttpRequest post(QString path);

    HttpRequest& addQuery(const QString& key, const QString& value);
    // application/x-www-form-urlencoded with every reserved byte percent-encoded ('+', '/', '=' too).
    HttpRequest& setForm(const QList<QPair<QString, QString>>& fields);
    HttpRequest& setJson(QByteArray json);
    HttpRequest& setXml(QByteArray xml);
    HttpRequest& setExpect(Expect e)
    {
        expect = e;
        return *this;
    }
    HttpRequest& setIdempotent(bool v)
    {
        idempotent = v;
        return *this;
    }

    bool isIdempotent() const;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl url; // as requested; redact before showing
    int attempts = 0;
};

// Percent-encodes every byte outside [A-Za-z0-9-._~], so base64's '+', '/' and '=' survive a form body.
QByteArray formEncode(const QList<QPair<QString, QString>>& fields);

// True when the body is an HTML page (by content type or by its first tag), e.g. a maintenance page.
bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType);

// True when `url` points to a loopback address (127.0.0.0/8, ::1, "localhost").
bool isLoopbackHost(const QUrl& url);

// Joins a base URL (which may carry a path prefix) and a relative path.
QUrl joinUrl(const QUrl& base, const QString& path, const QList<QPair<QString, QString>>& query = {});

} // namespace kontor::net
