#pragma once
// ProfileCommands: "profile add | list | show | remove | test | set-secret | set-pin | set-status-name | set-proxy".
// Profiles live in the ProfileStore; secrets only in the keychain (or, for one run, in the variable named by
// --secret-env). Nothing here ever prints a secret, and URLs are shown redacted.

#include "ProfileResolver.h"
#include "profile/Profile.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace kontor::cli {

struct CliContext;

class ProfileCommands : public QObject
{
    Q_OBJECT
public:
    explicit ProfileCommands(CliContext& context, QObject* parent = nullptr);
    ~ProfileCommands() override;

    // `args` are the words after "profile <verb>". Each ends the run through CliContext::finish.
    void add(const QStringList& args);
    void list(const QStringList& args);
    void show(const QStringList& args);
    void remove(const QStringList& args);
    void test(const QStringList& args);
    void setSecret(const QStringList& args);
    void setPin(const QStringList& args);
    // profile set-status-name NAME CODE TEXT: the shop's name for a status code; an empty TEXT removes it.
    void setStatusName(const QStringList& args);
    // profile set-proxy NAME PROXY: app, none (or direct), http://[user@]host:port or socks5://[user@]host:port.
    void setProxy(const QStringList& args);
    // A profile's proxy as the command line gives it; an InvalidInput error (a usage error) with an example when
    // it is none of those. "system" is the application's choice only, and a password never comes this way.
    static Result<net::ProxyConfig> proxyFromText(const QString& text);

    // Stable keys shared by list and show; never a secret.
    static QJsonObject toJson(const Profile& profile);

private:
    Result<Profile> profileFromOptions(const QString& name) const;
    // Reads the secret from stdin, ending the run with a usage error when there is none.
    bool readSecret(const QString& profileName, QString* secret);
    // Stores the secret; `failCode` is the exit code when the keychain does not take it (3 after "profile add":
    // the profile is saved, its secret is not; 1 for "profile set-secret").
    void storeSecret(const Profile& profile, const QString& secret, QJsonObject result, const QString& doneText,
                     int failCode);
    Result<Profile> selectNamed(const QStringList& args, bool allowDefault) const;
    void finishWith(const Error& error);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
};

} // namespace kontor::cli
