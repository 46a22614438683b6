#include "upload/UploadConnection.h"

#include "Logging.h"
#include "net/OwnSocket.h"
#include "net/Redactor.h"
#include "net/RequestLine.h"
#include "net/RequestLog.h"
#include "net/TlsPin.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>
#include <cstring>

namespace kontor::upload {

namespace {

constexpr qint64 kWriteAhead = 1024 * 1024; // body bytes queued in the socket beyond what the kernel took
constexpr qint64 kWriteChunk = 256 * 1024;

} // namespace

// ---- AnswerEchoFilter ----

void AnswerEchoFilter::feed(const char* data, qsizetype size, QByteArray* out)
{
    static const QByteArray jsonKey = QByteArrayLiteral("\"fileInput\"");
    static const QByteArray xmlTag = QByteArrayLiteral("<fileInput>");
    qsizetype i = 0;
    while (i < size) {
        if (m_state == State::Dropping) {
            // Skip to the end of the value without copying: the bulk of an upload answer.
            qsizetype j = i;
            if (m_format == WireFormat::Xml) {
                const void* lt = std::memchr(data + i, '<', static_cast<size_t>(size - i));
                j = lt ? static_cast<const char*>(lt) - data : size;
                m_dropped += j - i;
                if (j < size)
                    m_state = State::Copy; // '<' is copied below
                i = j;
                continue;
            }
            // The value ends at the first '"' not escaped by an odd run of backslashes ("\/" is how PHP writes
            // '/'); the bulk is skipped with memchr.
            qsizetype from = j;
            bool pieceStart = true; // a run of backslashes may go on from the last piece
            for (;;) {
                const void* q = std::memchr(data + from, '"', static_cast<size_t>(size - from));
                const qsizetype end = q ? static_cast<const char*>(q) - data : size;
                qsizetype k = end;
                while (k > from && data[k - 1] == '\\')
                    --k;
                const qsizetype run = end - k + (k == from && pieceStart ? m_backslashes : 0);
                if (!q) {
                    m_backslashes = run;
                    j = size;
                    break;
                }
                m_backslashes = 0;
                if (run % 2 == 0) {
                    j = end;
                    m_state = State::Copy; // the closing quote is copied below
                    break;
                }
                from = end + 1; // an escaped quote: still inside the value
                pieceStart = false;
            }
            m_dropped += j - i;
            i = j;
            continue;
        }
        const char c = data[i++];
        out->append(c);
        if (m_state == State::AfterKey) {
            if (c == '"') {
                m_state = State::Dropping;
                m_backslashes = 0;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '\r' && c != '\n')
                m_state = State::Copy; // not a text value (null, a number): nothing to drop
            continue;
        }
        if (m_format == WireFormat::Json && c == '"' && out->endsWith(jsonKey))
            m_state = State::AfterKey;
        else if (m_format == WireFormat::Xml && c == '>' && out->endsWith(xmlTag))
            m_state = State::Dropping;
    }
}

// ---- UploadConnection ----

UploadConnection::UploadConnection(UploadTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UploadConnection::onTimeout);
}

UploadConnection::~UploadConnection()
{
    m_done = nullptr;
    dropSocket();
    if (m_logId != 0) {
        PostOutcome aborted;
        aborted.error = Error::make(Error::Kind::Cancelled,
                                    QCoreApplication::translate("kontor::net::HttpCall", "The request was cancelled."),
                                    QStringLiteral("cancelled by caller"));
        logEnd(aborted);
    }
}

