#include "http/HttpServer.h"

#include "http/HttpConnection.h"

#include <QTcpSocket>

namespace kontor::sandbox {

HttpServer::HttpServer(HttpDispatcher* dispatcher, QObject* parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    m_server.setMaxPendingConnections(256);
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void HttpServer::close()
{
    m_server.close();
    const QSet<HttpConnection*> open = m_connections;
    m_connections.clear();
    for (HttpConnection* c : open) {
        c->disconnect(this);
        c->abort();
        delete c;
    }
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        // Without TCP_NODELAY a small answer written after a large request waits for the client's delayed
        // ACK (about 40 ms on Linux loopback), which would cap the benchmarks at a few dozen requests/s.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto* connection = new HttpConnection(socket, m_dispatcher, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            connection->deleteLater();
        });
    }
}

} // namespace kontor::sandbox
