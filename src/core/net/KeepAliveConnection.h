#pragma once
// KeepAliveConnection: one HTTP/1.1 connection that HttpClient keeps open to its profile's own scheme, host and
// port and sends its GETs over, one at a time, without QNetworkAccessManager. QNAM (Qt 6.4) hands every request
// to its own HTTP thread and back through queued signals, and leaves Nagle's algorithm on: reading 2,256 pages of
// orders one after another took 1.7x what curl takes over one connection, before Kontor did anything with the
// pages (bench/orders_paging, "bare QNetworkAccessManager"). This connection writes the request at once with
// TCP_NODELAY and reads the answer on the caller's thread (docs/architecture.md, "Reading every page").
// It is only a transport: HttpCall decides when to use it (a GET whose route needs no proxy), classifies what
// came back exactly as it does QNAM's replies, retries, logs and redacts. TLS is verified as QNAM does, with the
// profile's pinned certificate as the one exception (net/TlsPin). It never follows anything elsewhere: a redirect
// is handed back to HttpCall like any answer.

#include "Result.h"
#include "net/Http1Reader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

class QTcpSocket;
class QSslError;

namespace kontor::net {

struct KeepAliveOutcome
{
    enum class Failure {
        None,         // a complete answer (any status)
        Timeout,      // no connection within the connect timeout, or no byte within the inactivity timeout
        Refused,      // connection refused
        HostNotFound, // the name does not resolve
        Tls,          // the handshake failed (certificate below when one failed verification)
        Closed,       // the connection closed or broke before the answer was complete
        Malformed,    // bytes that are not an HTTP/1.x answer
        TooLarge,     // the answer is announced or grows above the cap
    };
    Failure failure = Failure::None;
    QString reason; // Qt's words or the reader's problem, for the log detail
    int status = 0;
    Http1Reader::Headers headers;
    QByteArray contentType;
    QByteArray body;
    qint64 announced = -1; // Content-Length, -1 when none
    bool encoded = false;  // a Content-Encoding other than identity
    std::optional<PeerCertificate> certificate;
};

class KeepAliveConnection : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QUrl origin; // scheme, host and port; the path is the request's
        QByteArray pinnedSha256;
        int connectMs = 10'000;
        int inactivityMs = 30'000;
        qint64 maxBodyBytes = 64LL * 1024 * 1024;
    };
    explicit KeepAliveConnection(Target target, QObject* parent = nullptr);
    ~KeepAliveConnection() override;

    using Done = std::function<void(KeepAliveOutcome&)>;
    // Sends "GET `target`" with `headers` (Host and Connection are added). `done` runs once, from the event loop,
    // unless abort() comes first.
    void get(const QByteArray& target, const Http1Reader::Headers& headers, Done done);
    // Drops the request under way and the connection; `done` is not called.
    void abort();
    bool busy() const { return static_cast<bool>(m_done); }

    // How long an idle connection is trusted before a fresh one is opened: servers close idle connections, and
    // a request racing that close would be lost (it is then sent once more on a fresh connection, being a GET).
    static constexpr int kReuseIdleMs = 4'000;

private:
    void connectSocket();
    void onConnected();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onSslErrors(const QList<QSslError>& errors);
    void onTimeout();
    void finish(KeepAliveOutcome::Failure failure, const QString& reason);
    void dropSocket();

    Target m_target;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer; // connect, then inactivity
    QElapsedTimer m_idle;
    bool m_connected = false;
    std::optional<KeepAliveOutcome> m_tlsFailure; // the certificate that failed verification, until the error

    QByteArray m_request; // the whole request, kept for the one re-send on a stale connection
    Done m_done;
    bool m_reused = false; // the request went out on a connection that had carried one before
    bool m_resent = false; // it has been sent once more already
    qint64 m_received = 0; // bytes of the answer so far
    QByteArray m_in;
    Http1Reader m_reader;
    KeepAliveOutcome m_outcome;
};

} // namespace kontor::net
