#pragma once
// ProfileHints: small pure rules the dialog and the views share about a profile's sign-in: whether a
// secret is needed, what to call it, and whether a user name is asked for. Pure functions, no widgets.

#include "profile/Profile.h"

#include <QString>

namespace kontor::gui::ProfileHints {

// htk, virtpos and webshippy always need their key (it travels in the request, not in HTTP auth);
// printlounge needs one unless it signs in with nothing at all.
bool needsSecret(const Profile& profile);
// Basic sign-in and OmniSeller's token request use a user name.
bool needsUser(const Profile& profile);
// The label of the secret field, e.g. "API key:" or "Token:".
QString secretLabel(const Profile& profile);
// What "no HTTP sign-in" means for this service, for the sign-in method list.
QString noAuthText(Service service);

} // namespace kontor::gui::ProfileHints
