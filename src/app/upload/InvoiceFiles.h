#pragma once
// InvoiceFiles: what the upload window does with files and folders given to it (dropped or picked): a folder
// stands for the files in it and in its subfolders one level down; each file is looked at by
// InvoiceMatcher::inspect. Blocking (disk): the window calls it on a worker thread.

#include "upload/InvoiceMatcher.h"

#include <QList>
#include <QStringList>

namespace kontor::gui::InvoiceFiles {

// The files `paths` name, folders expanded, in a stable order (each folder's files by name), each once.
QStringList expand(const QStringList& paths);
// expand() and InvoiceMatcher::inspect() of each file.
QList<upload::InvoiceFileInfo> gather(const QStringList& paths);

} // namespace kontor::gui::InvoiceFiles
