#include "TableExport.h"

#include "MessageBanner.h"
#include "domain/TableText.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace kontor::gui::TableExport {

namespace {
QList<int> visibleColumns(const QTableView* table)
{
    QList<int> columns;
    const QHeaderView* h = table->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}
} // namespace

QStringList visibleHeader(const QTableView* table)
{
    QStringList header;
    for (int column : visibleColumns(table))
        header << table->model()->headerData(column, Qt::Horizontal).toString();
    return header;
}

QList<QStringList> visibleRows(const QTableView* table, bool selectedOnly)
{
    const QAbstractItemModel* model = table->model();
    const QList<int> columns = visibleColumns(table);
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex& index : table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < model->rowCount(); ++row)
            rows << row;
    }
    QList<QStringList> out;
    out.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        QStringList fields;
        for (int column : columns)
            fields << model->index(row, column).data(Qt::DisplayRole).toString();
        out << fields;
    }
    return out;
}

bool copySelection(const QTableView* table)
{
    const QList<QStringList> rows = visibleRows(table, true);
    if (rows.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(TableText::tsv(visibleHeader(table), rows));
    return true;
}

void askCsvPath(QWidget* parent, const QString& fileName, const std::function<void(const QString&)>& chosen)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    const QString suggested = QDir(base).filePath(fileName + QStringLiteral(".csv"));
    auto* dialog =
        new QFileDialog(parent, QCoreApplication::translate("kontor::gui::RecordsView", "Export as CSV"), suggested,
                        QCoreApplication::translate("kontor::gui::RecordsView", "CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

void writeCsv(const QTableView* table, const QString& path, MessageBanner* banner, QObject* context,
              const std::function<void(int rows, const Error&)>& done)
{
    const QList<QStringList> rows = visibleRows(table, false);
    const QByteArray bytes = TableText::csv(visibleHeader(table), rows);
    const int count = static_cast<int>(rows.size());
    auto* watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, context, [watcher, path, banner, count, done] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        Error error;
        if (!problem.isEmpty())
            error = Error::make(
                Error::Kind::Storage,
                QCoreApplication::translate("kontor::gui::RecordsView", "The file %1 could not be written: %2")
                    .arg(QDir::toNativeSeparators(path), problem),
                problem);
        if (error.ok())
            banner->showMessage(QCoreApplication::translate("kontor::gui::RecordsView", "%1 rows saved to %2.")
                                    .arg(QLocale().toString(count), QDir::toNativeSeparators(path)),
                                MessageBanner::Type::Positive);
        else
            banner->showMessage(error.message, MessageBanner::Type::Error);
        done(count, error);
    });
    // The disk is written on a worker thread; the window goes on meanwhile.
    watcher->setFuture(QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

} // namespace kontor::gui::TableExport
