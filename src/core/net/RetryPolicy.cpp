#include "net/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace kontor::net {

int RetryPolicy::delayBeforeAttempt(int attempt, double unit) const
{
    if (attempt < 2)
        return 0;
    // 2nd attempt: base, 3rd: 2*base, 4th: 4*base ... capped.
    const double exp = std::ldexp(static_cast<double>(baseDelayMs), std::min(attempt - 2, 20));
    const double capped = std::min(exp, static_cast<double>(maxDelayMs));
    const double j = std::clamp(jitter, 0.0, 1.0);
    const double u = std::clamp(unit, 0.0, 1.0);
    return static_cast<int>(capped * (1.0 - j * u));
}

bool RetryPolicy::isRetryable(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Html:
        return true;
    case Error::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 429 || error.httpStatus == 408;
    default:
        return false;
    }
}

} // namespace kontor::net
