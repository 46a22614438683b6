#include "net/Http1Reader.h"

#include <algorithm>

namespace kontor::net {

void Http1Reader::reset()
{
    *this = Http1Reader();
}

void Http1Reader::broken(const QString& problem)
{
    m_state = State::Broken;
    m_problem = problem;
    m_keepAlive = false;
}

bool Http1Reader::readHead(QByteArray& in)
{
    for (;;) {
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (in.size() > kMaxHeadBytes)
                broken(QStringLiteral("answer head over %1 bytes").arg(kMaxHeadBytes));
            return false;
        }
        const QList<QByteArray> lines = in.left(end).split('\n');
        in.remove(0, end + 4);
        const QByteArray statusLine = lines.value(0).trimmed();
        const qsizetype space = statusLine.indexOf(' ');
        bool ok = false;
        const int status = space > 0 ? statusLine.mid(space + 1, 3).toInt(&ok) : 0;
        if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
            broken(QStringLiteral("bad status line"));
            return false;
        }
        if (status < 200)
            continue; // 100 Continue and the like: the real answer follows
        m_status = status;
        m_keepAlive = statusLine.startsWith("HTTP/1.1");
        m_headers.clear();
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_headers.append({name, value});
            const QByteArray lower = name.toLower();
            if (lower == "content-length") {
                m_contentLength = value.toLongLong(&ok);
                if (!ok || m_contentLength < 0) {
                    broken(QStringLiteral("bad Content-Length"));
                    return false;
                }
            } else if (lower == "transfer-encoding") {
                chunked = value.toLower().contains("chunked");
            } else if (lower == "connection") {
                const QByteArray v = value.toLower();
                m_keepAlive = v.contains("keep-alive") || (m_keepAlive && !v.contains("close"));
            } else if (lower == "content-type") {
                m_contentType = value;
            } else if (lower == "content-encoding") {
                m_contentEncoded = !value.isEmpty() && value.compare("identity", Qt::CaseInsensitive) != 0;
            }
        }
        if (m_status == 204 || m_status == 304) {
            m_state = State::Done;
        } else if (chunked) {
            m_framing = Framing::Chunked;
            m_state = State::Body;
        } else if (m_contentLength >= 0) {
            m_framing = Framing::Length;
            m_remaining = m_contentLength;
            m_state = m_contentLength == 0 ? State::Done : State::Body;
        } else {
            m_framing = Framing::UntilClose;
            m_keepAlive = false;
            m_state = State::Body;
        }
        return true;
    }
}

void Http1Reader::unframe(QByteArray& in, const std::function<void(const char*, qsizetype)>& sink)
{
    qsizetype used = 0; // bytes of `in` consumed; removed once at the end
    auto take = [&](qsizetype n) {
        if (n > 0)
            sink(in.constData() + used, n);
        used += n;
        m_bodyBytes += n;
    };
    switch (m_framing) {
    case Framing::UntilClose:
        take(in.size());
        break;
    case Framing::Length: {
        const qsizetype n = static_cast<qsizetype>(std::min<qint64>(m_remaining, in.size()));
        take(n);
        m_remaining -= n;
        if (m_remaining == 0)
            m_state = State::Done;
        break;
    }
    case Framing::Chunked:
        while (m_state == State::Body) {
            if (m_chunk == Chunk::Data) {
                const qsizetype n = static_cast<qsizetype>(std::min<qint64>(m_remaining, in.size() - used));
                if (n == 0)
                    break;
                take(n);
                m_remaining -= n;
                if (m_remaining == 0)
                    m_chunk = Chunk::DataEnd;
                continue;
            }
            const qsizetype eol = in.indexOf("\r\n", used);
            if (eol < 0) {
                if (in.size() - used > 1024)
                    broken(QStringLiteral("chunk line over 1024 bytes"));
                break;
            }
            const QByteArray line = in.mid(used, eol - used);
            used = eol + 2;
            if (m_chunk == Chunk::DataEnd) {
                if (!line.isEmpty()) {
                    broken(QStringLiteral("chunk data longer than its size"));
                    break;
                }
                m_chunk = Chunk::Size;
            } else if (m_chunk == Chunk::Trailer) {
                if (line.isEmpty())
                    m_state = State::Done;
            } else {
                bool ok = false;
                m_remaining = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok || m_remaining < 0) {
                    broken(QStringLiteral("bad chunk size"));
                    break;
                }
                m_chunk = m_remaining == 0 ? Chunk::Trailer : Chunk::Data;
            }
        }
        break;
    }
    in.remove(0, used);
}

bool Http1Reader::closed()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    m_keepAlive = false;
    return m_state == State::Done;
}

} // namespace kontor::net
