#pragma once
// A connection profile: which service, where, how to authenticate (but never the secret itself),
// per-profile endpoint overrides and timeouts. Serialised to JSON by ProfileStore.

#include "net/HttpTypes.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace kontor {

enum class Service { Htk, Printlounge, Virtpos, Webshippy };
enum class WireFormat { Json, Xml };

// Stable identifiers used in files, on the command line and in JSON output.
QString serviceId(Service s); // "htk", "printlounge", "virtpos", "webshippy"
std::optional<Service> serviceFromId(const QString& id);
QString serviceDisplayName(Service s); // "OmniSeller HTK", "Printlounge", ...
QStringList allServiceIds();
bool serviceHasFormats(Service s); // virtpos and webshippy offer json|xml
QString formatId(WireFormat f);    // "json" / "xml"
std::optional<WireFormat> formatFromId(const QString& id);

// "none", "basic", "bearer", "header:X-Name"
QString authKindId(net::AuthKind kind, const QByteArray& headerName = {});
bool parseAuthKind(const QString& text, net::AuthKind* kind, QByteArray* headerName);

struct Profile
{
    QString id;   // stable UUID, the keychain key; never changes when the profile is renamed
    QString name; // unique, shown to the person
    Service service = Service::Printlounge;
    QUrl baseUrl;
    WireFormat format = WireFormat::Json;
    net::AuthKind authKind = net::AuthKind::None;
    QString user;
    QByteArray authHeaderName;        // for AuthKind::Header
    QMap<QString, QString> endpoints; // per-profile route overrides, e.g. "virtpos.insertCard"
    net::Timeouts timeouts;
    // The shop's names for its order status codes ("61" -> "In Bearbeitung"): the documents give status only
    // as numbers, and every shop names its own. Empty by default; edited by the person.
    QMap<QString, QString> statusNames;
    // How a printlounge status change is sent: "put" (the default) or "patch".
    QString statusMethod;
    bool allowInsecureHttp = false;
    // SHA-256 of a server certificate the person trusts for this profile (normalizeSha256 form); empty
    // for none. Lets Kontor reach a shop on an internal CA without plain http and without trusting more.
    QByteArray pinnedSha256;
    // The profile's proxy: the application's (default), none, or a manual host:port (no password here).
    net::ProxyConfig proxy;
    bool demo = false; // built-in simulator profile; never stored on disk
    // The profile's object as profiles.json held it (compact JSON), so that fields a newer Kontor wrote
    // survive a save by this one. ProfileStore reads and writes it; nothing else needs to look inside.
    QByteArray storedJson;

    // The default auth kind and format for a service, as the vendor documents describe them.
    static Profile defaultsFor(Service s);
    // The timeouts defaultsFor() gives a new profile (and a stored one without any): the application's
    // preference (settings/AppPreferences sets them at start), else net::Timeouts' own.
    static void setDefaultTimeouts(const net::Timeouts& timeouts);
    static net::Timeouts defaultTimeouts();

    // Empty when the profile is complete and consistent; otherwise one plain sentence per problem.
    QStringList validate() const;
    // True when the URL is plain http:// to a host that is not loopback (allowed only if allowInsecureHttp).
    bool usesInsecureHttp() const;
    // The one rule for "this profile cannot work without a password or key": htk, virtpos and webshippy
    // carry theirs in every request; printlounge needs one unless it signs in with nothing at all. Without
    // the secret, Kontor sends no request (a failed Basic sign-in counts toward Printlounge's lock-out).
    bool needsSecret() const;
    // The route to use for `key`, honouring an override.
    QString endpoint(const QString& key, const QString& fallback) const;

    net::ClientConfig clientConfig(const QString& secret) const;

    // A status code as people read it: "In Bearbeitung (61)" where the profile names the code, the code
    // alone where it does not (Kontor's own codes, such as VirtualPOS's "open", in words).
    QString statusLabel(const QString& code) const;
    // The name alone, empty when the profile has none for the code.
    QString statusName(const QString& code) const;
    // True for a status change by PATCH, false for PUT.
    bool patchesStatus() const { return statusMethod.compare(QLatin1String("patch"), Qt::CaseInsensitive) == 0; }
};

bool operator==(const Profile& a, const Profile& b);
inline bool operator!=(const Profile& a, const Profile& b)
{
    return !(a == b);
}

} // namespace kontor
