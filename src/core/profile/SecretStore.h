#pragma once
// SecretStore: passwords, API keys and tokens, kept only in the OS keychain through QtKeychain.
// Answers are honest: a keychain that is locked, that refuses access, or that failed otherwise is an
// error in words (Error::Kind::Keychain, with the reason in Error::reason), never a quiet success. Only
// when there is no keychain at all is a secret kept in memory for this session (sessionOnly() turns true;
// nothing is written to disk), and only then does "nothing is left behind" hold for a removal.
// Every call is asynchronous; the callback runs on the caller's thread unless `context` is gone.

#include "Result.h"
#include "profile/KeychainProbe.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace QKeychain {
class Job;
}

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
    // done.value is true when the keychain holds the secret, false when there is no keychain at all and it
    // is kept for this session only. A locked or refusing keychain is an error.
    void write(const QString& key, const QString& secret, QObject* context, Callback<bool> done);
    // Success only when nothing is left behind: the entry is gone, was never there, or there is no keychain.
    void remove(const QString& key, QObject* context, Callback<bool> done);

    // Keep a secret for this session only, without trying the keychain (demo profiles, --secret-env).
    void putSessionSecret(const QString& key, const QString& secret);

    bool sessionOnly() const { return m_sessionOnly; }

    static QString keychainService() { return QStringLiteral("Kontor"); }

    // Error::reason values for Kind::Keychain.
    static constexpr const char* ReasonLocked = "keychain-locked";
    static constexpr const char* ReasonDenied = "keychain-denied";
    static constexpr const char* ReasonAbsent = "keychain-absent";
    static constexpr const char* ReasonFailed = "keychain-failed";

    // What QtKeychain said, in our own terms (its header stays private to this library).
    enum class Code { NoError, EntryNotFound, AccessDenied, NoBackend, Other };
    enum class Operation { Read, Write, Remove };
    enum class Verdict { Ok, NotFound, Absent, Locked, Denied, Failed };
    // The one place that reads a keychain answer: QtKeychain's code plus, where that is ambiguous, what the
    // Secret Service itself says (KeychainProbe). Pure, so tests call it with every combination.
    static Verdict judge(Operation operation, Code code, KeychainProbe::State probe);
    // The error for a failing verdict (Absent, Locked, Denied, Failed), in words, with its reason.
    static Error errorFor(Operation operation, Verdict verdict, const QString& keychainMessage);

signals:
    // The keychain could not be used; secrets typed in this session are forgotten at exit.
    void sessionOnlyChanged(bool sessionOnly);

private:
    void markSessionOnly();
    // Asks the probe only when `code` leaves the verdict open, then calls `then` with the verdict.
    void settle(Operation operation, Code code, const QString& key, std::function<void(Verdict)> then);
    // Runs a keychain job for `key`; when it has finished and been judged, `decide` turns the verdict, the
    // keychain's message and (for a read) the text it returned into the result `done` gets, unless
    // `context` is gone by then.
    template <class T>
    void run(QKeychain::Job* job, Operation operation, const QString& key, QObject* context,
             std::function<Result<T>(Verdict, const QString& message, const QString& text)> decide, Callback<T> done);

    Backend m_backend;
    QHash<QString, QString> m_memory;
    bool m_sessionOnly = false;
};

} // namespace kontor
