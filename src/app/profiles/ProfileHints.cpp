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
        return QCoreApplication::translate("kontor::gui::ProfileHints", "&Token:");
    case net::AuthKind::Header:
        return QCoreApplication::translate("kontor::gui::ProfileHints", "Header &value:");
    case net::AuthKind::Basic:
    case net::AuthKind::None:
        break;
    }
    if (profile.service == Service::Htk)
        return QCoreApplication::translate("kontor::gui::ProfileHints", "API &password:");
    return QCoreApplication::translate("kontor::gui::ProfileHints", "API &key:");
}

QString noAuthText(Service service)
{
    if (service == Service::Printlounge)
        return QCoreApplication::translate("kontor::gui::ProfileHints", "None");
    return QCoreApplication::translate("kontor::gui::ProfileHints", "The service's own (recommended)");
}

} // namespace kontor::gui::ProfileHints
