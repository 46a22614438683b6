#include "net/HttpTypes.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace kontor::net {

HttpRequest HttpRequest::get(QString path)
{
    HttpRequest r;
    r.method = "GET";
    r.path = std::move(path);
    return r;
}

HttpRequest HttpRequest::post(QString path)
{
    HttpRequest r;
    r.method = "POST";
    r.path = std::move(path);
    return r;
}

HttpRequest& HttpRequest::addQuery(const QString& key, const QString& value)
{
    query.append({key, value});
    return *this;
}

HttpRequest& HttpRequest::setForm(const QList<QPair<QString, QString>>& fields)
{
    body = formEncode(fields);
    contentType = "application/x-www-form-urlencoded";
    return *this;
}

HttpRequest& HttpRequest::setJson(QByteArray json)
{
    body = std::move(json);
    contentType = "application/json; charset=utf-8";
    return *this;
}

HttpRequest& HttpRequest::setXml(QByteArray xml)
{
    body = std::move(xml);
    contentType = "application/xml; charset=utf-8";
    return *this;
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

QByteArray formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        // toPercentEncoding leaves only unreserved characters (A-Z a-z 0-9 - . _ ~) as they are.
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray normalizeSha256(const QString& text)
{
    QByteArray out;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return {};
        out += l;
    }
    return out.size() == 64 ? out : QByteArray();
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const QString scheme = a.scheme().toLower();
    if (scheme != b.scheme().toLower())
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort) == b.port(defaultPort);
}

bool isLoopbackHost(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

QUrl joinUrl(const QUrl& base, const QString& path, const QList<QPair<QString, QString>>& query)
{
    QUrl url = base;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    url.setPath(basePath + rel);
    if (!query.isEmpty()) {
        // Build the query by hand: QUrlQuery leaves '+' alone, which servers read as a space.
        QByteArray q;
        for (const auto& [key, value] : query) {
            if (!q.isEmpty())
                q += '&';
            q += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    }
    return url;
}

} // namespace kontor::net

namespace kontor::net {

bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    qsizetype i = 0;
    if (body.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
        ++i;
    const QByteArray head = body.mid(i, 32).toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") ||
           head.startsWith("<body");
}

} // namespace kontor::net
