#include "upload/InvoiceMatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace kontor::upload::InvoiceMatcher {

namespace {

// The CSV's rows, RFC 4180 quoting, with `delimiter`.
QList<QStringList> parseCsv(const QString& text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

// The shop's transaction ids that occur in `name`, each standing alone (no letter or digit right before it,
// no digit right after it: DSPY1000134_Invoice.pdf names DSPY1000134, DSPY10001345.pdf does not).
QStringList idsIn(const QString& name, const QList<Transaction>& transactions)
{
    QStringList found;
    for (const Transaction& t : transactions) {
        if (t.id.isEmpty())
            continue;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = name.indexOf(t.id, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            const qsizetype end = at + t.id.size();
            const bool startOk = at == 0 || !name.at(at - 1).isLetterOrNumber();
            const bool endOk = end >= name.size() || !name.at(end).isDigit();
            if (startOk && endOk) {
                if (!found.contains(t.id))
                    found << t.id;
                break;
            }
            from = at + 1;
        }
    }
    return found;
}

const Transaction* findTransaction(const QList<Transaction>& transactions, const QString& id)
{
    for (const Transaction& t : transactions) {
        if (t.id.compare(id, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

// Every file's problems from what is known about it and the others.
void decide(QList<InvoiceMatch>& matches, const QList<Transaction>& transactions, const InvoiceMatchOptions& options)
{
    QHash<QString, int> perTransaction;
    for (const InvoiceMatch& m : std::as_const(matches)) {
        if (!m.transactionId.isEmpty())
            ++perTransaction[m.transactionId.toUpper()];
    }
    for (InvoiceMatch& m : matches) {
        QList<InvoiceProblem> problems;
        for (InvoiceProblem p : std::as_const(m.problems)) {
            if (p == InvoiceProblem::AmbiguousName && m.source == InvoiceMatch::Source::None)
                problems << p; // the name's own verdict stays until the person decides
        }
        if (!m.file.readable)
            problems << InvoiceProblem::Unreadable;
        else if (m.file.size == 0)
            problems << InvoiceProblem::Empty;
        else if (m.file.size > options.maxFileBytes)
            problems << InvoiceProblem::TooLarge;
        else if (!m.file.pdf)
            problems << InvoiceProblem::NotPdf;
        if (m.transactionId.isEmpty()) {
            if (!problems.contains(InvoiceProblem::AmbiguousName))
                problems << InvoiceProblem::NoMatch;
        } else if (const Transaction* t = findTransaction(transactions, m.transactionId)) {
            if (t->invoiceStatus.compare(QLatin1String("invoiced"), Qt::CaseInsensitive) == 0)
                problems << InvoiceProblem::AlreadyInvoiced;
            if (perTransaction.value(m.transactionId.toUpper()) > 1)
                problems << InvoiceProblem::DuplicateTransaction;
        } else {
            problems << InvoiceProblem::UnknownTransaction;
        }
        m.problems = problems;
    }
}

} // namespace

InvoiceFileInfo inspect(const QString& path)
{
    InvoiceFileInfo info;
    info.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.readError = file.errorString();
        return info;
    }
    info.readable = true;
    info.size = file.size();
    info.pdf = file.read(5) == QByteArrayLiteral("%PDF-");
    return info;
}

Result<QList<InvoiceMapEntry>> readMap(const QByteArray& csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(lineEnd < 0 ? text.size() : lineEnd);
    const QChar delimiter =
        first.count(QLatin1Char(';')) > first.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    const QList<QStringList> rows = parseCsv(text, delimiter);
    QList<InvoiceMapEntry> entries;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        if (i == 0 && row.first().trimmed().compare(QLatin1String("transactionId"), Qt::CaseInsensitive) == 0)
            continue;
        InvoiceMapEntry e;
        e.transactionId = row.value(0).trimmed();
        e.file = row.value(1).trimmed();
        e.serialNumber = row.value(2).trimmed();
        if (row.size() < 2 || row.size() > 3 || e.transactionId.isEmpty() || e.file.isEmpty())
            return Result<QList<InvoiceMapEntry>>::failure(Error::make(
                Error::Kind::InvalidInput,
                QCoreApplication::translate(
                    "kontor::upload::InvoiceMatcher",
                    "Line %1 of the map is not \"transactionId,file\" or \"transactionId,file,invoiceSerialNumber\".")
                    .arg(i + 1)));
        entries << e;
    }
    return Result<QList<InvoiceMapEntry>>::success(entries);
}

QList<InvoiceMatch> match(const QList<InvoiceFileInfo>& files, const QList<Transaction>& transactions,
                          const QList<InvoiceMapEntry>* map, const InvoiceMatchOptions& options)
{
    QList<InvoiceMatch> matches;
    for (const InvoiceFileInfo& file : files) {
        InvoiceMatch m;
        m.file = file;
        const QFileInfo info(file.path);
        m.fileName = info.fileName();
        m.serialNumber = info.completeBaseName();
        const InvoiceMapEntry* entry = nullptr;
        if (map) {
            for (const InvoiceMapEntry& e : *map) {
                if (e.file == file.path || QFileInfo(e.file).fileName() == m.fileName) {
                    entry = &e;
                    break;
                }
            }
        }
        if (entry) {
            const Transaction* t = findTransaction(transactions, entry->transactionId);
            m.transactionId = t ? t->id : entry->transactionId;
            m.source = InvoiceMatch::Source::Map;
            if (!entry->serialNumber.isEmpty())
                m.serialNumber = entry->serialNumber;
        } else {
            const QStringList ids = idsIn(m.fileName, transactions);
            if (ids.size() == 1) {
                m.transactionId = ids.first();
                m.source = InvoiceMatch::Source::FileName;
            } else if (ids.size() > 1) {
                m.problems << InvoiceProblem::AmbiguousName;
            }
        }
        matches << m;
    }
    decide(matches, transactions, options);
    return matches;
}

void assign(QList<InvoiceMatch>& matches, int row, const QString& transactionId, const QList<Transaction>& transactions,
            const InvoiceMatchOptions& options)
{
    if (row < 0 || row >= matches.size())
        return;
    InvoiceMatch& m = matches[row];
    const Transaction* t = findTransaction(transactions, transactionId.trimmed());
    m.transactionId = t ? t->id : transactionId.trimmed();
    m.source = m.transactionId.isEmpty() ? InvoiceMatch::Source::None : InvoiceMatch::Source::Manual;
    m.problems.removeAll(InvoiceProblem::AmbiguousName);
    decide(matches, transactions, options);
}

QString problemId(InvoiceProblem problem)
{
    switch (problem) {
    case InvoiceProblem::None:
        return {};
    case InvoiceProblem::NoMatch:
        return QStringLiteral("no-match");
    case InvoiceProblem::UnknownTransaction:
        return QStringLiteral("unknown-transaction");
    case InvoiceProblem::AmbiguousName:
        return QStringLiteral("ambiguous-name");
    case InvoiceProblem::DuplicateTransaction:
        return QStringLiteral("duplicate");
    case InvoiceProblem::AlreadyInvoiced:
        return QStringLiteral("already-invoiced");
    case InvoiceProblem::NotPdf:
        return QStringLiteral("not-pdf");
    case InvoiceProblem::Unreadable:
        return QStringLiteral("unreadable");
    case InvoiceProblem::Empty:
        return QStringLiteral("empty");
    case InvoiceProblem::TooLarge:
        return QStringLiteral("too-large");
    }
    return {};
}

QString describe(InvoiceProblem problem, const InvoiceMatch& match, const QList<InvoiceMatch>& all)
{
    switch (problem) {
    case InvoiceProblem::None:
        return {};
    case InvoiceProblem::NoMatch:
        return QCoreApplication::translate(
                   "kontor::upload::InvoiceMatcher",
                   "No transaction of the shop is named in \"%1\": choose one, or add the file to a map.")
            .arg(match.fileName);
    case InvoiceProblem::UnknownTransaction:
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher", "The shop lists no transaction %1.")
            .arg(match.transactionId);
    case InvoiceProblem::AmbiguousName:
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher",
                                           "\"%1\" names more than one transaction: choose the right one.")
            .arg(match.fileName);
    case InvoiceProblem::DuplicateTransaction: {
        QStringList names;
        for (const InvoiceMatch& other : all) {
            if (other.transactionId.compare(match.transactionId, Qt::CaseInsensitive) == 0)
                names << other.fileName;
        }
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher",
                                           "Two files for transaction %1: %2. Each transaction takes one invoice.")
            .arg(match.transactionId, names.join(QStringLiteral(", ")));
    }
    case InvoiceProblem::AlreadyInvoiced:
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher", "Transaction %1 has its invoice already.")
            .arg(match.transactionId);
    case InvoiceProblem::NotPdf:
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher",
                                           "\"%1\" is not a PDF file (its content does not begin like one).")
            .arg(match.fileName);
    case InvoiceProblem::Unreadable:
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher", "\"%1\" cannot be read: %2")
            .arg(match.fileName, match.file.readError);
    case InvoiceProblem::Empty:
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher", "\"%1\" is empty.").arg(match.fileName);
    case InvoiceProblem::TooLarge:
        return QCoreApplication::translate("kontor::upload::InvoiceMatcher",
                                           "\"%1\" is %2, more than an invoice may be.")
            .arg(match.fileName, QLocale().formattedDataSize(match.file.size));
    }
    return {};
}

} // namespace kontor::upload::InvoiceMatcher
