#pragma once
// Logging categories (one per component, dotted names) and the message handler that redacts every
// line before it reaches stderr or the log file.

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcNet)     // kontor.net
Q_DECLARE_LOGGING_CATEGORY(lcProfile) // kontor.profile
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // kontor.secrets
Q_DECLARE_LOGGING_CATEGORY(lcService) // kontor.service
Q_DECLARE_LOGGING_CATEGORY(lcApp)     // kontor.app
Q_DECLARE_LOGGING_CATEGORY(lcCli)     // kontor.cli

namespace kontor {

// Where log files go: $KONTOR_LOG_DIR, else <data folder>/logs (settings/DataPaths).
QString logDirectory();

// Installs a handler that redacts every message and hands it to a writer thread, which writes it to
// stderr (when `toStderr`) and, when `logFile` is not empty, appends it to that file. Logging never
// waits for the disk. Safe to call once per process; the writer drains its queue at exit.
void installLogHandler(const QString& logFile, bool toStderr = true);

// Waits until every line logged so far is written (tests; before handing a log file to someone).
void flushLog();

} // namespace kontor
