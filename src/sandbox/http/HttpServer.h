#pragma once
// A small HTTP/1.1 server on one loopback port. It is written on QTcpServer rather than QHttpServer because
// fault injection needs raw control of the socket (drop, truncate, answer before the body was read).

#include "http/HttpDispatcher.h"

#include <QObject>
#include <QSet>
#include <QTcpServer>

namespace kontor::sandbox {

class HttpConnection;

class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpDispatcher* dispatcher, QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }
    void setDispatcher(HttpDispatcher* dispatcher) { m_dispatcher = dispatcher; }

private:
    void onNewConnection();

    QTcpServer m_server;
    HttpDispatcher* m_dispatcher;
    QSet<HttpConnection*> m_connections;
};

} // namespace kontor::sandbox
