#pragma once
// What the HTTP server asks of whoever serves a port: an answer per request, how to deliver it (faults
// need a dropped or cut connection), the body limit, and notice of requests that could not be parsed.

#include "http/ServerRequest.h"
#include "http/ServerResponse.h"

namespace kontor::sandbox {

struct HttpOutcome
{
    enum class Delivery { Normal, Drop, Truncate };
    ServerResponse response;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
};

class HttpDispatcher
{
public:
    virtual ~HttpDispatcher() = default;
    // Largest request body accepted; 0 means no limit besides the server's own hard cap.
    virtual qint64 maxBodyBytes() const = 0;
    virtual HttpOutcome dispatch(const ServerRequest& request) = 0;
    // A request whose body was over the limit; `head` has no body (it was read and thrown away).
    virtual HttpOutcome rejectTooLarge(const ServerRequest& head) = 0;
    // A request that could not be parsed (400, 431, 501, 505). The server answers it itself and closes.
    virtual void countBadRequest(int status) = 0;
};

} // namespace kontor::sandbox
