#include "faults/RedirectFault.h"

#include <QUrl>

namespace kontor::sandbox {

namespace {
constexpr char kMoved[] = "/moved";
constexpr qsizetype kMovedSize = sizeof(kMoved) - 1;
} // namespace

bool RedirectFault::isRedirectStatus(int status)
{
    switch (status) {
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        return true;
    default:
        return false;
    }
}

bool RedirectFault::isValidTarget(const QString& base)
{
    if (base.isEmpty())
        return true;
    const QUrl url(base, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && !url.hasQuery() && !url.hasFragment() && url.userInfo().isEmpty();
}

QByteArray RedirectFault::location(const QString& base, const QByteArray& target)
{
    QByteArray origin = base.toUtf8();
    while (origin.endsWith('/'))
        origin.chop(1);
    return origin + kMoved + target;
}

ServerResponse RedirectFault::answer(int status, const QByteArray& location)
{
    // A body like the one Apache sends, for clients that show it; the Location header is what counts.
    const QByteArray title = QByteArray::number(status) + ' ' + ServerResponse::reasonPhrase(status);
    const QByteArray href = QString::fromUtf8(location).toHtmlEscaped().toUtf8();
    ServerResponse r = ServerResponse::html(status, "<html><head><title>" + title +
                                                        "</title></head><body>\n"
                                                        "<p>The document has moved <a href=\"" +
                                                        href + "\">here</a>.</p>\n</body></html>\n");
    r.headers.append({QByteArrayLiteral("Location"), location});
    return r;
}

bool RedirectFault::isMoved(const ServerRequest& request)
{
    return request.rawPath.startsWith(QByteArray(kMoved) + '/');
}

ServerRequest RedirectFault::unmoved(const ServerRequest& request)
{
    ServerRequest r = request;
    r.target.remove(0, kMovedSize);
    r.rawPath.remove(0, kMovedSize);
    r.path = QString::fromUtf8(QByteArray::fromPercentEncoding(r.rawPath));
    return r;
}

} // namespace kontor::sandbox
