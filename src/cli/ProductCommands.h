#pragma once
// ProductCommands: `products upsert [FILE.json] [--set FIELD=VALUE...]` (Webshippy CreateProduct, an upsert
// keyed by sku). The file is one product in the document's own field names; --set adds or replaces fields.
// Numbers keep their decimals as written (12.10 stays 12.10). The answer says which of the document's three
// outcomes happened (created, modified, no changes); a refusal (a barcode locked after a goods receipt, ...)
// is the shop's words. One audit row per write; --dry-run prints the product instead of sending it.

#include "ProfileResolver.h"
#include "domain/Records.h"

#include <QObject>
#include <memory>

namespace kontor {
class AuditLog;
}

namespace kontor::cli {

struct CliContext;

class ProductCommands : public QObject
{
    Q_OBJECT
public:
    explicit ProductCommands(CliContext& context, QObject* parent = nullptr);
    ~ProductCommands() override;

    void upsert(const QStringList& args);

private:
    void finishWith(const Error& error);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace kontor::cli
