#include "http/HttpConnection.h"

#include "common/SandboxLogging.h"

namespace kontor::sandbox {

static bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

static bool isToken(const QByteArray& s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

static bool parseDecimal(const QByteArray& s, qint64* out)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    qint64 v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

HttpConnection::HttpConnection(QTcpSocket* socket, HttpDispatcher* dispatcher, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_dispatcher(dispatcher)
{
    socket->setParent(this);
    m_delay.setSingleShot(true);
    m_delay.setTimerType(Qt::PreciseTimer); // a latency fault must never answer early
    connect(&m_delay, &QTimer::timeout, this, [this] { send(m_pending); });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    // A TLS socket is handed over when its handshake ends, possibly with the first request already decrypted.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Closed;
        m_delay.stop();
        emit closed();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState && m_state != State::Closed) {
            m_state = State::Closed;
            m_delay.stop();
            emit closed();
        }
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    m_delay.stop();
    m_state = State::Closed;
    if (m_socket)
        m_socket->abort();
}

qint64 HttpConnection::bodyLimit() const
{
    const qint64 configured = m_dispatcher->maxBodyBytes();
    return configured > 0 ? qMin(configured, kHardBodyCap) : kHardBodyCap;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_state == State::Closed)
        return;
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_processing)
        return; // an answer sent from inside the loop below; the loop picks up the next request itself
    m_processing = true;
    runSteps();
    m_processing = false;
}

void HttpConnection::runSteps()
{
    // Each step returns false when it needs more bytes (or the connection is done).
    for (;;) {
        switch (m_state) {
        case State::Head:
            if (!parseHead())
                return;
            break;
        case State::Body:
            if (!consumeBody())
                return;
            break;
        case State::ChunkSize:
        case State::ChunkData:
        case State::ChunkDataEnd:
        case State::ChunkTrailer:
            if (!consumeChunks())
                return;
            break;
        case State::Busy:
        case State::Closed:
            return;
        }
    }
}

bool HttpConnection::parseHead()
{
    // Tolerate blank lines between pipelined requests, as RFC 9112 allows.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeadBytes)
            failAndClose(431, "request head too large\n");
        return false;
    }
    if (end > kMaxHeadBytes) {
        failAndClose(431, "request head too large\n");
        return false;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');

    m_request = ServerRequest();
    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(0).size() > 20 || !parts.at(1).startsWith('/')) {
        failAndClose(400, "malformed request line\n");
        return false;
    }
    if (parts.at(2) == "HTTP/1.1") {
        m_request.httpMinor = 1;
    } else if (parts.at(2) == "HTTP/1.0") {
        m_request.httpMinor = 0;
    } else {
        failAndClose(parts.at(2).startsWith("HTTP/") ? 505 : 400, "unsupported protocol\n");
        return false;
    }
    m_request.method = parts.at(0);
    const QByteArray target = parts.at(1);
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            failAndClose(400, "malformed request target\n");
            return false;
        }
    }
    m_request.target = target;
    const qsizetype q = target.indexOf('?');
    m_request.rawPath = q < 0 ? target : target.left(q);
    m_request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    m_request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(m_request.rawPath));

    qint64 contentLength = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            failAndClose(400, "malformed header line\n");
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            qint64 n = 0;
            if (!parseDecimal(value, &n) || (contentLength >= 0 && contentLength != n)) {
                failAndClose(400, "invalid Content-Length\n");
                return false;
            }
            contentLength = n;
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked") {
                failAndClose(501, "only chunked transfer coding is supported\n");
                return false;
            }
            chunked = true;
        }
        m_request.headers.append({name, value});
    }

    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = m_request.httpMinor == 1 ? !connection.contains("close") : connection.contains("keep-alive");
    m_bodySeen = 0;
    m_discard = false;
    const bool expectContinue = m_request.header("expect").toLower() == "100-continue";

    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        if (contentLength > bodyLimit()) {
            m_discard = true;
            if (expectContinue || contentLength > kMaxDrainBytes) {
                // The client has not sent the body yet (or it is too big to swallow): answer now.
                m_keepAlive = false;
                m_state = State::Busy;
                deliver(m_dispatcher->rejectTooLarge(m_request));
                return false;
            }
        }
        m_remaining = contentLength;
        m_state = State::Body;
    } else {
        finishRequest();
        return m_state == State::Head;
    }
    if (expectContinue && m_socket)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void HttpConnection::acceptBodyBytes(qsizetype count)
{
    m_bodySeen += count;
    if (!m_discard && m_bodySeen > bodyLimit()) {
        m_discard = true;
        m_request.body.clear();
        m_request.body.squeeze();
    }
    if (!m_discard)
        m_request.body.append(m_buffer.constData(), count);
    m_buffer.remove(0, count);
}

