#pragma once
// The exit codes kontor-cli promises to scheduled jobs, and the one place that maps a core Error to one.

#include "Result.h"

namespace kontor::cli {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,    // the service or the network failed
    ExitUsage = 2,      // the command line or the profile is wrong; retrying will not help
    ExitPartial = 3,    // some items of a batch failed, the others went through
    ExitAuthFailed = 4, // the service refused the credentials, or there is no secret to send
};

inline int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::None:
        return ExitSuccess;
    case Error::Kind::Auth:
    case Error::Kind::NoSecret:
        return ExitAuthFailed;
    case Error::Kind::InvalidInput:
    case Error::Kind::InsecureUrl:
    case Error::Kind::Unsupported:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

} // namespace kontor::cli
