#pragma once
// A minimal HTTP proxy on loopback for the proxy tests: CONNECT host:port tunnels bytes both ways; a request
// in absolute form (GET http://host:port/path) is forwarded in origin form on a fresh upstream connection.
// Counts the client connections it accepted and the requests it saw, and keeps the request heads (to check
// what a client sent, e.g. Proxy-Authorization).

#include <QByteArray>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace kontor::test {

class TestProxy : public QObject
{
public:
    TestProxy()
    {
        m_server.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                ++m_connections;
                auto* buffer = new QByteArray;
                QObject::connect(client, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(client, &QTcpSocket::readyRead, this,
                                 [this, client, buffer] { onClientData(client, buffer); });
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }
    bool isListening() const { return m_listening; }
    int port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    int requests() const { return m_heads.size(); }
    const QList<QByteArray>& heads() const { return m_heads; }

private:
    void onClientData(QTcpSocket* client, QByteArray* buffer)
    {
        if (client->property("upstream").isValid()) // tunnelling: handled by the pipe
            return;
        buffer->append(client->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer->left(end + 4);
        QByteArray rest = buffer->mid(end + 4);
        buffer->clear();
        m_heads << head;
        const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
        if (line.size() < 3) {
            client->disconnectFromHost();
            return;
        }
        auto* upstream = new QTcpSocket(client);
        upstream->setProxy(QNetworkProxy::NoProxy);
        client->setProperty("upstream", true);
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
                         [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(client, &QTcpSocket::readyRead, upstream,
                         [client, upstream] { upstream->write(client->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
        if (line[0] == "CONNECT") {
            const QList<QByteArray> hostPort = line[1].split(':');
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
            });
            upstream->connectToHost(QString::fromLatin1(hostPort.value(0)), hostPort.value(1).toUShort());
        } else {
            const QUrl url(QString::fromLatin1(line[1]));
            const QByteArray originForm = line[0] + ' ' + url.path(QUrl::FullyEncoded).toLatin1() +
                                          (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : "") + ' ' +
                                          line[2];
            QByteArray forwarded = originForm + head.mid(head.indexOf("\r\n"));
            forwarded.replace("Proxy-Connection:", "X-Was-Proxy-Connection:");
            QObject::connect(upstream, &QTcpSocket::connected, client,
                             [upstream, forwarded, rest] { upstream->write(forwarded + rest); });
            upstream->connectToHost(url.host(), static_cast<quint16>(url.port(80)));
        }
    }

    QTcpServer m_server;
    bool m_listening = false;
    int m_connections = 0;
    QList<QByteArray> m_heads;
};

} // namespace kontor::test
