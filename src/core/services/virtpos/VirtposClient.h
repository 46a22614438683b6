#pragma once
// VirtposClient: the VirtualPOS API. Every call carries the API key as the `apikey` query parameter and
// the profile's format (json or xml). The order list has no paging: the whole list arrives at once and
// listOrders pages it on this side.

#include "services/ServiceClient.h"

namespace kontor {

// Optional filters of the order list; empty (or 0) means "no filter". Dates are YYYYMMDD.
struct VirtposOrderFilter
{
    QString customerId;
    QString customerExternalId;
    QString dateFrom;
    QString dateTo;
    int days = 0;
};

class VirtposClient : public ServiceClient
{
    Q_OBJECT
public:
    VirtposClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    // Fetches the order list and counts it.
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;
    // One page of the order list; the cursor is an offset into the list the service sent.
    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override;

    // Every order the service sends for the filter, with its items.
    void orders(const VirtposOrderFilter& filter, QObject* context, Callback<QList<OrderSummary>> done);

private:
    net::HttpRequest request(const QString& path) const;
};

} // namespace kontor
