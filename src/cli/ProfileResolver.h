#pragma once
// ProfileResolver: decides which profile a command works on and where its secret comes from
// (--secret-env for this run, else the keychain). Failures come back as Errors whose kind gives the
// exit code: InvalidInput (usage, 2) or Auth (no secret to send, 4).

#include "Result.h"
#include "profile/Profile.h"

#include <QObject>

namespace kontor {
class ServiceClient;
}

namespace kontor::cli {

struct CliContext;

class ProfileResolver : public QObject
{
    Q_OBJECT
public:
    explicit ProfileResolver(CliContext& context, QObject* parent = nullptr);

    // `name` if given, else --profile, else the only profile there is.
    Result<Profile> select(const QString& name = {}) const;

    // The secret for `profile`, delivered from the event loop. An empty secret is fine for a profile
    // that needs none (Profile::needsSecret); one that needs a secret and has none fails with NoSecret
    // (exit code 4) saying why: nothing stored, or the keychain's own reason (locked, refused, absent).
    void secretFor(const Profile& profile, Callback<QString> done);

    // The profile's client (ClientRegistry), made with the secret secretFor() finds.
    void clientFor(const Profile& profile, Callback<ServiceClient*> done);

private:
    CliContext& m_ctx;
};

} // namespace kontor::cli
