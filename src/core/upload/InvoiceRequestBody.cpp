#include "upload/InvoiceRequestBody.h"

#include "codec/Lenient.h"
#include "services/webshippy/WebshippyEnvelope.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUrl>

namespace kontor::upload {

namespace {

constexpr qint64 kFileChunk = 3 * 16 * 1024; // a multiple of 3: base64 of the chunks joins without padding

Error unreadable(const QString& path, const QString& reason)
{
    return Error::make(
        Error::Kind::Storage,
        QCoreApplication::translate("kontor::upload::InvoiceRequestBody", "The file %1 cannot be read (%2).")
            .arg(QFileInfo(path).fileName(), reason),
        QStringLiteral("cannot read %1: %2").arg(path, reason));
}

// Reads up to `max` bytes, as many as the file still has: base64 pieces join only when each but the last is a
// multiple of 3 bytes, so a short read in the middle of a file must not end a piece.
qint64 readFull(QFile& file, char* into, qint64 max)
{
    qint64 total = 0;
    while (total < max) {
        const qint64 got = file.read(into + total, max - total);
        if (got <= 0)
            break;
        total += got;
    }
    return total;
}

} // namespace

InvoiceRequestBody::InvoiceRequestBody(const QString& apiKey, WireFormat format, QList<BodyInvoice> invoices)
    : m_invoices(std::move(invoices))
{
    // The envelope writes the payload exactly as for any request; each file's place is a marker made of letters
    // and digits only, so that neither JSON nor XML escaping can change it.
    const QByteArray nonce = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    QList<QByteArray> markers;
    codec::Json list = codec::Json::array();
    for (int i = 0; i < m_invoices.size(); ++i) {
        const QByteArray marker = "KONTORFILE" + nonce + 'N' + QByteArray::number(i) + 'X';
        markers << marker;
        codec::Json item = codec::Json::object();
        item["transactionId"] = m_invoices[i].transactionId.toStdString();
        item["invoiceSerialNumber"] = m_invoices[i].serialNumber.toStdString();
        item["fileInput"] = marker.toStdString();
        list.push_back(std::move(item));
    }
    codec::Json fields = codec::Json::object();
    fields["invoice"] = std::move(list);
    const QByteArray payload = WebshippyEnvelope::payload(apiKey, fields, format);
    qsizetype from = 0;
    for (int i = 0; i < markers.size(); ++i) {
        const qsizetype at = payload.indexOf(markers[i], from);
        Q_ASSERT(at >= 0);
        QByteArray segment = QUrl::toPercentEncoding(QString::fromUtf8(payload.mid(from, at - from)));
        m_segments << (i == 0 ? QByteArrayLiteral("request=") + segment : segment);
        from = at + markers[i].size();
    }
    QByteArray tail = QUrl::toPercentEncoding(QString::fromUtf8(payload.mid(from)));
    m_segments << (markers.isEmpty() ? QByteArrayLiteral("request=") + tail : tail);
}

InvoiceRequestBody::~InvoiceRequestBody() = default;
InvoiceRequestBody::InvoiceRequestBody(InvoiceRequestBody&&) noexcept = default;

QByteArray InvoiceRequestBody::percentEncodeBase64(const QByteArray& base64)
{
    // Only '+', '/' and '=' of base64's alphabet need escaping: count them, then fill in one pass.
    const char* in = base64.constData();
    const qsizetype n = base64.size();
    qsizetype escaped = 0;
    for (qsizetype i = 0; i < n; ++i)
        escaped += (in[i] == '+') | (in[i] == '/') | (in[i] == '=');
    QByteArray out(n + 2 * escaped, Qt::Uninitialized);
    char* o = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in[i];
        if (c == '+' || c == '/' || c == '=') {
            *o++ = '%';
            *o++ = c == '+' ? '2' : c == '/' ? '2' : '3';
            *o++ = c == '+' ? 'B' : c == '/' ? 'F' : 'D';
        } else {
            *o++ = c;
        }
    }
    return out;
}

