#include "services/webshippy/WebshippyClient.h"

#include "net/HttpClient.h"
#include "services/webshippy/WebshippyEnvelope.h"
#include "services/webshippy/WebshippyParser.h"

namespace kontor {

using codec::Json;

WebshippyClient::WebshippyClient(const Profile& profile, const QString& secret, QObject* parent)
    : ServiceClient(profile, secret, parent)
{}

QString WebshippyClient::apiPath() const
{
    return m_profile.endpoint(QStringLiteral("webshippy.api"), QStringLiteral("wspyapi"));
}

void WebshippyClient::products(int page, int limit, QObject* context, Callback<ProductPage> done)
{
    products(page, limit, WebshippyProductFilter{}, context, std::move(done));
}

void WebshippyClient::products(int page, int limit, const WebshippyProductFilter& filter, QObject* context,
                               Callback<ProductPage> done)
{
    if (page < 0 || limit < 1) {
        deliver(context, done,
                Result<ProductPage>::failure(Error::make(Error::Kind::InvalidInput,
                                                         tr("The page must be 0 or more and the page size at least 1."),
                                                         QStringLiteral("page %1, limit %2").arg(page).arg(limit))));
        return;
    }
    // The vendor's examples send every number as a string.
    Json filters = Json::object();
    const auto put = [&filters](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            filters[key] = value.trimmed().toStdString();
    };
    put("wspyId", filter.wspyId);
    put("referenceId", filter.referenceId);
    put("productName", filter.productName);
    put("sku", filter.sku);
    put("barcode", filter.barcode);
    put("lastMod", filter.lastMod);
    if (filter.getAllProduct)
        filters["getAllProduct"] = true;
    Json fields = Json::object();
    fields["page"] = std::to_string(page);
    fields["limit"] = std::to_string(limit);
    fields["filters"] = std::move(filters);

    const WireFormat format = m_profile.format;
    auto request = WebshippyEnvelope::request(apiPath(), QStringLiteral("GetProduct"), format,
                                              m_http->config().auth.secret, fields);
    request.setIdempotent(true); // a read, although the service wants POST
    const Guard guard(context);
    m_http->send(std::move(request), this,
                 [guard, format, page, done](const net::HttpResponse& response, const Error& error) {
                     if (guard.gone())
                         return;
                     if (!error.ok()) {
                         Error e = error;
                         if (e.kind == Error::Kind::Auth)
                             e.message = tr("Webshippy did not accept the API key. Check it in the profile.");
                         deliver(guard, done, Result<ProductPage>::failure(e));
                         return;
                     }
                     deliver(guard, done, WebshippyParser::parseProducts(response.body, format, page));
                 });
}

void WebshippyClient::testConnection(QObject* context, Callback<ConnectionInfo> done)
{
    const Guard guard(context);
    products(0, 1, this, [guard, done](const Result<ProductPage>& page) {
        if (!page.ok()) {
            deliver(guard, done, Result<ConnectionInfo>::failure(page.error));
            return;
        }
        ConnectionInfo info;
        info.summary = page.value.products.isEmpty() ? tr("Signed in to Webshippy; there are no products yet.")
                                                     : tr("Signed in to Webshippy; the product list answers.");
        deliver(guard, done, Result<ConnectionInfo>::success(info));
    });
}

} // namespace kontor
