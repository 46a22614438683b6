// kontor-cli end to end on the defects the hardening review reproduced, each against the real kontor-sandbox
// executable (or, where the sandbox cannot misbehave that way, a scripted peer): credentials never follow a
// redirect to another host, no request goes out without the secret it needs, Webshippy's documented XML
// error is a refused sign-in, messages come in the person's language, a newer Kontor's profiles survive,
// and a shop on its own certificate is reached by pinning that certificate and nothing else.

#include "Examples.h"
#include "ScriptedServer.h"
#include "TestEnv.h"
#include "TestSecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace kontor::test;

namespace {

const QString Secret = QString::fromUtf8(SandboxSecret);
const QString Wrong = QString::fromUtf8(WrongSecret);
const QString User = QString::fromUtf8(SandboxUser);

QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void redirectToAnotherHostCarriesNoSecret_data();
    void redirectToAnotherHostCarriesNoSecret();
    void redirectWithinTheShopIsFollowed();
    void noSecretNoRequest();
    void webshippyDocumentedXmlErrorIsASignInFailure();
    void messagesInGerman();
    void jsonIsTheSameInEveryLanguage();
    void newerProfilesSurviveProfileAdd();
    void pinnedCertificate();
    void notOfferedIsShownNotHidden();

private:
    ProcessResult cli(const QString& configDir, const QStringList& args, const QByteArray& input = {},
                      const QStringList& env = {});
    ProcessResult add(const QString& dir, const QString& name, const QString& service, const QString& url,
                      const QString& secret, const QStringList& extra = {});
    QByteArray admin(const QByteArray& method, const QString& path, const QByteArray& body = {});

    SandboxProcess m_sandbox;
    QStringList m_leaks;
};

void TestCliHardening::initTestCase()
{
    QVERIFY(m_sandbox.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret}));
}

void TestCliHardening::init()
{
    admin("POST", QStringLiteral("/faults"), "{}");
    admin("POST", QStringLiteral("/reset"));
}

void TestCliHardening::cleanup()
{
    const QStringList leaks = std::exchange(m_leaks, {}); // each test answers for its own runs
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

ProcessResult TestCliHardening::cli(const QString& configDir, const QStringList& args, const QByteArray& input,
                                    const QStringList& env)
{
    const ProcessResult r =
        runProcess(QStringLiteral(KONTOR_CLI_BIN), QStringList{QStringLiteral("--config-dir"), configDir} + args, input,
                   env, 150'000); // past the CLI's own 120 s deadline: a loaded sanitizer build is slow
    for (const QByteArray& secret : {QByteArray(SandboxSecret), QByteArray(WrongSecret)}) {
        if (r.out.contains(secret) || r.err.contains(secret))
            m_leaks << QStringLiteral("secret printed by: kontor-cli %1").arg(args.join(QLatin1Char(' ')));
    }
    if (!r.finished) // a crash or a hang: what it said last is the clue (a sanitizer's report, say)
        m_leaks << QStringLiteral("did not finish: kontor-cli %1\n%2")
                       .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(r.err.right(6000)));
    return r;
}

ProcessResult TestCliHardening::add(const QString& dir, const QString& name, const QString& service, const QString& url,
                                    const QString& secret, const QStringList& extra)
{
    QStringList args = words("profile add");
    args << name << QStringLiteral("--service") << service << QStringLiteral("--url") << url;
    if (service == QLatin1String("htk") || service == QLatin1String("printlounge"))
        args << QStringLiteral("--user") << User;
    if (!secret.isEmpty())
        args << QStringLiteral("--secret-stdin");
    return cli(dir, args + extra, secret.isEmpty() ? QByteArray() : secret.toUtf8() + '\n');
}

QByteArray TestCliHardening::admin(const QByteArray& method, const QString& path, const QByteArray& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_sandbox.admin() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10'000);
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

void TestCliHardening::redirectToAnotherHostCarriesNoSecret_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("command");
    // Basic auth in a header; the API key in a POST body kept on 307/308; the API key in the query.
    QTest::newRow("printlounge 302") << "printlounge"
                                     << "" << 302 << "orders list";
    QTest::newRow("printlounge 307") << "printlounge"
                                     << "" << 307 << "orders list";
    QTest::newRow("webshippy json 307") << "webshippy"
                                        << "json" << 307 << "products list";
    QTest::newRow("webshippy xml 308") << "webshippy"
                                       << "xml" << 308 << "products list";
    QTest::newRow("virtpos 302") << "virtpos"
                                 << "json" << 302 << "orders list";
    QTest::newRow("htk 307") << "htk"
                             << "" << 307 << "orders list";
}

void TestCliHardening::redirectToAnotherHostCarriesNoSecret()
{
    QFETCH(QString, service);
    QFETCH(QString, format);
    QFETCH(int, status);
    QFETCH(QString, command);
    const QString trap = m_sandbox.url(QStringLiteral("trap"));
    if (trap.isEmpty())
        QSKIP("the sandbox could not bind 127.0.0.2 on this system");
    const QString dir = makeTestDir(QStringLiteral("cli-redirect"));
    QStringList extra;
    if (!format.isEmpty())
        extra << QStringLiteral("--format") << format;
    QCOMPARE(add(dir, QStringLiteral("shop"), service, m_sandbox.url(service), Secret, extra).exitCode, 0);
    const QJsonObject faults{{QStringLiteral("redirectStatus"), status}, {QStringLiteral("redirectTo"), trap}};
    admin("POST", QStringLiteral("/faults"), QJsonDocument(faults).toJson());

    const ProcessResult r = cli(dir, command.split(QLatin1Char(' ')));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("127.0.0.2"), r.err.constData()); // the message names where it was sent
    const QJsonArray caught = QJsonDocument::fromJson(admin("GET", QStringLiteral("/trap")))
                                  .object()
                                  .value(QStringLiteral("requests"))
                                  .toArray();
    // Before: the trap received the Authorization header, the POST body with apiKey, or ?apikey=.
    QVERIFY2(caught.isEmpty(), QJsonDocument(caught).toJson().constData());
}

