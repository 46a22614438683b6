#pragma once
// Rows of text as files and clipboards want them. CSV follows RFC 4180 (fields with a comma, a quote or a
// line break quoted, quotes doubled, CRLF between records) and starts with a UTF-8 byte-order mark, so
// Excel opens umlauts and Cyrillic right. TSV is what spreadsheets paste: tabs between fields, LF between
// rows, a tab or line break inside a field turned into a space. In both, a text a spreadsheet would run as a
// formula (it begins with =, +, -, @) gets a leading apostrophe; numbers such as "-12.50" stay as they are.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kontor::TableText {

QByteArray csv(const QStringList& header, const QList<QStringList>& rows);
QString tsv(const QStringList& header, const QList<QStringList>& rows);

} // namespace kontor::TableText
