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

SecretStore::Code codeOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretStore::Code::NoError;
    case QKeychain::EntryNotFound:
        return SecretStore::Code::EntryNotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Code::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Code::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Code::Other;
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

bool locked(KeychainProbe::State s)
{
    return s == KeychainProbe::State::EntryLocked || s == KeychainProbe::State::CollectionLocked;
}

} // namespace

SecretStore::SecretStore(Backend backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_sessionOnly(backend == Backend::MemoryOnly)
{}

SecretStore::Verdict SecretStore::judge(Operation operation, Code code, KeychainProbe::State probe)
{
    using P = KeychainProbe::State;
    switch (code) {
    case Code::NoError:
        // QtKeychain's libsecret backend deletes "nothing" from a locked keyring and calls it success.
        if (operation == Operation::Remove && probe == P::EntryLocked)
            return Verdict::Locked;
        return Verdict::Ok;
    case Code::EntryNotFound:
        if (operation == Operation::Write)
            return Verdict::Failed;
        // A locked entry is invisible to QtKeychain's lookup: "not found" is not the truth then.
        if (probe == P::EntryLocked)
            return Verdict::Locked;
        return operation == Operation::Remove ? Verdict::Ok : Verdict::NotFound;
    case Code::AccessDenied:
        return locked(probe) ? Verdict::Locked : Verdict::Denied;
    case Code::NoBackend:
        return Verdict::Absent;
    case Code::Other:
        if (probe == P::Absent)
            return Verdict::Absent;
        return locked(probe) ? Verdict::Locked : Verdict::Failed;
    }
    return Verdict::Failed;
}

Error SecretStore::errorFor(Operation operation, Verdict verdict, const QString& keychainMessage)
{
    QString what;
    switch (operation) {
    case Operation::Read:
        what = tr("The password or API key could not be read from the system keychain.");
        break;
    case Operation::Write:
        what = tr("The password or API key could not be saved in the system keychain.");
        break;
    case Operation::Remove:
        what = tr("The password or API key could not be removed from the system keychain; it is still stored there.");
        break;
    }
    QString why;
    const char* reason = ReasonFailed;
    switch (verdict) {
    case Verdict::Locked:
        why = tr("The keychain is locked. Unlock it (for example by signing in to your desktop session or in its "
                 "password manager) and try again.");
        reason = ReasonLocked;
        break;
    case Verdict::Denied:
        why = tr("The keychain refused Kontor access. Allow Kontor in the keychain's settings and try again.");
        reason = ReasonDenied;
        break;
    case Verdict::Absent:
        why = tr("This computer has no system keychain (on Linux: no Secret Service such as GNOME Keyring or "
                 "KWallet is running).");
        reason = ReasonAbsent;
        break;
    default:
        why = keychainMessage.isEmpty() ? tr("The keychain gave no reason.")
                                        : tr("The keychain said: %1").arg(keychainMessage);
    }
    Error e = Error::make(Error::Kind::Keychain, what + QLatin1Char(' ') + why,
                          QStringLiteral("keychain %1 failed: %2 (%3)")
                              .arg(operation == Operation::Read    ? QStringLiteral("read")
                                   : operation == Operation::Write ? QStringLiteral("write")
                                                                   : QStringLiteral("remove"),
                                   QLatin1String(reason), keychainMessage));
    e.reason = QLatin1String(reason);
    return e;
}

void SecretStore::markSessionOnly()
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    qCWarning(lcSecrets) << "no usable keychain: secrets are kept in memory for this session only";
    emit sessionOnlyChanged(true);
}

void SecretStore::settle(Operation operation, Code code, const QString& key, std::function<void(Verdict)> then)
{
    const bool clear = (code == Code::NoError && operation != Operation::Remove) || code == Code::NoBackend ||
                       (code == Code::EntryNotFound && operation == Operation::Write);
    if (clear) {
        then(judge(operation, code, KeychainProbe::State::Unknown));
        return;
    }
    KeychainProbe::probe(keychainService(), entryKey(key), this,
                         [operation, code, then](KeychainProbe::State state) { then(judge(operation, code, state)); });
}

template <class T>
void SecretStore::run(QKeychain::Job* job, Operation operation, const QString& key, QObject* context,
                      std::function<Result<T>(Verdict, const QString&, const QString&)> decide, Callback<T> done)
{
    job->setAutoDelete(true);
    job->setKey(entryKey(key));
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, operation, key, guard, guarded, decide, done] {
        const QString message = job->errorString();
        const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job);
        const QString text = read && job->error() == QKeychain::NoError ? read->textData() : QString();
        settle(operation, codeOf(job->error()), key, [=](Verdict verdict) {
            const Result<T> r = decide(verdict, message, text);
            if (!r.ok())
                qCWarning(lcSecrets).noquote() << r.error.detail;
            if ((guarded && !guard) || !done)
                return;
            done(r);
        });
    });
    job->start();
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
    auto decide = [this, key](Verdict verdict, const QString& message, const QString& text) {
        Result<QString> r;
        switch (verdict) {
        case Verdict::Ok:
            r.value = text;
            net::Redactor::registerSecret(text);
            break;
        case Verdict::NotFound:
            r.error = Error::make(Error::Kind::NotFound, tr("No password or key is stored for this profile."));
            break;
        case Verdict::Absent:
            markSessionOnly();
            if (m_memory.contains(key)) {
                r.value = m_memory.value(key);
            } else {
                r.error = Error::make(Error::Kind::NotFound,
                                      tr("The system keychain is not available, and no password or key was entered "
                                         "for this profile in this session."),
                                      QStringLiteral("keychain read failed: %1").arg(message));
                r.error.reason = QLatin1String(ReasonAbsent);
            }
            break;
        default:
            r.error = errorFor(Operation::Read, verdict, message);
        }
        return r;
    };
    run<QString>(new QKeychain::ReadPasswordJob(keychainService(), this), Operation::Read, key, context, decide,
                 std::move(done));
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
    job->setTextData(secret);
    auto decide = [this, key, secret](Verdict verdict, const QString& message, const QString&) {
        Result<bool> r;
        if (verdict == Verdict::Ok) {
            m_memory.remove(key);
            r.value = true;
        } else if (verdict == Verdict::Absent) {
            // No keychain at all: keep it for this session only; never fall back to a file.
            markSessionOnly();
            m_memory.insert(key, secret);
            r.value = false;
            qCInfo(lcSecrets).noquote() << "no keychain; the secret is kept in memory:" << message;
        } else {
            r.error = errorFor(Operation::Write, verdict, message);
        }
        return r;
    };
    run<bool>(job, Operation::Write, key, context, decide, std::move(done));
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
    auto decide = [this](Verdict verdict, const QString& message, const QString&) {
        Result<bool> r;
        if (verdict == Verdict::Ok) {
            r.value = true;
        } else if (verdict == Verdict::Absent) {
            markSessionOnly();
            r.value = true; // there is no keychain, so nothing can have been left in one
        } else {
            r.error = errorFor(Operation::Remove, verdict, message);
        }
        return r;
    };
    run<bool>(new QKeychain::DeletePasswordJob(keychainService(), this), Operation::Remove, key, context, decide,
              std::move(done));
}

} // namespace kontor
