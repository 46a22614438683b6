#pragma once
// How Kontor reaches the shops through a proxy. The application has one setting (system, none or manual);
// a profile may override it (none or manual) or use the application's, the default. The password is held
// only while running: it lives in the keychain (SecretStore), never in an ini or profiles.json, and
// displayText() never shows it.

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>
#include <QStringList>
#include <optional>

namespace kontor::net {

struct ProxyConfig
{
    enum class Mode {
        Application, // a profile: whatever the application uses (the default)
        System,      // the desktop's or the environment's proxy settings
        None,        // connect directly
        Manual,      // the host and port below
    };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::Application;
    Type type = Type::Http;
    QString host;
    int port = 0;
    QString user;
    QString password; // runtime only; never serialised

    // True when a client must use its own manager instead of the thread's shared one.
    bool overridesApplication() const { return mode == Mode::None || mode == Mode::Manual; }
    // NoProxy, the manual proxy, or DefaultProxy (Application, System: the application's setting decides).
    QNetworkProxy toQNetworkProxy() const;
    // One sentence per problem of a manual proxy (host, port); empty otherwise.
    QStringList validate() const;
    // "app", "system", "none", "http://host:port", "socks5://user@host:port": never the password.
    QString displayText() const;
    // Reads what displayText() writes (and "direct" for none); nullopt when it is none of them.
    static std::optional<ProxyConfig> fromText(const QString& text);

    static QString modeId(Mode mode);
    static std::optional<Mode> modeFromId(const QString& id);
    static QString typeId(Type type);
    static std::optional<Type> typeFromId(const QString& id);
    // A problem with `host` as typed ("" when fine) and with `port` text: for the form's inline errors.
    static QString hostProblem(const QString& host);
    static QString portProblem(const QString& port);
};

bool operator==(const ProxyConfig& a, const ProxyConfig& b);
inline bool operator!=(const ProxyConfig& a, const ProxyConfig& b)
{
    return !(a == b);
}

// The application proxy for every socket and manager that does not name its own: System asks the desktop,
// None connects directly, Manual uses the proxy for every host except loopback (the demo's built-in
// simulator and local test servers are always reached directly).
void applyApplicationProxy(const ProxyConfig& proxy);

// The factory applyApplicationProxy() installs for a manual proxy; public for tests.
class ManualProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ManualProxyFactory(QNetworkProxy proxy)
        : m_proxy(std::move(proxy))
    {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

private:
    QNetworkProxy m_proxy;
};

} // namespace kontor::net
