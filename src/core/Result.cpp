#include "Result.h"

namespace kontor {

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Html:
        return QStringLiteral("html");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::NoSecret:
        return QStringLiteral("no-secret");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

} // namespace kontor
