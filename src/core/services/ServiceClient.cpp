#include "services/ServiceClient.h"

#include "net/HttpClient.h"
#include "services/htk/HtkClient.h"
#include "services/printlounge/PrintloungeClient.h"
#include "services/virtpos/VirtposClient.h"
#include "services/webshippy/WebshippyClient.h"

#include <algorithm>

namespace kontor {

std::unique_ptr<ServiceClient> ServiceClient::create(const Profile& profile, const QString& secret, QObject* parent)
{
    switch (profile.service) {
    case Service::Htk:
        return std::make_unique<HtkClient>(profile, secret, parent);
    case Service::Printlounge:
        return std::make_unique<PrintloungeClient>(profile, secret, parent);
    case Service::Virtpos:
        return std::make_unique<VirtposClient>(profile, secret, parent);
    case Service::Webshippy:
        return std::make_unique<WebshippyClient>(profile, secret, parent);
    }
    return nullptr;
}

ServiceClient::ServiceClient(const Profile& profile, const QString& secret, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_http(new net::HttpClient(profile.clientConfig(secret), this))
{}

ServiceClient::~ServiceClient() = default;

OrderPage ServiceClient::pageByOffset(const QList<OrderSummary>& all, const OrderQuery& query)
{
    bool ok = false;
    const qsizetype start = std::max<qsizetype>(0, query.cursor.trimmed().toLongLong(&ok));
    OrderPage page;
    page.orders = all.mid(ok ? start : 0, query.limit > 0 ? query.limit : -1);
    const qsizetype next = (ok ? start : 0) + page.orders.size();
    page.endReached = next >= all.size();
    if (!page.endReached)
        page.nextCursor = QString::number(next);
    return page;
}

void ServiceClient::listOrders(const OrderQuery&, QObject* context, Callback<OrderPage> done)
{
    deliver(context, done,
            Result<OrderPage>::failure(
                Error::make(Error::Kind::Unsupported,
                            tr("%1 does not offer an order list.").arg(serviceDisplayName(m_profile.service)),
                            QStringLiteral("listOrders is not available for %1").arg(serviceId(m_profile.service)))));
}

} // namespace kontor
