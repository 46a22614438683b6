#include "upload/InvoiceMatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>

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

// The shop's transactions looked up by id, case-insensitively, in constant time: a month-end folder holds
// thousands of files and the shop thousands of transactions, and every file name is searched for every id.
class TransactionIndex
{
public:
    explicit TransactionIndex(const QList<Transaction>& transactions)
        : m_transactions(transactions)
    {
        for (int i = 0; i < transactions.size(); ++i) {
            const QString& id = transactions[i].id;
            if (id.isEmpty())
                continue;
            const QString key = id.toCaseFolded();
            if (!m_byId.contains(key))
                m_byId.insert(key, i);
            if (!m_lengths.contains(id.size()))
                m_lengths << id.size();
        }
    }

    const Transaction* find(const QString& id) const
    {
        const auto it = m_byId.constFind(id.toCaseFolded());
        return it == m_byId.constEnd() ? nullptr : &m_transactions[*it];
    }

    // The ids that occur in `name`, each standing alone (no letter or digit right before it, no digit right after
    // it: DSPY1000134_Invoice.pdf names DSPY1000134, DSPY10001345.pdf does not), in the shop's order.
    QStringList idsIn(const QString& name) const
    {
        QList<int> found;
        for (qsizetype at = 0; at < name.size(); ++at) {
            if (at > 0 && name.at(at - 1).isLetterOrNumber())
                continue;
            for (qsizetype length : m_lengths) {
                const qsizetype end = at + length;
                if (end > name.size() || (end < name.size() && name.at(end).isDigit()))
                    continue;
                const auto it = m_byId.constFind(QStringView(name).mid(at, length).toString().toCaseFolded());
                if (it != m_byId.constEnd() && !found.contains(*it))
                    found << *it;
            }
        }
        std::sort(found.begin(), found.end());
        QStringList ids;
        for (int i : std::as_const(found))
            ids << m_transactions[i].id;
        return ids;
    }

private:
    const QList<Transaction>& m_transactions;
    QHash<QString, int> m_byId; // case-folded id -> first transaction with it
    QList<qsizetype> m_lengths; // the ids' distinct lengths
};

// Every file's problems from what is known about it and the others.
void decide(QList<InvoiceMatch>& matches, const QList<Transaction>& transactions, const InvoiceMatchOptions& options)
{
    const TransactionIndex index(transactions);
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
        } else if (const Transaction* t = index.find(m.transactionId)) {
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
    const TransactionIndex index(transactions);
    // The map's entries by path and by file name; the first entry that names a file wins.
    QHash<QString, int> mapByPath;
    QHash<QString, int> mapByName;
    if (map) {
        for (int i = 0; i < map->size(); ++i) {
            const QString& file = map->at(i).file;
            if (!mapByPath.contains(file))
                mapByPath.insert(file, i);
            const QString name = QFileInfo(file).fileName();
            if (!mapByName.contains(name))
                mapByName.insert(name, i);
        }
    }
    QList<InvoiceMatch> matches;
    matches.reserve(files.size());
    for (const InvoiceFileInfo& file : files) {
        InvoiceMatch m;
        m.file = file;
        const QFileInfo info(file.path);
        m.fileName = info.fileName();
        m.serialNumber = info.completeBaseName();
        const InvoiceMapEntry* entry = nullptr;
        if (map) {
            const int byPath = mapByPath.value(file.path, -1);
            const int byName = mapByName.value(m.fileName, -1);
            const int first = byPath < 0 ? byName : byName < 0 ? byPath : qMin(byPath, byName);
            if (first >= 0)
                entry = &map->at(first);
        }
        if (entry) {
            const Transaction* t = index.find(entry->transactionId);
            m.transactionId = t ? t->id : entry->transactionId;
            m.source = InvoiceMatch::Source::Map;
            if (!entry->serialNumber.isEmpty())
                m.serialNumber = entry->serialNumber;
        } else {
            const QStringList ids = index.idsIn(m.fileName);
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
    const Transaction* t = TransactionIndex(transactions).find(transactionId.trimmed());
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