void UploadConnection::post(std::unique_ptr<InvoiceRequestBody> body, Done done, Sent sent)
{
    Q_ASSERT(!busy());
    m_body = std::move(body);
    m_done = std::move(done);
    m_sent = std::move(sent);
    m_written = 0;
    m_headSent = false;
    m_in.clear();
    m_filter = std::make_unique<AnswerEchoFilter>(m_target.format);
    m_outcome = PostOutcome();
    m_reader.reset();
    m_mustClose = false;
    m_tlsProblem.reset();
    m_started.start();
    m_logBody.clear();
    {
        net::RequestLog::Start start;
        start.profile = m_target.profileName;
        start.method = "POST";
        start.url = m_target.url;
        start.headers = requestHeaders();
        start.bodyBytes = m_body ? m_body->size() : 0;
        m_logId = net::RequestLog::instance()->begin(start);
    }
    const bool reusable = m_socket && m_connected && m_socket->state() == QAbstractSocket::ConnectedState &&
                          m_idle.isValid() && m_idle.elapsed() < kReuseIdleMs;
    if (reusable) {
        onConnected();
        return;
    }
    dropSocket();
    connectSocket();
}

void UploadConnection::connectSocket()
{
    QTcpSocket* socket = net::newSocket(m_target.url, this);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, this, &UploadConnection::onSslErrors);
        connect(ssl, &QSslSocket::encrypted, this, &UploadConnection::onConnected);
    } else {
        connect(socket, &QTcpSocket::connected, this, &UploadConnection::onConnected);
    }
    if (m_target.proxy.overridesApplication())
        socket->setProxy(m_target.proxy.toQNetworkProxy());
    m_socket = socket;
    m_connected = false;
    connect(socket, &QTcpSocket::readyRead, this, &UploadConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
        if (!m_socket || !busy())
            return;
        m_written += n;
        if (m_sent)
            m_sent(n);
        if (m_target.inactivityMs > 0)
            m_timer.start(m_target.inactivityMs);
        writeMore();
    });
    connect(socket, &QTcpSocket::disconnected, this, &UploadConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &UploadConnection::onSocketError);
    if (m_target.connectMs > 0)
        m_timer.start(m_target.connectMs);
    net::openSocket(socket, m_target.url);
}

void UploadConnection::onConnected()
{
    if (!m_socket || !busy())
        return;
    m_connected = true;
    // The reason this class exists: without it each request's last segment waits for the server's delayed ACK.
    net::tuneSocket(m_socket);
    if (m_target.inactivityMs > 0)
        m_timer.start(m_target.inactivityMs);
    QByteArray head;
    head.reserve(512);
    head += "POST " + net::requestTarget(m_target.url) + " HTTP/1.1\r\n";
    for (const auto& [name, value] : requestHeaders())
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    m_toWrite = head.size() + m_body->size();
    m_socket->write(head);
    m_headSent = true;
    writeMore();
}

QList<QPair<QByteArray, QByteArray>> UploadConnection::requestHeaders() const
{
    return {
        {"Host", net::hostHeader(m_target.url)},
        {"User-Agent", "Kontor/" + QCoreApplication::applicationVersion().toUtf8()},
        {"Accept", m_target.format == WireFormat::Xml ? QByteArrayLiteral("application/xml, text/xml")
                                                      : QByteArrayLiteral("application/json")},
        {"Content-Type", "application/x-www-form-urlencoded"},
        {"Content-Length", QByteArray::number(m_body ? m_body->size() : 0)},
        {"Connection", "keep-alive"},
    };
}

void UploadConnection::logEnd(const PostOutcome& outcome)
{
    if (m_logId == 0)
        return;
    net::RequestLog::End end;
    end.status = outcome.status;
    end.durationMs = m_started.isValid() ? m_started.elapsed() : 0;
    end.body = outcome.body.left(net::RequestLog::kBodyExcerptBytes + 8 * 1024);
    end.bodyBytes = outcome.answerBytes;
    end.errorMessage = outcome.error.message;
    end.errorDetail = outcome.error.detail;
    end.requestBody = m_logBody;
    net::RequestLog::instance()->finish(m_logId, end);
    m_logId = 0;
    m_logBody.clear();
}

