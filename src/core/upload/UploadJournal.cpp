#include "upload/UploadJournal.h"

#include "settings/DataPaths.h"
#include "storage/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace kontor::upload {

namespace {

constexpr JournalItem::State AllStates[] = {JournalItem::State::Queued, JournalItem::State::Sending,
                                            JournalItem::State::Stored, JournalItem::State::AlreadyPresent,
                                            JournalItem::State::Failed, JournalItem::State::Unsettled};

JournalItem::State stateFromId(const QString& id)
{
    for (JournalItem::State s : AllStates) {
        if (UploadJournal::stateId(s) == id)
            return s;
    }
    return JournalItem::State::Unsettled; // an unknown word: never assume it was stored
}

} // namespace

QString UploadJournal::defaultPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("uploads.sqlite"));
}

QString UploadJournal::stateId(JournalItem::State state)
{
    switch (state) {
    case JournalItem::State::Queued:
        return QStringLiteral("queued");
    case JournalItem::State::Sending:
        return QStringLiteral("sending");
    case JournalItem::State::Stored:
        return QStringLiteral("stored");
    case JournalItem::State::AlreadyPresent:
        return QStringLiteral("already-present");
    case JournalItem::State::Failed:
        return QStringLiteral("failed");
    case JournalItem::State::Unsettled:
        break;
    }
    return QStringLiteral("unsettled");
}

UploadJournal::UploadJournal(const QString& path)
    : m_path(path)
    , m_connection(QStringLiteral("kontor-uploads-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

UploadJournal::~UploadJournal()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Error UploadJournal::fail(const QString& detail) const
{
    return Error::make(Error::Kind::Storage,
                       QCoreApplication::translate("kontor::upload::UploadJournal",
                                                   "The upload journal %1 could not be written or read. Check that "
                                                   "the disk is not full and the folder can be written to.")
                           .arg(QDir::toNativeSeparators(m_path)),
                       detail);
}

Error UploadJournal::open()
{
    if (m_open)
        return {};
    const QString detail = storage::openSqliteFile(
        m_connection, m_path,
        {"CREATE TABLE IF NOT EXISTS batch (id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL, "
         "created TEXT NOT NULL, finished INTEGER NOT NULL DEFAULT 0)",
         "CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id INTEGER NOT NULL, "
         "path TEXT NOT NULL, transaction_id TEXT NOT NULL, serial TEXT NOT NULL, size INTEGER NOT NULL, "
         "state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, message TEXT, updated TEXT NOT NULL)",
         "CREATE INDEX IF NOT EXISTS item_batch ON item(batch_id)"});
    if (!detail.isEmpty())
        return fail(detail);
    m_open = true;
    return {};
}

Result<qint64> UploadJournal::startBatch(const QString& profileId, QList<JournalItem>& items)
{
    if (Error e = open(); !e.ok())
        return Result<qint64>::failure(e);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Result<qint64>::failure(fail(db.lastError().text()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO batch (profile_id, created) VALUES (?, ?)"));
    q.addBindValue(profileId);
    q.addBindValue(now);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        db.rollback();
        return Result<qint64>::failure(fail(detail));
    }
    const qint64 batchId = q.lastInsertId().toLongLong();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO item (batch_id, path, transaction_id, serial, size, state, updated) "
                                  "VALUES (?, ?, ?, ?, ?, 'queued', ?)"));
    for (JournalItem& item : items) {
        insert.addBindValue(batchId);
        insert.addBindValue(item.path);
        insert.addBindValue(item.transactionId);
        insert.addBindValue(item.serialNumber);
        insert.addBindValue(item.size);
        insert.addBindValue(now);
        if (!insert.exec()) {
            const QString detail = insert.lastError().text();
            db.rollback();
            return Result<qint64>::failure(fail(detail));
        }
        item.id = insert.lastInsertId().toLongLong();
        item.batchId = batchId;
        item.state = JournalItem::State::Queued;
        item.attempts = 0;
    }
    if (!db.commit())
        return Result<qint64>::failure(fail(db.lastError().text()));
    return Result<qint64>::success(batchId);
}

Error UploadJournal::markSending(const QList<qint64>& itemIds)
{
    if (Error e = open(); !e.ok())
        return e;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE item SET state = 'sending', attempts = attempts + 1, updated = ? WHERE id = ?"));
    for (qint64 id : itemIds) {
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            db.rollback();
            return fail(detail);
        }
    }
    return db.commit() ? Error() : fail(db.lastError().text());
}

