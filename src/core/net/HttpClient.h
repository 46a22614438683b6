#pragma once
// HttpClient: the one HTTP layer every service client uses. It owns the base URL, authentication,
// timeouts (connect, inactivity, total deadline), retries with backoff for idempotent requests, the
// response size cap, HTML-where-data-was-expected detection, the plain-http refusal and redaction of
// every text it produces. Each request becomes an HttpCall that reports exactly once.

#include "Result.h"
#include "net/HttpTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace kontor::net {

class HttpClient;
class KeepAliveConnection;
struct KeepAliveOutcome;

// One line of the request log, already redacted: what the request inspector shows.
struct RequestLogEntry
{
    QByteArray method;
    QString url; // redacted
    int status = 0;
    int attempts = 0;
    qint64 elapsedMs = 0;
    qint64 bytesReceived = 0;
    QString error; // redacted detail, empty on success
};

class HttpCall : public QObject
{
    Q_OBJECT
public:
    ~HttpCall() override;
    bool isFinished() const { return m_finished; }
    const HttpResponse& response() const { return m_response; }
    const Error& error() const { return m_error; }
    const HttpRequest& request() const { return m_request; }

    // Stops the call; finished() follows with a Cancelled error unless it has already been emitted.
    void abort();

signals:
    void finished();

private:
    friend class HttpClient;
    HttpCall(HttpClient* client, HttpRequest request);

    // What one attempt came to, whichever transport carried it: classify() turns it into the Error.
    struct Outcome
    {
        enum class Net { None, Timeout, Tls, Refused, HostNotFound, Closed, Proxy, ProxyAuth, Other };
        Net net = Net::None;
        QString reason; // the transport's words, for the detail
        int status = 0;
        qint64 announced = -1; // Content-Length, -1 when none
        bool encoded = false;  // a Content-Encoding: the body's size is not the announced one
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    void start();
    void startAttempt();
    Headers requestHeaders() const;
    void startQnam(const Headers& headers);
    void startDirect(KeepAliveConnection* connection, const QUrl& url, const Headers& headers);
    void onDirectFinished(KeepAliveOutcome& outcome);
    void dropTransport();
    void onReadyRead();
    void onReplyFinished();
    void onConnectTimeout();
    void onDeadline();
    void finishAttempt(Error error);
    void complete(Error error);
    Error classify(QNetworkReply* reply, int status);
    Error classify(const Outcome& outcome);
    void onRedirected(const QUrl& target);
    Error redirectRefusal(const QUrl& target) const;
    void onSslErrors(const QList<QSslError>& errors);
    void logStart(const QList<QPair<QByteArray, QByteArray>>& headers);

    HttpClient* m_client;
    HttpRequest m_request;
    HttpResponse m_response;
    Error m_error;
    QPointer<QNetworkReply> m_reply;
    QPointer<KeepAliveConnection> m_direct; // carrying the attempt under way, when it goes over the keep-alive path
    QUrl m_directUrl;                       // what it asked for (the request's URL, or where a redirect led)
    int m_redirects = 0;                    // followed in this attempt
    QTimer* m_connectTimer;
    QTimer* m_deadlineTimer;
    QTimer* m_retryTimer;
    QElapsedTimer m_elapsed;
    QByteArray m_buffer;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders; // of the last attempt, for the request log
    quint64 m_logId = 0;                                    // this call's entry in RequestLog, 0 until it is logged
    std::optional<PeerCertificate> m_certificate;           // the last certificate that failed verification
    int m_attempt = 0;
    bool m_finished = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    // Uses `nam` when given; otherwise the thread's shared manager (sharedNetworkAccess()), except for a
    // profile with a pinned certificate, which gets a manager of its own: QNAM reuses a connection by
    // host and port alone, so a connection accepted through one profile's pin must not serve another. A
    // profile with a proxy of its own (none or manual) gets its own manager for the same reason.
    explicit HttpClient(ClientConfig config, QObject* parent = nullptr, QNetworkAccessManager* nam = nullptr);
    ~HttpClient() override;

    const ClientConfig& config() const { return m_config; }
    void setSecret(const QString& secret); // also registers it with the Redactor

    // Starts the request now. The call is deleted by the client after finished() has been delivered.
    HttpCall* send(HttpRequest request);

    // Convenience: runs `done` when the call finishes, unless `context` has been destroyed by then.
    using Done = std::function<void(const HttpResponse&, const Error&)>;
    HttpCall* send(HttpRequest request, QObject* context, Done done);

    // The host as a person knows it ("shop.example.com"), for messages.
    QString hostLabel() const;

    // The test seam for time: a deterministic source of jitter (default: QRandomGenerator::global()).
    void setRandomSource(std::function<double()> unit) { m_random = std::move(unit); }

    // GETs to the profile's own origin that need no proxy go over one kept-alive connection of the client's own
    // (KeepAliveConnection) rather than QNetworkAccessManager: on by default; off with the environment variable
    // KONTOR_HTTP_TRANSPORT=qnam or for tests that exercise the QNAM path.
    static void setKeepAliveGets(bool on);
    static bool keepAliveGets();

signals:
    void requestLogged(const kontor::net::RequestLogEntry& entry);
    void activityChanged(int callsInFlight);

private:
    friend class HttpCall;
    void registerSecret() const;

    static bool ownsManager(const ClientConfig& config);
    // The keep-alive connection for this request, or nullptr when it must go through QNAM (not a GET, another
    // origin, a proxy on the route, a manager given by the caller, or the connection busy with another call).
    KeepAliveConnection* directConnectionFor(const HttpRequest& request, const QUrl& url);
    bool goesDirect(const QUrl& url) const;
    QNetworkAccessManager* m_nam;
    bool m_callerManager = false;
    KeepAliveConnection* m_keepAlive = nullptr;
    ClientConfig m_config;
    std::function<double()> m_random;
    int m_inFlight = 0;
};

} // namespace kontor::net

Q_DECLARE_METATYPE(kontor::net::RequestLogEntry)
