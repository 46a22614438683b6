#pragma once
// CustomerCommands: VirtualPOS customers on the command line. `customers list` reads one page (or every
// page with --all) and prints id, name, e-mail, phone and group; `customers update` sends one update built from
// --id, --create, --group and --set FIELD=VALUE (checked in core: `age` and malformed fields are refused with
// exit 2 and nothing is sent), records it in the audit log, and says whether the customer was created or
// updated. --dry-run prints the request instead.

#include "ProfileResolver.h"

#include <QObject>
#include <memory>

namespace kontor {
class AuditLog;
class VirtposClient;
} // namespace kontor

namespace kontor::cli {

struct CliContext;

class CustomerCommands : public QObject
{
    Q_OBJECT
public:
    explicit CustomerCommands(CliContext& context, QObject* parent = nullptr);
    ~CustomerCommands() override;

    void list(const QStringList& args);
    void update(const QStringList& args);

private:
    void withVirtpos(std::function<void(const Profile&, VirtposClient*)> then);
    void finishWith(const Error& error);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace kontor::cli
