// KeepAliveConnection, the HTTP/1.1 connection HttpClient sends its GETs over (net/KeepAliveConnection.h), against
// a plain QTcpServer on loopback: what leaves the connection and when.

#include "net/KeepAliveConnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <sys/socket.h>

using namespace kontor::net;

class TstKeepAliveConnection : public QObject
{
    Q_OBJECT

private:
    static KeepAliveConnection::Target targetOf(const QTcpServer& server)
    {
        KeepAliveConnection::Target target;
        target.origin = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        return target;
    }

    // Reads one request head from `peer`, spinning the event loop (and so the connection) until it is whole.
    static QByteArray requestHead(QTcpSocket& peer)
    {
        QByteArray head;
        if (!QTest::qWaitFor(
                [&] {
                    head += peer.readAll();
                    return head.contains("\r\n\r\n");
                },
                5'000))
            return {};
        return head;
    }

private slots:
    // A page listing asks for the next page from inside the handler of the page before (OrderListing). The
    // request has to be on the wire when get() returns: waiting for the event loop's next look at the socket
    // cost every page a turn of the loop, and `orders list --all` a fifth of its time (bench/orders_paging).
    void aRequestOnAKeptConnectionLeavesAtOnce()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        KeepAliveConnection connection(targetOf(server));

        QList<QByteArray> bodies;
        const auto done = [&bodies](KeepAliveOutcome& outcome) { bodies << outcome.body; };

        connection.get("/orders?limit=2", {{"Accept", "application/json"}}, done);
        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
        const QByteArray first = requestHead(*peer);
        QVERIFY(first.startsWith("GET /orders?limit=2 HTTP/1.1\r\n"));
        QVERIFY(first.contains("\r\nAccept: application/json\r\n"));
        peer->write("HTTP/1.1 200 OK\r\nContent-Length: 7\r\nContent-Type: application/json\r\n\r\n[1,2,3]");
        QTRY_COMPARE(bodies, QList<QByteArray>{"[1,2,3]"});

        connection.get("/orders?limit=2&lastSeenId=1", {}, done);
        // From here on no turn of the event loop: only what get() itself wrote can reach the server.
        QVERIFY2(peer->waitForReadyRead(3'000), "the request waited in the connection's buffer");
        QByteArray second = peer->readAll();
        while (!second.contains("\r\n\r\n") && peer->waitForReadyRead(3'000))
            second += peer->readAll();
        QVERIFY(second.startsWith("GET /orders?limit=2&lastSeenId=1 HTTP/1.1\r\n"));
        QCOMPARE(server.hasPendingConnections(), false); // the same connection, not a new one

        peer->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
        QTRY_COMPARE(bodies.size(), 2);
        QCOMPARE(bodies.last(), QByteArray("[]"));
    }

    // The server resets the kept-alive connection, and the next get() comes before the event loop has noticed:
    // the write fails inside get(). That failure is handled from the event loop (done is never called inside
    // get()), and the GET goes out once more on a fresh connection.
    void aWriteRefusedInsideGetIsSentAgainLater()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        KeepAliveConnection connection(targetOf(server));
        QList<KeepAliveOutcome::Failure> failures;
        QList<QByteArray> bodies;
        const auto done = [&](KeepAliveOutcome& outcome) {
            failures << outcome.failure;
            bodies << outcome.body;
        };

        connection.get("/a", {}, done);
        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
        QVERIFY(!requestHead(*peer).isEmpty());
        peer->write("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na");
        QTRY_COMPARE(bodies.size(), 1);

        // A linger of 0 makes close() reset the connection (RST) instead of ending it (FIN).
        const linger reset{1, 0};
        QCOMPARE(::setsockopt(int(peer->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset), 0);
        peer->close();
        QTest::qSleep(50); // the reset reaches the client's kernel; the client's event loop does not run

        connection.get("/b", {}, done);
        QCOMPARE(bodies.size(), 1); // nothing was reported inside get()
        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> fresh(server.nextPendingConnection());
        QVERIFY(requestHead(*fresh).startsWith("GET /b HTTP/1.1\r\n"));
        fresh->write("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb");
        QTRY_COMPARE(bodies.size(), 2);
        QCOMPARE(failures.last(), KeepAliveOutcome::Failure::None);
        QCOMPARE(bodies.last(), QByteArray("b"));
    }
};

QTEST_GUILESS_MAIN(TstKeepAliveConnection)
#include "tst_keepaliveconnection.moc"