void TestCliHardening::redirectWithinTheShopIsFollowed()
{
    const QString dir = makeTestDir(QStringLiteral("cli-redirect-same"));
    QCOMPARE(add(dir, QStringLiteral("shop"), QStringLiteral("printlounge"),
                 m_sandbox.url(QStringLiteral("printlounge")), Secret)
                 .exitCode,
             0);
    const ProcessResult direct = cli(dir, words("--json orders list --limit 5"));
    QCOMPARE(direct.exitCode, 0);
    admin("POST", QStringLiteral("/faults"), "{\"redirectStatus\":301,\"redirectTo\":\"\"}");
    const ProcessResult r = cli(dir, words("--json orders list --limit 5"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
    QCOMPARE(r.out, direct.out); // the same page, reached through the redirect
    const QJsonObject routes = m_sandbox.counters()
                                   .value(QStringLiteral("printlounge"))
                                   .toObject()
                                   .value(QStringLiteral("requests"))
                                   .toObject();
    QVERIFY2(routes.value(QStringLiteral("GET /api/order/")).toObject().value(QStringLiteral("301")).toInt() >= 1,
             QJsonDocument(routes).toJson().constData());
}

void TestCliHardening::noSecretNoRequest()
{
    const QString dir = makeTestDir(QStringLiteral("cli-nosecret"));
    QCOMPARE(add(dir, QStringLiteral("druck"), QStringLiteral("printlounge"),
                 m_sandbox.url(QStringLiteral("printlounge")), QString())
                 .exitCode,
             0);
    for (const char* command : {"profile test druck", "orders list"}) {
        const ProcessResult r = cli(dir, words(command));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("No secret is stored"), r.err.constData());
    }
    const QJsonObject requests = m_sandbox.counters()
                                     .value(QStringLiteral("printlounge"))
                                     .toObject()
                                     .value(QStringLiteral("requests"))
                                     .toObject();
    QVERIFY2(requests.isEmpty(), QJsonDocument(requests).toJson().constData()); // not one failed sign-in counted
}

void TestCliHardening::webshippyDocumentedXmlErrorIsASignInFailure()
{
    // Document 004's own example answer: <status>error</status><notagname>Invalid API key</notagname>, HTTP 200.
    const QByteArray body = readExample("webshippy", QStringLiteral("marketplace-error.xml"));
    ScriptedServer shop;
    shop.script({{ScriptedServer::Act::Reply, ScriptedServer::response(200, body, "application/xml")}});
    const QString dir = makeTestDir(QStringLiteral("cli-webshippy-xml"));
    QCOMPARE(add(dir, QStringLiteral("ws"), QStringLiteral("webshippy"), shop.url().toString(), Wrong,
                 {QStringLiteral("--format"), QStringLiteral("xml")})
                 .exitCode,
             0);
    const ProcessResult r = cli(dir, words("products list"));
    QCOMPARE(r.exitCode, 4); // before: 1, "refused the request without saying why"
    QVERIFY2(r.err.contains("API key"), r.err.constData());
    // And the sandbox's own wrong-key answer in XML, whatever shape it takes.
    const QString dir2 = makeTestDir(QStringLiteral("cli-webshippy-xml-sandbox"));
    QCOMPARE(add(dir2, QStringLiteral("ws"), QStringLiteral("webshippy"), m_sandbox.url(QStringLiteral("webshippy")),
                 Wrong, {QStringLiteral("--format"), QStringLiteral("xml")})
                 .exitCode,
             0);
    QCOMPARE(cli(dir2, words("products list")).exitCode, 4);
}

void TestCliHardening::messagesInGerman()
{
    const QStringList german{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8"),
                             QStringLiteral("LANGUAGE=de")};
    // A parser error: a VirtualPOS that sends broken XML.
    ScriptedServer pos;
    const QByteArray broken = "<?xml version=\"1.0\"?><response><success>1</success><orders><id>7</orders>";
    QList<ScriptedServer::Step> steps;
    for (int i = 0; i < 4; ++i)
        steps << ScriptedServer::Step{ScriptedServer::Act::Reply, ScriptedServer::response(200, broken, "text/xml")};
    pos.script(steps);
    const QString dir = makeTestDir(QStringLiteral("cli-german"));
    QCOMPARE(add(dir, QStringLiteral("kasse"), QStringLiteral("virtpos"), pos.url().toString(), Secret,
                 {QStringLiteral("--format"), QStringLiteral("xml")})
                 .exitCode,
             0);
    const ProcessResult xml = cli(dir, words("orders list"), {}, german);
    QCOMPARE(xml.exitCode, 1);
    QVERIFY2(QString::fromUtf8(xml.err).contains(QStringLiteral("kein gültiges XML")), xml.err.constData());

    // A profile-save error (written by a function lupdate used to file under the wrong context).
    const QString file = makeTestDir(QStringLiteral("cli-german-file")) + QStringLiteral("/not-a-folder");
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ProcessResult save =
        runProcess(QStringLiteral(KONTOR_CLI_BIN),
                   {QStringLiteral("--config-dir"), file + QStringLiteral("/sub"), QStringLiteral("profile"),
                    QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--service"), QStringLiteral("virtpos"),
                    QStringLiteral("--url"), QStringLiteral("https://pos.example/")},
                   {}, german);
    QVERIFY(save.exitCode != 0);
    QVERIFY2(QString::fromUtf8(save.err).contains(QStringLiteral("Einstellungsordner")), save.err.constData());
}

void TestCliHardening::jsonIsTheSameInEveryLanguage()
{
    const QString dir = makeTestDir(QStringLiteral("cli-json-locale"));
    QCOMPARE(
        add(dir, QStringLiteral("kasse"), QStringLiteral("virtpos"), m_sandbox.url(QStringLiteral("virtpos")), Secret)
            .exitCode,
        0);
    QByteArray first;
    for (const char* lang : {"en_US.UTF-8", "de_DE.UTF-8", "ru_RU.UTF-8", "hu_HU.UTF-8"}) {
        const ProcessResult r =
            cli(dir, words("--json orders list --limit 30"), {},
                {QStringLiteral("LANG=") + QLatin1String(lang), QStringLiteral("LC_ALL=") + QLatin1String(lang)});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray orders = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!orders.isEmpty());
        for (const QJsonValue& o : orders) {
            // VirtualPOS's own flags, as its document writes them, whatever the language.
            for (const char* flag : {"paid", "shipped", "cancelled"}) {
                const QString value = o.toObject().value(QLatin1String(flag)).toString();
                QVERIFY2(value == QLatin1String("0") || value == QLatin1String("1"), qPrintable(value));
            }
        }
        if (first.isEmpty())
            first = r.out;
        else
            QCOMPARE(r.out, first);
    }
}

