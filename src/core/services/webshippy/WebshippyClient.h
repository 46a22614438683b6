#pragma once
// WebshippyClient: the Webshippy Product API. Each action is a POST of one form field whose payload (XML
// or JSON, as the profile says) carries the API key; errors often come with HTTP 200, so the envelope's
// status is always read.

#include "services/ServiceClient.h"

namespace kontor {

// Optional product filters; the service combines them with AND. lastMod is "yyyy-mm-dd hh:ii:ss".
struct WebshippyProductFilter
{
    QString wspyId;
    QString referenceId;
    QString productName;
    QString sku;
    QString barcode;
    QString lastMod;
    bool getAllProduct = false;
};

class WebshippyClient : public ServiceClient
{
    Q_OBJECT
public:
    WebshippyClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    // Asks for one product.
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;

    // GetProduct: page counts from 0.
    void products(int page, int limit, QObject* context, Callback<ProductPage> done);
    void products(int page, int limit, const WebshippyProductFilter& filter, QObject* context,
                  Callback<ProductPage> done);

private:
    QString apiPath() const;
};

} // namespace kontor
