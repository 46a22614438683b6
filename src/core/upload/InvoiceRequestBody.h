#pragma once
// InvoiceRequestBody: the body of one uploadMarketplaceTransactionInvoice request, streamed from the invoice
// files instead of held in memory. The body is what WebshippyEnvelope::request would send (`request=` and the
// payload, every byte outside [A-Za-z0-9-._~] percent-encoded): the envelope itself writes the payload with a
// marker in place of each file, and the file's base64 goes where its marker was. prepare() runs on a worker
// thread: a body whose files are small enough (the usual batch of a few MiB) is encoded there whole, once, so
// the thread that writes to the socket only copies bytes; a larger one is read once to learn the exact length
// (Content-Length), and read() then encodes it chunk by chunk while the socket drains.

#include "Result.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <memory>

namespace kontor::upload {

struct BodyInvoice
{
    QString path;
    QString transactionId;
    QString serialNumber;
};

class InvoiceRequestBody
{
public:
    InvoiceRequestBody(const QString& apiKey, WireFormat format, QList<BodyInvoice> invoices);
    ~InvoiceRequestBody();
    InvoiceRequestBody(InvoiceRequestBody&&) noexcept;

    // Reads every file once and computes size(); encodes the body whole when its files together are at most
    // `materializeLimit` bytes. An error names the file that could not be read (index in `*failedIndex`).
    Error prepare(int* failedIndex = nullptr, qint64 materializeLimit = kMaterializeLimit);
    static constexpr qint64 kMaterializeLimit = 8 * 1024 * 1024;
    bool isMaterialized() const { return m_materialized; }
    qint64 size() const { return m_size; }

    // The next bytes of the body, at most about `max`; empty at the end. Fails when a file changed since
    // prepare() (its length differs), so that a request never goes out shorter or longer than announced.
    Result<QByteArray> read(qint64 max);
    bool atEnd() const { return m_produced >= m_size; }
    qint64 produced() const { return m_produced; }

    // The whole body at once: for tests (it equals WebshippyEnvelope::request's body for the same invoices).
    Result<QByteArray> readAll();

    // Percent-encoded length of base64 text, and the encoding itself (only '+', '/' and '=' need escaping).
    static QByteArray percentEncodeBase64(const QByteArray& base64);
    // The length of percentEncodeBase64(base64 of `size` bytes) computed from the bytes themselves; only the last
    // piece of a file may have a size that is not a multiple of 3.
    static qint64 encodedSize(const char* data, qint64 size, bool last);
    // Appends percentEncodeBase64(base64 of the bytes) to `out`, in one pass.
    static void appendEncoded(const char* data, qint64 size, QByteArray* out);

private:
    bool fillFromFile(QByteArray* out, qint64 max, Error* error);
    Error materialize(int* failedIndex);

    QList<BodyInvoice> m_invoices;
    QList<QByteArray> m_segments; // percent-encoded text around the files: invoices + 1 of them
    QList<qint64> m_fileWire;     // each file's encoded length (prepare)
    qint64 m_size = 0;
    qint64 m_produced = 0;
    int m_part = 0;        // 2*i: segment i; 2*i+1: file i
    qint64 m_partDone = 0; // bytes of the current part already produced
    std::unique_ptr<QFile> m_file;
    bool m_materialized = false;
    QByteArray m_whole; // the whole body, when materialized
};

} // namespace kontor::upload
