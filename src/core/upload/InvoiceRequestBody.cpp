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

QByteArray InvoiceRequestBody::percentEncodeBase64(const QByteArray& base64)
{
    QByteArray out;
    out.reserve(base64.size() + base64.size() / 16);
    for (char c : base64) {
        switch (c) {
        case '+':
            out += "%2B";
            break;
        case '/':
            out += "%2F";
            break;
        case '=':
            out += "%3D";
            break;
        default:
            out += c;
        }
    }
    return out;
}

Error InvoiceRequestBody::prepare(int* failedIndex)
{
    m_fileWire.clear();
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
        for (;;) {
            const QByteArray chunk = file.read(kFileChunk);
            if (chunk.isEmpty())
                break;
            const QByteArray b64 = chunk.toBase64();
            const qint64 escaped = b64.count('+') + b64.count('/') + b64.count('=');
            wire += b64.size() + 2 * escaped;
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
    while (out->size() < max) {
        const QByteArray chunk = m_file->read(kFileChunk);
        if (chunk.isEmpty())
            break;
        const QByteArray encoded = percentEncodeBase64(chunk.toBase64());
        m_partDone += encoded.size();
        *out += encoded;
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
