#pragma once
// PrintloungeClient: the Printlounge shop REST API. Orders page by keyset (lastSeenId = the smallest id
// seen so far); an order's cart carries its header and items. Authentication is whatever the profile
// says (HTTP Basic by default) and is done by HttpClient, which never repeats a refused sign-in: the shop
// locks access after several wrong tries.

#include "services/ServiceClient.h"
#include "services/capabilities/CartCapability.h"
#include "services/capabilities/OrdersCapability.h"

namespace kontor {

// Optional filters of the order list, as the service names them; empty means "no filter".
struct PrintloungeOrderFilter
{
    QString orderStatus;
    QString status;
    QString statusPaid;
};

class PrintloungeClient : public ServiceClient, public OrdersCapability, public CartCapability
{
    Q_OBJECT
public:
    PrintloungeClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    OrdersCapability* orders() override { return this; }
    CartCapability* cart() override { return this; }

    // Asks for the newest order (limit 1).
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;
    // One page, newest first. nextCursor is the smallest id on the page; only an empty page ends the list.
    // Only rows below the cursor are delivered: a server that ignores lastSeenId ends the list instead of
    // repeating its first page.
    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override;
    void listOrders(const OrderQuery& query, const PrintloungeOrderFilter& filter, QObject* context,
                    Callback<OrderPage> done);
    void loadCart(const QString& orderCode, QObject* context, Callback<Cart> done) override;

    void order(const QString& orderCode, QObject* context, Callback<FieldList> done);
    // Sets the order's status (a code such as "137") by PUT or PATCH as the profile says (PUT by default);
    // answers the order as the shop reads it back ({order_code, order_status}). Setting a value is
    // idempotent, so a dropped connection is retried like a read.
    void setOrderStatus(const QString& orderCode, const QString& status, QObject* context, Callback<FieldList> done);

protected:
    std::optional<Error> readErrorBody(const QByteArray& body) const override;
    QString signInRefusedText() const override;

private:
    // A parsed order list as the page after `cursor`: rows at or past the cursor dropped, the next cursor set.
    static Result<OrderPage> pageOf(Result<QList<OrderSummary>> rows, const QString& cursor);
    // The order code in "not found" answers, where Printlounge has something more useful to say.
    Error explainNotFound(Error error, const QString& orderCode) const;
    bool checkCode(const QString& orderCode, const std::function<void(const Error&)>& fail) const;
    // GET <basePath>/<orderCode>, answered through `parse`.
    template <typename T>
    void getByCode(const QString& basePath, const QString& orderCode, QObject* context, Callback<T> done,
                   Result<T> (*parse)(const QByteArray&));
};

} // namespace kontor
