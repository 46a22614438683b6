#pragma once
// The interface of one simulated service. Matching is separate from handling so that a fault can be
// counted under the right route without running the handler.

#include "http/ServerRequest.h"
#include "http/ServerResponse.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kontor::sandbox {

struct ServiceRoute
{
    QString key;        // counter key: "GET /api/cart/{orderCode}"; unmatched: "GET *"
    int id = -1;        // the service's own route number; -1 when nothing matched
    QStringList params; // path parameters, percent-decoded
};

class SandboxService
{
public:
    virtual ~SandboxService() = default;
    // `path` is relative to the sandbox's base path and percent-decoded.
    virtual ServiceRoute match(const QByteArray& method, const QString& path) const = 0;
    virtual ServerResponse handle(const ServiceRoute& route, const ServerRequest& request) = 0;
    // Service-specific counters besides "requests" (e.g. "tokenRequests").
    virtual QJsonObject counters() const = 0;
    virtual void resetCounters() = 0;

    // FaultOptions::ignorePaging, set by the endpoint before each handle() so that a change of the fault
    // options applies to the next request without the service holding a copy of them.
    void setIgnorePaging(bool ignore) { m_ignorePaging = ignore; }

protected:
    bool ignoresPaging() const { return m_ignorePaging; }

private:
    bool m_ignorePaging = false;
};

} // namespace kontor::sandbox
