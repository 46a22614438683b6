#pragma once
// TextTable: rows of text laid out in aligned columns for a terminal. Widths count what a terminal
// shows (combining marks take no column, East Asian wide characters take two), so Umlauts, Cyrillic
// and Hungarian accents line up whether they arrive precomposed or not. Control characters in cells
// become spaces: a server's text can neither break the layout nor send escape sequences.

#include <QList>
#include <QString>
#include <QStringList>

namespace kontor::cli {

class TextTable
{
public:
    // With no headers the table has no header line (label/value lists).
    explicit TextTable(QStringList headers = {});

    // The widths are measured as rows come, so a long listing that adds its rows page by page leaves little
    // for render() to do.
    void addRow(QStringList cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    // Every line ends with '\n'; the last column is not padded.
    QString render() const;

    static int displayWidth(const QString& text);
    static QString sanitize(const QString& text);

private:
    void measure(const QStringList& cells);

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_widths; // per column, the widest cell so far (kept as rows are added)
    int m_columns = 0;
};

} // namespace kontor::cli
