#include "audit/AuditLog.h"

#include "Logging.h"
#include "net/Redactor.h"
#include "settings/DataPaths.h"
#include "storage/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace kontor {

namespace {

bool isSecretName(const QString& name)
{
    static const QStringList words{
        QStringLiteral("apikey"), QStringLiteral("api_key"), QStringLiteral("password"),     QStringLiteral("apipass"),
        QStringLiteral("secret"), QStringLiteral("token"),   QStringLiteral("authorization")};
    const QString lower = name.toLower();
    return std::any_of(words.cbegin(), words.cend(), [&lower](const QString& w) { return lower.contains(w); });
}

QString fieldsToJson(const FieldList& fields)
{
    QJsonArray array;
    for (const auto& [key, value] : fields)
        array.append(QJsonArray{key, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

FieldList fieldsFromJson(const QString& text)
{
    FieldList fields;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            fields.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return fields;
}

AuditEntry::Outcome outcomeFromId(const QString& id)
{
    if (id == QLatin1String("refused"))
        return AuditEntry::Outcome::Refused;
    if (id == QLatin1String("failed"))
        return AuditEntry::Outcome::Failed;
    return AuditEntry::Outcome::Done;
}

} // namespace

QString outcomeId(AuditEntry::Outcome o)
{
    switch (o) {
    case AuditEntry::Outcome::Done:
        return QStringLiteral("done");
    case AuditEntry::Outcome::Refused:
        return QStringLiteral("refused");
    case AuditEntry::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString outcomeText(AuditEntry::Outcome o)
{
    switch (o) {
    case AuditEntry::Outcome::Done:
        return QCoreApplication::translate("kontor::AuditLog", "Done");
    case AuditEntry::Outcome::Refused:
        return QCoreApplication::translate("kontor::AuditLog", "Refused by the shop");
    case AuditEntry::Outcome::Failed:
        return QCoreApplication::translate("kontor::AuditLog", "Failed");
    }
    return {};
}

AuditEntry redactedEntry(AuditEntry e)
{
    using net::Redactor;
    for (QString* text : {&e.profileName, &e.target, &e.oldValue, &e.newValue, &e.message})
        *text = Redactor::redact(*text);
    for (auto& [key, value] : e.fields)
        value = isSecretName(key) ? QStringLiteral("***") : Redactor::redact(value);
    return e;
}

// Lives on the log's thread; owns the database connection.
class AuditLog::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
        , m_connection(QStringLiteral("kontor-audit-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    ~Worker() override
    {
        if (QSqlDatabase::contains(m_connection)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    Result<qint64> append(const AuditEntry& e)
    {
        if (Error error = open(); !error.ok())
            return Result<qint64>::failure(error);
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral(
            "INSERT INTO audit (at, profile_id, profile_name, service, action, target, old_value, new_value, "
            "fields, outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(e.when.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(e.profileId);
        q.addBindValue(e.profileName);
        q.addBindValue(e.service);
        q.addBindValue(e.action);
        q.addBindValue(e.target);
        q.addBindValue(e.oldValue);
        q.addBindValue(e.newValue);
        q.addBindValue(fieldsToJson(e.fields));
        q.addBindValue(outcomeId(e.outcome));
        q.addBindValue(e.message);
        if (!q.exec())
            return Result<qint64>::failure(dbError(q.lastError().text()));
        return Result<qint64>::success(q.lastInsertId().toLongLong());
    }

    Result<QList<AuditEntry>> list(const AuditFilter& f)
    {
        if (Error error = open(); !error.ok())
            return Result<QList<AuditEntry>>::failure(error);
        QString sql = QStringLiteral(
            "SELECT id, at, profile_id, profile_name, service, action, target, old_value, new_value, fields, "
            "outcome, message FROM audit WHERE 1=1");
        if (f.since.isValid())
            sql += QStringLiteral(" AND at >= ?");
        if (!f.profileId.isEmpty())
            sql += QStringLiteral(" AND profile_id = ?");
        sql += QStringLiteral(" ORDER BY id DESC");
        if (f.limit > 0)
            sql += QStringLiteral(" LIMIT %1").arg(f.limit);
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.setForwardOnly(true);
        q.prepare(sql);
        if (f.since.isValid())
            q.addBindValue(f.since.toUTC().toString(Qt::ISODateWithMs));
        if (!f.profileId.isEmpty())
            q.addBindValue(f.profileId);
        if (!q.exec())
            return Result<QList<AuditEntry>>::failure(dbError(q.lastError().text()));
        QList<AuditEntry> rows;
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.when = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.when.setTimeSpec(Qt::UTC);
            e.profileId = q.value(2).toString();
            e.profileName = q.value(3).toString();
            e.service = q.value(4).toString();
            e.action = q.value(5).toString();
            e.target = q.value(6).toString();
            e.oldValue = q.value(7).toString();
            e.newValue = q.value(8).toString();
            e.fields = fieldsFromJson(q.value(9).toString());
            e.outcome = outcomeFromId(q.value(10).toString());
            e.message = q.value(11).toString();
            rows.prepend(e);
        }
        return Result<QList<AuditEntry>>::success(rows);
    }

private:
    Error dbError(const QString& detail) const
    {
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("kontor::AuditLog",
                                                       "The history of changes in %1 could not be written or read. "
                                                       "Check that the disk is not full and the folder is writable.")
                               .arg(QDir::toNativeSeparators(m_path)),
                           detail);
    }

    Error open()
    {
        if (m_open)
            return {};
        const QString detail = storage::openSqliteFile(
            m_connection, m_path,
            {"CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
             "profile_id TEXT NOT NULL, profile_name TEXT NOT NULL, service TEXT NOT NULL, action TEXT NOT NULL, "
             "target TEXT NOT NULL, old_value TEXT, new_value TEXT, fields TEXT, outcome TEXT NOT NULL, "
             "message TEXT)",
             "CREATE INDEX IF NOT EXISTS audit_at ON audit(at)"});
        if (!detail.isEmpty())
            return dbError(detail);
        m_open = true;
        return {};
    }

    QString m_path;
    QString m_connection;
    bool m_open = false;
};

AuditLog::AuditLog(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread(this))
    , m_worker(new Worker(path))
{
    qRegisterMetaType<kontor::AuditEntry>();
    m_thread->setObjectName(QStringLiteral("kontor-audit"));
    m_worker->moveToThread(m_thread);
    connect(
        m_thread, &QThread::finished, m_worker, [w = m_worker] { delete w; }, Qt::DirectConnection);
    m_thread->start();
}

AuditLog::~AuditLog()
{
    // The quit goes through the worker's queue, so the writes handed over before it are done first.
    QMetaObject::invokeMethod(m_worker, [t = m_thread] { t->quit(); });
    m_thread->wait();
}

QString AuditLog::defaultPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("audit.sqlite"));
}

void AuditLog::append(AuditEntry entry, QObject* context, Callback<qint64> done)
{
    if (!entry.when.isValid())
        entry.when = QDateTime::currentDateTimeUtc();
    entry = redactedEntry(std::move(entry));
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QPointer<AuditLog> self(this);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, entry, self, guard, hadContext, done] {
        const Result<qint64> result = w->append(entry);
        if (!result.ok())
            qCWarning(lcApp).noquote() << "audit log:" << result.error.detail;
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, entry, result, guard, hadContext, done] {
                if (result.ok() && self) {
                    AuditEntry stored = entry;
                    stored.id = result.value;
                    emit self->appended(stored);
                }
                if ((!hadContext || guard) && done)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

void AuditLog::list(const AuditFilter& filter, QObject* context, Callback<QList<AuditEntry>> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QPointer<AuditLog> self(this);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, filter, self, guard, hadContext, done] {
        Result<QList<AuditEntry>> result = w->list(filter);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [result = std::move(result), guard, hadContext, done] {
                if ((!hadContext || guard) && done)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace kontor
