#pragma once
// The dispatcher of the trap host (127.0.0.2, plain http): a stand-in for "some other server" that a
// redirect fault points at. It answers every request 200 {"status":"success"}, as a gullible API would,
// and records it verbatim, so that a test can see what a client carried off its own host after a
// redirect (an Authorization header, an API key in the query or the body). Never faulty.

#include "http/HttpDispatcher.h"

#include <QJsonArray>
#include <QVector>

namespace kontor::sandbox {

class TrapEndpoint : public HttpDispatcher
{
public:
    // Only the newest requests are kept, so a client stuck in a redirect loop cannot eat the memory.
    static constexpr int kMaxRecords = 1000;

    qint64 maxBodyBytes() const override { return 16 * 1024 * 1024; }
    HttpOutcome dispatch(const ServerRequest& request) override;
    // Recorded with an empty body, answered 413.
    HttpOutcome rejectTooLarge(const ServerRequest& head) override;
    void countBadRequest(int) override {}

    // [{"method": "GET", "target": "/moved/...", "headers": {"authorization": "..."}, "body": "..."}], oldest
    // first. A header sent more than once shows its values joined by ", ".
    QJsonArray requests() const;
    void clear() { m_requests.clear(); }

private:
    void record(const ServerRequest& request);

    QVector<ServerRequest> m_requests;
};

} // namespace kontor::sandbox
