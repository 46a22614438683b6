#include "services/ClientRegistry.h"

#include "Logging.h"
#include "profile/SecretStore.h"
#include "services/ServiceClient.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace kontor {

ClientRegistry::ClientRegistry(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

ClientRegistry::~ClientRegistry() = default;

ServiceClient* ClientRegistry::existing(const QString& profileId) const
{
    return m_clients.value(profileId);
}

ServiceClient* ClientRegistry::clientFor(const Profile& profile, const QString& secret)
{
    ServiceClient* current = m_clients.value(profile.id);
    if (current && current->profile() == profile && current->secret() == secret)
        return current;
    if (current) {
        m_clients.remove(profile.id);
        current->deleteLater(); // its pending calls end without a word
    }
    std::unique_ptr<ServiceClient> made = ServiceClient::create(profile, secret, this);
    ServiceClient* client = made.release();
    if (client) {
        qCDebug(lcService).noquote() << "new client for profile" << profile.id << serviceId(profile.service);
        m_clients.insert(profile.id, client);
    }
    if (current)
        emit clientForgotten(profile.id); // after the new one is in place, so whoever asks again gets it
    return client;
}

void ClientRegistry::acquire(const Profile& profile, QObject* context, Callback<ServiceClient*> done)
{
    ServiceClient* current = m_clients.value(profile.id);
    if (current && current->profile() == profile && !m_waiting.contains(profile.id)) {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QPointer<ServiceClient> client(current);
        QMetaObject::invokeMethod(
            this,
            [guard, hadContext, client, done] {
                if (hadContext && !guard)
                    return;
                if (client)
                    done(Result<ServiceClient*>::success(client.data()));
                else
                    done(Result<ServiceClient*>::failure(Error::make(
                        Error::Kind::Cancelled, tr("The profile changed while it was being opened; try again."))));
            },
            Qt::QueuedConnection);
        return;
    }
    const bool readPending = m_waiting.contains(profile.id) && m_pendingProfiles.value(profile.id) == profile;
    m_waiting[profile.id].append(Waiter{QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (readPending)
        return; // one keychain read serves every caller waiting for this profile
    m_pendingProfiles.insert(profile.id, profile);
    m_secrets->read(profile.id, this, [this, profile](const Result<QString>& secret) {
        if (m_pendingProfiles.value(profile.id) != profile)
            return; // a newer version of the profile was asked for meanwhile; its own read answers
        if (secret.ok()) {
            ServiceClient* client = clientFor(profile, secret.value);
            finishAcquire(profile.id, client
                                          ? Result<ServiceClient*>::success(client)
                                          : Result<ServiceClient*>::failure(Error::make(
                                                Error::Kind::Unsupported, tr("Kontor cannot talk to this service."))));
            return;
        }
        if (secret.error.kind == Error::Kind::NotFound && !profile.needsSecret()) {
            finishAcquire(profile.id, Result<ServiceClient*>::success(clientFor(profile, QString())));
            return;
        }
        Error error = secret.error;
        if (error.kind == Error::Kind::NotFound) {
            // Nothing to send: say so before any request can count as a failed sign-in.
            error = Error::make(Error::Kind::NoSecret,
                                tr("No password or API key is stored for the profile '%1'. Edit the profile to enter "
                                   "it.")
                                    .arg(profile.name),
                                secret.error.detail);
            error.reason = secret.error.reason;
        }
        finishAcquire(profile.id, Result<ServiceClient*>::failure(error));
    });
}

void ClientRegistry::finishAcquire(const QString& profileId, const Result<ServiceClient*>& result)
{
    m_pendingProfiles.remove(profileId);
    const QList<Waiter> waiters = m_waiting.take(profileId);
    for (const Waiter& w : waiters) {
        if (w.hadContext && !w.context)
            continue;
        if (w.done)
            w.done(result);
    }
}

void ClientRegistry::forget(const QString& profileId)
{
    m_pendingProfiles.remove(profileId);
    m_waiting.remove(profileId);
    if (ServiceClient* client = m_clients.take(profileId))
        client->deleteLater();
    emit clientForgotten(profileId);
}

} // namespace kontor
