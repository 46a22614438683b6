#pragma once
// TableExport: what every list offers for a spreadsheet, for any QTableView: the visible columns in their
// on-screen order and the rows in the filtered and sorted order, as text; Ctrl+C as tab-separated rows with
// the header; CSV files (RFC 4180, UTF-8 with BOM) written on a worker thread after a non-modal file dialog.

#include "Result.h"

#include <QList>
#include <QStringList>
#include <functional>

class QObject;
class QTableView;
class QWidget;

namespace kontor::gui {
class MessageBanner;
}

namespace kontor::gui::TableExport {

QStringList visibleHeader(const QTableView* table);
QList<QStringList> visibleRows(const QTableView* table, bool selectedOnly);
// The selected rows as tab-separated text with the header, on the clipboard. False: nothing selected.
bool copySelection(const QTableView* table);
// Asks where to save (a non-modal file dialog in the Documents folder, `fileName`.csv suggested).
void askCsvPath(QWidget* parent, const QString& fileName, const std::function<void(const QString&)>& chosen);
// Writes the table's visible rows to `path` on a worker thread. When it is done, `banner` says how it went
// ("250 rows saved to …" or the Storage error in words naming the file) and `done` (on `context`'s thread)
// gets the number of rows and ok() or that error.
void writeCsv(const QTableView* table, const QString& path, MessageBanner* banner, QObject* context,
              const std::function<void(int rows, const Error&)>& done);

} // namespace kontor::gui::TableExport
