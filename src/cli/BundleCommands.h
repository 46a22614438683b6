#pragma once
// BundleCommands: `bundles create FILE.json` (Webshippy). The file is the document's own JSON request without
// the apiKey (bundleSku, bundleName, bundlePriceNet, bundleVat, bundleCurrency, products of productSku and
// quantity); numbers may be written as numbers or strings and keep their decimals as written. The bundle is
// checked in core (products/Bundle: exit 2 naming the field, nothing sent), created through WebshippyClient in
// the profile's format and recorded in the audit log. --dry-run prints the request instead.

#include "ProfileResolver.h"
#include "products/Bundle.h"

#include <QObject>
#include <memory>

namespace kontor {
class AuditLog;
}

namespace kontor::cli {

struct CliContext;

class BundleCommands : public QObject
{
    Q_OBJECT
public:
    explicit BundleCommands(CliContext& context, QObject* parent = nullptr);
    ~BundleCommands() override;

    void create(const QStringList& args);

    // The draft written in `json` (the document's field names); an error in words when it is not such a text.
    static Result<BundleDraft> draftFrom(const QByteArray& json);

private:
    void finishWith(const Error& error);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace kontor::cli
