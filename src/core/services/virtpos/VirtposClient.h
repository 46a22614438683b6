#pragma once
// VirtposClient: the VirtualPOS API. Every call carries the API key as the `apikey` query parameter and
// the profile's format (json or xml). The order list has no paging: the whole list arrives at once, is kept
// as a snapshot per filter, and listOrders cuts its pages from that snapshot.

#include "cards/DiscountCard.h"
#include "customers/Customer.h"
#include "services/OrderSnapshots.h"
#include "services/ServiceClient.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/virtpos/VirtposParser.h"

namespace kontor {

// Optional filters of the order list; empty (or 0) means "no filter". Dates are YYYYMMDD.
struct VirtposOrderFilter
{
    QString customerId;
    QString customerExternalId;
    QString dateFrom;
    QString dateTo;
    int days = 0;

    QString key() const; // one text per distinct filter, for the snapshots
};

class VirtposClient : public ServiceClient, public OrdersCapability
{
    Q_OBJECT
public:
    VirtposClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    OrdersCapability* orders() override { return this; }

    // Asks for the orders of the last day only: proves the key without downloading the whole list.
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;
    // One page of the order list; the first page fetches the list, later ones are cut from its snapshot.
    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override;

    // Every order the service sends for the filter, with its items.
    void allOrders(const VirtposOrderFilter& filter, QObject* context, Callback<QList<OrderSummary>> done);

    // A discount card written (insertCard, updateCard, deleteCard at the profile's routes). A card with
    // problems (DiscountCards::validate) is refused with InvalidInput and nothing is sent; the first problem
    // is the message, its field the detail. A write is sent once, never repeated by the HTTP layer.
    struct CardWriteResult
    {
        QString cardId;
        bool created = false; // insert, or an update that created the card (create_if_not_exist)
        FieldList sent;       // the form fields sent (no secret: the key travels in the query)
    };
    void writeCard(CardWrite write, const DiscountCard& card, QObject* context, Callback<CardWriteResult> done);

    // One page of the customer list (pages count from 1).
    void listCustomers(int page, int pageSize, QObject* context, Callback<CustomerPage> done);
    // Every customer, page after page, until a page is empty, the total is reached, or a page repeats one
    // already read (a server that ignores the paging ends the list instead of repeating it for ever).
    void allCustomers(int pageSize, QObject* context, Callback<QList<FieldList>> done);
    // A customer update (POST to the profile's route, default /api/customer/update). An update with
    // problems (Customers::validate) is refused with InvalidInput and nothing is sent. Sent once.
    void updateCustomer(const CustomerUpdate& update, QObject* context, Callback<VirtposParser::WriteAnswer> done);

protected:
    std::optional<Error> readErrorBody(const QByteArray& body) const override;
    QString signInRefusedText() const override;

private:
    net::HttpRequest request(const QString& path) const;

    OrderSnapshots m_snapshots;
};

} // namespace kontor
