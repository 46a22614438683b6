#include "StatusChanger.h"

#include "services/printlounge/PrintloungeClient.h"

namespace kontor {

namespace {

QString fieldValue(const FieldList& fields, const QString& key)
{
    for (const auto& [k, v] : fields) {
        if (k == key)
            return v;
    }
    return {};
}

// Whether the shop itself said no (its reason is the message), as opposed to the change not arriving.
bool refusedByShop(const Error& error)
{
    return error.kind == Error::Kind::Service || error.kind == Error::Kind::Http ||
           error.kind == Error::Kind::NotFound || error.kind == Error::Kind::InvalidInput;
}

} // namespace

StatusChanger::StatusChanger(PrintloungeClient* client, const Profile& profile, AuditLog* audit, QStringList codes,
                             QString status, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(profile)
    , m_audit(audit)
    , m_codes(std::move(codes))
    , m_status(std::move(status))
{
    qRegisterMetaType<StatusChangeResult>();
}

void StatusChanger::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_codes.isEmpty()) {
        m_done = true;
        emit finished(0, 0);
        return;
    }
    next();
}

void StatusChanger::cancel()
{
    if (!m_started || m_done || m_cancelled)
        return;
    m_cancelled = true;
    // What was not sent yet is reported as such, so every order of the list gets its line.
    while (m_nextIndex < m_codes.size()) {
        StatusChangeResult r;
        r.code = m_codes.at(m_nextIndex++);
        r.error = Error::make(Error::Kind::Cancelled, tr("Not sent: the change was cancelled."));
        r.message = r.error.message;
        settle(r);
    }
}

void StatusChanger::next()
{
    while (!m_cancelled && m_inFlight < m_parallel && m_nextIndex < m_codes.size()) {
        ++m_inFlight;
        changeOne(m_codes.at(m_nextIndex++));
    }
}

void StatusChanger::changeOne(const QString& code)
{
    if (!m_client) {
        StatusChangeResult r;
        r.code = code;
        r.error = Error::make(Error::Kind::Cancelled, tr("Not sent: the profile was closed."));
        r.message = r.error.message;
        --m_inFlight;
        settle(r);
        return;
    }
    PrintloungeClient* client = m_client;
    client->order(code, this, [this, client, code](const Result<FieldList>& before) {
        const QString oldStatus = before.ok() ? fieldValue(before.value, QStringLiteral("order_status")) : QString();
        if (!before.ok() && (before.error.kind == Error::Kind::NotFound || before.error.kind == Error::Kind::Auth ||
                             before.error.kind == Error::Kind::InvalidInput || !m_client)) {
            StatusChangeResult r; // nothing was changed: no history row
            r.code = code;
            r.error = before.error;
            r.message = before.error.message;
            record(r, {}, false);
            return;
        }
        client->setOrderStatus(code, m_status, this, [this, code, oldStatus](const Result<FieldList>& after) {
            StatusChangeResult r;
            r.code = code;
            r.oldStatus = oldStatus;
            AuditEntry entry;
            entry.profileId = m_profile.id;
            entry.profileName = m_profile.name;
            entry.service = serviceId(m_profile.service);
            entry.action = QStringLiteral("order.status");
            entry.target = code;
            entry.oldValue = oldStatus;
            entry.newValue = m_status;
            entry.fields = {{QStringLiteral("order_status"), m_status},
                            {QStringLiteral("method"),
                             m_profile.patchesStatus() ? QStringLiteral("PATCH") : QStringLiteral("PUT")}};
            if (after.ok()) {
                const QString now = fieldValue(after.value, QStringLiteral("order_status"));
                r.changed = true;
                r.newStatus = now.isEmpty() ? m_status : now;
                r.outcome = AuditEntry::Outcome::Done;
                r.message = tr("The order %1 now has the status %2.").arg(code, m_profile.statusLabel(r.newStatus));
            } else {
                r.error = after.error;
                r.outcome = refusedByShop(after.error) ? AuditEntry::Outcome::Refused : AuditEntry::Outcome::Failed;
                r.message = after.error.message;
            }
            entry.outcome = r.outcome;
            entry.message = r.message;
            record(r, entry, true);
        });
    });
}

void StatusChanger::record(StatusChangeResult result, const AuditEntry& entry, bool writeAudit)
{
    if (!writeAudit || !m_audit) {
        --m_inFlight;
        settle(result);
        next();
        return;
    }
    m_audit->append(entry, this, [this, result](const Result<qint64>& stored) mutable {
        if (stored.ok())
            result.auditId = stored.value;
        else
            result.message = tr("%1 The history could not record it: %2").arg(result.message, stored.error.message);
        --m_inFlight;
        settle(result);
        next();
    });
}

void StatusChanger::settle(const StatusChangeResult& result)
{
    ++m_finished;
    if (result.changed)
        ++m_changed;
    emit orderFinished(result);
    if (!m_done && m_finished == m_codes.size()) {
        m_done = true;
        emit finished(m_changed, m_finished - m_changed);
    }
}

} // namespace kontor
