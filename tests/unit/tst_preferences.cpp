// AppPreferences: values round-trip through kontor.ini, a bad value falls back to its default, new profiles
// get the default timeouts, a profile's proxy round-trips through profiles.json (old files without one still
// load), the chosen language is what the next start loads, and clearing local data removes exactly the
// chosen items.
#include "I18n.h"
#include "TestEnv.h"
#include "net/ProxyConfig.h"
#include "profile/ProfileStore.h"
#include "settings/AppPreferences.h"
#include "settings/DataPaths.h"
#include "settings/LocalData.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace kontor;

namespace {
void touch(const QString& path, const QByteArray& content = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { AppPreferences::applyToProcess({}); }

    void defaultsWhenNoFile()
    {
        const AppPreferences prefs(test::makeTestDir(QStringLiteral("prefs-empty")));
        QStringList problems;
        const AppPreferences::Values v = prefs.load(&problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(v.language, QStringLiteral("system"));
        QCOMPARE(v.parallelUploads, 4);
        QCOMPARE(v.timeouts.connectMs, net::Timeouts{}.connectMs);
        QCOMPARE(v.proxy.mode, net::ProxyConfig::Mode::System);
        QVERIFY(v.dataDirectory.isEmpty());
    }

    void valuesRoundTrip()
    {
        const QString dir = test::makeTestDir(QStringLiteral("prefs-roundtrip"));
        const AppPreferences prefs(dir);
        AppPreferences::Values v;
        v.language = QStringLiteral("hu");
        v.timeouts = {5000, 45'000, 300'000};
        v.parallelUploads = 7;
        v.proxy.mode = net::ProxyConfig::Mode::Manual;
        v.proxy.type = net::ProxyConfig::Type::Socks5;
        v.proxy.host = QStringLiteral("proxy.example");
        v.proxy.port = 1080;
        v.proxy.user = QStringLiteral("anna");
        v.proxy.password = QStringLiteral("proxy-pass-never-in-ini"); // not written: the keychain holds it
        v.dataDirectory = QDir(dir).filePath(QStringLiteral("data"));
        QVERIFY(prefs.save(v));
        QStringList problems;
        const AppPreferences::Values back = prefs.load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(back.language, v.language);
        QCOMPARE(back.timeouts.connectMs, 5000);
        QCOMPARE(back.timeouts.inactivityMs, 45'000);
        QCOMPARE(back.timeouts.totalMs, 300'000);
        QCOMPARE(back.parallelUploads, 7);
        QCOMPARE(back.proxy.mode, net::ProxyConfig::Mode::Manual);
        QCOMPARE(back.proxy.type, net::ProxyConfig::Type::Socks5);
        QCOMPARE(back.proxy.host, v.proxy.host);
        QCOMPARE(back.proxy.port, 1080);
        QCOMPARE(back.proxy.user, v.proxy.user);
        QVERIFY(back.proxy.password.isEmpty());
        QCOMPARE(back.dataDirectory, v.dataDirectory);
        QFile ini(prefs.filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("proxy-pass-never-in-ini"));
    }

    void badValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("language") << AppPreferences::keyName(AppPreferences::Key::Language) << "klingon";
        QTest::newRow("parallel high") << AppPreferences::keyName(AppPreferences::Key::ParallelUploads) << "99";
        QTest::newRow("parallel text") << AppPreferences::keyName(AppPreferences::Key::ParallelUploads) << "four";
        QTest::newRow("connect zero") << AppPreferences::keyName(AppPreferences::Key::ConnectTimeout) << "0";
        QTest::newRow("proxy mode") << AppPreferences::keyName(AppPreferences::Key::ProxyMode) << "sometimes";
        QTest::newRow("manual without host") << AppPreferences::keyName(AppPreferences::Key::ProxyMode) << "manual";
        QTest::newRow("relative data dir") << AppPreferences::keyName(AppPreferences::Key::DataDirectory) << "data";
    }

    void badValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString dir = test::makeTestDir(QStringLiteral("prefs-bad"));
        {
            QSettings ini(QDir(dir).filePath(AppPreferences::fileName()), QSettings::IniFormat);
            ini.setValue(key, value);
        }
        QStringList problems;
        const AppPreferences::Values v = AppPreferences(dir).load(&problems);
        QCOMPARE(problems.size(), 1);
        const AppPreferences::Values defaults;
        QCOMPARE(v.language, defaults.language);
        QCOMPARE(v.parallelUploads, defaults.parallelUploads);
        QCOMPARE(v.timeouts.connectMs, defaults.timeouts.connectMs);
        QCOMPARE(v.proxy.mode, defaults.proxy.mode);
        QCOMPARE(v.dataDirectory, defaults.dataDirectory);
    }

    void newProfilesGetTheDefaultTimeouts()
    {
        AppPreferences::Values v;
        v.timeouts = {3000, 20'000, 60'000};
        AppPreferences::applyToProcess(v);
        const Profile fresh = Profile::defaultsFor(Service::Webshippy);
        QCOMPARE(fresh.timeouts.connectMs, 3000);
        QCOMPARE(fresh.timeouts.inactivityMs, 20'000);
        QCOMPARE(fresh.timeouts.totalMs, 60'000);
        // A stored profile without timeouts gets them too; one with its own keeps its own.
        const QByteArray json =
            "{\"version\":1,\"profiles\":[ "
            "{\"id\":\"a\",\"name\":\"A\",\"service\":\"virtpos\",\"baseUrl\":\"https://"
            "a.example\",\"auth\":\"none\"}, "
            "{\"id\":\"b\",\"name\":\"B\",\"service\":\"virtpos\",\"baseUrl\":\"https://b.example\",\"auth\":\"none\", "
            "\"timeouts\":{\"connectMs\":9000,\"inactivityMs\":9000,\"totalMs\":9000}}]}";
        const auto file = ProfileStore::fromJson(json);
        QVERIFY(file.ok());
        QCOMPARE(file.value.profiles.at(0).timeouts.connectMs, 3000);
        QCOMPARE(file.value.profiles.at(1).timeouts.connectMs, 9000);
        QCOMPARE(AppPreferences::current().timeouts.totalMs, 60'000);
    }

    void profileProxyRoundTrips()
    {
        const QString dir = test::makeTestDir(QStringLiteral("prefs-profile-proxy"));
        ProfileStore store(dir);
        Profile p = Profile::defaultsFor(Service::Printlounge);
        p.id = QStringLiteral("p1");
        p.name = QStringLiteral("Proxied");
        p.baseUrl = QUrl(QStringLiteral("https://shop.example"));
        p.user = QStringLiteral("anna");
        p.proxy = *net::ProxyConfig::fromText(QStringLiteral("http://office-proxy.example:3128"));
        QVERIFY(store.upsert(p).ok());
        Profile direct = p;
        direct.id = QStringLiteral("p2");
        direct.name = QStringLiteral("Direct");
        direct.proxy.mode = net::ProxyConfig::Mode::None;
        QVERIFY(store.upsert(direct).ok());
        QVERIFY(store.save().ok());
        ProfileStore again(dir);
        QVERIFY(again.load().ok());
        QCOMPARE(again.findById(QStringLiteral("p1"))->proxy.mode, net::ProxyConfig::Mode::Manual);
        QCOMPARE(again.findById(QStringLiteral("p1"))->proxy.host, QStringLiteral("office-proxy.example"));
        QCOMPARE(again.findById(QStringLiteral("p1"))->proxy.port, 3128);
        QCOMPARE(again.findById(QStringLiteral("p2"))->proxy.mode, net::ProxyConfig::Mode::None);
        // A file written before proxies existed: the application's proxy.
        const auto old = ProfileStore::fromJson("{\"version\":1,\"profiles\":[{\"id\":\"o\",\"name\":\"Old\","
                                                "\"service\":\"htk\",\"baseUrl\":\"https://h.example\"}]}");
        QVERIFY(old.ok());
        QCOMPARE(old.value.profiles.at(0).proxy.mode, net::ProxyConfig::Mode::Application);
    }

    void proxyTextNeverShowsThePassword()
    {
        QVERIFY(!net::ProxyConfig::fromText(QStringLiteral("http://u:secret@h.example:8080")));
        QVERIFY(!net::ProxyConfig::fromText(QStringLiteral("ftp://h.example:21")));
        QVERIFY(!net::ProxyConfig::fromText(QStringLiteral("http://h.example")));
        QCOMPARE(net::ProxyConfig::fromText(QStringLiteral("none"))->mode, net::ProxyConfig::Mode::None);
        QCOMPARE(net::ProxyConfig::fromText(QStringLiteral("app"))->mode, net::ProxyConfig::Mode::Application);
        net::ProxyConfig p = *net::ProxyConfig::fromText(QStringLiteral("socks5://anna@h.example:1080"));
        p.password = QStringLiteral("topsecret");
        QCOMPARE(p.displayText(), QStringLiteral("socks5://anna@h.example:1080"));
        QCOMPARE(p.toQNetworkProxy().password(), QStringLiteral("topsecret"));
        QVERIFY(!net::ProxyConfig::hostProblem(QStringLiteral("a b")).isEmpty());
        QVERIFY(!net::ProxyConfig::portProblem(QStringLiteral("70000")).isEmpty());
        QVERIFY(net::ProxyConfig::portProblem(QStringLiteral("8080")).isEmpty());
    }

    void manualApplicationProxySkipsLoopback()
    {
        net::ManualProxyFactory factory(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("p.example"), 3128));
        QCOMPARE(
            factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://shop.example/")))).value(0).hostName(),
            QStringLiteral("p.example"));
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("http://127.0.0.1:5000/")))).value(0).type(),
                 QNetworkProxy::NoProxy);
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("http://localhost:5000/")))).value(0).type(),
                 QNetworkProxy::NoProxy);
    }

    void chosenLanguageIsLoadedAtTheNextStart()
    {
        qunsetenv("KONTOR_LANGUAGE");
        AppPreferences::Values v;
        v.language = QStringLiteral("de");
        const QString dir = test::makeTestDir(QStringLiteral("prefs-language"));
        QVERIFY(AppPreferences(dir).save(v));
        // What main() does at the next start: read the file, pick the locale, load the catalogs.
        const QLocale locale = startupLocale(AppPreferences(dir).load());
        QCOMPARE(locale.language(), QLocale::German);
        const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
        QCOMPARE(loadTranslations(locale), QStringLiteral("de_DE"));
        QCOMPARE(QCoreApplication::translate("kontor::ProfileStore", "Kontor could not read its profiles from %1: %2"),
                 QStringLiteral("Kontor konnte seine Profile nicht aus %1 lesen: %2"));
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        // The environment still wins (tests and scripts choose a language that way).
        qputenv("KONTOR_LANGUAGE", "ru");
        QCOMPARE(startupLocale(v).language(), QLocale::Russian);
        qunsetenv("KONTOR_LANGUAGE");
        v.language = QStringLiteral("system");
        QCOMPARE(startupLocale(v), QLocale::system());
    }

    void clearingRemovesExactlyTheChosenItems()
    {
        const QString root = test::makeTestDir(QStringLiteral("prefs-clear"));
        LocalData::Places places{root + "/data", root + "/data/logs", root + "/config"};
        touch(places.dataDir + "/uploads.sqlite");
        touch(places.dataDir + "/uploads.sqlite-wal");
        touch(places.dataDir + "/audit.sqlite", QByteArray(1000, 'a'));
        touch(places.dataDir + "/notes.txt"); // not Kontor's: never removed
        touch(places.logDir + "/kontor.log");
        touch(places.logDir + "/kontor-cli.log");
        touch(places.logDir + "/other.log");
        touch(places.configDir + "/kontor-gui.ini");
        touch(places.configDir + "/profiles.json");
        touch(places.configDir + "/kontor.ini");

        const QList<LocalData::Entry> entries = LocalData::survey(places);
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(1).item, LocalData::Item::AuditHistory);
        QCOMPARE(entries.at(1).bytes, 1000);
        QCOMPARE(entries.at(0).files.size(), 2);

        const LocalData::Outcome outcome =
            LocalData::clear(places, {LocalData::Item::UploadJournal, LocalData::Item::Logs});
        QVERIFY(outcome.failed.isEmpty());
        QCOMPARE(outcome.removed.size(), 4);
        QVERIFY(!QFile::exists(places.dataDir + "/uploads.sqlite"));
        QVERIFY(!QFile::exists(places.dataDir + "/uploads.sqlite-wal"));
        QVERIFY(!QFile::exists(places.logDir + "/kontor.log"));
        QVERIFY(!QFile::exists(places.logDir + "/kontor-cli.log"));
        for (const char* kept : {"/data/audit.sqlite", "/data/notes.txt", "/data/logs/other.log",
                                 "/config/kontor-gui.ini", "/config/profiles.json", "/config/kontor.ini"})
            QVERIFY2(QFile::exists(root + QLatin1String(kept)), kept);
    }

    void dataDirectoryPreferenceAppliesWithoutTheEnvironment()
    {
        const QByteArray saved = qgetenv("KONTOR_DATA_DIR");
        qunsetenv("KONTOR_DATA_DIR");
        AppPreferences::Values v;
        v.dataDirectory = QStringLiteral("/tmp/kontor-pref-data");
        AppPreferences::applyToProcess(v);
        QCOMPARE(dataDirectory(), QStringLiteral("/tmp/kontor-pref-data"));
        qputenv("KONTOR_DATA_DIR", "/tmp/env-wins");
        QCOMPARE(dataDirectory(), QStringLiteral("/tmp/env-wins"));
        if (saved.isEmpty())
            qunsetenv("KONTOR_DATA_DIR");
        else
            qputenv("KONTOR_DATA_DIR", saved);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
