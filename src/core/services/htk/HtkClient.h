#pragma once
// HtkClient: OmniSeller HTKService4. Every call needs a session token from Tokenrequest.php; the client
// keeps one, renews it shortly before it runs out, shares one token request among calls that wait for it,
// and when the service still rejects a token it fetches a fresh one once and repeats the call once.

#include "services/ServiceClient.h"
#include "services/htk/HtkParser.h"

#include <QElapsedTimer>
#include <QList>
#include <functional>

namespace kontor {

class HtkClient : public ServiceClient
{
    Q_OBJECT
public:
    HtkClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    // Signs in and counts the categories.
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;
    // The order IDs, paged on this side: the service always sends the whole list. The cursor is an offset.
    void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) override;

    void categories(QObject* context, Callback<QList<Category>> done);
    void orderIds(QObject* context, Callback<QList<OrderSummary>> done);
    void order(const QString& id, QObject* context, Callback<FieldList> done);

    // True while a token is cached and not yet due for renewal.
    bool hasFreshToken() const;
    // Drops the cached token; the next call signs in again.
    void forgetToken();

private:
    using TokenWaiter = std::function<void(const Error& error, const QString& token)>;

    void withToken(TokenWaiter then);
    void onTokenAnswer(const Result<HtkToken>& result);

    template <class T>
    void call(const QString& function, const QString& data, const Guard& guard,
              std::function<Result<T>(const QByteArray&)> parse, Callback<T> done, bool isRetry = false);

    QString m_token;
    QElapsedTimer m_tokenClock;
    qint64 m_tokenValidMs = 0;
    bool m_tokenInFlight = false;
    QList<TokenWaiter> m_waiters;
};

} // namespace kontor
