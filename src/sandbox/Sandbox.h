#pragma once
// kontor-sandbox: a loopback simulator of the four shop services (htk, printlounge, virtpos, webshippy)
// with seeded multilingual data and fault injection. Used in-process by tests, benchmarks and the app's
// demo mode, and by the kontor-sandbox executable. Each service listens on its own 127.0.0.1 port, plus
// an admin port (GET /counters, POST /reset, GET|POST /faults, GET /endpoints, GET /trap) that faults
// never touch, plus the trap host on 127.0.0.2 that a redirect fault can point at.
// Everything runs in the thread that owns the Sandbox object.

#include "SandboxOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace kontor::sandbox {

class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options = {}, QObject* parent = nullptr);
    ~Sandbox() override;

    bool start(QString* error = nullptr);
    void stop();
    bool isRunning() const;

    // "htk", "printlounge", "virtpos", "webshippy" -> http://127.0.0.1:PORT + basePath (https in TLS
    // mode); "admin" -> http, without basePath; "trap" -> http://127.0.0.2:PORT (empty when 127.0.0.2 could
    // not be bound). Empty before start().
    QUrl url(const QString& service) const;
    // One line: {"admin":"http://127.0.0.1:P","htk":"http://127.0.0.1:P",...,"trap":"http://127.0.0.2:P"},
    // in TLS mode also "certSha256".
    QByteArray endpointsJson() const;

    // TLS mode only, after start(): the certificate the service ports present, as PEM, and the lower-case hex
    // SHA-256 of its DER (what `openssl x509 -fingerprint -sha256` shows, without colons). Empty otherwise.
    QByteArray certificatePem() const;
    QString certificateSha256() const;

    // What the trap host received, oldest first: [{"method", "target", "headers": {lower-case name:
    // value}, "body"}]. Holds whatever credentials a client carried there: never log it.
    QJsonArray trapRequests() const;
    void clearTrapRequests();

    // {"htk": {"requests": {"POST /omniseller/Tokenrequest.php": {"200": 3}}, "tokenRequests": 3}, ...}
    QJsonObject counters() const;
    void resetCounters();
    // Regenerates every service's data from the seed, undoing all writes (status changes, invoices...).
    void resetData();
    // Replaces the fault options and re-seeds the fault generator.
    void setFaults(const FaultOptions& faults);
    const SandboxOptions& options() const;

    static QStringList serviceNames(); // the four services, in port order

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kontor::sandbox
