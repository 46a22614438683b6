// Http1Reader, the answer parser of Kontor's own HTTP/1.1 connections (KeepAliveConnection, UploadConnection):
// every framing, every way the bytes can be split across reads, and what makes an answer unreadable.
#include "net/Http1Reader.h"

#include <QTest>

using kontor::net::Http1Reader;

namespace {

struct Read
{
    Http1Reader::State state = Http1Reader::State::Head;
    QByteArray body;
    QByteArray rest; // bytes left after the answer
    Http1Reader reader;
};

// Feeds `bytes` in pieces of `piece` bytes (0: all at once), as reads from a socket would.
Read feed(const QByteArray& bytes, qsizetype piece)
{
    Read r;
    QByteArray in;
    qsizetype at = 0;
    do {
        const qsizetype n = piece > 0 ? std::min<qsizetype>(piece, bytes.size() - at) : bytes.size();
        in += bytes.mid(at, n);
        at += n;
        r.state = r.reader.feed(in, [&r](const char* data, qsizetype size) { r.body.append(data, size); });
    } while (at < bytes.size() && r.state != Http1Reader::State::Done && r.state != Http1Reader::State::Broken);
    r.rest = in + bytes.mid(at);
    return r;
}

} // namespace

class TestHttp1Reader : public QObject
{
    Q_OBJECT
private slots:
    void framings_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
                                        << QByteArray("hello") << true;
        QTest::newRow("chunked with extension and trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n3;x=y\r\nhel\r\n2\r\nlo\r\n0\r\nX-T: "
                          "1\r\n\r\n")
            << QByteArray("hello") << true;
        QTest::newRow("100 continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
            << QByteArray("ok") << true;
        QTest::newRow("connection close")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok") << QByteArray("ok")
            << false;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok")
            << QByteArray("ok") << true;
        QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok") << QByteArray("ok")
                                  << false;
        QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 9\r\n\r\n")
                                         << QByteArray() << true;
        QTest::newRow("empty") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << QByteArray() << true;
    }
    void framings()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        // Whole, byte by byte, and in every two pieces; the next answer's first bytes stay where they were.
        const QByteArray next = "HTTP/1.1 200";
        for (qsizetype piece = 0; piece <= answer.size(); ++piece) {
            const Read r = feed(answer + next, piece);
            QCOMPARE(r.state, Http1Reader::State::Done);
            QCOMPARE(r.body, body);
            QCOMPARE(r.reader.keepAlive(), keepAlive);
            QCOMPARE(r.rest.right(next.size()), next);
        }
    }

    void headersAreKeptInOrder()
    {
        const Read r = feed("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nX-A: 1\r\nContent-Encoding: gzip\r\n"
                            "Content-Length: 3\r\n\r\nabc",
                            0);
        QCOMPARE(r.reader.status(), 404);
        QCOMPARE(r.reader.contentType(), QByteArray("text/html"));
        QCOMPARE(r.reader.contentLength(), 3);
        QVERIFY(r.reader.hasContentEncoding());
        QCOMPARE(r.reader.headers().size(), 4);
        QCOMPARE(r.reader.headers().at(1).first, QByteArray("X-A"));
        QCOMPARE(r.reader.headers().at(1).second, QByteArray("1"));
    }

    void untilCloseEndsWithTheConnection()
    {
        Read r = feed("HTTP/1.1 200 OK\r\n\r\npart one, ", 0);
        QCOMPARE(r.state, Http1Reader::State::Body);
        QVERIFY(!r.reader.keepAlive());
        QByteArray more = "part two";
        r.reader.feed(more, [&r](const char* d, qsizetype n) { r.body.append(d, n); });
        QVERIFY(r.reader.closed());
        QCOMPARE(r.body, QByteArray("part one, part two"));
    }

    void cutOffIsNotDone()
    {
        Read r = feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf", 0);
        QCOMPARE(r.state, Http1Reader::State::Body);
        QVERIFY(!r.reader.closed()); // the connection closing does not make a Content-Length answer whole
        r = feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", 0);
        QVERIFY(!r.reader.closed());
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not http") << QByteArray("<html>hello</html>\r\n\r\n");
        QTest::newRow("no status") << QByteArray("HTTP/1.1 OK\r\n\r\n");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n");
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("chunk longer than said")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n");
        QTest::newRow("endless head") << QByteArray("HTTP/1.1 200 OK\r\nX: ") +
                                             QByteArray(Http1Reader::kMaxHeadBytes, 'a');
    }
    void unreadable()
    {
        QFETCH(QByteArray, answer);
        const Read r = feed(answer, 0);
        QCOMPARE(r.state, Http1Reader::State::Broken);
        QVERIFY(!r.reader.problem().isEmpty());
        QVERIFY(!r.reader.keepAlive());
    }
};

QTEST_APPLESS_MAIN(TestHttp1Reader)
#include "tst_http1reader.moc"
