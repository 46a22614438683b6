#include "net/KeepAliveConnection.h"

#include "Logging.h"
#include "net/OwnSocket.h"
#include "net/RequestLine.h"
#include "net/TlsPin.h"

#include <QNetworkProxy>
#include <QSignalBlocker>
#include <QSslSocket>
#include <QTcpSocket>

namespace kontor::net {

KeepAliveConnection::KeepAliveConnection(Target target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KeepAliveConnection::onTimeout);
}

KeepAliveConnection::~KeepAliveConnection()
{
    m_done = nullptr;
    dropSocket();
}

void KeepAliveConnection::get(const QByteArray& target, const Http1Reader::Headers& headers, Done done)
{
    Q_ASSERT(!busy());
    m_request.clear();
    m_request.reserve(512);
    m_request += "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader(m_target.origin) + "\r\n";
    for (const auto& [name, value] : headers)
        m_request += name + ": " + value + "\r\n";
    m_request += "Connection: keep-alive\r\n\r\n";
    m_done = std::move(done);
    m_resent = false;
    const bool reusable = m_socket && m_connected && m_socket->state() == QAbstractSocket::ConnectedState &&
                          m_idle.isValid() && m_idle.elapsed() < kReuseIdleMs;
    if (reusable) {
        m_reused = true;
        writeRequest();
        return;
    }
    dropSocket();
    connectSocket();
}

void KeepAliveConnection::connectSocket()
{
    m_reused = false;
    QTcpSocket* socket = newSocket(m_target.origin, this);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, this, &KeepAliveConnection::onSslErrors);
        connect(ssl, &QSslSocket::encrypted, this, &KeepAliveConnection::onConnected);
    } else {
        connect(socket, &QTcpSocket::connected, this, &KeepAliveConnection::onConnected);
    }
    // HttpClient uses this connection only where the route needs no proxy (HttpClient::goesDirect).
    socket->setProxy(QNetworkProxy::NoProxy);
    m_socket = socket;
    m_connected = false;
    m_tlsFailure.reset();
    connect(socket, &QTcpSocket::readyRead, this, &KeepAliveConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &KeepAliveConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &KeepAliveConnection::onSocketError);
    if (m_target.connectMs > 0)
        m_timer.start(m_target.connectMs);
    openSocket(socket, m_target.origin);
}

void KeepAliveConnection::onConnected()
{
    if (!m_socket)
        return;
    m_connected = true;
    tuneSocket(m_socket);
    if (busy())
        writeRequest();
}

void KeepAliveConnection::writeRequest()
{
    m_in.clear();
    m_reader.reset();
    m_outcome = KeepAliveOutcome();
    m_received = 0;
    if (m_target.inactivityMs > 0)
        m_timer.start(m_target.inactivityMs);
    m_socket->write(m_request);
    // Sent now, not when the event loop next looks at the socket: a listing asks for its next page from inside
    // the handler of the page before, and the server waits for it (tst_keepaliveconnection). The socket's
    // signals are held meanwhile, so a write that fails here (a kept-alive connection the server has just
    // reset) is handled from the event loop, never inside get().
    {
        const QSignalBlocker quiet(m_socket.data());
        m_socket->flush();
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        QMetaObject::invokeMethod(
            this,
            [this, socket = m_socket] {
                if (socket && socket == m_socket)
                    onSocketError();
            },
            Qt::QueuedConnection);
    }
}

void KeepAliveConnection::onReadyRead()
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
    m_received += data.size();
    if (m_in.isEmpty())
        m_in = data;
    else
        m_in += data;
    if (m_target.inactivityMs > 0)
        m_timer.start(m_target.inactivityMs);
    const bool hadHead = m_reader.state() != Http1Reader::State::Head;
    const Http1Reader::State state =
        m_reader.feed(m_in, [this](const char* bytes, qsizetype size) { m_outcome.body.append(bytes, size); });
    if (!hadHead && state != Http1Reader::State::Head && state != Http1Reader::State::Broken) {
        m_outcome.announced = m_reader.contentLength();
        if (m_outcome.announced > m_target.maxBodyBytes)
            return finish(KeepAliveOutcome::Failure::TooLarge, QStringLiteral("announced above the cap"));
        if (m_outcome.announced > 0 && m_outcome.body.capacity() < m_outcome.announced)
            m_outcome.body.reserve(m_outcome.announced);
    }
    switch (state) {
    case Http1Reader::State::Head:
        return;
    case Http1Reader::State::Broken:
        return finish(KeepAliveOutcome::Failure::Malformed, m_reader.problem());
    case Http1Reader::State::Body:
        if (m_outcome.body.size() > m_target.maxBodyBytes)
            finish(KeepAliveOutcome::Failure::TooLarge, QStringLiteral("answer above the cap"));
        return;
    case Http1Reader::State::Done:
        return finish(KeepAliveOutcome::Failure::None, QString());
    }
}