void TestCliHardening::newerProfilesSurviveProfileAdd()
{
    const QString dir = makeTestDir(QStringLiteral("cli-newer-profiles"));
    const QByteArray newer =
        "{\"version\": 2, \"theme\": \"dark\", \"profiles\": ["
        "{\"id\": \"s-1\", \"name\": \"Laden\", \"service\": \"shopify\", \"baseUrl\": \"https://laden.example/\","
        " \"oauth\": {\"clientId\": \"abc\"}},"
        "{\"id\": \"p-1\", \"name\": \"Druck\", \"service\": \"printlounge\", \"baseUrl\": \"https://druck.example/\","
        " \"auth\": \"basic\", \"user\": \"anna\", \"statusNames\": {\"61\": \"In Bearbeitung\"}}]}";
    QFile f(QDir(dir).filePath(QStringLiteral("profiles.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(newer);
    f.close();
    QCOMPARE(add(dir, QStringLiteral("kasse"), QStringLiteral("virtpos"), QStringLiteral("https://pos.example/"), {})
                 .exitCode,
             0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("service")).toString(), QStringLiteral("shopify"));
    QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("oauth")).toObject().value(QStringLiteral("clientId")),
             QJsonValue(QStringLiteral("abc")));
    QCOMPARE(profiles.at(1).toObject().value(QStringLiteral("statusNames")).toObject().value(QStringLiteral("61")),
             QJsonValue(QStringLiteral("In Bearbeitung")));
    // `profile list` shows what this version can use, without failing on the rest.
    const ProcessResult list = cli(dir, words("profile list"));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("Druck") && list.out.contains("kasse") && !list.out.contains("Laden"));
}

