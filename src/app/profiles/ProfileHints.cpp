#include "ProfileHints.h"

#include <QCoreApplication>

namespace kontor::gui::ProfileHints {

// QCoreApplication::translate spelled out at every call: lupdate reads neither macros nor tr() outside a class.

bool needsUser(const Profile& profile)
{
    return profile.service == Service::Htk || profile.authKind == net::AuthKind::Basic;
}

QString secretLabel(const Profile& profile)
{
    switch (profile.authKind) {
    case net::AuthKind::Bearer:
        return QCoreApplication::translate("kontor::gui::ProfileHints", "To&ken:");
    case net::AuthKind::Header:
        return QCoreApplication::translate("kontor::gui::ProfileHints", "Heade&r value:");
    case net::AuthKind::Basic:
    case net::AuthKind::None:
        break;
    }
    if (profile.service == Service::Htk)
        return QCoreApplication::translate("kontor::gui::ProfileHints", "API passwo&rd:");
    return QCoreApplication::translate("kontor::gui::ProfileHints", "API &key:");
}

QString noAuthText(Service service)
{
    if (service == Service::Printlounge)
        return QCoreApplication::translate("kontor::gui::ProfileHints", "None");
    return QCoreApplication::translate("kontor::gui::ProfileHints", "The service's own sign-in");
}

net::AuthKind recommendedAuth(Service service)
{
    return Profile::defaultsFor(service).authKind;
}

QString recommendedAuthHint(Service service)
{
    if (recommendedAuth(service) == net::AuthKind::Basic)
        return QCoreApplication::translate("kontor::gui::ProfileHints", "Recommended for %1: HTTP Basic.")
            .arg(serviceDisplayName(service));
    return QCoreApplication::translate("kontor::gui::ProfileHints", "Recommended for %1: the service's own sign-in.")
        .arg(serviceDisplayName(service));
}

QString secretHint(Service service)
{
    // From the vendors' documents (docs: /work/shared/api-docs): who hands out which credential.
    switch (service) {
    case Service::Printlounge:
        return QCoreApplication::translate(
            "kontor::gui::ProfileHints",
            "Printlounge gives each shop an API user and an API key; your shop's administrator or your Printlounge "
            "contact has them. After several wrong keys Printlounge locks access for 15 minutes.");
    case Service::Htk:
        return QCoreApplication::translate(
            "kontor::gui::ProfileHints",
            "Use the API user and API password OmniSeller set up for your shop, not your own login. Your OmniSeller "
            "contact has them.");
    case Service::Virtpos:
        return QCoreApplication::translate(
            "kontor::gui::ProfileHints",
            "The API key is in your VirtualPOS account. Ask whoever manages that account if you cannot find it.");
    case Service::Webshippy:
        return QCoreApplication::translate(
            "kontor::gui::ProfileHints",
            "The API key comes with your Webshippy account. Ask Webshippy's support if you do not have one.");
    }
    return {};
}

} // namespace kontor::gui::ProfileHints
