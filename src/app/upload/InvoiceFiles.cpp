#include "InvoiceFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace kontor::gui::InvoiceFiles {

namespace {

void addFolder(const QString& folder, int depth, QStringList* out, QSet<QString>* seen)
{
    const QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo& f : files) {
        const QString path = f.absoluteFilePath();
        if (!seen->contains(path)) {
            seen->insert(path);
            *out << path;
        }
    }
    if (depth <= 0)
        return;
    const QFileInfoList folders =
        dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo& d : folders)
        addFolder(d.absoluteFilePath(), depth - 1, out, seen);
}

} // namespace

QStringList expand(const QStringList& paths)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            addFolder(info.absoluteFilePath(), 1, &out, &seen);
            continue;
        }
        // A file that cannot be read still gets its row: the matcher says why it cannot be sent.
        const QString path = info.absoluteFilePath();
        if (!seen.contains(path)) {
            seen.insert(path);
            out << path;
        }
    }
    return out;
}

QList<upload::InvoiceFileInfo> gather(const QStringList& paths)
{
    QList<upload::InvoiceFileInfo> infos;
    for (const QString& path : expand(paths))
        infos << upload::InvoiceMatcher::inspect(path);
    return infos;
}

} // namespace kontor::gui::InvoiceFiles
