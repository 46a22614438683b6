#pragma once
// The audit log: one row for every write Kontor makes to a shop (status changes now; the forms and the
// uploads add theirs), in an SQLite file in the data folder. Rows say when, which profile, what target,
// the old and the new value, the fields sent (secrets masked), the outcome and the server's own words.
// Nothing in it is ever a secret: every text passes the Redactor, and fields whose names say they hold a
// secret (apikey, password, token, ...) are stored as "***".
// All database work happens on a thread of the log's own (its own QSqlDatabase connection, WAL journal),
// so neither the GUI thread nor the CLI's event loop ever waits on the disk; answers come back queued.

#include "Result.h"
#include "domain/Records.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QThread;

namespace kontor {

struct AuditEntry
{
    enum class Outcome { Done, Refused, Failed };

    qint64 id = 0;     // given by the log
    QDateTime when;    // UTC; set by append() when invalid
    QString profileId; // the profile's stable id
    QString profileName;
    QString service; // "printlounge", ...
    QString action;  // what kind of write: "order.status", ...
    QString target;  // what it was done to: an order code, a SKU, a card id
    QString oldValue;
    QString newValue;
    FieldList fields; // what was sent, as the API names it
    Outcome outcome = Outcome::Done;
    QString message; // the server's words (or Kontor's, when nothing reached the server)
};

QString outcomeId(AuditEntry::Outcome o);   // "done", "refused", "failed" (stable, for files and --json)
QString outcomeText(AuditEntry::Outcome o); // in words of the current language

struct AuditFilter
{
    QDateTime since;   // invalid: from the beginning
    QString profileId; // empty: every profile
    int limit = 0;     // 0: no limit; otherwise the newest `limit` rows
};

class AuditLog : public QObject
{
    Q_OBJECT
public:
    // Opens (creating when needed) the log at `path`; the file is opened on the log's thread.
    explicit AuditLog(const QString& path, QObject* parent = nullptr);
    // Finishes the writes already handed over, then closes the file.
    ~AuditLog() override;

    // <data folder>/audit.sqlite, or $KONTOR_DATA_DIR/audit.sqlite.
    static QString defaultPath();

    QString path() const { return m_path; }

    // Appends one row; `done` gets its id. Texts are redacted before they leave this thread.
    void append(AuditEntry entry, QObject* context, Callback<qint64> done);
    // The rows matching `filter`, oldest first.
    void list(const AuditFilter& filter, QObject* context, Callback<QList<AuditEntry>> done);

signals:
    // Emitted on this object's thread after a row was stored (views refresh on it).
    void appended(const kontor::AuditEntry& entry);

private:
    class Worker;
    QString m_path;
    QThread* m_thread;
    Worker* m_worker;
};

// Masks secrets in an entry: texts through the Redactor, values of secret-named fields replaced.
AuditEntry redactedEntry(AuditEntry entry);

} // namespace kontor

Q_DECLARE_METATYPE(kontor::AuditEntry)
