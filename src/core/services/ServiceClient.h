#pragma once
// ServiceClient: one connection to one profile's service, whatever its wire format. Each of the four
// services has its own subclass, a thin typed facade over one HttpClient and pure parsers. What a service
// can do is asked for through capability interfaces (orders(), cart(), categories(), products(), ...): a client
// returns itself where it implements one and nullptr elsewhere, so no caller downcasts to a service.
// Clients live as long as their profile is unchanged (ClientRegistry): connections, TLS sessions, the htk
// token and whole-list snapshots are reused across views, pages and refreshes.
// Every call is asynchronous: the callback runs later on this thread, never before the call returns,
// and not at all when `context` has been destroyed.

#include "Result.h"
#include "domain/Records.h"
#include "net/HttpTypes.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace kontor {
namespace net {
class HttpClient;
}

class CartCapability;
class CategoriesCapability;
class InvoicesCapability;
class OrdersCapability;
class ProductUploadCapability;
class ProductsCapability;
class TransactionsCapability;

class ServiceClient : public QObject
{
    Q_OBJECT
public:
    // Builds the client for the profile's service. `secret` is used for this client only.
    static std::unique_ptr<ServiceClient> create(const Profile& profile, const QString& secret,
                                                 QObject* parent = nullptr);

    ~ServiceClient() override;

    const Profile& profile() const { return m_profile; }
    net::HttpClient* http() const { return m_http; }
    // The secret this client was made with (the registry compares it to decide on reuse).
    QString secret() const;

    // One authenticated, cheap, read-only call that proves the profile works.
    virtual void testConnection(QObject* context, Callback<ConnectionInfo> done) = 0;

    // Capabilities this client implements; nullptr where the service (or this version of Kontor) has none.
    virtual OrdersCapability* orders() { return nullptr; }
    virtual CartCapability* cart() { return nullptr; }
    virtual CategoriesCapability* categories() { return nullptr; }
    virtual ProductsCapability* products() { return nullptr; }
    virtual ProductUploadCapability* productUpload() { return nullptr; }
    virtual TransactionsCapability* transactions() { return nullptr; }
    virtual InvoicesCapability* invoices() { return nullptr; }

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

    // Sends `request`; `done` runs unless `guard` is gone. A failed answer has passed explainFailure()
    // first, so the service's own words reach the person instead of a bare HTTP status.
    using Reply = std::function<void(const net::HttpResponse& response, const Error& error)>;
    void send(net::HttpRequest request, const Guard& guard, Reply done);

    // Runs `parse` on the thread pool (a long answer parsed on the GUI thread would freeze the window), then
    // `then` with its result on this client's thread, unless this client is gone by then.
    template <class T>
    void parseOffThread(QByteArray body, std::function<Result<T>(const QByteArray&)> parse,
                        std::function<void(const Result<T>&)> then);

    // The service's reading of an error answer's body with its own envelope parser ("success 0" and `info`,
    // `status error` and `message`, ...): an Auth error when the body blames the credentials, a Service error
    // quoting the service otherwise; nullopt when the body holds nothing the service parser recognises.
    virtual std::optional<Error> readErrorBody(const QByteArray& body) const = 0;
    // The sentence for a refused sign-in, naming what to check in this service's profile.
    virtual QString signInRefusedText() const = 0;

    Profile m_profile;
    net::HttpClient* m_http;

private:
    Error explainFailure(const Error& error, const net::HttpResponse& response) const;
};

} // namespace kontor

#include "services/ServiceClient_impl.h"
