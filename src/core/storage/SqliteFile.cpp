#include "storage/SqliteFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kontor::storage {

QString openSqliteFile(const QString& connection, const QString& path, std::initializer_list<const char*> schema)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(connection)
                          ? QSqlDatabase::database(connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    QSqlQuery q(db);
    const auto run = [&q, &db](const char* statement) -> QString {
        if (q.exec(QString::fromLatin1(statement)))
            return {};
        const QString detail = q.lastError().text();
        db.close();
        return detail;
    };
    for (const char* statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"}) {
        if (QString detail = run(statement); !detail.isEmpty())
            return detail;
    }
    for (const char* statement : schema) {
        if (QString detail = run(statement); !detail.isEmpty())
            return detail;
    }
    return {};
}

} // namespace kontor::storage