void InvoiceRequestBody::appendEncoded(const char* data, qint64 size, QByteArray* out)
{
    // Base64 and its percent-encoding in one pass: the work of every byte of every invoice.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // Room for the worst case (every character escaped), then cut to what was written: no counting pass.
    const qsizetype at = out->size();
    const qsizetype worst = static_cast<qsizetype>((size + 2) / 3 * 12);
    if (out->capacity() < at + worst)
        out->reserve(qMax(at + worst, out->capacity() + out->capacity() / 2));
    out->resize(at + worst);
    char* o = out->data() + at;
    auto put = [&o](unsigned sextet) {
        if (sextet < 62) {
            *o++ = alphabet[sextet];
        } else {
            o[0] = '%';
            o[1] = '2';
            o[2] = sextet == 62 ? 'B' : 'F';
            o += 3;
        }
    };
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    const qint64 whole = size / 3 * 3;
    for (qint64 i = 0; i < whole; i += 3) {
        const unsigned v = (unsigned(p[i]) << 16) | (unsigned(p[i + 1]) << 8) | p[i + 2];
        put(v >> 18);
        put((v >> 12) & 63);
        put((v >> 6) & 63);
        put(v & 63);
    }
    const qint64 rest = size - whole;
    if (rest > 0) {
        const unsigned v = (unsigned(p[whole]) << 16) | (rest == 2 ? unsigned(p[whole + 1]) << 8 : 0u);
        put(v >> 18);
        put((v >> 12) & 63);
        if (rest == 2)
            put((v >> 6) & 63);
        for (qint64 k = rest; k < 3; ++k) {
            o[0] = '%';
            o[1] = '3';
            o[2] = 'D';
            o += 3;
        }
    }
    out->resize(o - out->constData());
}

qint64 InvoiceRequestBody::encodedSize(const char* data, qint64 size, bool last)
{
    // The length of percentEncodeBase64(base64 of these bytes) without making it: 4 characters for every 3 bytes,
    // 2 more for each sextet that is 62 ('+') or 63 ('/'), and for the padding '=' of the last group.
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qint64 escaped = 0;
    const qint64 whole = size / 3 * 3;
    for (qint64 i = 0; i < whole; i += 3) {
        const unsigned v = (unsigned(p[i]) << 16) | (unsigned(p[i + 1]) << 8) | p[i + 2];
        escaped += ((v >> 18) >= 62) + (((v >> 12) & 63) >= 62) + (((v >> 6) & 63) >= 62) + ((v & 63) >= 62);
    }
    qint64 length = whole / 3 * 4;
    const qint64 rest = size - whole;
    if (rest > 0) {
        Q_ASSERT(last);
        Q_UNUSED(last);
        const unsigned v = (unsigned(p[whole]) << 16) | (rest == 2 ? unsigned(p[whole + 1]) << 8 : 0u);
        escaped += ((v >> 18) >= 62) + (((v >> 12) & 63) >= 62);
        if (rest == 2)
            escaped += ((v >> 6) & 63) >= 62;
        escaped += 3 - rest; // the '=' padding
        length += 4;
    }
    return length + 2 * escaped;
}

Error InvoiceRequestBody::materialize(int* failedIndex)
{
    // Each file is read whole and encoded straight behind the text before it: one pass over the bytes.
    qint64 estimate = 0;
    for (const QByteArray& s : m_segments)
        estimate += s.size();
    for (const BodyInvoice& invoice : m_invoices)
        estimate += QFileInfo(invoice.path).size() / 3 * 4 * 11 / 10 + 16; // base64 plus ~3% escapes
    QByteArray whole;
    whole.reserve(static_cast<qsizetype>(estimate));
    for (int i = 0; i < m_invoices.size(); ++i) {
        whole += m_segments[i];
        QFile file(m_invoices[i].path);
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        if (!file.isOpen() || file.error() != QFileDevice::NoError) {
            if (failedIndex)
                *failedIndex = i;
            return unreadable(m_invoices[i].path, file.errorString());
        }
        for (qsizetype done = 0; done < bytes.size(); done += kFileChunk)
            appendEncoded(bytes.constData() + done, qMin<qsizetype>(kFileChunk, bytes.size() - done), &whole);
    }
    whole += m_segments.constLast();
    m_whole = std::move(whole);
    m_size = m_whole.size();
    m_materialized = true;
    return {};
}

