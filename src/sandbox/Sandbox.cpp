#include "Sandbox.h"

#include "AdminEndpoint.h"
#include "ServiceEndpoint.h"
#include "common/SandboxLogging.h"
#include "faults/FaultInjector.h"
#include "faults/TrapEndpoint.h"
#include "htk/HtkService.h"
#include "http/HttpServer.h"
#include "http/SelfSignedCertificate.h"
#include "printlounge/PrintloungeService.h"
#include "virtpos/VirtposService.h"
#include "webshippy/WebshippyService.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>
#include <array>

namespace kontor::sandbox {

namespace {
const char* const kServices[] = {"htk", "printlounge", "virtpos", "webshippy"};
constexpr int kServiceCount = 4;
} // namespace

struct Sandbox::Private
{
    SandboxOptions options;
    FaultInjector faults;
    std::array<std::unique_ptr<SandboxService>, kServiceCount> services;
    std::array<std::unique_ptr<ServiceEndpoint>, kServiceCount> endpoints;
    std::unique_ptr<AdminEndpoint> admin;
    std::array<std::unique_ptr<HttpServer>, kServiceCount + 1> servers; // the last one is admin
    TrapEndpoint trap;
    std::unique_ptr<HttpServer> trapServer; // null when 127.0.0.2 could not be bound
    SelfSignedCertificate identity;         // TLS mode: made at the first start, kept across restarts
    bool running = false;

    bool prepareTls(QString* error);
    void startTrap();
    QString origin(int service) const;

    std::unique_ptr<SandboxService> makeService(int index) const
    {
        switch (index) {
        case 0:
            return std::make_unique<HtkService>(options);
        case 1:
            return std::make_unique<PrintloungeService>(options);
        case 2:
            return std::make_unique<VirtposService>(options);
        default:
            return std::make_unique<WebshippyService>(options);
        }
    }
};

Sandbox::Sandbox(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->faults = FaultInjector(d->options.seed);
    d->faults.setOptions(d->options.faults);
    d->admin = std::make_unique<AdminEndpoint>(this);
    for (int i = 0; i < kServiceCount; ++i) {
        d->services[i] = d->makeService(i);
        d->endpoints[i] = std::make_unique<ServiceEndpoint>(d->services[i].get(), &d->faults, d->options.basePath);
    }
}

Sandbox::~Sandbox()
{
    stop();
}

QStringList Sandbox::serviceNames()
{
    QStringList names;
    for (const char* s : kServices)
        names << QLatin1String(s);
    return names;
}

bool Sandbox::start(QString* error)
{
    if (d->running)
        return true;
    if (!d->prepareTls(error))
        return false;
    for (int i = 0; i <= kServiceCount; ++i) {
        HttpDispatcher* dispatcher = i < kServiceCount ? static_cast<HttpDispatcher*>(d->endpoints[i].get())
                                                       : static_cast<HttpDispatcher*>(d->admin.get());
        d->servers[i] = std::make_unique<HttpServer>(dispatcher);
        if (i < kServiceCount && d->options.tls) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(d->identity.certificate());
            tls.setPrivateKey(d->identity.privateKey());
            tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
            d->servers[i]->setTlsConfiguration(tls);
        }
        const quint16 port = d->options.port == 0 ? 0 : static_cast<quint16>(d->options.port + i);
        QString reason;
        if (!d->servers[i]->listen(QHostAddress::LocalHost, port, &reason)) {
            if (error) {
                *error = tr("Could not listen on 127.0.0.1:%1 for %2: %3")
                             .arg(port)
                             .arg(i < kServiceCount ? QLatin1String(kServices[i]) : QLatin1String("admin"), reason);
            }
            stop();
            return false;
        }
        if (i < kServiceCount)
            d->endpoints[i]->setOrigin(d->origin(i));
    }
    d->startTrap();
    d->running = true;
    qCInfo(lcSandbox).noquote() << "sandbox listening:" << endpointsJson();
    return true;
}

