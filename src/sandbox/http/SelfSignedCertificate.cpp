#include "http/SelfSignedCertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

// libcrypto directly rather than a shell-out to openssl(1): nothing touches the disk, and Qt itself has no
// API to create a certificate.

namespace kontor::sandbox {

namespace {
template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

constexpr long kDay = 24 * 60 * 60;

QString opensslError(const char* step)
{
    char text[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("%1 failed: %2").arg(QLatin1String(step), QString::fromLatin1(text));
}

bool addName(X509_NAME* name, const char* field, const char* value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(value), -1, -1,
                                      0) == 1;
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    const ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// PEM through a memory BIO: the one format both libcrypto and QSslCertificate/QSslKey read.
template <typename Write>
QByteArray pem(Write write)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get()))
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}
} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(QString* error)
{
    SelfSignedCertificate out;
    auto fail = [&](const char* step) {
        if (error)
            *error = opensslError(step);
        return SelfSignedCertificate();
    };

    const KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail("EC key generation");
    const CertPtr cert(X509_new());
    const BignumPtr serial(BN_new());
    if (!cert || !serial)
        return fail("allocation");
    // 63 random bits: positive, unique enough that no client mistakes one run's certificate for another's.
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return fail("serial number");
    // From a day ago, so that a client whose clock is a little behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kDay) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 29 * kDay))
        return fail("validity");
    X509_NAME* name = X509_get_subject_name(cert.get());
    if (!addName(name, "O", "Kontor Sandbox") || !addName(name, "CN", "127.0.0.1") ||
        X509_set_issuer_name(cert.get(), name) != 1)
        return fail("subject");
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return fail("public key");
    // Clients match the host against subjectAltName, not CN; CA:FALSE because it signs nothing else.
    if (!addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost") ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash"))
        return fail("extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return fail("signature");

    const QByteArray certPem = pem([&](BIO* bio) { return PEM_write_bio_X509(bio, cert.get()) == 1; });
    const QByteArray keyPem = pem(
        [&](BIO* bio) { return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1; });
    out.m_certificate = QSslCertificate(certPem, QSsl::Pem);
    out.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (out.isNull()) {
        if (error)
            *error = QStringLiteral("Qt could not read the generated certificate or key");
        return SelfSignedCertificate();
    }
    return out;
}

} // namespace kontor::sandbox
