#include "profile/Profile.h"

#include "domain/OrderStatus.h"

#include <QCoreApplication>

namespace kontor {

QString serviceId(Service s)
{
    switch (s) {
    case Service::Htk:
        return QStringLiteral("htk");
    case Service::Printlounge:
        return QStringLiteral("printlounge");
    case Service::Virtpos:
        return QStringLiteral("virtpos");
    case Service::Webshippy:
        return QStringLiteral("webshippy");
    }
    return {};
}

std::optional<Service> serviceFromId(const QString& id)
{
    const QString v = id.trimmed().toLower();
    for (Service s : {Service::Htk, Service::Printlounge, Service::Virtpos, Service::Webshippy}) {
        if (serviceId(s) == v)
            return s;
    }
    return std::nullopt;
}

QString serviceDisplayName(Service s)
{
    switch (s) {
    case Service::Htk:
        return QStringLiteral("OmniSeller HTK");
    case Service::Printlounge:
        return QStringLiteral("Printlounge");
    case Service::Virtpos:
        return QStringLiteral("VirtualPOS");
    case Service::Webshippy:
        return QStringLiteral("Webshippy");
    }
    return {};
}

QStringList allServiceIds()
{
    return {QStringLiteral("htk"), QStringLiteral("printlounge"), QStringLiteral("virtpos"),
            QStringLiteral("webshippy")};
}

bool serviceHasFormats(Service s)
{
    return s == Service::Virtpos || s == Service::Webshippy;
}

QString formatId(WireFormat f)
{
    return f == WireFormat::Xml ? QStringLiteral("xml") : QStringLiteral("json");
}

std::optional<WireFormat> formatFromId(const QString& id)
{
    const QString v = id.trimmed().toLower();
    if (v == QLatin1String("json"))
        return WireFormat::Json;
    if (v == QLatin1String("xml"))
        return WireFormat::Xml;
    return std::nullopt;
}

QString authKindId(net::AuthKind kind, const QByteArray& headerName)
{
    switch (kind) {
    case net::AuthKind::None:
        return QStringLiteral("none");
    case net::AuthKind::Basic:
        return QStringLiteral("basic");
    case net::AuthKind::Bearer:
        return QStringLiteral("bearer");
    case net::AuthKind::Header:
        return QStringLiteral("header:") + QString::fromLatin1(headerName);
    }
    return {};
}

bool parseAuthKind(const QString& text, net::AuthKind* kind, QByteArray* headerName)
{
    const QString v = text.trimmed();
    QByteArray name;
    net::AuthKind k;
    if (v.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        k = net::AuthKind::None;
    } else if (v.compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0) {
        k = net::AuthKind::Basic;
    } else if (v.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0) {
        k = net::AuthKind::Bearer;
    } else if (v.startsWith(QLatin1String("header:"), Qt::CaseInsensitive)) {
        k = net::AuthKind::Header;
        name = v.mid(7).trimmed().toLatin1();
        // An HTTP header name is a token: letters, digits and a few punctuation marks.
        static const QByteArray allowed = "!#$%&'*+-.^_`|~";
        if (name.isEmpty())
            return false;
        for (char c : std::as_const(name)) {
            const bool ok =
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || allowed.contains(c);
            if (!ok)
                return false;
        }
    } else {
        return false;
    }
    if (kind)
        *kind = k;
    if (headerName)
        *headerName = name;
    return true;
}

namespace {
net::Timeouts g_defaultTimeouts;
} // namespace

void Profile::setDefaultTimeouts(const net::Timeouts& timeouts)
{
    g_defaultTimeouts = timeouts;
}

net::Timeouts Profile::defaultTimeouts()
{
    return g_defaultTimeouts;
}

Profile Profile::defaultsFor(Service s)
{
    Profile p;
    p.service = s;
    p.timeouts = g_defaultTimeouts;
    switch (s) {
    case Service::Htk:
        // The secret travels in the token request body; HTTP itself carries no credentials.
        p.authKind = net::AuthKind::None;
        break;
    case Service::Printlounge:
        p.authKind = net::AuthKind::Basic;
        break;
    case Service::Virtpos:
    case Service::Webshippy:
        // The key travels as the apikey parameter (virtpos) or inside the payload (webshippy).
        p.authKind = net::AuthKind::None;
        break;
    }
    p.format = WireFormat::Json;
    return p;
}

bool Profile::usesInsecureHttp() const
{
    return baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !net::isLoopbackHost(baseUrl);
}

bool Profile::needsSecret() const
{
    return service != Service::Printlounge || authKind != net::AuthKind::None;
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate("kontor::Profile", "Give the profile a name.");
    else if (name.size() > 80)
        problems << QCoreApplication::translate("kontor::Profile",
                                                "The profile name is too long (at most 80 characters).");
    const QString scheme = baseUrl.scheme().toLower();
    if (baseUrl.isEmpty())
        problems << QCoreApplication::translate("kontor::Profile",
                                                "Enter the service's address, for example https://shop.example.com.");
    else if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
             (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        problems << QCoreApplication::translate("kontor::Profile",
                                                "The address must start with https:// and name a server, for example "
                                                "https://shop.example.com.");
    else if (usesInsecureHttp() && !allowInsecureHttp)
        problems << QCoreApplication::translate(
            "kontor::Profile", "Plain http:// sends your password unprotected. Use https://, or allow insecure http "
                               "explicitly for this profile.");
    else if (!baseUrl.userInfo().isEmpty())
        problems << QCoreApplication::translate(
            "kontor::Profile", "Do not put a user name or password in the address; use the profile's fields instead.");
    if (authKind == net::AuthKind::Header && authHeaderName.trimmed().isEmpty())
        problems << QCoreApplication::translate("kontor::Profile",
                                                "Name the header that carries the key, for example X-Api-Key.");
    if (authKind == net::AuthKind::Basic && user.trimmed().isEmpty())
        problems << QCoreApplication::translate("kontor::Profile", "HTTP Basic sign-in needs a user name.");
    if (service == Service::Htk && user.trimmed().isEmpty())
        problems << QCoreApplication::translate("kontor::Profile", "OmniSeller needs the API user name.");
    if (!pinnedSha256.isEmpty() && net::normalizeSha256(QString::fromLatin1(pinnedSha256)) != pinnedSha256)
        problems << QCoreApplication::translate(
            "kontor::Profile", "The trusted certificate's fingerprint must be 64 hexadecimal digits (SHA-256).");
    if (timeouts.connectMs < 1000 || timeouts.inactivityMs < 1000 || timeouts.totalMs < timeouts.inactivityMs)
        problems << QCoreApplication::translate(
            "kontor::Profile", "The timeouts must be at least one second, and the total time at least as long as the "
                               "inactivity time.");
    return problems;
}

QString Profile::endpoint(const QString& key, const QString& fallback) const
{
    const QString v = endpoints.value(key).trimmed();
    return v.isEmpty() ? fallback : v;
}

net::ClientConfig Profile::clientConfig(const QString& secret) const
{
    net::ClientConfig c;
    c.baseUrl = baseUrl;
    c.auth.kind = authKind;
    c.auth.user = user;
    c.auth.secret = secret;
    c.auth.headerName = authHeaderName;
    c.timeouts = timeouts;
    c.allowInsecureHttp = allowInsecureHttp;
    c.secretRequired = needsSecret();
    c.pinnedSha256 = pinnedSha256;
    c.proxy = proxy;
    c.displayName = name;
    // VirtualPOS answers the whole order list in one answer, read as a stream: 100,000 orders are some 154 MB
    // of XML (bench/orders_paging). The other services page their lists and keep the common cap.
    if (service == Service::Virtpos)
        c.maxResponseBytes = 1024LL * 1024 * 1024;
    return c;
}

bool operator==(const Profile& a, const Profile& b)
{
    return a.id == b.id && a.name == b.name && a.service == b.service && a.baseUrl == b.baseUrl &&
           a.format == b.format && a.authKind == b.authKind && a.user == b.user &&
           a.authHeaderName == b.authHeaderName && a.endpoints == b.endpoints && a.statusNames == b.statusNames &&
           a.statusMethod == b.statusMethod && a.timeouts.connectMs == b.timeouts.connectMs &&
           a.timeouts.inactivityMs == b.timeouts.inactivityMs && a.timeouts.totalMs == b.timeouts.totalMs &&
           a.allowInsecureHttp == b.allowInsecureHttp && a.pinnedSha256 == b.pinnedSha256 && a.proxy == b.proxy &&
           a.demo == b.demo && a.storedJson == b.storedJson;
}

QString Profile::statusName(const QString& code) const
{
    return statusNames.value(code.trimmed()).trimmed();
}

QString Profile::statusLabel(const QString& code) const
{
    const QString named = statusName(code);
    if (named.isEmpty())
        return OrderStatus::displayText(code);
    //: An order status: the shop's name for it and its code, e.g. "In Bearbeitung (61)"
    return QCoreApplication::translate("kontor::Profile", "%1 (%2)").arg(named, code.trimmed());
}

} // namespace kontor
