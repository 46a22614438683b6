#pragma once
// HtkClient: OmniSeller HTKService4. Every call needs a session token from Tokenrequest.php; the client
// keeps one for its whole life (one client per profile per process), renews it shortly before it runs out,
// shares one token request among calls that wait for it, and when the service still rejects a token it
// fetches a fresh one once and repeats the call once. The order ID list comes whole and is paged here.

#include "services/OrderSnapshots.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CategoriesCapability.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/htk/HtkParser.h"

#include <QElapsedTimer>
#include <QList>
#include <functional>

namespace kontor {

class HtkClient : public ServiceClient, public OrdersCapability, public CategoriesCapability
{
    Q_OBJECT
public:
    HtkClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    OrdersCapability* orders() override { return this; }
    CategoriesCapability* categories() override { return this; }

    // Signs in and counts the categories (a small answer; the token is kept for the calls that follow).
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;
    // The order IDs: the first page fetches the whole list, later pages are cut from that snapshot.
    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override;
    void listCategories(QObject* context, Callback<QList<Category>> done) override;

    void orderIds(QObject* context, Callback<QList<OrderSummary>> done);
    void order(const QString& id, QObject* context, Callback<FieldList> done);

    // True while a token is cached and not yet due for renewal.
    bool hasFreshToken() const;
    // Drops the cached token; the next call signs in again.
    void forgetToken();

protected:
    std::optional<Error> readErrorBody(const QByteArray& body) const override;
    QString signInRefusedText() const override;

private:
    using TokenWaiter = std::function<void(const Error& error, const QString& token)>;

    void withToken(TokenWaiter then);
    void onTokenAnswer(const Result<HtkToken>& result);
    QString freshTokenRefusedText() const;

    template <class T>
    void call(const QString& function, const QString& data, const Guard& guard,
              std::function<Result<T>(const QByteArray&)> parse, Callback<T> done, bool isRetry = false);

    QString m_token;
    QElapsedTimer m_tokenClock;
    qint64 m_tokenValidMs = 0;
    bool m_tokenInFlight = false;
    QList<TokenWaiter> m_waiters;
    OrderSnapshots m_snapshots;
};

} // namespace kontor
