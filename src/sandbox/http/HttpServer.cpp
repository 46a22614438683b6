#include "http/HttpServer.h"

#include "common/SandboxLogging.h"
#include "http/HttpConnection.h"

#include <QSslSocket>
#include <QTcpServer>
#include <functional>
#include <utility>

namespace kontor::sandbox {

namespace {
// Takes the accepted descriptor itself instead of queueing a QTcpSocket, so that HttpServer can make it a
// QSslSocket when it serves TLS.
class Listener : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> accept)
        : m_accept(std::move(accept))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};
} // namespace

HttpServer::HttpServer(HttpDispatcher* dispatcher, QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<Listener>([this](qintptr descriptor) { accept(descriptor); }))
    , m_dispatcher(dispatcher)
{}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    // No setMaxPendingConnections(): accept() takes every connection at once, nothing waits in Qt's queue.
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

void HttpServer::close()
{
    m_server->close();
    const QSet<QTcpSocket*> handshakes = m_handshakes;
    m_handshakes.clear();
    for (QTcpSocket* s : handshakes) {
        s->disconnect(this);
        s->abort();
        delete s;
    }
    const QSet<HttpConnection*> open = m_connections;
    m_connections.clear();
    for (HttpConnection* c : open) {
        c->disconnect(this);
        c->abort();
        delete c;
    }
}

void HttpServer::accept(qintptr descriptor)
{
    QTcpSocket* socket = isTls() ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcSandbox).noquote() << "could not take an accepted connection:" << socket->errorString();
        delete socket;
        return;
    }
    // Without TCP_NODELAY a small answer written after a large request waits for the client's delayed ACK
    // (about 40 ms on Linux loopback), which would cap the benchmarks at a few dozen requests/s.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto* tls = qobject_cast<QSslSocket*>(socket);
    if (!tls) {
        serve(socket);
        return;
    }
    // The connection starts only once the handshake is done: a handshake, failed or not, is no request and
    // is never counted, and HttpConnection only ever sees decrypted bytes.
    m_handshakes.insert(tls);
    tls->setSslConfiguration(m_tls);
    connect(tls, &QSslSocket::encrypted, this, [this, tls] {
        m_handshakes.remove(tls);
        tls->disconnect(this);
        serve(tls);
    });
    connect(tls, &QAbstractSocket::errorOccurred, this, [this, tls](QAbstractSocket::SocketError) {
        // A client that rejects the certificate ends up here; that is the expected case, not a fault.
        qCDebug(lcSandbox).noquote() << "TLS handshake failed:" << tls->errorString();
        m_handshakes.remove(tls);
        tls->disconnect(this);
        tls->abort();
        tls->deleteLater();
    });
    tls->startServerEncryption();
}

void HttpServer::serve(QTcpSocket* socket)
{
    auto* connection = new HttpConnection(socket, m_dispatcher, this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::closed, this, [this, connection] {
        m_connections.remove(connection);
        connection->deleteLater();
    });
}

} // namespace kontor::sandbox
