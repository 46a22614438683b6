#include "domain/TableText.h"

namespace kontor::TableText {

namespace {

// A spreadsheet runs a cell that begins with =, +, -, @ (or a tab or carriage return before one) as a formula:
// a shop's customer named "=HYPERLINK(...)" must stay text. Such a cell gets a leading apostrophe, which
// spreadsheets take as "text follows" and do not show; numbers ("-12.50", "+36 1 234 5678") stay as they are.
QString defused(const QString& field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return field;
    if (first == QLatin1Char('+') || first == QLatin1Char('-')) {
        bool digit = false;
        bool other = false;
        for (qsizetype i = 1; i < field.size() && !other; ++i) {
            const QChar c = field.at(i);
            if (c.isDigit())
                digit = true;
            else if (c != QLatin1Char('.') && c != QLatin1Char(',') && c != QLatin1Char(' '))
                other = true;
        }
        if (digit && !other)
            return field;
    }
    return QLatin1Char('\'') + field;
}

QString csvField(const QString& plain)
{
    const QString field = defused(plain);
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString tsvField(const QString& plain)
{
    QString field = defused(plain);
    field.replace(QLatin1Char('\t'), QLatin1Char(' '));
    field.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    field.replace(QLatin1Char('\n'), QLatin1Char(' '));
    field.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return field;
}

} // namespace

QByteArray csv(const QStringList& header, const QList<QStringList>& rows)
{
    QString text;
    auto line = [&text](const QStringList& fields) {
        QStringList out;
        out.reserve(fields.size());
        for (const QString& f : fields)
            out << csvField(f);
        text += out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    if (!header.isEmpty())
        line(header);
    for (const QStringList& row : rows)
        line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString tsv(const QStringList& header, const QList<QStringList>& rows)
{
    QStringList lines;
    auto line = [&lines](const QStringList& fields) {
        QStringList out;
        for (const QString& f : fields)
            out << tsvField(f);
        lines << out.join(QLatin1Char('\t'));
    };
    if (!header.isEmpty())
        line(header);
    for (const QStringList& row : rows)
        line(row);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace kontor::TableText
