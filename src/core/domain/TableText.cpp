#include "domain/TableText.h"

namespace kontor::TableText {

namespace {

QString csvField(const QString& field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString tsvField(QString field)
{
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
