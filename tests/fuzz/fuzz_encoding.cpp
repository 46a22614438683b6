// Form and URL encoding, the auth kind of a profile, and the HTML sniffer. The input is split at 0xFF bytes:
// the first field is a request path (and an auth kind, and a body to sniff), the rest are key/value pairs
// for a form body and for a query.
#include "FuzzSupport.h"
#include "net/HttpTypes.h"
#include "profile/Profile.h"

#include <QUrl>

using namespace kontor;

namespace {

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

// `encoded` is key=value&key=value with every reserved byte percent-encoded: it splits back into exactly the
// fields, each decoding to its UTF-8.
void requireEncodes(const QByteArray& encoded, const QList<QPair<QString, QString>>& fields, const char* what)
{
    for (const char c : encoded)
        fuzz::require(unreserved(c) || c == '%' || c == '=' || c == '&', what);
    if (fields.isEmpty()) {
        fuzz::require(encoded.isEmpty(), what);
        return;
    }
    const QList<QByteArray> pairs = encoded.split('&');
    fuzz::require(pairs.size() == fields.size(), what);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QList<QByteArray> kv = pairs[i].split('=');
        fuzz::require(kv.size() == 2, what);
        fuzz::require(QByteArray::fromPercentEncoding(kv[0]) == fields[i].first.toUtf8(), what);
        fuzz::require(QByteArray::fromPercentEncoding(kv[1]) == fields[i].second.toUtf8(), what);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<QByteArray> parts = fuzz::split(input);
    const QString path = QString::fromUtf8(parts[0]);
    QList<QPair<QString, QString>> fields;
    for (qsizetype i = 1; i + 1 < parts.size(); i += 2)
        fields.append({QString::fromUtf8(parts[i]), QString::fromUtf8(parts[i + 1])});

    requireEncodes(net::formEncode(fields), fields, "formEncode");

    static const QUrl bases[] = {QUrl(QStringLiteral("https://shop.example.com")),
                                 QUrl(QStringLiteral("https://shop.example.com/shop")),
                                 QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1/?old=1#part"))};
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    for (const QUrl& base : bases) {
        const QUrl url = net::joinUrl(base, path, fields);
        // The path arrives as given, under the base's prefix; a '%' in it is a percent sign.
        const QString prefix = base.path().endsWith(QLatin1Char('/')) ? base.path() : base.path() + QLatin1Char('/');
        fuzz::require(url.path(QUrl::FullyDecoded) == prefix + relative, "joinUrl: the path changed");
        // The path cannot reach into the query or the fragment, whatever it holds ('?', '#', "%3F").
        fuzz::require(url.fragment(QUrl::FullyEncoded) == base.fragment(QUrl::FullyEncoded),
                      "joinUrl: the path changed the fragment");
        if (fields.isEmpty()) {
            fuzz::require(url.query(QUrl::FullyEncoded) == base.query(QUrl::FullyEncoded),
                          "joinUrl: the path changed the query");
        } else {
            requireEncodes(url.query(QUrl::FullyEncoded).toLatin1(), fields, "joinUrl: query");
        }
        net::isLoopbackHost(url);
    }

    net::AuthKind kind = net::AuthKind::None;
    QByteArray header;
    if (parseAuthKind(path, &kind, &header)) {
        net::AuthKind again = net::AuthKind::None;
        QByteArray headerAgain;
        fuzz::require(parseAuthKind(authKindId(kind, header), &again, &headerAgain) && again == kind &&
                          headerAgain == header,
                      "parseAuthKind and authKindId do not round-trip");
    }

    net::isLoopbackHost(QUrl(path));
    net::looksLikeHtml(parts[0], parts.size() > 1 ? parts[1] : QByteArray());
    return 0;
}