Error InvoiceRequestBody::prepare(int* failedIndex, qint64 materializeLimit)
{
    m_fileWire.clear();
    m_whole.clear();
    m_materialized = false;
    m_produced = 0;
    m_part = 0;
    m_partDone = 0;
    m_file.reset();
    qint64 raw = 0;
    for (const BodyInvoice& invoice : m_invoices)
        raw += QFileInfo(invoice.path).size();
    if (raw <= materializeLimit)
        return materialize(failedIndex);
    m_size = 0;
    for (const QByteArray& s : m_segments)
        m_size += s.size();
    for (int i = 0; i < m_invoices.size(); ++i) {
        QFile file(m_invoices[i].path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (failedIndex)
                *failedIndex = i;
            return unreadable(m_invoices[i].path, file.errorString());
        }
        qint64 wire = 0;
        QByteArray chunk(kFileChunk, Qt::Uninitialized);
        for (;;) {
            const qint64 got = readFull(file, chunk.data(), kFileChunk);
            if (got <= 0)
                break;
            wire += encodedSize(chunk.constData(), got, got < kFileChunk);
        }
        if (file.error() != QFileDevice::NoError) {
            if (failedIndex)
                *failedIndex = i;
            return unreadable(m_invoices[i].path, file.errorString());
        }
        m_fileWire << wire;
        m_size += wire;
    }
    m_produced = 0;
    m_part = 0;
    m_partDone = 0;
    m_file.reset();
    return {};
}

bool InvoiceRequestBody::fillFromFile(QByteArray* out, qint64 max, Error* error)
{
    const int index = m_part / 2;
    const BodyInvoice& invoice = m_invoices[index];
    if (!m_file) {
        m_file = std::make_unique<QFile>(invoice.path);
        if (!m_file->open(QIODevice::ReadOnly)) {
            *error = unreadable(invoice.path, m_file->errorString());
            return false;
        }
    }
    QByteArray chunk(kFileChunk, Qt::Uninitialized);
    while (out->size() < max) {
        const qint64 got = readFull(*m_file, chunk.data(), kFileChunk);
        if (got <= 0)
            break;
        const qsizetype before = out->size();
        appendEncoded(chunk.constData(), got, out);
        m_partDone += out->size() - before;
    }
    if (m_file->error() != QFileDevice::NoError) {
        *error = unreadable(invoice.path, m_file->errorString());
        return false;
    }
    if (m_partDone > m_fileWire[index] || (m_file->atEnd() && m_partDone != m_fileWire[index])) {
        *error = Error::make(Error::Kind::Storage,
                             QCoreApplication::translate("kontor::upload::InvoiceRequestBody",
                                                         "The file %1 changed while it was being uploaded; it will "
                                                         "be read again.")
                                 .arg(QFileInfo(invoice.path).fileName()),
                             QStringLiteral("%1 changed during upload").arg(invoice.path));
        return false;
    }
    if (m_file->atEnd()) {
        m_file.reset();
        ++m_part;
        m_partDone = 0;
    }
    return true;
}

Result<QByteArray> InvoiceRequestBody::read(qint64 max)
{
    if (m_materialized) {
        const QByteArray out = m_whole.mid(m_produced, max);
        m_produced += out.size();
        if (atEnd())
            m_whole = QByteArray(); // sent: the memory goes back while the answer is awaited
        return Result<QByteArray>::success(out);
    }
    QByteArray out;
    const int parts = 2 * m_invoices.size() + 1;
    while (out.size() < max && m_part < parts) {
        if (m_part % 2 == 0) {
            const QByteArray& segment = m_segments[m_part / 2];
            const qint64 take = qMin<qint64>(segment.size() - m_partDone, max - out.size());
            out += segment.mid(m_partDone, take);
            m_partDone += take;
            if (m_partDone >= segment.size()) {
                ++m_part;
                m_partDone = 0;
            }
        } else {
            Error error;
            if (!fillFromFile(&out, max, &error))
                return Result<QByteArray>::failure(error);
        }
    }
    m_produced += out.size();
    return Result<QByteArray>::success(out);
}

Result<QByteArray> InvoiceRequestBody::readAll()
{
    QByteArray all;
    while (!atEnd()) {
        Result<QByteArray> chunk = read(1 << 20);
        if (!chunk.ok())
            return chunk;
        if (chunk.value.isEmpty())
            break;
        all += chunk.value;
    }
    return Result<QByteArray>::success(all);
}

} // namespace kontor::upload
