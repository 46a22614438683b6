#pragma once
// One client connection of the sandbox's HTTP/1.1 server: parses requests (Content-Length and chunked
// bodies, pipelined requests, Expect: 100-continue), hands each to the port's dispatcher and frames the
// answer, or deliberately drops or truncates it when the dispatcher injects a fault. Anything it cannot
// parse gets 400 and a closed connection. The socket is a plain QTcpSocket or, in TLS mode, a QSslSocket
// whose handshake is already done.

#include "http/HttpDispatcher.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace kontor::sandbox {

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, HttpDispatcher* dispatcher, QObject* parent = nullptr);
    ~HttpConnection() override;

    void abort();

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    // A body over the dispatcher's limit is read and thrown away up to this size, so that the client sees
    // the 413 instead of a connection reset; beyond it the connection is answered and closed at once.
    static constexpr qint64 kMaxDrainBytes = 64LL * 1024 * 1024;
    // Even without a configured limit, a body beyond this is refused.
    static constexpr qint64 kHardBodyCap = 512LL * 1024 * 1024;

signals:
    void closed();

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, ChunkTrailer, Busy, Closed };

    void onReadyRead();
    void processBuffer();
    void runSteps();
    bool parseHead();
    bool consumeBody();
    bool consumeChunks();
    void acceptBodyBytes(qsizetype count);
    void finishRequest();
    void deliver(const HttpOutcome& outcome);
    void send(const HttpOutcome& outcome);
    void writeResponse(const ServerResponse& response, bool truncate);
    void failAndClose(int status, const QByteArray& message);
    void resetForNextRequest();
    qint64 bodyLimit() const;

    QPointer<QTcpSocket> m_socket;
    HttpDispatcher* m_dispatcher;
    QByteArray m_buffer;
    ServerRequest m_request;
    State m_state = State::Head;
    qint64 m_remaining = 0;
    qint64 m_bodySeen = 0;
    bool m_discard = false;
    bool m_keepAlive = true;
    bool m_processing = false;
    QTimer m_delay;
    HttpOutcome m_pending;
};

} // namespace kontor::sandbox
