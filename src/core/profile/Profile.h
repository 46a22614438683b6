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

// What a profile's service offers; decides which views the GUI shows.
struct Capabilities
{
    bool orders = false;
    bool cart = false;
    bool categories = false;
    bool customers = false;
    bool cards = false;
    bool products = false;
    bool transactions = false;
};
Capabilities capabilitiesOf(Service s);

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
    bool allowInsecureHttp = false;
    bool demo = false; // built-in simulator profile; never stored on disk

    // The default auth kind and format for a service, as the vendor documents describe them.
    static Profile defaultsFor(Service s);

    // Empty when the profile is complete and consistent; otherwise one plain sentence per problem.
    QStringList validate() const;
    // True when the URL is plain http:// to a host that is not loopback (allowed only if allowInsecureHttp).
    bool usesInsecureHttp() const;
    // The route to use for `key`, honouring an override.
    QString endpoint(const QString& key, const QString& fallback) const;

    net::ClientConfig clientConfig(const QString& secret) const;
};

} // namespace kontor
