#pragma once
// WebshippyClient: the Webshippy Product API. Each action is a POST of one form field whose payload (XML
// or JSON, as the profile says) carries the API key; errors often come with HTTP 200, so the envelope's
// status is always read.

#include "services/ServiceClient.h"
#include "services/capabilities/ProductsCapability.h"

namespace kontor {

class WebshippyClient : public ServiceClient, public ProductsCapability
{
    Q_OBJECT
public:
    WebshippyClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    ProductsCapability* products() override { return this; }

    // Asks for one product.
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;

    // GetProduct, page by page (the service counts pages from 0). The cursor carries the next page number
    // and a fingerprint of the page before it, so a server that ignores `page` ends the list instead of
    // repeating its first page for ever.
    void listProducts(const ProductQuery& query, QObject* context, Callback<ProductPage> done) override;

protected:
    std::optional<Error> readErrorBody(const QByteArray& body) const override;
    QString signInRefusedText() const override;

private:
    QString apiPath() const;
};

} // namespace kontor
