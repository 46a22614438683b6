#pragma once
// Which invoice file goes to which marketplace transaction (Webshippy, document 004), decided before anything
// is sent. The invoice's serial number is the file's base name (the document: "the invoice's number, the name
// of the file"). The transaction comes from a CSV map (`transactionId,file[,invoiceSerialNumber]`, a header
// line allowed) or, without one, from a transaction id of the shop's list that the file name contains, e.g.
// DSPY1000134_Invoice-12345.pdf. Every file gets its match and its problems in words: no match, two files for
// one transaction, the transaction already invoiced, not a PDF by its first bytes, unreadable, empty, over the
// size limit. Reading a file's first bytes touches the disk: the GUI runs inspect() on a worker thread.

#include "Result.h"
#include "domain/Records.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kontor::upload {

// What Kontor learnt about one file by looking at it (inspect()).
struct InvoiceFileInfo
{
    QString path;
    qint64 size = -1; // -1: could not be read
    bool readable = false;
    bool pdf = false;  // starts with "%PDF-"
    QString readError; // why it could not be read, in words
};

enum class InvoiceProblem {
    None,
    NoMatch,              // no transaction of the shop's list in the name (or the map names none for it)
    UnknownTransaction,   // the map names a transaction the shop does not list
    AmbiguousName,        // the name contains two of the shop's transaction ids
    DuplicateTransaction, // another file is matched to the same transaction
    AlreadyInvoiced,      // the shop says the transaction has its invoice
    NotPdf,
    Unreadable,
    Empty,
    TooLarge,
};

struct InvoiceMatch
{
    InvoiceFileInfo file;
    QString fileName;
    QString transactionId; // empty when none
    QString serialNumber;  // the invoice's number: the file's base name, or the map's third column
    enum class Source { None, FileName, Map, Manual } source = Source::None;
    QList<InvoiceProblem> problems;
    bool sendable() const { return problems.isEmpty(); }
};

// One line of the CSV map.
struct InvoiceMapEntry
{
    QString transactionId;
    QString file; // as written: a base name or a path
    QString serialNumber;
};

struct InvoiceMatchOptions
{
    qint64 maxFileBytes = 20 * 1024 * 1024;
};

namespace InvoiceMatcher {

// Looks at a file: its size, whether it can be read, whether its first bytes say PDF. Blocking (disk).
InvoiceFileInfo inspect(const QString& path);

// Reads the CSV map (RFC 4180 quoting, comma or semicolon, a header line recognised and skipped); an error
// names the line that is wrong.
Result<QList<InvoiceMapEntry>> readMap(const QByteArray& csv);

// Matches `files` against the shop's `transactions` (with `map` when given; a file the map does not name is
// matched by its name). Files keep their order.
QList<InvoiceMatch> match(const QList<InvoiceFileInfo>& files, const QList<Transaction>& transactions,
                          const QList<InvoiceMapEntry>* map = nullptr, const InvoiceMatchOptions& options = {});

// The person fixed a match by hand: `row` goes to `transactionId` (empty: to none); every file's problems are
// decided again (a duplicate may have gone away or appeared).
void assign(QList<InvoiceMatch>& matches, int row, const QString& transactionId, const QList<Transaction>& transactions,
            const InvoiceMatchOptions& options = {});

// A problem in words for the person ("Two files for transaction DSPY1000134: a.pdf and b.pdf").
QString describe(InvoiceProblem problem, const InvoiceMatch& match, const QList<InvoiceMatch>& all);
QString problemId(InvoiceProblem problem); // "no-match", "duplicate", ... (stable, for --json)

} // namespace InvoiceMatcher

} // namespace kontor::upload
