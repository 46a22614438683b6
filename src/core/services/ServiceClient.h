#pragma once
// ServiceClient: what the CLI and the GUI may ask of any service, whatever its wire format. Each of the
// four services has its own subclass, a thin typed facade over one HttpClient and pure parsers.
// Every call is asynchronous: the callback runs later on this thread, never before the call returns,
// and not at all when `context` has been destroyed.

#include "Result.h"
#include "domain/Records.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace kontor {
namespace net {
class HttpClient;
}

struct OrderQuery
{
    int limit = 50;
    QString cursor; // from OrderPage::nextCursor
};

class ServiceClient : public QObject
{
    Q_OBJECT
public:
    // Builds the client for the profile's service. `secret` is used for this client only.
    static std::unique_ptr<ServiceClient> create(const Profile& profile, const QString& secret,
                                                 QObject* parent = nullptr);

    ~ServiceClient() override;

    const Profile& profile() const { return m_profile; }
    Capabilities capabilities() const { return capabilitiesOf(m_profile.service); }
    net::HttpClient* http() const { return m_http; }

    // One authenticated, read-only call that proves the profile works.
    virtual void testConnection(QObject* context, Callback<ConnectionInfo> done) = 0;
    // One page of orders; Unsupported for services without orders.
    virtual void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done);

protected:
    ServiceClient(const Profile& profile, const QString& secret, QObject* parent);

    // A caller's context held across asynchronous steps: no context at all means "always deliver"; a
    // context that has since been destroyed means "stop quietly".
    struct Guard
    {
        explicit Guard(QObject* context)
            : object(context)
            , hadContext(context != nullptr)
        {}
        QPointer<QObject> object;
        bool hadContext;
        bool gone() const { return hadContext && !object; }
        QObject* get() const { return object.data(); }
    };

    // Runs `done(result)` from the event loop, unless `context` is gone. Errors pass the Redactor first.
    template <class T>
    static void deliver(QObject* context, const Callback<T>& done, Result<T> result);
    template <class T>
    static void deliver(const Guard& guard, const Callback<T>& done, Result<T> result)
    {
        if (!guard.gone())
            deliver(guard.get(), done, std::move(result));
    }

    // One page of a list the service sends whole (htk, virtpos): the cursor is an offset into it.
    static OrderPage pageByOffset(const QList<OrderSummary>& all, const OrderQuery& query);

    Profile m_profile;
    net::HttpClient* m_http;
};

} // namespace kontor

#include "services/ServiceClient_impl.h"
