#include "services/virtpos/VirtposClient.h"

#include "net/HttpClient.h"
#include "services/virtpos/VirtposParser.h"

namespace kontor {

VirtposClient::VirtposClient(const Profile& profile, const QString& secret, QObject* parent)
    : ServiceClient(profile, secret, parent)
{}

net::HttpRequest VirtposClient::request(const QString& path) const
{
    auto r = net::HttpRequest::get(path);
    // The key travels in the URL, as the service requires; the Redactor masks `apikey` wherever a URL is shown.
    r.addQuery(QStringLiteral("apikey"), m_http->config().auth.secret);
    r.addQuery(QStringLiteral("format"), formatId(m_profile.format));
    r.setExpect(m_profile.format == WireFormat::Xml ? net::Expect::Xml : net::Expect::Json);
    return r;
}

void VirtposClient::orders(const VirtposOrderFilter& filter, QObject* context, Callback<QList<OrderSummary>> done)
{
    auto r = request(m_profile.endpoint(QStringLiteral("virtpos.orders"), QStringLiteral("api/orders")));
    if (!filter.customerId.isEmpty())
        r.addQuery(QStringLiteral("id"), filter.customerId);
    if (!filter.customerExternalId.isEmpty())
        r.addQuery(QStringLiteral("external_id"), filter.customerExternalId);
    if (!filter.dateFrom.isEmpty())
        r.addQuery(QStringLiteral("datefrom"), filter.dateFrom);
    if (!filter.dateTo.isEmpty())
        r.addQuery(QStringLiteral("dateto"), filter.dateTo);
    if (filter.days > 0)
        r.addQuery(QStringLiteral("days"), QString::number(filter.days));

    const Guard guard(context);
    const WireFormat format = m_profile.format;
    m_http->send(std::move(r), this, [guard, format, done](const net::HttpResponse& response, const Error& error) {
        if (guard.gone())
            return;
        if (!error.ok()) {
            Error e = error;
            if (e.kind == Error::Kind::Auth)
                e.message = tr("VirtualPOS did not accept the API key. Check it in the profile.");
            deliver(guard, done, Result<QList<OrderSummary>>::failure(e));
            return;
        }
        deliver(guard, done, VirtposParser::parseOrders(response.body, format));
    });
}

void VirtposClient::listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done)
{
    const Guard guard(context);
    orders({}, this, [guard, query, done](const Result<QList<OrderSummary>>& all) {
        if (!all.ok()) {
            deliver(guard, done, Result<OrderPage>::failure(all.error));
            return;
        }
        deliver(guard, done, Result<OrderPage>::success(pageByOffset(all.value, query)));
    });
}

void VirtposClient::testConnection(QObject* context, Callback<ConnectionInfo> done)
{
    const Guard guard(context);
    orders({}, this, [guard, done](const Result<QList<OrderSummary>>& all) {
        if (!all.ok()) {
            deliver(guard, done, Result<ConnectionInfo>::failure(all.error));
            return;
        }
        ConnectionInfo info;
        info.summary = tr("Signed in to VirtualPOS. Orders visible: %1.").arg(all.value.size());
        deliver(guard, done, Result<ConnectionInfo>::success(info));
    });
}

} // namespace kontor
