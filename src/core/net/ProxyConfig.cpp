#include "net/ProxyConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace kontor::net {

QString ProxyConfig::modeId(Mode mode)
{
    switch (mode) {
    case Mode::Application:
        return QStringLiteral("app");
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<ProxyConfig::Mode> ProxyConfig::modeFromId(const QString& id)
{
    for (Mode m : {Mode::Application, Mode::System, Mode::None, Mode::Manual}) {
        if (id.compare(modeId(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString ProxyConfig::typeId(Type type)
{
    return type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
}

std::optional<ProxyConfig::Type> ProxyConfig::typeFromId(const QString& id)
{
    if (id.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return Type::Http;
    if (id.compare(QLatin1String("socks5"), Qt::CaseInsensitive) == 0)
        return Type::Socks5;
    return std::nullopt;
}

QNetworkProxy ProxyConfig::toQNetworkProxy() const
{
    switch (mode) {
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual:
        return QNetworkProxy(type == Type::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, host,
                             static_cast<quint16>(port), user, password);
    case Mode::Application:
    case Mode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

QString ProxyConfig::hostProblem(const QString& host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return QCoreApplication::translate("kontor::net::ProxyConfig", "Enter the proxy's host name or address.");
    if (h.contains(QLatin1Char(' ')) || h.contains(QLatin1Char('/')) || h.contains(QLatin1Char('@')) ||
        QUrl::fromUserInput(h).host().isEmpty())
        return QCoreApplication::translate("kontor::net::ProxyConfig",
                                           "This is not a host name or address (no spaces, slashes or @).");
    return {};
}

QString ProxyConfig::portProblem(const QString& port)
{
    bool ok = false;
    const int n = port.trimmed().toInt(&ok);
    if (!ok || n < 1 || n > 65535)
        return QCoreApplication::translate("kontor::net::ProxyConfig", "The port is a number from 1 to 65535.");
    return {};
}

QStringList ProxyConfig::validate() const
{
    QStringList problems;
    if (mode != Mode::Manual)
        return problems;
    if (const QString p = hostProblem(host); !p.isEmpty())
        problems << p;
    if (const QString p = portProblem(QString::number(port)); !p.isEmpty())
        problems << p;
    return problems;
}

QString ProxyConfig::displayText() const
{
    if (mode != Mode::Manual)
        return modeId(mode);
    QUrl url;
    url.setScheme(typeId(type));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    return url.toString(QUrl::RemovePassword);
}

std::optional<ProxyConfig> ProxyConfig::fromText(const QString& text)
{
    const QString t = text.trimmed();
    ProxyConfig p;
    if (t.compare(QLatin1String("direct"), Qt::CaseInsensitive) == 0) {
        p.mode = Mode::None;
        return p;
    }
    if (auto m = modeFromId(t); m && *m != Mode::Manual) {
        p.mode = *m;
        return p;
    }
    const QUrl url(t, QUrl::StrictMode);
    const auto type = typeFromId(url.scheme());
    if (!url.isValid() || !type || url.host().isEmpty() || url.port() < 1 || !url.password().isEmpty() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return std::nullopt;
    p.mode = Mode::Manual;
    p.type = *type;
    p.host = url.host();
    p.port = url.port();
    p.user = url.userName();
    return p;
}

bool operator==(const ProxyConfig& a, const ProxyConfig& b)
{
    return a.mode == b.mode && a.type == b.type && a.host == b.host && a.port == b.port && a.user == b.user &&
           a.password == b.password;
}

QList<QNetworkProxy> ManualProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const QString host = query.peerHostName();
    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        (address.setAddress(host) && address.isLoopback()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    // A server socket (QTcpServer) cannot listen through an HTTP proxy; NoProxy lets it bind.
    if (query.queryType() == QNetworkProxyQuery::TcpServer)
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return {m_proxy};
}

void applyApplicationProxy(const ProxyConfig& proxy)
{
    switch (proxy.mode) {
    case ProxyConfig::Mode::Manual:
        QNetworkProxyFactory::setApplicationProxyFactory(new ManualProxyFactory(proxy.toQNetworkProxy()));
        break;
    case ProxyConfig::Mode::None:
        QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxyConfig::Mode::System:
    case ProxyConfig::Mode::Application:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    }
}

} // namespace kontor::net