void TestCliHardening::pinnedCertificate()
{
    SandboxProcess tls;
    QVERIFY(tls.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret, QStringLiteral("--tls")}));
    const QString url = tls.url(QStringLiteral("printlounge"));
    QVERIFY(url.startsWith(QLatin1String("https://")));
    const QString sha = tls.certSha256();
    QCOMPARE(sha.size(), 64);
    const QString dir = makeTestDir(QStringLiteral("cli-tls"));
    QCOMPARE(add(dir, QStringLiteral("intern"), QStringLiteral("printlounge"), url, Secret).exitCode, 0);

    // Refused, naming the certificate: who it was issued to and its fingerprint, to check with the shop.
    const ProcessResult refused = cli(dir, words("profile test intern"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Kontor Sandbox") || refused.err.contains("127.0.0.1"), refused.err.constData());
    QVERIFY2(refused.err.contains(sha.toLatin1()), refused.err.constData());
    QCOMPARE(
        tls.counters().value(QStringLiteral("printlounge")).toObject().value(QStringLiteral("requests")).toObject(),
        QJsonObject()); // no request (so no password) went over the unverified connection

    // Trusted by its fingerprint, colons and capitals as an administrator reads it out.
    QString spoken;
    for (int i = 0; i < sha.size(); i += 2)
        spoken += (i ? QStringLiteral(":") : QString()) + sha.mid(i, 2).toUpper();
    QCOMPARE(cli(dir, QStringList{QStringLiteral("profile"), QStringLiteral("set-pin"), QStringLiteral("intern"),
                                  QStringLiteral("--pin-sha256"), spoken})
                 .exitCode,
             0);
    const ProcessResult works = cli(dir, words("profile test intern"));
    QVERIFY2(works.exitCode == 0, works.err.constData());

    // Another fingerprint: refused again.
    QString wrong = sha;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QCOMPARE(cli(dir, QStringList{QStringLiteral("profile"), QStringLiteral("set-pin"), QStringLiteral("intern"),
                                  QStringLiteral("--pin-sha256"), wrong})
                 .exitCode,
             0);
    const ProcessResult wrongPin = cli(dir, words("profile test intern"));
    QCOMPARE(wrongPin.exitCode, 1);
    QVERIFY2(wrongPin.err.contains("not the one trusted"), wrongPin.err.constData());

    // profile add takes the pin directly.
    const QString dir2 = makeTestDir(QStringLiteral("cli-tls-add"));
    QCOMPARE(add(dir2, QStringLiteral("intern"), QStringLiteral("printlounge"), url, Secret,
                 {QStringLiteral("--pin-sha256"), sha})
                 .exitCode,
             0);
    QCOMPARE(cli(dir2, words("--json orders list --limit 3")).exitCode, 0);
}

void TestCliHardening::notOfferedIsShownNotHidden()
{
    const QString dir = makeTestDir(QStringLiteral("cli-capabilities"));
    QCOMPARE(add(dir, QStringLiteral("omni"), QStringLiteral("htk"), m_sandbox.url(QStringLiteral("htk")), {}).exitCode,
             0);
    QCOMPARE(add(dir, QStringLiteral("ws"), QStringLiteral("webshippy"), m_sandbox.url(QStringLiteral("webshippy")), {})
                 .exitCode,
             0);
    const ProcessResult text = cli(dir, words("profile show omni"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Not offered:") && text.out.contains("Product upload") && text.out.contains("Stock"),
             text.out.constData());
    const ProcessResult json = cli(dir, words("--json profile show ws"));
    const QJsonObject capabilities =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("capabilities")).toObject();
    QCOMPARE(capabilities.value(QStringLiteral("product-delete")).toString(), QStringLiteral("not-offered"));
    QCOMPARE(capabilities.value(QStringLiteral("products")).toString(), QStringLiteral("offered"));
    QVERIFY(!capabilities.contains(QStringLiteral("orders")));
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
