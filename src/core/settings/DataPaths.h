#pragma once
// Where Kontor keeps its local data: the upload journal, the audit history and (unless $KONTOR_LOG_DIR
// says otherwise) the logs. $KONTOR_DATA_DIR wins (tests and scripts set it); else the folder chosen in the
// preferences, read once at start (a change applies on the next start); else <per-user app data>/Kontor.

#include <QString>

namespace kontor {

QString defaultDataDirectory();
QString dataDirectory();
// The preference's folder for this process (empty: the default). Called once at start, before anything
// opens a file there.
void setDataDirectoryPreference(const QString& dir);

} // namespace kontor
