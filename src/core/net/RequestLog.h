#pragma once
// RequestLog: the process-wide, in-memory record of every request this session made (HttpClient and the
// upload engine's UploadConnection both report to it), for the request inspector and `kontor-cli --trace`.
// Everything is redacted BEFORE it is stored: URLs, headers (Authorization, Cookie and the profile's key
// header masked whole), body excerpts and error texts all pass the Redactor, so the log never holds a secret.
// It is a bounded ring (entries and bytes); bodies are kept as excerpts of at most kBodyExcerptBytes with their
// full size. Nothing of it is ever written to disk. Thread-safe: calls may come from any thread; the signals
// carry only ids, and a listener takes a copy with record(id).

#include "net/HttpTypes.h"

#include <QAtomicInt>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <deque>
#include <optional>

namespace kontor::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct RequestRecord
{
    quint64 id = 0;
    QDateTime started; // local time
    QString profile;   // the profile's display name
    QByteArray method;
    QString url; // redacted
    // How the request signed in, for "Copy as curl" (never the secret itself).
    AuthKind auth = AuthKind::None;
    QString user;               // Basic only
    QByteArray keyHeader;       // Header only
    HeaderList requestHeaders;  // redacted
    HeaderList responseHeaders; // redacted
    QByteArray requestBody;     // redacted excerpt
    qint64 requestBytes = 0;    // the whole body as sent
    bool requestTruncated = false;
    QByteArray responseBody; // redacted excerpt
    qint64 responseBytes = 0;
    bool responseTruncated = false;
    bool finished = false;
    int status = 0;
    qint64 durationMs = 0;
    int attempts = 0;
    QString errorMessage; // redacted sentence for people; empty on success
    QString errorDetail;  // redacted detail for logs

    bool failed() const { return finished && !errorDetail.isEmpty(); }
};

class RequestLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 2000;
    // Body excerpts of all entries together. Loading 100,000 orders is 2,256 requests of 8 KB: with 48 MiB the log
    // held more than the order list itself (bench/orders_paging measured 699 B per row instead of 179).
    static constexpr qint64 kMaxBytes = 8LL * 1024 * 1024;
    static constexpr qsizetype kBodyExcerptBytes = 64 * 1024;

    static RequestLog* instance();

    // Whether requests are recorded (the default). A process with nobody to show them to (kontor-cli without
    // --trace) turns it off: redacting every URL, header and 64 KiB excerpt costs more than reading a page of
    // orders. While off, begin() returns 0 and finish(0, ...) does nothing.
    void setRecording(bool on) { m_recording.storeRelaxed(on ? 1 : 0); }
    bool isRecording() const { return m_recording.loadRelaxed() != 0; }

    struct Start
    {
        QString profile;
        QByteArray method;
        QUrl url;
        AuthKind auth = AuthKind::None;
        QString user;
        QByteArray keyHeader;
        HeaderList headers;    // as sent, unredacted: begin() redacts them
        QByteArray body;       // as sent or its first part; begin() keeps a redacted excerpt
        qint64 bodyBytes = -1; // the whole body's size when `body` is only its beginning
    };
    // Records a request that starts now; returns its id (0 while recording is off).
    quint64 begin(const Start& start);

    struct End
    {
        int status = 0;
        int attempts = 1;
        qint64 durationMs = 0;
        HeaderList headers; // response headers, unredacted
        QByteArray body;    // the answer or its first part, unredacted
        qint64 bodyBytes = -1;
        QString errorMessage;
        QString errorDetail;
        // The request body's beginning when begin() could not have it yet (a body streamed while sending).
        std::optional<QByteArray> requestBody;
    };
    void finish(quint64 id, const End& end);

    std::optional<RequestRecord> record(quint64 id) const;
    QList<RequestRecord> records() const;
    void clear();

    // Redacts `raw` and cuts it to kBodyExcerptBytes (without cutting a secret in half: the redaction sees a
    // margin past the cut). `fullSize` is the whole body's size when `raw` is only its beginning.
    static QByteArray excerpt(const QByteArray& raw, qint64 fullSize, bool* truncated);
    // Header values redacted; Authorization, Proxy-Authorization, Cookie, Set-Cookie and `keyHeader` masked
    // whole (Authorization keeps its scheme word: "Basic ***").
    static HeaderList redactHeaders(const HeaderList& headers, const QByteArray& keyHeader = {});

signals:
    void entryAdded(quint64 id);
    void entryFinished(quint64 id);
    void entriesDropped(quint64 upToId); // every entry with an id <= upToId is gone (the ring's oldest)
    void cleared();

private:
    RequestLog() = default;
    qint64 costOf(const RequestRecord& r) const;
    quint64 trim(); // under the lock; returns the last dropped id or 0

    QAtomicInt m_recording = 1;
    mutable QMutex m_mutex;
    std::deque<RequestRecord> m_entries; // ascending ids
    quint64 m_nextId = 1;
    qint64 m_bytes = 0;
};

} // namespace kontor::net
