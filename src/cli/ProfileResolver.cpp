#include "ProfileResolver.h"

#include "CliContext.h"
#include "Logging.h"
#include "net/Redactor.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"

#include <QPointer>
#include <QTimer>

namespace kontor::cli {

ProfileResolver::ProfileResolver(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{}

Result<Profile> ProfileResolver::select(const QString& name) const
{
    const QString wanted = name.isEmpty() ? m_ctx.profileOption : name;
    const QList<Profile>& all = m_ctx.store->profiles();
    if (!wanted.isEmpty()) {
        if (const Profile* p = m_ctx.store->find(wanted))
            return Result<Profile>::success(*p);
        return Result<Profile>::failure(
            Error::make(Error::Kind::InvalidInput,
                        tr("There is no profile named '%1'. 'profile list' shows the profiles.").arg(wanted)));
    }
    if (all.size() == 1)
        return Result<Profile>::success(all.first());
    if (all.isEmpty())
        return Result<Profile>::failure(
            Error::make(Error::Kind::InvalidInput, tr("There is no profile yet. Add one with 'profile add'.")));
    return Result<Profile>::failure(Error::make(
        Error::Kind::InvalidInput, tr("There are %1 profiles; choose one with --profile NAME.").arg(all.size())));
}

void ProfileResolver::secretFor(const Profile& profile, Callback<QString> done)
{
    QPointer<ProfileResolver> self(this);
    auto deliverLater = [self, done](Result<QString> result) {
        QTimer::singleShot(0, self, [done, result] { done(result); });
    };

    if (!m_ctx.secretEnv.isEmpty()) {
        const QString secret = qEnvironmentVariable(m_ctx.secretEnv.toLocal8Bit().constData());
        if (secret.isEmpty()) {
            deliverLater(Result<QString>::failure(Error::make(
                Error::Kind::InvalidInput,
                tr("The environment variable %1 named by --secret-env is not set or is empty.").arg(m_ctx.secretEnv))));
            return;
        }
        net::Redactor::registerSecret(secret);
        qCDebug(lcCli) << "secret for profile" << profile.name << "taken from the environment";
        deliverLater(Result<QString>::success(secret));
        return;
    }

    const QString name = profile.name;
    const bool needed = profile.needsSecret();
    m_ctx.secrets->read(profile.id, this, [done, name, needed](const Result<QString>& r) {
        if (r.ok() && !r.value.isEmpty()) {
            net::Redactor::registerSecret(r.value);
            done(r);
            return;
        }
        if (!needed) {
            done(Result<QString>::success(QString()));
            return;
        }
        Error error;
        if (r.error.kind == Error::Kind::Keychain || !r.error.reason.isEmpty()) {
            qCWarning(lcCli) << "keychain read failed:" << r.error.detail;
            error = Error::make(Error::Kind::NoSecret,
                                tr("There is no secret for profile '%1': %2 For unattended runs pass it with "
                                   "--secret-env VARIABLE.")
                                    .arg(name, r.error.message),
                                r.error.detail);
        } else {
            error = Error::make(Error::Kind::NoSecret,
                                tr("No secret is stored for profile '%1'. Store one with 'profile set-secret %1' (it "
                                   "reads standard input), or pass it with --secret-env VARIABLE.")
                                    .arg(name));
        }
        error.reason = r.error.reason;
        done(Result<QString>::failure(error));
    });
}

void ProfileResolver::clientFor(const Profile& profile, Callback<ServiceClient*> done)
{
    ClientRegistry* clients = m_ctx.clients;
    secretFor(profile, [profile, clients, done](const Result<QString>& secret) {
        if (!secret.ok()) {
            done(Result<ServiceClient*>::failure(secret.error));
            return;
        }
        ServiceClient* client = clients->clientFor(profile, secret.value);
        if (!client) {
            done(Result<ServiceClient*>::failure(
                Error::make(Error::Kind::Unsupported,
                            tr("This version of Kontor cannot talk to %1.").arg(serviceDisplayName(profile.service)))));
            return;
        }
        done(Result<ServiceClient*>::success(client));
    });
}

} // namespace kontor::cli
