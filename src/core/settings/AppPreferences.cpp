#include "settings/AppPreferences.h"

#include "Logging.h"
#include "profile/Profile.h"
#include "settings/DataPaths.h"

#include <QDir>
#include <QLocale>
#include <QSettings>

namespace kontor {

namespace {

AppPreferences::Values& processValues()
{
    static AppPreferences::Values values;
    return values;
}

} // namespace

AppPreferences::AppPreferences(QString configDir)
    : m_file(QDir(configDir).filePath(fileName()))
{}

QString AppPreferences::filePath() const
{
    return m_file;
}

QString AppPreferences::keyName(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("General/language");
    case Key::ConnectTimeout:
        return QStringLiteral("Network/connectTimeoutSeconds");
    case Key::InactivityTimeout:
        return QStringLiteral("Network/inactivityTimeoutSeconds");
    case Key::TotalTimeout:
        return QStringLiteral("Network/totalTimeoutSeconds");
    case Key::ParallelUploads:
        return QStringLiteral("Uploads/parallel");
    case Key::ProxyMode:
        return QStringLiteral("Proxy/mode");
    case Key::ProxyType:
        return QStringLiteral("Proxy/type");
    case Key::ProxyHost:
        return QStringLiteral("Proxy/host");
    case Key::ProxyPort:
        return QStringLiteral("Proxy/port");
    case Key::ProxyUser:
        return QStringLiteral("Proxy/user");
    case Key::DataDirectory:
        return QStringLiteral("Data/directory");
    }
    return {};
}

AppPreferences::Values AppPreferences::load(QStringList* problems) const
{
    const Values defaults;
    Values v;
    QSettings ini(m_file, QSettings::IniFormat);
    QStringList found;
    const auto reject = [&found](Key key, const QVariant& value) {
        found << QStringLiteral("%1=%2 is not valid; using the default").arg(keyName(key), value.toString());
    };
    const auto text = [&ini](Key key) { return ini.value(keyName(key)).toString().trimmed(); };
    // A whole number within [low, high], else the fallback (and a problem when something was there).
    const auto number = [&](Key key, int low, int high, int fallback) {
        const QVariant raw = ini.value(keyName(key));
        if (!raw.isValid())
            return fallback;
        bool ok = false;
        const int n = raw.toString().trimmed().toInt(&ok);
        if (ok && n >= low && n <= high)
            return n;
        reject(key, raw);
        return fallback;
    };

    if (ini.contains(keyName(Key::Language))) {
        const QString lang = text(Key::Language).toLower();
        if (lang == QLatin1String("system") || languages().contains(lang))
            v.language = lang;
        else
            reject(Key::Language, lang);
    }
    v.timeouts.connectMs = number(Key::ConnectTimeout, 1, 600, defaults.timeouts.connectMs / 1000) * 1000;
    v.timeouts.inactivityMs = number(Key::InactivityTimeout, 1, 3600, defaults.timeouts.inactivityMs / 1000) * 1000;
    v.timeouts.totalMs = number(Key::TotalTimeout, 1, 86'400, defaults.timeouts.totalMs / 1000) * 1000;
    if (v.timeouts.totalMs < v.timeouts.inactivityMs) {
        reject(Key::TotalTimeout, v.timeouts.totalMs / 1000);
        v.timeouts.totalMs = std::max(defaults.timeouts.totalMs, v.timeouts.inactivityMs);
    }
    v.parallelUploads = number(Key::ParallelUploads, MinParallel, MaxParallel, defaults.parallelUploads);

    if (ini.contains(keyName(Key::ProxyMode))) {
        const auto mode = net::ProxyConfig::modeFromId(text(Key::ProxyMode));
        if (mode && *mode != net::ProxyConfig::Mode::Application)
            v.proxy.mode = *mode;
        else
            reject(Key::ProxyMode, text(Key::ProxyMode));
    }
    if (ini.contains(keyName(Key::ProxyType))) {
        if (auto type = net::ProxyConfig::typeFromId(text(Key::ProxyType)))
            v.proxy.type = *type;
        else
            reject(Key::ProxyType, text(Key::ProxyType));
    }
    v.proxy.host = text(Key::ProxyHost);
    v.proxy.port = number(Key::ProxyPort, 0, 65535, 0);
    v.proxy.user = text(Key::ProxyUser);
    if (v.proxy.mode == net::ProxyConfig::Mode::Manual && !v.proxy.validate().isEmpty()) {
        found << QStringLiteral("the manual proxy %1 is incomplete (%2); using the system's")
                     .arg(v.proxy.displayText(), v.proxy.validate().join(QLatin1Char(' ')));
        v.proxy.mode = net::ProxyConfig::Mode::System;
    }

    const QString dir = text(Key::DataDirectory);
    if (!dir.isEmpty()) {
        if (QDir::isAbsolutePath(dir))
            v.dataDirectory = QDir::cleanPath(dir);
        else
            reject(Key::DataDirectory, dir);
    }

    for (const QString& line : std::as_const(found))
        qCWarning(lcApp).noquote() << "preferences" << m_file << ":" << line;
    if (problems)
        *problems = found;
    return v;
}

bool AppPreferences::save(const Values& v) const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSettings ini(m_file, QSettings::IniFormat);
    ini.setValue(keyName(Key::Language), v.language);
    ini.setValue(keyName(Key::ConnectTimeout), v.timeouts.connectMs / 1000);
    ini.setValue(keyName(Key::InactivityTimeout), v.timeouts.inactivityMs / 1000);
    ini.setValue(keyName(Key::TotalTimeout), v.timeouts.totalMs / 1000);
    ini.setValue(keyName(Key::ParallelUploads), v.parallelUploads);
    ini.setValue(keyName(Key::ProxyMode), net::ProxyConfig::modeId(v.proxy.mode));
    ini.setValue(keyName(Key::ProxyType), net::ProxyConfig::typeId(v.proxy.type));
    ini.setValue(keyName(Key::ProxyHost), v.proxy.host);
    ini.setValue(keyName(Key::ProxyPort), v.proxy.port);
    ini.setValue(keyName(Key::ProxyUser), v.proxy.user);
    ini.setValue(keyName(Key::DataDirectory), v.dataDirectory);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        qCWarning(lcApp).noquote() << "preferences not written to" << m_file;
        return false;
    }
    return true;
}

void AppPreferences::applyToProcess(const Values& values)
{
    processValues() = values;
    processValues().proxy.password.clear();
    Profile::setDefaultTimeouts(values.timeouts);
    setDataDirectoryPreference(values.dataDirectory);
}

const AppPreferences::Values& AppPreferences::current()
{
    return processValues();
}

QLocale startupLocale(const AppPreferences::Values& values)
{
    const QString fromEnv = qEnvironmentVariable("KONTOR_LANGUAGE");
    if (!fromEnv.isEmpty())
        return QLocale(fromEnv);
    if (AppPreferences::languages().contains(values.language))
        return QLocale(values.language);
    return QLocale::system();
}

} // namespace kontor