bool Sandbox::Private::prepareTls(QString* error)
{
    if (!options.tls || !identity.isNull())
        return true;
    QString reason;
    identity = SelfSignedCertificate::generate(&reason);
    if (identity.isNull()) {
        if (error)
            *error = Sandbox::tr("Could not make the TLS certificate: %1").arg(reason);
        return false;
    }
    return true;
}

QString Sandbox::Private::origin(int service) const
{
    const HttpServer* server = servers[service].get();
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(server->isTls() ? QLatin1String("https") : QLatin1String("http"))
        .arg(server->port());
}

void Sandbox::Private::startTrap()
{
    // Linux routes all of 127/8 to loopback, other systems may not: without a trap the sandbox still runs,
    // only the redirect-to-another-host tests lose their target.
    trapServer = std::make_unique<HttpServer>(&trap);
    QString reason;
    if (!trapServer->listen(QHostAddress(QStringLiteral("127.0.0.2")), 0, &reason)) {
        qCWarning(lcSandbox).noquote() << "no trap host: could not listen on 127.0.0.2:" << reason;
        trapServer.reset();
    }
}

void Sandbox::stop()
{
    for (auto& server : d->servers) {
        if (server)
            server->close();
        server.reset();
    }
    if (d->trapServer)
        d->trapServer->close();
    d->trapServer.reset();
    d->running = false;
}

bool Sandbox::isRunning() const
{
    return d->running;
}

QUrl Sandbox::url(const QString& service) const
{
    if (service == QLatin1String("trap")) {
        if (!d->trapServer || !d->trapServer->isListening())
            return {};
        return QUrl(QStringLiteral("http://127.0.0.2:%1").arg(d->trapServer->port()));
    }
    const int index = serviceNames().indexOf(service);
    const int slot = service == QLatin1String("admin") ? kServiceCount : index;
    if (slot < 0 || !d->servers[slot] || !d->servers[slot]->isListening())
        return {};
    QString base = d->origin(slot);
    if (slot < kServiceCount && !d->options.basePath.isEmpty()) {
        QString path = d->options.basePath;
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        base += path;
    }
    return QUrl(base);
}

QByteArray Sandbox::endpointsJson() const
{
    QJsonObject o;
    QStringList names = serviceNames();
    names << QStringLiteral("admin") << QStringLiteral("trap");
    for (const QString& name : names)
        o.insert(name, url(name).toString());
    if (!certificateSha256().isEmpty())
        o.insert(QStringLiteral("certSha256"), certificateSha256());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray Sandbox::certificatePem() const
{
    return d->options.tls ? d->identity.certificate().toPem() : QByteArray();
}

QString Sandbox::certificateSha256() const
{
    if (!d->options.tls || d->identity.isNull())
        return {};
    return QString::fromLatin1(d->identity.certificate().digest(QCryptographicHash::Sha256).toHex());
}

QJsonObject Sandbox::counters() const
{
    QJsonObject all;
    for (int i = 0; i < kServiceCount; ++i) {
        QJsonObject service = d->services[i]->counters();
        service.insert(QStringLiteral("requests"), d->endpoints[i]->counters().toJson());
        all.insert(QLatin1String(kServices[i]), service);
    }
    return all;
}

void Sandbox::resetCounters()
{
    for (int i = 0; i < kServiceCount; ++i) {
        d->services[i]->resetCounters();
        d->endpoints[i]->counters().clear();
    }
}

void Sandbox::resetData()
{
    for (int i = 0; i < kServiceCount; ++i) {
        auto fresh = d->makeService(i);
        d->endpoints[i]->setService(fresh.get());
        d->services[i] = std::move(fresh);
    }
}

QJsonArray Sandbox::trapRequests() const
{
    return d->trap.requests();
}

void Sandbox::clearTrapRequests()
{
    d->trap.clear();
}

void Sandbox::setFaults(const FaultOptions& faults)
{
    d->options.faults = faults;
    d->faults.setOptions(faults);
}

const SandboxOptions& Sandbox::options() const
{
    return d->options;
}

} // namespace kontor::sandbox
