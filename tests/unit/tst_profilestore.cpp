// Profiles: validation, JSON round trip, atomic saving, damaged files left alone, demo profiles never
// written, and no secret ever in the file.
#include "TestEnv.h"
#include "profile/ProfileStore.h"
#include "services/Capabilities.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;

namespace {
Profile sample(const QString& name = QStringLiteral("Druckerei Köln"))
{
    Profile p = Profile::defaultsFor(Service::Printlounge);
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://shop.example/shop"));
    p.user = QStringLiteral("anna");
    return p;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void defaultsFollowTheVendorDocs()
    {
        QCOMPARE(Profile::defaultsFor(Service::Printlounge).authKind, net::AuthKind::Basic);
        QCOMPARE(Profile::defaultsFor(Service::Virtpos).authKind, net::AuthKind::None);
        QVERIFY(serviceHasFormats(Service::Virtpos));
        QVERIFY(serviceHasFormats(Service::Webshippy));
        QVERIFY(!serviceHasFormats(Service::Htk));
        QVERIFY(offers(Service::Printlounge, Capability::Cart));
        QVERIFY(!offers(Service::Webshippy, Capability::Orders));
        // Listed by the vendor without a definition: not offered, and said so rather than hidden.
        QCOMPARE(availability(Service::Htk, Capability::Stock), Availability::NotOffered);
        QCOMPARE(availability(Service::Htk, Capability::ProductUpload), Availability::NotOffered);
        QCOMPARE(availability(Service::Webshippy, Capability::ProductDelete), Availability::NotOffered);
        QCOMPARE(availability(Service::Printlounge, Capability::Stock), Availability::Absent);
        QVERIFY(notOfferedText(Service::Htk, Capability::Stock).contains(QStringLiteral("does not describe")));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://shop.example" << false << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080" << false << true;
        QTest::newRow("remote http") << "http://shop.example" << false << false;
        QTest::newRow("remote http allowed") << "http://shop.example" << true << true;
        QTest::newRow("no scheme") << "shop.example" << false << false;
        QTest::newRow("ftp") << "ftp://shop.example" << false << false;
        QTest::newRow("userinfo") << "https://a:b@shop.example" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void validation()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(bool, valid);
        Profile p = sample();
        p.baseUrl = QUrl(url);
        p.allowInsecureHttp = allowInsecure;
        QCOMPARE(p.validate().isEmpty(), valid);
    }

    void authKindParsing()
    {
        net::AuthKind k;
        QByteArray h;
        QVERIFY(parseAuthKind(QStringLiteral("header:X-Api-Key"), &k, &h));
        QCOMPARE(k, net::AuthKind::Header);
        QCOMPARE(h, QByteArray("X-Api-Key"));
        QVERIFY(!parseAuthKind(QStringLiteral("header:"), &k, &h));
        QVERIFY(!parseAuthKind(QStringLiteral("header:bad name"), &k, &h));
        QVERIFY(!parseAuthKind(QStringLiteral("digest"), &k, &h));
        QCOMPARE(authKindId(net::AuthKind::Header, "X-K"), QStringLiteral("header:X-K"));
    }

    void roundTripAndNoSecret()
    {
        const QString dir = test::makeTestDir(QStringLiteral("profiles"));
        ProfileStore store(dir);
        QVERIFY(store.load().ok());
        Profile p = sample();
        p.endpoints.insert(QStringLiteral("virtpos.insertCard"), QStringLiteral("api/card/insert"));
        p.timeouts.totalMs = 90'000;
        QVERIFY(store.upsert(p).ok());
        Profile demo = sample(QStringLiteral("Demo"));
        store.addEphemeral(demo);
        QVERIFY(store.save().ok());

        ProfileStore again(dir);
        QVERIFY(again.load().ok());
        QCOMPARE(again.profiles().size(), 1); // the demo profile is never written
        const Profile* back = again.find(QStringLiteral("Druckerei Köln"));
        QVERIFY(back);
        QVERIFY(!back->id.isEmpty());
        QCOMPARE(back->baseUrl, p.baseUrl);
        QCOMPARE(back->authKind, net::AuthKind::Basic);
        QCOMPARE(back->user, QStringLiteral("anna"));
        QCOMPARE(back->endpoint(QStringLiteral("virtpos.insertCard"), QString()), QStringLiteral("api/card/insert"));
        QCOMPARE(back->timeouts.totalMs, 90'000);

        QFile f(store.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("password"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void duplicateNamesRefused()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("profiles-dup")));
        QVERIFY(store.upsert(sample()).ok());
        const Error e = store.upsert(sample(QStringLiteral("druckerei köln")));
        QCOMPARE(e.kind, Error::Kind::InvalidInput);
        QVERIFY(e.message.contains(QLatin1String("exists")));
        QCOMPARE(store.profiles().size(), 1);
    }

    void upsertReplacesById()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("profiles-edit")));
        QVERIFY(store.upsert(sample()).ok());
        Profile p = store.profiles().first();
        p.name = QStringLiteral("Renamed");
        QVERIFY(store.upsert(p).ok());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().name, QStringLiteral("Renamed"));
        QVERIFY(store.remove(p.id));
        QVERIFY(store.profiles().isEmpty());
    }

    void damagedFileIsNotOverwritten()
    {
        const QString dir = test::makeTestDir(QStringLiteral("profiles-damaged"));
        QFile f(QDir(dir).filePath(QStringLiteral("profiles.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"profiles\": [ {\"name\": \"x\"");
        f.close();
        ProfileStore store(dir);
        const Error e = store.load();
        QVERIFY(!e.ok());
        QVERIFY(e.message.contains(QLatin1String("damaged")));
        QVERIFY(!store.save().ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"profiles\": [ {\"name\": \"x\""));
    }

    void saveAsyncWrites()
    {
        const QString dir = test::makeTestDir(QStringLiteral("profiles-async"));
        ProfileStore store(dir);
        QVERIFY(store.upsert(sample()).ok());
        QSignalSpy saved(&store, &ProfileStore::saved);
        store.saveAsync();
        QVERIFY(saved.wait(5000));
        QVERIFY(saved.first().first().value<Error>().ok());
        QVERIFY(QFile::exists(store.filePath()));
    }

    // A newer Kontor (a GUI beside an older CLI) writes services and fields this version does not know; saving
    // here must not delete them. Before, loading dropped both and the next save lost them.
    void keepsWhatANewerVersionWrote()
    {
        const QString dir = test::makeTestDir(QStringLiteral("profiles-newer"));
        // Written by a newer Kontor (moc cannot read raw string literals, hence the escapes).
        const QByteArray newer =
            "{\n"
            "  \"version\": 2,\n"
            "  \"settings\": {\"theme\": \"dark\", \"columns\": [1, 2, 3]},\n"
            "  \"profiles\": [\n"
            "    {\"id\": \"p-1\", \"name\": \"Druckerei\", \"service\": \"printlounge\", \"baseUrl\": "
            "\"https://shop.example/\",\n"
            "     \"format\": \"json\", \"auth\": \"basic\", \"user\": \"anna\", \"allowInsecureHttp\": false, "
            "\"colour\": \"blue\",\n"
            "     \"statusNames\": {\"61\": \"In Bearbeitung\"},\n"
            "     \"endpoints\": {\"printlounge.orders\": \"api/v2/order/\", \"future\": {\"path\": \"x\", \"method\": "
            "\"PATCH\"}},\n"
            "     \"timeouts\": {\"connectMs\": 5000, \"inactivityMs\": 30000, \"totalMs\": 120000, \"retryMs\": 7}},\n"
            "    {\"id\": \"p-2\", \"name\": \"Laden\", \"service\": \"shopify\", \"baseUrl\": "
            "\"https://laden.example/\",\n"
            "     \"oauth\": {\"clientId\": \"abc\", \"scopes\": [\"read_orders\"]}},\n"
            "    {\"id\": \"p-3\", \"name\": \"Kasse\", \"service\": \"virtpos\", \"baseUrl\": "
            "\"https://pos.example/\", \"format\": \"xml\",\n"
            "     \"auth\": \"none\", \"user\": \"\"}\n"
            "  ]\n"
            "}\n";
        QFile f(QDir(dir).filePath(QStringLiteral("profiles.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(newer);
        f.close();

        ProfileStore store(dir);
        QVERIFY(store.load().ok());
        QCOMPARE(store.profiles().size(), 2); // the shopify profile is not offered here ...
        Profile edited = *store.find(QStringLiteral("Druckerei"));
        edited.timeouts.connectMs = 8000;
        QVERIFY(store.upsert(edited).ok());
        QVERIFY(store.upsert(sample(QStringLiteral("Neu"))).ok());
        QVERIFY(store.save().ok());

        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("settings")).toObject().value(QStringLiteral("theme")).toString(),
                 QStringLiteral("dark"));
        const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
        QCOMPARE(list.size(), 4);
        // ... but kept verbatim, in its place.
        const QJsonObject shopify = list.at(1).toObject();
        QCOMPARE(shopify.value(QStringLiteral("service")).toString(), QStringLiteral("shopify"));
        QCOMPARE(shopify.value(QStringLiteral("oauth")).toObject().value(QStringLiteral("scopes")).toArray().size(), 1);
        const QJsonObject druckerei = list.at(0).toObject();
        QCOMPARE(druckerei.value(QStringLiteral("colour")).toString(), QStringLiteral("blue"));
        QCOMPARE(druckerei.value(QStringLiteral("statusNames")).toObject().value(QStringLiteral("61")).toString(),
                 QStringLiteral("In Bearbeitung"));
        const QJsonObject timeouts = druckerei.value(QStringLiteral("timeouts")).toObject();
        QCOMPARE(timeouts.value(QStringLiteral("connectMs")).toInt(), 8000); // the edit
        QCOMPARE(timeouts.value(QStringLiteral("retryMs")).toInt(), 7);      // and what this version cannot read
        const QJsonObject endpoints = druckerei.value(QStringLiteral("endpoints")).toObject();
        QCOMPARE(endpoints.value(QStringLiteral("printlounge.orders")).toString(), QStringLiteral("api/v2/order/"));
        QCOMPARE(endpoints.value(QStringLiteral("future")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("PATCH"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("xml"));
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Neu"));
    }

    void pinnedCertificateRoundTrip()
    {
        const QString dir = test::makeTestDir(QStringLiteral("profiles-pin"));
        ProfileStore store(dir);
        Profile p = sample();
        p.pinnedSha256 = net::normalizeSha256(QStringLiteral(
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"));
        QCOMPARE(p.pinnedSha256.size(), 64);
        QVERIFY(p.validate().isEmpty());
        QVERIFY(store.upsert(p).ok());
        QVERIFY(store.save().ok());
        ProfileStore again(dir);
        QVERIFY(again.load().ok());
        QCOMPARE(again.profiles().first().pinnedSha256, p.pinnedSha256);
        QCOMPARE(again.profiles().first().clientConfig(QStringLiteral("x")).pinnedSha256, p.pinnedSha256);
        QVERIFY(net::normalizeSha256(QStringLiteral("abc")).isEmpty());
        QVERIFY(net::normalizeSha256(QString(64, QLatin1Char('g'))).isEmpty());
    }

    void statusNamesAndMethodRoundTrip()
    {
        const QString dir = test::makeTestDir(QStringLiteral("profiles-status-names"));
        ProfileStore store(dir);
        Profile p = sample();
        p.statusNames.insert(QStringLiteral("61"), QStringLiteral("In Bearbeitung"));
        p.statusNames.insert(QStringLiteral("137"), QStringLiteral("Versandt"));
        p.statusMethod = QStringLiteral("patch");
        QVERIFY(store.upsert(p).ok());
        QVERIFY(store.save().ok());
        ProfileStore again(dir);
        QVERIFY(again.load().ok());
        const Profile back = again.profiles().first();
        QCOMPARE(back.statusNames, p.statusNames);
        QVERIFY(back.patchesStatus());
        Profile renamed = back; // a change of names is a change of the profile (the registry makes a new client)
        renamed.statusNames.remove(QStringLiteral("61"));
        QVERIFY(renamed != back);
        QCOMPARE(back.statusLabel(QStringLiteral("61")), QStringLiteral("In Bearbeitung (61)"));
        QCOMPARE(back.statusLabel(QStringLiteral(" 61 ")), QStringLiteral("In Bearbeitung (61)"));
        QCOMPARE(back.statusLabel(QStringLiteral("62")), QStringLiteral("62")); // unnamed: the number alone
        QVERIFY(!Profile().patchesStatus());                                    // PUT by default
    }

    void pendingSavesFinishBeforeTheStoreGoes()
    {
        // At quit the store is destroyed right after the last edit: that edit must be on disk.
        const QString dir = test::makeTestDir(QStringLiteral("profiles-quit"));
        {
            ProfileStore store(dir);
            for (int i = 0; i < 20; ++i) {
                QVERIFY(store.upsert(sample(QStringLiteral("Profil %1").arg(i))).ok());
                store.saveAsync();
            }
        }
        ProfileStore again(dir);
        QVERIFY(again.load().ok());
        QCOMPARE(again.profiles().size(), 20);
    }

    void needsSecretIsTheOneRule()
    {
        Profile p = Profile::defaultsFor(Service::Printlounge);
        QVERIFY(p.needsSecret()); // Basic by default
        p.authKind = net::AuthKind::None;
        QVERIFY(!p.needsSecret()); // a shop without sign-in
        for (Service s : {Service::Htk, Service::Virtpos, Service::Webshippy}) {
            Profile other = Profile::defaultsFor(s);
            QVERIFY(other.needsSecret()); // the key travels in the request itself
            QVERIFY(other.clientConfig(QString()).secretRequired);
        }
    }

    void configDirResolution()
    {
        QCOMPARE(ProfileStore::resolveConfigDir(QStringLiteral("/tmp/x/../y")), QStringLiteral("/tmp/y"));
        qputenv("KONTOR_CONFIG_DIR", "/tmp/kontor-env-dir");
        QCOMPARE(ProfileStore::resolveConfigDir(), QStringLiteral("/tmp/kontor-env-dir"));
        qunsetenv("KONTOR_CONFIG_DIR");
        QVERIFY(ProfileStore::resolveConfigDir().endsWith(QLatin1String("/Kontor")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
