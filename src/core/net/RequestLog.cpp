#include "net/RequestLog.h"

#include "net/Redactor.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <algorithm>

namespace kontor::net {

namespace {

// Redaction looks this far past the cut, so a secret (or a "password=" value) that starts before the cut is
// masked whole before the excerpt is cut, and no half of it survives at the excerpt's end.
constexpr qsizetype kRedactionMargin = 8 * 1024;

bool isMaskedWhole(const QByteArray& lowerName, const QByteArray& keyHeader)
{
    return lowerName == "authorization" || lowerName == "proxy-authorization" || lowerName == "cookie" ||
           lowerName == "set-cookie" || (!keyHeader.isEmpty() && lowerName == keyHeader.toLower());
}

} // namespace

RequestLog* RequestLog::instance()
{
    static RequestLog* log = [] {
        auto* l = new RequestLog();
        // Lives as long as the process (never deleted: clients report until the very end); its signals are
        // delivered to each listener's thread.
        if (QCoreApplication* app = QCoreApplication::instance())
            l->moveToThread(app->thread());
        return l;
    }();
    return log;
}

QByteArray RequestLog::excerpt(const QByteArray& raw, qint64 fullSize, bool* truncated)
{
    const qint64 whole = std::max<qint64>(fullSize, raw.size());
    const bool cut = whole > kBodyExcerptBytes;
    if (truncated)
        *truncated = cut;
    // squeeze(): the UTF-8 conversion inside redact() allocates three bytes per character and keeps that room,
    // so an excerpt would hold three times its size for the whole session.
    if (!cut) {
        QByteArray redacted = Redactor::redact(raw);
        redacted.squeeze();
        return redacted;
    }
    QByteArray redacted = Redactor::redact(raw.left(kBodyExcerptBytes + kRedactionMargin));
    // Redaction only shortens (a secret becomes "***"), so this keeps at most the cap; a mask at the cut is
    // kept whole rather than cut to a lone "*".
    qsizetype end = std::min<qsizetype>(redacted.size(), kBodyExcerptBytes);
    while (end > 0 && end < redacted.size() && redacted.at(end) == '*' && redacted.at(end - 1) == '*')
        --end;
    // Do not end inside a UTF-8 sequence.
    while (end > 0 && end < redacted.size() && (static_cast<unsigned char>(redacted.at(end)) & 0xC0) == 0x80)
        --end;
    redacted.truncate(end);
    redacted.squeeze();
    return redacted;
}

HeaderList RequestLog::redactHeaders(const HeaderList& headers, const QByteArray& keyHeader)
{
    const QByteArray mask(Redactor::Mask);
    HeaderList out;
    out.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (isMaskedWhole(lower, keyHeader)) {
            QByteArray shown = mask;
            if (lower.endsWith("authorization")) {
                const qsizetype space = value.indexOf(' ');
                if (space > 0 && space < 16)
                    shown = value.left(space + 1) + mask; // "Basic ***", "Bearer ***"
            }
            out.append({name, shown});
        } else {
            out.append({name, Redactor::redact(value)});
        }
    }
    return out;
}

qint64 RequestLog::costOf(const RequestRecord& r) const
{
    return r.requestBody.size() + r.responseBody.size() + 512;
}

quint64 RequestLog::trim()
{
    quint64 dropped = 0;
    while (!m_entries.empty() &&
           (static_cast<int>(m_entries.size()) > kMaxEntries || (m_bytes > kMaxBytes && m_entries.size() > 1))) {
        m_bytes -= costOf(m_entries.front());
        dropped = m_entries.front().id;
        m_entries.pop_front();
    }
    return dropped;
}

quint64 RequestLog::begin(const Start& start)
{
    if (!isRecording())
        return 0;
    RequestRecord r;
    r.started = QDateTime::currentDateTime();
    r.profile = start.profile;
    r.method = start.method;
    r.url = Redactor::redactUrl(start.url);
    r.auth = start.auth;
    r.user = start.user;
    r.keyHeader = start.keyHeader;
    r.requestHeaders = redactHeaders(start.headers, start.keyHeader);
    r.requestBytes = std::max<qint64>(start.bodyBytes, start.body.size());
    r.requestBody = excerpt(start.body, r.requestBytes, &r.requestTruncated);
    quint64 id = 0;
    quint64 dropped = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        r.id = id;
        m_bytes += costOf(r);
        m_entries.push_back(std::move(r));
        dropped = trim();
    }
    if (dropped)
        emit entriesDropped(dropped);
    emit entryAdded(id);
    return id;
}

void RequestLog::finish(quint64 id, const End& end)
{
    if (id == 0)
        return; // begun while recording was off
    // Everything is redacted before the lock: redaction of 64 KiB takes a while, and other threads log too.
    const HeaderList headers = redactHeaders(end.headers);
    bool truncated = false;
    const qint64 bytes = std::max<qint64>(end.bodyBytes, end.body.size());
    const QByteArray body = excerpt(end.body, bytes, &truncated);
    const QString message = Redactor::redact(end.errorMessage);
    const QString detail = Redactor::redact(end.errorDetail);
    std::optional<RequestRecord> known;
    bool requestTruncated = false;
    QByteArray requestBody;
    if (end.requestBody) {
        known = record(id);
        if (known)
            requestBody = excerpt(*end.requestBody, known->requestBytes, &requestTruncated);
    }
    {
        QMutexLocker lock(&m_mutex);
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                   [](const RequestRecord& r, quint64 value) { return r.id < value; });
        if (it == m_entries.end() || it->id != id)
            return; // dropped from the ring (or cleared) meanwhile
        m_bytes -= costOf(*it);
        it->responseHeaders = headers;
        it->responseBody = body;
        it->responseBytes = bytes;
        it->responseTruncated = truncated;
        it->status = end.status;
        it->attempts = end.attempts;
        it->durationMs = end.durationMs;
        it->errorMessage = message;
        it->errorDetail = detail;
        it->finished = true;
        if (known) {
            it->requestBody = requestBody;
            it->requestTruncated = requestTruncated;
        }
        m_bytes += costOf(*it);
    }
    emit entryFinished(id);
}

std::optional<RequestRecord> RequestLog::record(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                               [](const RequestRecord& r, quint64 value) { return r.id < value; });
    if (it == m_entries.end() || it->id != id)
        return std::nullopt;
    return *it;
}

QList<RequestRecord> RequestLog::records() const
{
    QMutexLocker lock(&m_mutex);
    return QList<RequestRecord>(m_entries.begin(), m_entries.end());
}

void RequestLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
        m_bytes = 0;
    }
    emit cleared();
}

} // namespace kontor::net
