#include "ProfileResolver.h"

#include "CliContext.h"
#include "Logging.h"
#include "net/Redactor.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QPointer>
#include <QTimer>

namespace kontor::cli {

ProfileResolver::ProfileResolver(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{}

bool ProfileResolver::needsSecret(const Profile& profile)
{
    return profile.authKind != net::AuthKind::None || profile.service != Service::Printlounge;
}

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
    const bool needed = needsSecret(profile);
    SecretStore* secrets = m_ctx.secrets;
    m_ctx.secrets->read(profile.id, this, [done, name, needed, secrets](const Result<QString>& r) {
        if (r.ok() && !r.value.isEmpty()) {
            net::Redactor::registerSecret(r.value);
            done(r);
            return;
        }
        if (!needed) {
            done(Result<QString>::success(QString()));
            return;
        }
        // A keychain that does not work shows up as NotFound plus sessionOnly(), or as Kind::Keychain.
        if (r.error.kind == Error::Kind::Keychain || secrets->sessionOnly()) {
            qCWarning(lcCli) << "keychain read failed:" << r.error.detail;
            done(Result<QString>::failure(
                Error::make(Error::Kind::Auth,
                            tr("The keychain could not be read, so there is no secret for profile '%1'. For unattended "
                               "runs pass it with --secret-env VARIABLE.")
                                .arg(name))));
            return;
        }
        done(Result<QString>::failure(
            Error::make(Error::Kind::Auth,
                        tr("No secret is stored for profile '%1'. Store one with 'profile set-secret %1' (it reads "
                           "standard input), or pass it with --secret-env VARIABLE.")
                            .arg(name))));
    });
}

} // namespace kontor::cli
