#pragma once
// The socket of Kontor's own HTTP/1.1 connections, the ones that bypass QNetworkAccessManager
// (KeepAliveConnection for the GETs of HttpClient, the upload engine's UploadConnection): how it is made for a
// URL, opened, tuned once connected and thrown away. Each connection wires the socket's signals to its own slots.

#include <QPointer>

class QObject;
class QTcpSocket;
class QUrl;

namespace kontor::net {

// A QSslSocket that verifies the URL's host for https (its `encrypted` signal says it is ready), a QTcpSocket
// (`connected`) otherwise; owned by `parent`, not connected yet.
QTcpSocket* newSocket(const QUrl& url, QObject* parent);

// Starts connecting (and the TLS handshake) to the URL's host, on its port or the scheme's default.
void openSocket(QTcpSocket* socket, const QUrl& url);

// Once connected: every write leaves at once (no Nagle wait for the ACK of the one before), and a connection
// kept for the next request is probed by TCP keep-alive.
void tuneSocket(QTcpSocket* socket);

// Disconnects the socket from `receiver`, aborts it, deletes it later and leaves `socket` null; nothing when
// it is null already. Safe from inside the socket's own signals.
void discardSocket(QPointer<QTcpSocket>& socket, const QObject* receiver);

} // namespace kontor::net
