#include "profile/SecretStore.h"

#include "Logging.h"
#include "net/Redactor.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace kontor {

namespace {

QString entryKey(const QString& key)
{
    return QStringLiteral("profile:") + key;
}

// QtKeychain 0.13 reports a missing or locked keychain as OtherError (not NoBackendAvailable).
bool keychainUnusable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError || e == QKeychain::AccessDenied ||
           e == QKeychain::AccessDeniedByUser || e == QKeychain::NotImplemented;
}

// Runs `fn` from the event loop unless `context` is gone; a null context means "no guard".
template <class Fn>
void later(QObject* context, Fn fn)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [guard, guarded, fn = std::move(fn)]() mutable {
            if (guarded && !guard)
                return;
            fn();
        },
        Qt::QueuedConnection);
}

} // namespace

SecretStore::SecretStore(Backend backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_sessionOnly(backend == Backend::MemoryOnly)
{}

void SecretStore::markSessionOnly()
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    qCWarning(lcSecrets) << "no usable keychain: secrets are kept in memory for this session only";
    emit sessionOnlyChanged(true);
}

void SecretStore::putSessionSecret(const QString& key, const QString& secret)
{
    net::Redactor::registerSecret(secret);
    m_memory.insert(key, secret);
}

void SecretStore::read(const QString& key, QObject* context, Callback<QString> done)
{
    if (m_memory.contains(key) || m_backend == Backend::MemoryOnly) {
        Result<QString> r;
        if (m_memory.contains(key))
            r.value = m_memory.value(key);
        else
            r.error = Error::make(Error::Kind::NotFound, tr("No password or key is stored for this profile."));
        later(context, [done, r] {
            if (done)
                done(r);
        });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(entryKey(key));
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, guarded, done, key] {
        Result<QString> r;
        const QKeychain::Error e = job->error();
        if (e == QKeychain::NoError) {
            r.value = job->textData();
            net::Redactor::registerSecret(r.value);
        } else if (e == QKeychain::EntryNotFound) {
            r.error = Error::make(Error::Kind::NotFound, tr("No password or key is stored for this profile."));
        } else if (keychainUnusable(e)) {
            markSessionOnly();
            if (m_memory.contains(key))
                r.value = m_memory.value(key);
            else
                r.error = Error::make(Error::Kind::NotFound,
                                      tr("The system keychain is not available, and no password or key was entered "
                                         "for this profile in this session."),
                                      QStringLiteral("keychain read failed: %1").arg(job->errorString()));
        } else {
            r.error = Error::make(Error::Kind::Keychain,
                                  tr("The system keychain could not be read: %1").arg(job->errorString()),
                                  QStringLiteral("keychain read failed (%1)").arg(static_cast<int>(e)));
        }
        if (guarded && !guard)
            return;
        if (done)
            done(r);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& secret, QObject* context, Callback<bool> done)
{
    net::Redactor::registerSecret(secret);
    if (m_backend == Backend::MemoryOnly) {
        m_memory.insert(key, secret);
        later(context, [done] {
            if (done)
                done(Result<bool>::success(false));
        });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(entryKey(key));
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, guarded, done, key, secret] {
        Result<bool> r;
        const QKeychain::Error e = job->error();
        if (e == QKeychain::NoError) {
            m_memory.remove(key);
            r.value = true;
        } else if (keychainUnusable(e)) {
            // Keep it for this session only; never fall back to a file.
            markSessionOnly();
            m_memory.insert(key, secret);
            r.value = false;
            qCInfo(lcSecrets).noquote() << "keychain write failed, kept in memory:" << job->errorString();
        } else {
            r.error =
                Error::make(Error::Kind::Keychain,
                            tr("The password could not be saved in the system keychain: %1").arg(job->errorString()),
                            QStringLiteral("keychain write failed (%1)").arg(static_cast<int>(e)));
        }
        if (guarded && !guard)
            return;
        if (done)
            done(r);
    });
    job->start();
}

void SecretStore::remove(const QString& key, QObject* context, Callback<bool> done)
{
    m_memory.remove(key);
    if (m_backend == Backend::MemoryOnly) {
        later(context, [done] {
            if (done)
                done(Result<bool>::success(true));
        });
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(entryKey(key));
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, guarded, done] {
        Result<bool> r;
        const QKeychain::Error e = job->error();
        if (e == QKeychain::NoError || e == QKeychain::EntryNotFound) {
            r.value = true;
        } else if (keychainUnusable(e)) {
            markSessionOnly();
            r.value = true; // nothing can be stored there, so nothing is left behind
        } else {
            r.error = Error::make(
                Error::Kind::Keychain,
                tr("The password could not be removed from the system keychain: %1").arg(job->errorString()));
        }
        if (guarded && !guard)
            return;
        if (done)
            done(r);
    });
    job->start();
}

} // namespace kontor