void UploadConnection::writeMore()
{
    if (!m_socket || !m_body || !m_headSent)
        return;
    while (!m_body->atEnd() && m_socket->bytesToWrite() < kWriteAhead) {
        Result<QByteArray> chunk = m_body->read(kWriteChunk);
        if (!chunk.ok()) {
            fail(chunk.error);
            return;
        }
        if (chunk.value.isEmpty())
            break;
        // The log keeps the body's beginning only: an upload body is megabytes of base64.
        constexpr qsizetype logBytes = net::RequestLog::kBodyExcerptBytes + 8 * 1024;
        if (m_logId != 0 && m_logBody.size() < logBytes)
            m_logBody += chunk.value.left(logBytes - m_logBody.size());
        m_socket->write(chunk.value);
    }
}

PostOutcome::Reach UploadConnection::reach() const
{
    if (m_written <= 0)
        return PostOutcome::Reach::NotSent;
    return m_written >= m_toWrite ? PostOutcome::Reach::Whole : PostOutcome::Reach::Partly;
}

void UploadConnection::onReadyRead()
{
    if (!m_socket)
        return;
    if (!busy()) {
        // Bytes nobody asked for on an idle connection: it can no longer be trusted to frame the next answer.
        m_socket->readAll();
        dropSocket();
        return;
    }
    const QByteArray data = m_socket->readAll();
    m_outcome.answerBytes += data.size();
    m_in += data;
    if (m_target.inactivityMs > 0)
        m_timer.start(m_target.inactivityMs);
    const net::Http1Reader::State state = m_reader.feed(
        m_in, [this](const char* bytes, qsizetype size) { m_filter->feed(bytes, size, &m_outcome.body); });
    if (state == net::Http1Reader::State::Broken) {
        fail(Error::make(
            Error::Kind::Malformed,
            QCoreApplication::translate("kontor::upload::UploadConnection", "%1 sent an answer Kontor cannot read.")
                .arg(m_target.hostLabel),
            m_reader.problem()));
        return;
    }
    if (state == net::Http1Reader::State::Head)
        return;
    m_outcome.status = m_reader.status();
    m_outcome.contentType = m_reader.contentType();
    if (m_outcome.body.size() > m_target.maxAnswerBytes) {
        fail(Error::make(Error::Kind::TooLarge,
                         QCoreApplication::translate("kontor::upload::UploadConnection",
                                                     "The answer from %1 is larger than Kontor accepts (%2 MB).")
                             .arg(m_target.hostLabel)
                             .arg(m_target.maxAnswerBytes / (1024 * 1024)),
                         QStringLiteral("upload answer above cap")));
        return;
    }
    if (state == net::Http1Reader::State::Done)
        complete();
}

void UploadConnection::complete()
{
    m_timer.stop();
    PostOutcome outcome = std::move(m_outcome);
    outcome.reach = reach();
    const bool keep = m_reader.keepAlive() && outcome.reach == PostOutcome::Reach::Whole && m_in.isEmpty();
    Done done = std::move(m_done);
    m_done = nullptr;
    m_sent = nullptr;
    m_body.reset();
    m_filter.reset();
    if (!keep)
        dropSocket();
    m_idle.start();
    logEnd(outcome);
    if (done)
        done(outcome);
}

void UploadConnection::fail(Error error)
{
    if (!busy())
        return;
    m_timer.stop();
    PostOutcome outcome = std::move(m_outcome);
    outcome.reach = reach();
    outcome.error = std::move(error);
    Done done = std::move(m_done);
    m_done = nullptr;
    m_sent = nullptr;
    m_body.reset();
    m_filter.reset();
    dropSocket();
    logEnd(outcome);
    if (done)
        done(outcome);
}

