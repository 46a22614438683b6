// Profiles: validation, JSON round trip, atomic saving, damaged files left alone, demo profiles never
// written, and no secret ever in the file.
#include "TestEnv.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QFile>
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
        QVERIFY(capabilitiesOf(Service::Printlounge).cart);
        QVERIFY(!capabilitiesOf(Service::Webshippy).orders);
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
