#pragma once
// Http1Reader: reads one HTTP/1.x answer from the bytes a connection delivers: the status line and the headers,
// then the body by its framing (Content-Length, chunked, or until the connection closes). It is the one answer
// parser of Kontor's own connections, the ones that bypass QNetworkAccessManager: KeepAliveConnection (GETs of
// HttpClient) and the upload engine's UploadConnection. Interim 1xx answers are skipped. It keeps nothing of the
// body: the bytes go to the caller's sink as they are unframed.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace kontor::net {

class Http1Reader
{
public:
    enum class State {
        Head,   // waiting for the rest of the status line and headers
        Body,   // the head is read; body bytes are being unframed
        Done,   // the answer is complete
        Broken, // the bytes are not an HTTP/1.x answer (problem() says how)
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

    // Starts over for the next answer on the same connection.
    void reset();

    // Consumes from the front of `in` what belongs to this answer and hands body bytes to sink(data, size),
    // which may be called several times. Bytes after the end of the answer stay in `in`.
    template <typename Sink>
    State feed(QByteArray& in, Sink&& sink)
    {
        if (m_state == State::Head && !readHead(in))
            return m_state;
        if (m_state == State::Body)
            unframe(in, [&sink](const char* data, qsizetype size) { sink(data, size); });
        return m_state;
    }
    // The connection closed: an answer that runs until the close is complete now. Returns whether it is.
    bool closed();

    State state() const { return m_state; }
    int status() const { return m_status; }
    const Headers& headers() const { return m_headers; } // as received, in order
    QByteArray contentType() const { return m_contentType; }
    qint64 contentLength() const { return m_contentLength; } // -1 when not announced
    bool hasContentEncoding() const { return m_contentEncoded; }
    // Whether the connection may carry another request after this answer (HTTP/1.1 without "close", or an
    // explicit keep-alive; never for an answer that runs until the close).
    bool keepAlive() const { return m_keepAlive; }
    // Body bytes unframed so far.
    qint64 bodyBytes() const { return m_bodyBytes; }
    // What was wrong when the state is Broken (for logs, in English).
    QString problem() const { return m_problem; }

private:
    enum class Framing { Length, Chunked, UntilClose };
    enum class Chunk { Size, Data, DataEnd, Trailer };

    bool readHead(QByteArray& in);
    void unframe(QByteArray& in, const std::function<void(const char*, qsizetype)>& sink);
    void broken(const QString& problem);

    State m_state = State::Head;
    Framing m_framing = Framing::Length;
    Chunk m_chunk = Chunk::Size;
    qint64 m_remaining = 0;
    int m_status = 0;
    Headers m_headers;
    QByteArray m_contentType;
    qint64 m_contentLength = -1;
    bool m_contentEncoded = false;
    bool m_keepAlive = true;
    qint64 m_bodyBytes = 0;
    QString m_problem;
};

} // namespace kontor::net
