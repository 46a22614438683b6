#pragma once
// The dispatcher of one service port: strips the base path, injects faults (the redirect fault first, then
// the drawn ones), runs the service, counts the outcome per route.

#include "SandboxService.h"
#include "common/RequestCounters.h"
#include "faults/FaultInjector.h"
#include "http/HttpDispatcher.h"

namespace kontor::sandbox {

class ServiceEndpoint : public HttpDispatcher
{
public:
    ServiceEndpoint(SandboxService* service, FaultInjector* faults, QString basePath);

    void setService(SandboxService* service) { m_service = service; }
    SandboxService* service() const { return m_service; }
    // "http://127.0.0.1:PORT" (https in TLS mode): where a same-origin redirect points. Set once listening.
    void setOrigin(const QString& origin) { m_origin = origin; }
    RequestCounters& counters() { return m_counters; }
    const RequestCounters& counters() const { return m_counters; }

    qint64 maxBodyBytes() const override { return m_faults->options().maxBodyBytes; }
    HttpOutcome dispatch(const ServerRequest& request) override;
    HttpOutcome rejectTooLarge(const ServerRequest& head) override;
    void countBadRequest(int status) override
    {
        m_counters.add(QStringLiteral("BAD REQUEST"), QString::number(status));
    }

private:
    ServiceRoute route(const ServerRequest& request) const;
    HttpOutcome redirect(const ServerRequest& request);
    HttpOutcome serve(const ServerRequest& request);

    SandboxService* m_service;
    FaultInjector* m_faults;
    QString m_basePath;
    QString m_origin;
    RequestCounters m_counters;
};

} // namespace kontor::sandbox
