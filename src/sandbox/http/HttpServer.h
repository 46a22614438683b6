#pragma once
// A small HTTP/1.1 server on one loopback port, plain or over TLS. It is written on QTcpServer rather than
// QHttpServer because fault injection needs raw control of the socket (drop, truncate, answer before the
// body was read).

#include "http/HttpDispatcher.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace kontor::sandbox {

class HttpConnection;

class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpDispatcher* dispatcher, QObject* parent = nullptr);
    ~HttpServer() override;

    // With a configuration that holds a certificate and key, every connection accepted afterwards speaks
    // TLS; a null configuration (the default) means plain HTTP.
    void setTlsConfiguration(const QSslConfiguration& configuration) { m_tls = configuration; }
    bool isTls() const { return !m_tls.isNull(); }

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    void close();
    quint16 port() const;
    bool isListening() const;
    void setDispatcher(HttpDispatcher* dispatcher) { m_dispatcher = dispatcher; }

private:
    void accept(qintptr descriptor);
    void serve(QTcpSocket* socket);

    std::unique_ptr<QTcpServer> m_server;
    HttpDispatcher* m_dispatcher;
    QSslConfiguration m_tls;
    QSet<HttpConnection*> m_connections;
    QSet<QTcpSocket*> m_handshakes; // TLS sockets not yet encrypted: no HttpConnection sees them
};

} // namespace kontor::sandbox
