#pragma once
// ClientRegistry: one ServiceClient per profile for the whole process. Views, the connection test and the
// toolbar all use the same client, so connections and TLS sessions are reused, htk signs in once per token
// lifetime, and whole-list snapshots serve every page. A client is replaced when its profile changes (any
// field, the secret included) and dropped when the profile is removed; forgetting it ends its calls quietly
// and emits clientForgotten() so a view waiting on it can ask again.

#include "Result.h"
#include "profile/Profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace kontor {

class SecretStore;
class ServiceClient;

class ClientRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ClientRegistry(SecretStore* secrets, QObject* parent = nullptr);
    ~ClientRegistry() override;

    // The profile's client. Made on first use (reading the secret from the SecretStore) or when `profile`
    // differs from the one the client was made for. A profile that needs a secret and has none stored fails
    // with Kind::NoSecret before anything is sent; a keychain failure is passed on as it is.
    void acquire(const Profile& profile, QObject* context, Callback<ServiceClient*> done);
    // The same with a secret the caller already has (kontor-cli's --secret-env): reused when the profile and
    // the secret are unchanged.
    ServiceClient* clientFor(const Profile& profile, const QString& secret);
    ServiceClient* existing(const QString& profileId) const;

    // The profile was edited, removed, or its secret replaced.
    void forget(const QString& profileId);

signals:
    void clientForgotten(const QString& profileId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback<ServiceClient*> done;
    };
    void finishAcquire(const QString& profileId, const Result<ServiceClient*>& result);

    SecretStore* m_secrets;
    QHash<QString, ServiceClient*> m_clients;  // owned (children of this)
    QHash<QString, QList<Waiter>> m_waiting;   // profile id -> calls waiting for its secret
    QHash<QString, Profile> m_pendingProfiles; // the profile version a pending secret read is for
};

} // namespace kontor
