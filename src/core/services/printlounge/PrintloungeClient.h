#pragma once
// PrintloungeClient: the Printlounge shop REST API. Orders page by keyset (lastSeenId = the smallest id
// seen so far); an order's cart carries its header and items. Authentication is whatever the profile
// says (HTTP Basic by default) and is done by HttpClient, which never repeats a refused sign-in: the shop
// locks access after several wrong tries.

#include "services/ServiceClient.h"

namespace kontor {

// Optional filters of the order list, as the service names them; empty means "no filter".
struct PrintloungeOrderFilter
{
    QString orderStatus;
    QString status;
    QString statusPaid;
};

class PrintloungeClient : public ServiceClient
{
    Q_OBJECT
public:
    PrintloungeClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    // Asks for the newest order (limit 1).
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;
    // One page, newest first. nextCursor is the smallest id on the page; only an empty page ends the list.
    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override;
    void listOrders(const OrderQuery& query, const PrintloungeOrderFilter& filter, QObject* context,
                    Callback<OrderPage> done);

    void order(const QString& orderCode, QObject* context, Callback<FieldList> done);
    void cart(const QString& orderCode, QObject* context, Callback<Cart> done);

private:
    // Replaces HttpClient's general sentences where Printlounge has something more useful to say.
    Error explain(Error error, const QString& orderCode = {}) const;
    bool checkCode(const QString& orderCode, const std::function<void(const Error&)>& fail) const;
    // GET <basePath>/<orderCode>, answered through `parse`.
    template <typename T>
    void getByCode(const QString& basePath, const QString& orderCode, QObject* context, Callback<T> done,
                   Result<T> (*parse)(const QByteArray&));
};

} // namespace kontor
