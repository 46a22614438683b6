#pragma once
// Shared helpers for the test suites: fresh directories that outlive the test (so the secret scan can
// read them after the run), and starting the sandbox either in-process or as the real executable.

#include "SandboxOptions.h"
#include "profile/Profile.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace kontor {
class ProfileStore;
class SecretStore;
} // namespace kontor

namespace kontor::test {

// The in-process sandbox's options with the test user and secret (TestSecrets.h) and `orders` orders.
sandbox::SandboxOptions sandboxOptions(int orders);

// A profile of `service` at `url`, signed in as the sandbox's user, saved in `store`, its secret held for the
// session in `secrets`. Printlounge profiles name two statuses: 61 "In Bearbeitung", 62 "Versandt".
Profile addSandboxProfile(ProfileStore& store, SecretStore& secrets, Service service, const QString& id,
                          const QString& name, const QUrl& url);

// A new empty directory under $KONTOR_TEST_ROOT (or the system temp dir). Not removed at exit.
QString makeTestDir(const QString& name);

// Runs an executable to completion with the given arguments, standard input and extra environment.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};
ProcessResult runProcess(const QString& program, const QStringList& args, const QByteArray& stdinData = {},
                         const QStringList& extraEnv = {}, int timeoutMs = 60'000);

// Starts kontor-sandbox as a child process with `args` (plus --port 0) and reads its JSON line.
class SandboxProcess
{
public:
    ~SandboxProcess();
    bool start(const QStringList& args = {});
    QString url(const QString& service) const; // "http://127.0.0.1:PORT" (https with --tls); "trap" too
    QString certSha256() const;                // with --tls: hex SHA-256 of the certificate; else empty
    QJsonObject counters() const;              // GET <admin>/counters
    bool resetCounters() const;
    QString admin() const;

private:
    QProcess m_process;
    QJsonObject m_endpoints;
};

} // namespace kontor::test
