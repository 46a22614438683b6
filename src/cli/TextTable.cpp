#include "TextTable.h"

#include <algorithm>

namespace kontor::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
    , m_columns(static_cast<int>(m_headers.size()))
{
    measure(m_headers);
}

void TextTable::measure(const QStringList& cells)
{
    if (m_widths.size() < m_columns)
        m_widths.resize(m_columns, 0);
    for (int i = 0; i < m_columns && i < cells.size(); ++i)
        m_widths[i] = std::max(m_widths.at(i), displayWidth(cells.at(i)));
}

void TextTable::addRow(QStringList cells)
{
    m_columns = std::max(m_columns, static_cast<int>(cells.size()));
    while (cells.size() < m_headers.size())
        cells.append(QString());
    for (QString& cell : cells)
        cell = sanitize(cell);
    measure(cells);
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString& text)
{
    // Below U+0300 (Latin, its accents precomposed) every character takes one column; most cells are such.
    bool simple = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x300) {
            simple = false;
            break;
        }
    }
    if (simple)
        return static_cast<int>(text.size());
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::sanitize(const QString& text)
{
    auto isControl = [](QChar ch) {
        const char16_t u = ch.unicode();
        return u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0);
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text; // shared, not copied
    QString out = text;
    for (QChar& ch : out) {
        if (isControl(ch))
            ch = QLatin1Char(' ');
    }
    return out;
}

QString TextTable::render() const
{
    const int columns = m_columns;
    QList<int> widths = m_widths;
    widths.resize(columns, 0);

    // Written in place: `orders list --all` renders 100,000 rows after the last page, and a line of temporary
    // strings per row was most of that wait.
    qsizetype lineWidth = 1;
    for (const int w : std::as_const(widths))
        lineWidth += w + 2;
    QString out;
    out.reserve(lineWidth * (m_rows.size() + 1));
    auto writeRow = [&](const QStringList& row) {
        const qsizetype start = out.size();
        for (int i = 0; i < columns; ++i) {
            const QString cell = i < row.size() ? row.at(i) : QString();
            out += cell;
            if (i + 1 < columns)
                out.resize(out.size() + widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        // Trailing blanks of empty last cells help nobody.
        qsizetype end = out.size();
        while (end > start && out.at(end - 1) == QLatin1Char(' '))
            --end;
        out.truncate(end);
        out += QLatin1Char('\n');
    };
    if (!m_headers.isEmpty())
        writeRow(m_headers);
    for (const QStringList& row : m_rows)
        writeRow(row);
    return out;
}

} // namespace kontor::cli
