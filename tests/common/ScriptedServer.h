#pragma once
// A raw TCP server on loopback for tests that need an HTTP peer answering exactly the bytes the test chose:
// each request gets the next scripted action (a reply, silence, a dropped or truncated answer), and every
// request is recorded as it arrived (headers and body).

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace kontor::test {

// Answers each request with the next scripted action; records what it received.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    // KeepAlive: the reply (which should not say "Connection: close") and the connection stays open.
    enum class Act { Reply, Silent, Close, Truncate, KeepAlive };
    struct Step
    {
        Act act = Act::Reply;
        QByteArray response; // a whole HTTP response for Reply/Truncate
    };

    explicit ScriptedServer(const QHostAddress& address = QHostAddress::LocalHost)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++m_connections;
                m_open.append(s);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_listening = m_server.listen(address, 0);
    }
    bool isListening() const { return m_listening; }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort()));
    }
    void script(QList<Step> steps) { m_steps = std::move(steps); }
    int requests() const { return m_requests.size(); }
    int connections() const { return m_connections; } // accepted so far
    // Closes every connection held open (a server dropping its idle keep-alive connections).
    void closeIdleConnections()
    {
        for (const QPointer<QTcpSocket>& s : std::as_const(m_open)) {
            if (s)
                s->disconnectFromHost();
        }
        m_open.clear();
    }
    const QList<QByteArray>& received() const { return m_requests; }

    static QByteArray redirect(int status, const QByteArray& location)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + location +
               "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }

    static QByteArray keepAliveResponse(int status, const QByteArray& body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }

    static QByteArray response(int status, const QByteArray& body, const QByteArray& type = "application/json")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buf = m_pending[s];
        buf += s->readAll();
        const int headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        int length = 0;
        for (const QByteArray& line : buf.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toInt();
        }
        if (buf.size() < headerEnd + 4 + length)
            return;
        m_requests << buf;
        m_pending.remove(s);
        const Step step = m_steps.isEmpty() ? Step{Act::Reply, response(200, "{}")} : m_steps.takeFirst();
        switch (step.act) {
        case Act::Reply:
            s->write(step.response);
            s->disconnectFromHost();
            break;
        case Act::Silent:
            break;
        case Act::KeepAlive:
            s->write(step.response);
            break;
        case Act::Close:
            s->abort();
            break;
        case Act::Truncate:
            s->write(step.response.left(step.response.size() - 20));
            s->flush();
            s->abort();
            break;
        }
    }

    QTcpServer m_server;
    bool m_listening = false;
    QList<Step> m_steps;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket*, QByteArray> m_pending;
    QList<QPointer<QTcpSocket>> m_open;
    int m_connections = 0;
};

} // namespace kontor::test
