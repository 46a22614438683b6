#pragma once
// AppPreferences: what the person chooses in Settings, shared by the desktop application and kontor-cli
// so both start from the same defaults: the language (applies on the next start), the timeouts a new profile
// gets, how many invoice uploads run in parallel, the application's proxy, and where local data lives
// (applies on the next start). One table of keys over kontor.ini in the config directory; every value is
// checked on load and a bad one falls back to its default with a log line. Never holds a secret: the proxy
// password is in the keychain under proxyPasswordKey().

#include "net/HttpTypes.h"
#include "net/ProxyConfig.h"

#include <QString>
#include <QStringList>

namespace kontor {

class AppPreferences
{
public:
    struct Values
    {
        QString language = QStringLiteral("system"); // "system", "de", "en", "hu" or "ru"
        net::Timeouts timeouts;                      // for new profiles
        int parallelUploads = 4;                     // 1..8
        net::ProxyConfig proxy = systemProxy();      // System, None or Manual (no password here)
        QString dataDirectory;                       // empty: the default folder
    };

    enum class Key {
        Language,
        ConnectTimeout,
        InactivityTimeout,
        TotalTimeout,
        ParallelUploads,
        ProxyMode,
        ProxyType,
        ProxyHost,
        ProxyPort,
        ProxyUser,
        DataDirectory,
    };

    explicit AppPreferences(QString configDir);

    // The values in the file, each checked; `problems` gets one line per value that fell back (also logged).
    Values load(QStringList* problems = nullptr) const;
    // Writes every value; false (and a log line) when the file cannot be written.
    bool save(const Values& values) const;
    QString filePath() const;

    static QString fileName() { return QStringLiteral("kontor.ini"); }
    static QString keyName(Key key);
    static QStringList languages()
    {
        return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("hu"), QStringLiteral("ru")};
    }
    static constexpr int MinParallel = 1;
    static constexpr int MaxParallel = 8;
    // The keychain entry of the application proxy's password.
    static QString proxyPasswordKey() { return QStringLiteral("kontor-proxy-password"); }

    // Sets what the rest of the process reads once: the timeouts of new profiles, the data folder, the
    // upload default (current()). The proxy is applied separately, once its password is read.
    static void applyToProcess(const Values& values);
    static const Values& current();

private:
    static net::ProxyConfig systemProxy()
    {
        net::ProxyConfig p;
        p.mode = net::ProxyConfig::Mode::System;
        return p;
    }
    QString m_file;
};

// The locale whose catalogs to load at start: $KONTOR_LANGUAGE when set (tests), else the preference's
// language, else the system's.
QLocale startupLocale(const AppPreferences::Values& values);

} // namespace kontor
