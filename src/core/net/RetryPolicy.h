#pragma once
// RetryPolicy: when the HTTP layer tries a request again and how long it waits first. The rule (which
// failures are worth another attempt) and the schedule (exponential backoff with jitter) live together
// here; HttpCall asks both and adds the one condition it alone knows: only idempotent requests repeat.

#include "Result.h"

namespace kontor::net {

struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    int baseDelayMs = 200;
    int maxDelayMs = 5'000;
    double jitter = 0.5; // a delay is drawn from [d*(1-jitter), d]

    // Delay before attempt number `attempt` (2 for the first retry). `unit` is a random number in [0,1).
    int delayBeforeAttempt(int attempt, double unit) const;

    // True when another attempt may succeed: the network, a timeout, a 5xx/408/429, a truncated answer or
    // an HTML page where data was expected. Never a refused sign-in (Printlounge locks the account after
    // several), a refusal in the service's own words, a redirect elsewhere or a body the server found too large.
    static bool isRetryable(const Error& error);
};

} // namespace kontor::net
