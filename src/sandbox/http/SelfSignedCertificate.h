#pragma once
// The throwaway TLS identity of the sandbox's https mode: an EC P-256 key and a self-signed certificate for
// 127.0.0.1 (CN=127.0.0.1, O=Kontor Sandbox, subjectAltName IP:127.0.0.1 and DNS:localhost), random
// serial, valid from a day ago for 30 days, signed with SHA-256. Made with libcrypto in memory and never
// written anywhere: a test trusts it by adding the certificate as a CA, or pins its SHA-256.

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace kontor::sandbox {

class SelfSignedCertificate
{
public:
    // A null certificate on failure, with OpenSSL's reason in *error.
    static SelfSignedCertificate generate(QString* error);

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    const QSslCertificate& certificate() const { return m_certificate; }
    const QSslKey& privateKey() const { return m_key; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace kontor::sandbox
