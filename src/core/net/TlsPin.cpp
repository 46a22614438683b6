#include "net/TlsPin.h"

#include <QCryptographicHash>
#include <algorithm>

namespace kontor::net {

TlsVerdict judgeCertificate(QSslCertificate peer, const QList<QSslError>& errors, const QByteArray& pinnedSha256)
{
    for (const QSslError& e : errors) {
        if (peer.isNull() && !e.certificate().isNull())
            peer = e.certificate();
    }
    TlsVerdict v;
    const QByteArray fingerprint = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256).toHex();
    // The pin vouches for one certificate only: every error must be about that certificate (or about none).
    const bool allAboutPeer = std::all_of(errors.cbegin(), errors.cend(), [&peer](const QSslError& e) {
        return e.certificate().isNull() || e.certificate() == peer;
    });
    v.accept = !pinnedSha256.isEmpty() && !fingerprint.isEmpty() && fingerprint == pinnedSha256 && allAboutPeer;
    v.pinMismatch = !pinnedSha256.isEmpty() && fingerprint != pinnedSha256;
    if (!peer.isNull()) {
        v.certificate.subject = peer.subjectDisplayName();
        v.certificate.issuer = peer.issuerDisplayName();
        v.certificate.notBefore = peer.effectiveDate();
        v.certificate.notAfter = peer.expiryDate();
        v.certificate.sha256 = QString::fromLatin1(fingerprint);
    }
    for (const QSslError& e : errors)
        v.certificate.problems << e.errorString();
    v.problems = v.certificate.problems.join(QLatin1String("; "));
    return v;
}

} // namespace kontor::net
