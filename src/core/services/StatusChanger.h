#pragma once
// StatusChanger: sets one new status on a list of printlounge orders, a few requests at a time, and records
// every change the shop was asked to make in the audit log (one row per order: the status before, the new
// one, the outcome and the shop's own words). The GUI's bulk change and the CLI's set-status share it.
// Each order: read it (the status before; a failed read does not stop the change unless the order is not
// there or the profile is refused), send the change, write the audit row, report. Cancel stops sending
// further orders; the requests already on their way finish and are recorded.

#include "Result.h"
#include "audit/AuditLog.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace kontor {

class PrintloungeClient;

struct StatusChangeResult
{
    QString code; // the order
    bool changed = false;
    AuditEntry::Outcome outcome = AuditEntry::Outcome::Failed;
    QString oldStatus;  // as read before the change; empty when it could not be read
    QString newStatus;  // as the shop reads it back after the change
    QString message;    // in words: what happened, with the shop's reason when it refused
    qint64 auditId = 0; // 0: no row (nothing was sent, or the log could not be written)
    Error error;        // ok() when changed
};

class StatusChanger : public QObject
{
    Q_OBJECT
public:
    // `audit` may be null (nothing recorded). The changer must not outlive `client`.
    StatusChanger(PrintloungeClient* client, const Profile& profile, AuditLog* audit, QStringList codes, QString status,
                  QObject* parent = nullptr);

    void setParallel(int requests) { m_parallel = qMax(1, requests); }
    void start();
    void cancel();

    int total() const { return static_cast<int>(m_codes.size()); }
    int finishedCount() const { return m_finished; }
    bool isRunning() const { return m_started && !m_done; }
    const QString& status() const { return m_status; }

signals:
    void orderFinished(const kontor::StatusChangeResult& result);
    // All orders are through (or the rest was cancelled): how many changed, how many did not.
    void finished(int changed, int notChanged);

private:
    void next();
    void changeOne(const QString& code);
    void record(StatusChangeResult result, const AuditEntry& entry, bool writeAudit);
    void settle(const StatusChangeResult& result);

    QPointer<PrintloungeClient> m_client;
    Profile m_profile;
    QPointer<AuditLog> m_audit;
    QStringList m_codes;
    QString m_status;
    int m_parallel = 4;
    int m_nextIndex = 0;
    int m_inFlight = 0;
    int m_finished = 0;
    int m_changed = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace kontor

Q_DECLARE_METATYPE(kontor::StatusChangeResult)
