#pragma once
// The one redaction routine. Every log line, error text, inspector entry and URL shown to a person
// passes through it. It removes (1) every secret registered in this process (passwords, API keys, the htk
// session token, the base64 "user:secret" of Basic auth) in plain, percent-encoded and JSON-escaped form,
// and (2) anything that looks like a credential by name: the apikey query parameter,
// apiKey/apipass/password/token fields in JSON, XML and form bodies, Authorization headers.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace kontor::net {

class Redactor
{
public:
    static constexpr const char* Mask = "***";

    // Process-wide and thread-safe: once registered, a secret never appears in redacted text.
    static void registerSecret(const QString& secret);
    // The base64 form of "user:secret" an HTTP Basic header carries (and its encoded forms), so a header
    // logged or quoted anywhere is masked even when its name was lost.
    static void registerBasicCredentials(const QString& user, const QString& secret);
    static void clearRegisteredSecrets(); // tests only

    static QString redact(const QString& text);
    static QByteArray redact(const QByteArray& text);
    // The URL as text, with credentials in user info and query parameters masked.
    static QString redactUrl(const QUrl& url);
};

} // namespace kontor::net