void KeepAliveConnection::onDisconnected()
{
    if (!busy()) {
        dropSocket();
        return;
    }
    if (m_reader.closed())
        return finish(KeepAliveOutcome::Failure::None, QString());
    // A kept-alive connection the server had closed before this request reached it: nothing came back, so the
    // GET is sent once more on a fresh connection, as QNAM and browsers do.
    if (m_reused && !m_resent && m_received == 0) {
        m_resent = true;
        qCDebug(lcNet) << "kept-alive connection closed before the answer; sending again on a new one";
        dropSocket();
        connectSocket();
        return;
    }
    finish(KeepAliveOutcome::Failure::Closed, QStringLiteral("connection closed before the answer was complete"));
}

void KeepAliveConnection::onSocketError()
{
    if (!m_socket)
        return;
    if (!busy()) {
        dropSocket();
        return;
    }
    const auto code = m_socket->error();
    const QString reason = m_socket->errorString();
    if (code == QAbstractSocket::RemoteHostClosedError)
        return onDisconnected();
    if (m_tlsFailure || code == QAbstractSocket::SslHandshakeFailedError) {
        if (m_tlsFailure)
            m_outcome.certificate = m_tlsFailure->certificate;
        return finish(KeepAliveOutcome::Failure::Tls,
                      m_tlsFailure && !m_tlsFailure->reason.isEmpty() ? m_tlsFailure->reason : reason);
    }
    if (!m_connected && code == QAbstractSocket::ConnectionRefusedError)
        return finish(KeepAliveOutcome::Failure::Refused, reason);
    if (!m_connected && code == QAbstractSocket::HostNotFoundError)
        return finish(KeepAliveOutcome::Failure::HostNotFound, reason);
    if (code == QAbstractSocket::SocketTimeoutError)
        return finish(KeepAliveOutcome::Failure::Timeout, reason);
    if (m_reused && !m_resent && m_received == 0 && m_connected) {
        m_resent = true;
        dropSocket();
        connectSocket();
        return;
    }
    finish(KeepAliveOutcome::Failure::Closed, reason);
}

void KeepAliveConnection::onSslErrors(const QList<QSslError>& errors)
{
    auto* ssl = qobject_cast<QSslSocket*>(m_socket.data());
    if (!ssl)
        return;
    const TlsVerdict verdict = judgeCertificate(ssl->peerCertificate(), errors, m_target.pinnedSha256);
    if (verdict.accept) {
        qCInfo(lcNet).noquote() << "accepting the pinned certificate of" << m_target.origin.host();
        ssl->ignoreSslErrors(errors);
        return;
    }
    KeepAliveOutcome failure;
    failure.reason = verdict.problems;
    if (!verdict.certificate.sha256.isEmpty())
        failure.certificate = verdict.certificate;
    m_tlsFailure = std::move(failure);
    // Not ignored: the socket now fails with SslHandshakeFailedError, reported with this certificate.
}

void KeepAliveConnection::onTimeout()
{
    if (!busy()) {
        dropSocket();
        return;
    }
    finish(KeepAliveOutcome::Failure::Timeout,
           m_connected ? QStringLiteral("no answer within %1 ms").arg(m_target.inactivityMs)
                       : QStringLiteral("no connection within %1 ms").arg(m_target.connectMs));
}

void KeepAliveConnection::finish(KeepAliveOutcome::Failure failure, const QString& reason)
{
    m_timer.stop();
    KeepAliveOutcome outcome = std::move(m_outcome);
    m_outcome = KeepAliveOutcome();
    outcome.failure = failure;
    outcome.reason = reason;
    outcome.status = m_reader.status();
    outcome.headers = m_reader.headers();
    outcome.contentType = m_reader.contentType();
    outcome.encoded = m_reader.hasContentEncoding();
    if (outcome.announced < 0)
        outcome.announced = m_reader.contentLength();
    // Reused only after a whole answer that leaves nothing unread behind it.
    const bool keep = failure == KeepAliveOutcome::Failure::None && m_reader.keepAlive() && m_in.isEmpty() &&
                      m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    if (!keep)
        dropSocket();
    m_idle.start();
    m_in.clear();
    m_request.clear();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(outcome);
}

void KeepAliveConnection::abort()
{
    m_timer.stop();
    m_done = nullptr;
    m_request.clear();
    dropSocket();
}

void KeepAliveConnection::dropSocket()
{
    m_connected = false;
    discardSocket(m_socket, this);
}

} // namespace kontor::net
