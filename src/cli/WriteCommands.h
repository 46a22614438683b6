#pragma once
// WriteCommands: "orders set-status" (the CLI's first write to a shop) and "audit list", the history of
// every write Kontor made. Each write is recorded in the audit log, whatever its outcome, before the run
// ends.

#include "ProfileResolver.h"
#include "audit/AuditLog.h"

#include <QObject>
#include <memory>

namespace kontor::cli {

struct CliContext;

class WriteCommands : public QObject
{
    Q_OBJECT
public:
    explicit WriteCommands(CliContext& context, QObject* parent = nullptr);
    ~WriteCommands() override;

    // orders set-status CODE STATUS [--method put|patch]
    void setStatus(const QStringList& args);
    // audit list [--since YYYY-MM-DD]
    void auditList(const QStringList& args);

private:
    void finishWith(const Error& error);
    AuditLog* audit();

    CliContext& m_ctx;
    ProfileResolver m_resolver;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace kontor::cli
