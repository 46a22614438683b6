#pragma once
// The redirect fault (FaultOptions::redirectStatus and redirectTo): a service port answers every request
// outside "/moved/" with a redirect to the same target under "/moved", either at another origin (the trap
// host, to test that a client never carries credentials to a host it did not choose) or at the port's own
// origin (to test that a client follows a harmless redirect). These are the pure parts; ServiceEndpoint
// applies them.

#include "http/ServerRequest.h"
#include "http/ServerResponse.h"

#include <QByteArray>
#include <QString>

namespace kontor::sandbox {

class RedirectFault
{
public:
    // 301, 302, 303, 307 or 308; anything else (0 included) means the fault is off.
    static bool isRedirectStatus(int status);
    // Empty (the port's own origin) or an absolute http(s) URL with a host and no query or fragment.
    static bool isValidTarget(const QString& base);

    // <base without trailing '/'> + "/moved" + target.
    static QByteArray location(const QString& base, const QByteArray& target);
    static ServerResponse answer(int status, const QByteArray& location);

    // Whether the request was sent to a redirect's Location, i.e. its path starts with "/moved/".
    static bool isMoved(const ServerRequest& request);
    // The request as it would have been without the "/moved" prefix. Call only when isMoved().
    static ServerRequest unmoved(const ServerRequest& request);
};

} // namespace kontor::sandbox