Error UploadJournal::settle(qint64 itemId, JournalItem::State state, const QString& message)
{
    return settle(QList<Settlement>{Settlement{itemId, state, message}});
}

Error UploadJournal::settle(const QList<Settlement>& settlements)
{
    if (settlements.isEmpty())
        return {};
    if (Error e = open(); !e.ok())
        return e;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE item SET state = ?, message = ?, updated = ? WHERE id = ?"));
    for (const Settlement& s : settlements) {
        q.addBindValue(stateId(s.state));
        q.addBindValue(s.message);
        q.addBindValue(now);
        q.addBindValue(s.itemId);
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            db.rollback();
            return fail(detail);
        }
    }
    return db.commit() ? Error() : fail(db.lastError().text());
}

Error UploadJournal::finishBatch(qint64 batchId)
{
    if (Error e = open(); !e.ok())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE batch SET finished = 1 WHERE id = ?"));
    q.addBindValue(batchId);
    return q.exec() ? Error() : fail(q.lastError().text());
}

Error UploadJournal::reopenBatch(qint64 batchId)
{
    if (Error e = open(); !e.ok())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE batch SET finished = 0 WHERE id = ?"));
    q.addBindValue(batchId);
    return q.exec() ? Error() : fail(q.lastError().text());
}

Result<std::optional<JournalBatch>> UploadJournal::unfinishedBatch(const QString& profileId)
{
    using R = Result<std::optional<JournalBatch>>;
    if (Error e = open(); !e.ok())
        return R::failure(e);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT b.id, b.profile_id, b.created, COUNT(i.id), "
        "SUM(CASE WHEN i.state IN ('stored', 'already-present', 'failed') THEN 1 ELSE 0 END) "
        "FROM batch b LEFT JOIN item i ON i.batch_id = b.id WHERE b.finished = 0 AND (? = '' OR b.profile_id = ?) "
        "GROUP BY b.id ORDER BY b.id DESC LIMIT 1"));
    q.addBindValue(profileId);
    q.addBindValue(profileId);
    if (!q.exec())
        return R::failure(fail(q.lastError().text()));
    if (!q.next())
        return R::success(std::nullopt);
    JournalBatch b;
    b.id = q.value(0).toLongLong();
    b.profileId = q.value(1).toString();
    b.created = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    b.total = q.value(3).toInt();
    b.done = q.value(4).toInt();
    return R::success(b);
}

Result<QList<JournalItem>> UploadJournal::items(qint64 batchId)
{
    using R = Result<QList<JournalItem>>;
    if (Error e = open(); !e.ok())
        return R::failure(e);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, path, transaction_id, serial, size, state, attempts, message FROM item "
                             "WHERE batch_id = ? ORDER BY id"));
    q.addBindValue(batchId);
    if (!q.exec())
        return R::failure(fail(q.lastError().text()));
    QList<JournalItem> list;
    while (q.next()) {
        JournalItem i;
        i.id = q.value(0).toLongLong();
        i.batchId = batchId;
        i.path = q.value(1).toString();
        i.transactionId = q.value(2).toString();
        i.serialNumber = q.value(3).toString();
        i.size = q.value(4).toLongLong();
        i.state = stateFromId(q.value(5).toString());
        i.attempts = q.value(6).toInt();
        i.message = q.value(7).toString();
        list << i;
    }
    return R::success(list);
}

Result<int> UploadJournal::recover(qint64 batchId)
{
    if (Error e = open(); !e.ok())
        return Result<int>::failure(e);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE item SET state = 'unsettled', updated = ? WHERE batch_id = ? AND state = "
                             "'sending'"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(batchId);
    if (!q.exec())
        return Result<int>::failure(fail(q.lastError().text()));
    return Result<int>::success(q.numRowsAffected());
}

} // namespace kontor::upload
