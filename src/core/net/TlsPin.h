#pragma once
// The one rule for a certificate that fails verification, for every connection Kontor makes (HttpCall over
// QNetworkAccessManager, KeepAliveConnection, the upload engine's UploadConnection): it is accepted only when
// the profile pins exactly this certificate (SHA-256 of its DER form) and every error is about it.

#include "Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace kontor::net {

struct TlsVerdict
{
    bool accept = false;         // ignore the errors: the pinned certificate
    bool pinMismatch = false;    // a pin exists and this certificate is not it
    PeerCertificate certificate; // what was presented (empty sha256 when nothing was)
    QString problems;            // the errors in words, "; "-joined
};

// `peer` is the socket's peer certificate (may be null before the handshake settles: the errors' own
// certificate is used then).
TlsVerdict judgeCertificate(QSslCertificate peer, const QList<QSslError>& errors, const QByteArray& pinnedSha256);

} // namespace kontor::net
