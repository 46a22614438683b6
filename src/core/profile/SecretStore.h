#pragma once
// SecretStore: passwords, API keys and tokens, kept only in the OS keychain through QtKeychain.
// When no keychain works (QtKeychain 0.13 says OtherError or NoBackendAvailable), a secret is kept in
// memory for this session only, sessionOnly() turns true, and nothing is written to disk.
// Every call is asynchronous; the callback runs on the caller's thread unless `context` is gone.

#include "Result.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace kontor {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Keychain, MemoryOnly };
    explicit SecretStore(Backend backend = Backend::Keychain, QObject* parent = nullptr);

    // Keys are profile ids; the keychain entry is service "Kontor", key "profile:<id>".
    // A missing entry is Error::Kind::NotFound; a keychain that does not work is Error::Kind::Keychain.
    void read(const QString& key, QObject* context, Callback<QString> done);
    // done.value is true when the keychain holds the secret, false when it is kept for this session only.
    void write(const QString& key, const QString& secret, QObject* context, Callback<bool> done);
    void remove(const QString& key, QObject* context, Callback<bool> done);

    // Keep a secret for this session only, without trying the keychain (demo profiles, --secret-env).
    void putSessionSecret(const QString& key, const QString& secret);

    bool sessionOnly() const { return m_sessionOnly; }

    static QString keychainService() { return QStringLiteral("Kontor"); }

signals:
    // The keychain could not be used; secrets typed in this session are forgotten at exit.
    void sessionOnlyChanged(bool sessionOnly);

private:
    void markSessionOnly();

    Backend m_backend;
    QHash<QString, QString> m_memory;
    bool m_sessionOnly = false;
};

} // namespace kontor
