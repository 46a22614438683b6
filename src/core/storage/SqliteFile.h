#pragma once
// Kontor's own SQLite files (the upload journal, the audit log) open the same way: the folder made, the file
// opened under a connection name of its own, write-ahead logging at synchronous=NORMAL (a killed process loses
// nothing committed; a power cut at most the last transactions), a busy timeout, then the caller's schema.

#include <QString>
#include <initializer_list>

namespace kontor::storage {

// Opens `path` as the connection `connection` of the calling thread (made when missing) and runs `schema`,
// statement by statement. Returns empty on success, otherwise SQLite's words for what failed (the connection is
// then closed).
QString openSqliteFile(const QString& connection, const QString& path, std::initializer_list<const char*> schema);

} // namespace kontor::storage
