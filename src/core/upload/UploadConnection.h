#pragma once
// UploadConnection: one HTTP/1.1 keep-alive connection of the upload engine, carrying one invoice request at a
// time. It exists because QNetworkAccessManager (Qt 6.4) cannot do three things this one job needs:
// - TCP_NODELAY: QNAM leaves Nagle's algorithm on, and a POST then waits about 40 ms for the server's delayed
//   ACK (docs/architecture.md, "Invoice uploads"); this connection sets QAbstractSocket::LowDelayOption.
// - No silent re-send: QNAM sends a POST again by itself when a kept-alive connection closes before the
//   answer. Here a request goes out once; the caller learns how far it got (not sent, partly, whole) and
//   decides (the engine settles a whole request without an answer by reading the transactions).
// - Streaming: the body comes from InvoiceRequestBody chunk by chunk as the socket drains, and the answer,
//   which echoes every file back in base64 (document 004), is read through AnswerEchoFilter, so neither a
//   whole request nor a whole echo is ever held.
// It keeps the profile's rules: only the profile's scheme, host and port (no redirect is followed), TLS verified
// or the profile's pinned certificate, timeouts for connecting and for no byte moving, a cap on the answer.

#include "Result.h"
#include "net/Http1Reader.h"
#include "profile/Profile.h"
#include "upload/InvoiceRequestBody.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;
class QSslError;

namespace kontor::upload {

// Drops the content of every fileInput value from an answer as it streams in (JSON "fileInput": "..." and XML
// <fileInput>...</fileInput>): the value becomes empty, everything else passes unchanged.
class AnswerEchoFilter
{
public:
    explicit AnswerEchoFilter(WireFormat format)
        : m_format(format)
    {}
    void feed(const char* data, qsizetype size, QByteArray* out);
    qint64 dropped() const { return m_dropped; }

private:
    enum class State { Copy, AfterKey, Dropping };
    WireFormat m_format;
    State m_state = State::Copy;
    qsizetype m_backslashes = 0; // backslashes at the end of the last piece, inside a dropped value
    qint64 m_dropped = 0;
};

struct UploadTarget
{
    QUrl url; // the action's whole URL
    QByteArray pinnedSha256;
    int connectMs = 10'000;
    int inactivityMs = 30'000;
    qint64 maxAnswerBytes = 16LL * 1024 * 1024; // after the echo is dropped
    WireFormat format = WireFormat::Json;
    QString hostLabel;   // the host as a person knows it, for messages
    QString profileName; // for the request log
    // The profile's own proxy, else the application's (a socket's DefaultProxy). An HTTP proxy is used as
    // a tunnel (CONNECT), for http:// and https:// alike, so the request goes out byte for byte as without.
    net::ProxyConfig proxy;
};

struct PostOutcome
{
    enum class Reach { NotSent, Partly, Whole }; // how much of the request left
    Reach reach = Reach::NotSent;
    int status = 0;
    QByteArray contentType;
    QByteArray body; // the answer without the echoed files
    qint64 answerBytes = 0;
    Error error; // set when no complete answer came
};

class UploadConnection : public QObject
{
    Q_OBJECT
public:
    UploadConnection(UploadTarget target, QObject* parent = nullptr);
    ~UploadConnection() override;

    using Done = std::function<void(const PostOutcome&)>;
    using Sent = std::function<void(qint64 bytes)>;
    // Sends `body` (prepared). `done` runs once, unless abort() comes first; `sent` reports body bytes written.
    void post(std::unique_ptr<InvoiceRequestBody> body, Done done, Sent sent = {});
    // Drops the request under way and the connection; `done` is not called. Returns how far it had got.
    PostOutcome::Reach abort();
    bool busy() const { return static_cast<bool>(m_done); }

    // How long a kept-alive connection may idle before the next request opens a fresh one: a server closes idle
    // connections, and a request racing that close would end without an answer.
    static constexpr int kReuseIdleMs = 4'000;

private:
    void connectSocket();
    void onConnected();
    void writeMore();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onSslErrors(const QList<QSslError>& errors);
    void onTimeout();
    void complete();
    void fail(Error error);
    void dropSocket();
    PostOutcome::Reach reach() const;
    Error networkError(const QString& detail) const;
    QList<QPair<QByteArray, QByteArray>> requestHeaders() const;
    void logEnd(const PostOutcome& outcome);

    UploadTarget m_target;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer; // connect, then inactivity
    QElapsedTimer m_idle;
    bool m_connected = false;
    bool m_mustClose = false;
    std::optional<QString> m_tlsProblem;

    std::unique_ptr<InvoiceRequestBody> m_body;
    Done m_done;
    Sent m_sent;
    qint64 m_written = 0; // bytes of head and body handed to the socket and written
    qint64 m_toWrite = 0; // head + body
    bool m_headSent = false;
    quint64 m_logId = 0;     // the request's entry in net::RequestLog
    QByteArray m_logBody;    // the body's beginning as written, for the log (never more than its excerpt)
    QElapsedTimer m_started; // since post()

    // The answer.
    QByteArray m_in;
    std::unique_ptr<AnswerEchoFilter> m_filter;
    PostOutcome m_outcome;
    net::Http1Reader m_reader;
};

} // namespace kontor::upload
