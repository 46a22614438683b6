#pragma once
// The dispatcher of the sandbox's admin port: counters, reset, fault options at runtime. Never faulty.

#include "http/HttpDispatcher.h"

namespace kontor::sandbox {

class Sandbox;

class AdminEndpoint : public HttpDispatcher
{
public:
    explicit AdminEndpoint(Sandbox* sandbox)
        : m_sandbox(sandbox)
    {}

    qint64 maxBodyBytes() const override { return 1024 * 1024; }
    HttpOutcome dispatch(const ServerRequest& request) override;
    HttpOutcome rejectTooLarge(const ServerRequest& head) override;
    void countBadRequest(int) override {}

private:
    Sandbox* m_sandbox;
};

} // namespace kontor::sandbox
