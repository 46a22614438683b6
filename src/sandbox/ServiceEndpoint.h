#pragma once
// The dispatcher of one service port: strips the base path, injects faults, runs the service, counts the
// outcome per route.

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

    SandboxService* m_service;
    FaultInjector* m_faults;
    QString m_basePath;
    RequestCounters m_counters;
};

} // namespace kontor::sandbox
