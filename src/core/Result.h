#pragma once
// Error and Result<T>: how every asynchronous core call reports back. An Error carries two texts, as
// Nextcloud's jobs do: one plain-words sentence for the person (translated, redacted) and a technical
// detail for the log (redacted too). Neither ever contains a secret.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace kontor {

// The certificate a server presented when Kontor could not verify it: what a person needs to decide
// whether to trust it for one profile (Nextcloud shows the same before "trust this certificate").
struct PeerCertificate
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;       // lower-case hex of the DER encoding, no colons
    QStringList problems; // what verification found, in words (Qt's own, translated by qtbase)
};

struct Error
{
    enum class Kind {
        None,
        InvalidInput, // the request was refused before it was sent (bad field, bad profile)
        InsecureUrl,  // plain http:// to a non-loopback host without the profile's permission
        Network,      // connection refused, dropped, DNS, host unreachable
        Timeout,      // connect, inactivity or total deadline
        Tls,          // certificate or handshake problem; never ignored
        Auth,         // 401/403 or the service's own "wrong key" answer; never retried
        NotFound,     // 404 or the service says the record does not exist
        Http,         // any other unexpected HTTP status
        TooLarge,     // response above the size cap, or the server answered 413
        Html,         // an HTML page where JSON or XML was expected
        Malformed,    // JSON/XML that does not parse, or lacks what the answer must have
        Service,      // the service understood and said no (status error, success 0, ...)
        Cancelled,
        Unsupported, // the service does not offer this
        Keychain,    // reading or writing the OS keychain failed
        NoSecret,    // the profile needs a password or key and none is stored; nothing was sent
        Redirect,    // the server sent Kontor to another scheme, host or port; not followed
        Storage,     // a local file or database (the audit log) could not be read or written
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // for a person: one or two plain sentences, translated, redacted
    QString detail;  // for the log: raw status, reason, URL (redacted)
    QString reason;  // optional stable sub-code for programs ("keychain-locked"); never translated
    std::optional<PeerCertificate> certificate; // Kind::Tls: the certificate that failed verification

    bool ok() const { return kind == Kind::None; }

    static Error make(Kind kind, QString message, QString detail = {}, int httpStatus = 0)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.detail = std::move(detail);
        e.httpStatus = httpStatus;
        return e;
    }
    static QString kindName(Kind kind); // stable machine-readable name ("auth", "network", ...)
};

template <class T>
struct Result
{
    T value{};
    Error error;

    bool ok() const { return error.ok(); }

    static Result success(T v)
    {
        Result r;
        r.value = std::move(v);
        return r;
    }
    static Result failure(Error e)
    {
        Result r;
        r.error = std::move(e);
        return r;
    }
};

template <class T>
using Callback = std::function<void(const Result<T>&)>;

} // namespace kontor

#include <QMetaType>
Q_DECLARE_METATYPE(kontor::Error)
