#include "net/RequestLine.h"

#include <QUrl>

namespace kontor::net {

bool isTls(const QUrl& url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

int defaultPort(const QUrl& url)
{
    return isTls(url) ? 443 : 80;
}

QByteArray requestTarget(const QUrl& url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    return target;
}

QByteArray hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port(-1);
    if (port != -1 && port != defaultPort(url))
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace kontor::net