PostOutcome::Reach UploadConnection::abort()
{
    const PostOutcome::Reach r = reach();
    m_timer.stop();
    m_done = nullptr;
    m_sent = nullptr;
    m_body.reset();
    m_filter.reset();
    dropSocket();
    if (m_logId != 0) {
        PostOutcome aborted;
        aborted.error = Error::make(Error::Kind::Cancelled,
                                    QCoreApplication::translate("kontor::net::HttpCall", "The request was cancelled."),
                                    QStringLiteral("cancelled by caller"));
        logEnd(aborted);
    }
    return r;
}

void UploadConnection::dropSocket()
{
    m_connected = false;
    net::discardSocket(m_socket, this);
}

Error UploadConnection::networkError(const QString& detail) const
{
    const bool answering = m_outcome.answerBytes > 0;
    return Error::make(
        Error::Kind::Network,
        answering ? QCoreApplication::translate("kontor::upload::UploadConnection", "The answer from %1 was cut off.")
                        .arg(m_target.hostLabel)
                  : QCoreApplication::translate("kontor::upload::UploadConnection", "The connection to %1 was lost.")
                        .arg(m_target.hostLabel),
        net::Redactor::redact(detail));
}

void UploadConnection::onDisconnected()
{
    if (!busy()) {
        dropSocket();
        return;
    }
    if (m_reader.closed()) { // an answer that runs until the close
        complete();
        return;
    }
    fail(networkError(QStringLiteral("connection closed before the answer was complete")));
}

void UploadConnection::onSocketError()
{
    if (!m_socket)
        return;
    if (!busy()) {
        dropSocket();
        return;
    }
    const auto code = m_socket->error();
    const QString reason = m_socket->errorString();
    if (code == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    if (code == QAbstractSocket::SslHandshakeFailedError || m_tlsProblem) {
        fail(Error::make(Error::Kind::Tls,
                         QCoreApplication::translate(
                             "kontor::upload::UploadConnection",
                             "The secure connection to %1 could not be verified (%2). Kontor does not send invoices "
                             "to a server whose certificate it cannot check.")
                             .arg(m_target.hostLabel, m_tlsProblem.value_or(reason)),
                         QStringLiteral("TLS failure: %1").arg(m_tlsProblem.value_or(reason))));
        return;
    }
    if (!m_connected) {
        const bool refused = code == QAbstractSocket::ConnectionRefusedError;
        const bool unknown = code == QAbstractSocket::HostNotFoundError;
        fail(Error::make(
            Error::Kind::Network,
            refused ? QCoreApplication::translate("kontor::upload::UploadConnection", "%1 refused the connection.")
                          .arg(m_target.hostLabel)
            : unknown
                ? QCoreApplication::translate("kontor::upload::UploadConnection", "The server %1 could not be found.")
                      .arg(m_target.hostLabel)
                : QCoreApplication::translate("kontor::upload::UploadConnection",
                                              "Kontor could not connect to %1 (%2).")
                      .arg(m_target.hostLabel, reason),
            QStringLiteral("connect failed: %1").arg(reason)));
        return;
    }
    fail(networkError(reason));
}

void UploadConnection::onSslErrors(const QList<QSslError>& errors)
{
    auto* ssl = qobject_cast<QSslSocket*>(m_socket.data());
    if (!ssl)
        return;
    const net::TlsVerdict verdict = net::judgeCertificate(ssl->peerCertificate(), errors, m_target.pinnedSha256);
    if (verdict.accept) {
        ssl->ignoreSslErrors(errors);
        return;
    }
    m_tlsProblem = verdict.problems;
}

void UploadConnection::onTimeout()
{
    if (!busy()) {
        dropSocket();
        return;
    }
    fail(Error::make(
        Error::Kind::Timeout,
        m_connected
            ? QCoreApplication::translate("kontor::upload::UploadConnection", "%1 stopped answering.")
                  .arg(m_target.hostLabel)
            : QCoreApplication::translate("kontor::upload::UploadConnection", "%1 could not be reached in time.")
                  .arg(m_target.hostLabel),
        QStringLiteral("upload connection timeout")));
}

} // namespace kontor::upload
