#pragma once
// Simulates the Webshippy Product and Marketplace Transaction APIs ("webshippy", vendor docs 003 and 004):
// POST /wspyapi/{Action}/{xml|json} with the payload in the form field `request`. This class decodes the
// envelope, checks the API key and renders answers in the requested format; WebshippyCatalog and
// WebshippyMarketplace hold the data.

#include "SandboxOptions.h"
#include "SandboxService.h"
#include "webshippy/WebshippyCatalog.h"
#include "webshippy/WebshippyMarketplace.h"

namespace kontor::sandbox {

class WebshippyService : public SandboxService
{
public:
    explicit WebshippyService(const SandboxOptions& options);

    ServiceRoute match(const QByteArray& method, const QString& path) const override;
    ServerResponse handle(const ServiceRoute& route, const ServerRequest& request) override;
    QJsonObject counters() const override;
    void resetCounters() override;

    // The two XML dialects of the vendor's examples. Product: GetProduct and CreateProduct (doc 003), whose
    // `message` (and GetProduct's `result`) holds one <elem> per entry, <message/> when empty. Plain:
    // createBundle (doc 003) and the marketplace calls (doc 004), where every list repeats its element
    // (<message>text</message> once per text, <result> once per entry) and an empty list is left out.
    enum class XmlStyle { Product, Plain };
    static QByteArray toXml(const nlohmann::ordered_json& body, XmlStyle style, const QByteArray& declaration,
                            int indent);

private:
    SandboxOptions m_options;
    WebshippyCatalog m_catalog;
    WebshippyMarketplace m_marketplace;
};

} // namespace kontor::sandbox