bool HttpConnection::consumeBody()
{
    if (m_request.body.isEmpty() && !m_discard && m_remaining <= kHardBodyCap)
        m_request.body.reserve(m_remaining);
    const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_remaining, m_buffer.size()));
    acceptBodyBytes(take);
    m_remaining -= take;
    if (m_remaining > 0)
        return false;
    finishRequest();
    return m_state == State::Head;
}

bool HttpConnection::consumeChunks()
{
    switch (m_state) {
    case State::ChunkSize: {
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol < 0) {
            if (m_buffer.size() > 1024)
                failAndClose(400, "malformed chunk size\n");
            return false;
        }
        QByteArray sizeText = m_buffer.left(eol);
        m_buffer.remove(0, eol + 2);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        sizeText = sizeText.trimmed();
        bool ok = false;
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0 || sizeText.size() > 15) {
            failAndClose(400, "malformed chunk size\n");
            return false;
        }
        if (size == 0) {
            m_state = State::ChunkTrailer;
        } else {
            m_remaining = size;
            m_state = State::ChunkData;
        }
        return true;
    }
    case State::ChunkData: {
        const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_remaining, m_buffer.size()));
        acceptBodyBytes(take);
        m_remaining -= take;
        if (m_discard && m_bodySeen > kMaxDrainBytes) {
            m_keepAlive = false;
            m_state = State::Busy;
            deliver(m_dispatcher->rejectTooLarge(m_request));
            return false;
        }
        if (m_remaining > 0)
            return false;
        m_state = State::ChunkDataEnd;
        return true;
    }
    case State::ChunkDataEnd:
        if (m_buffer.size() < 2)
            return false;
        if (!m_buffer.startsWith("\r\n")) {
            failAndClose(400, "malformed chunk\n");
            return false;
        }
        m_buffer.remove(0, 2);
        m_state = State::ChunkSize;
        return true;
    case State::ChunkTrailer: {
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol < 0) {
            if (m_buffer.size() > kMaxHeadBytes)
                failAndClose(400, "malformed trailer\n");
            return false;
        }
        m_buffer.remove(0, eol + 2);
        if (eol > 0)
            return true; // a trailer field: ignored
        finishRequest();
        return m_state == State::Head;
    }
    default:
        return false;
    }
}

void HttpConnection::finishRequest()
{
    m_state = State::Busy;
    if (m_discard) {
        m_keepAlive = false;
        deliver(m_dispatcher->rejectTooLarge(m_request));
    } else {
        deliver(m_dispatcher->dispatch(m_request));
    }
}

void HttpConnection::deliver(const HttpOutcome& outcome)
{
    if (outcome.delayMs > 0) {
        m_pending = outcome;
        m_delay.start(outcome.delayMs);
        return;
    }
    send(outcome);
}

void HttpConnection::send(const HttpOutcome& outcome)
{
    if (!m_socket || m_state == State::Closed)
        return;
    switch (outcome.delivery) {
    case HttpOutcome::Delivery::Drop:
        m_state = State::Closed;
        m_socket->disconnectFromHost();
        return;
    case HttpOutcome::Delivery::Truncate:
        m_keepAlive = false;
        writeResponse(outcome.response, true);
        m_state = State::Closed;
        m_socket->disconnectFromHost();
        return;
    case HttpOutcome::Delivery::Normal:
        writeResponse(outcome.response, false);
        break;
    }
    m_pending = HttpOutcome();
    if (!m_keepAlive) {
        m_state = State::Closed;
        m_socket->disconnectFromHost();
        return;
    }
    resetForNextRequest();
    processBuffer();
}

void HttpConnection::writeResponse(const ServerResponse& response, bool truncate)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + ServerResponse::reasonPhrase(response.status) +
            "\r\nServer: kontor-sandbox\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto& h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";

    const qsizetype bodyBytes = truncate ? response.body.size() / 2 : response.body.size();
    const bool headOnly = m_request.method == "HEAD";
    if (headOnly) {
        m_socket->write(head);
    } else if (bodyBytes < 64 * 1024) {
        head.append(response.body.constData(), bodyBytes);
        m_socket->write(head);
    } else {
        m_socket->write(head);
        m_socket->write(response.body.constData(), bodyBytes);
    }
    m_socket->flush();
}

void HttpConnection::failAndClose(int status, const QByteArray& message)
{
    qCDebug(lcSandbox) << "rejected a request with" << status;
    m_dispatcher->countBadRequest(status);
    m_keepAlive = false;
    m_state = State::Busy;
    HttpOutcome outcome;
    outcome.response = ServerResponse::text(status, message);
    send(outcome);
}

void HttpConnection::resetForNextRequest()
{
    m_request = ServerRequest();
    m_remaining = 0;
    m_bodySeen = 0;
    m_discard = false;
    m_state = State::Head;
}

} // namespace kontor::sandbox
