#include "net/OwnSocket.h"

#include "net/RequestLine.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

namespace kontor::net {

QTcpSocket* newSocket(const QUrl& url, QObject* parent)
{
    if (!isTls(url))
        return new QTcpSocket(parent);
    auto* ssl = new QSslSocket(parent);
    ssl->setPeerVerifyName(url.host());
    return ssl;
}

void openSocket(QTcpSocket* socket, const QUrl& url)
{
    const auto port = static_cast<quint16>(url.port(defaultPort(url)));
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) // made by newSocket() for https
        ssl->connectToHostEncrypted(url.host(), port);
    else
        socket->connectToHost(url.host(), port);
}

void tuneSocket(QTcpSocket* socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
}

void discardSocket(QPointer<QTcpSocket>& socket, const QObject* receiver)
{
    QTcpSocket* gone = socket;
    socket = nullptr;
    if (!gone)
        return;
    gone->disconnect(receiver);
    gone->abort();
    gone->deleteLater();
}

} // namespace kontor::net
