#pragma once
// ProfileHints: small pure rules the dialog shares about a profile's sign-in: what to call the secret and
// whether a user name is asked for, which sign-in method each service expects and where a shop clerk finds
// the key. Whether a secret is needed at all is Profile::needsSecret() in the core.
// Pure functions, no widgets.

#include "profile/Profile.h"

#include <QString>

namespace kontor::gui::ProfileHints {

// Basic sign-in and OmniSeller's token request use a user name.
bool needsUser(const Profile& profile);
// The label of the secret field, e.g. "API key:" or "Token:".
QString secretLabel(const Profile& profile);
// What "no HTTP sign-in" means for this service, for the sign-in method list (short: a combo item).
QString noAuthText(Service service);
// The sign-in method the service's vendor documents.
net::AuthKind recommendedAuth(Service service);
// One line under the method list saying which method is recommended for this service.
QString recommendedAuthHint(Service service);
// Under the secret field: where to find the key or password for this service, in everyday words.
QString secretHint(Service service);

} // namespace kontor::gui::ProfileHints
