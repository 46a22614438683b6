// kontor-cli end to end: the real executable against the real kontor-sandbox executable over loopback,
// with secrets in a real gnome-keyring (tests/run-with-keyring.sh) or, for the no-keychain path, none.
// What the CLI prints is compared with what the sandbox serves when asked directly over HTTP.

#include "KontorVersion.h"
#include "TestEnv.h"
#include "TestProxy.h"
#include "TestSecrets.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <functional>

using namespace kontor::test;

namespace {

const QString Secret = QString::fromUtf8(SandboxSecret);
const QString Wrong = QString::fromUtf8(WrongSecret);
const QString User = QString::fromUtf8(SandboxUser);

struct Setup
{
    QString service;
    QString format; // empty: the service's only format
};

QStringList leavesOf(const QJsonValue& v)
{
    QStringList out;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out += leavesOf(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            out += leavesOf(e);
    } else if (v.isString()) {
        out << v.toString();
    } else if (v.isDouble()) {
        out << QString::number(v.toDouble(), 'g', 17);
    }
    return out;
}

// A command line without quoting: words separated by single spaces.
QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasUmlaut(const QString& s)
{
    return s.contains(QRegularExpression(QStringLiteral("[äöüÄÖÜß]")));
}
bool hasCyrillic(const QString& s)
{
    return s.contains(QRegularExpression(QStringLiteral("[\\x{0400}-\\x{04FF}]")));
}
bool hasHungarian(const QString& s)
{
    return s.contains(QRegularExpression(QStringLiteral("[őűŐŰ]")));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void version();
    void usageErrors();
    void jsonErrorShape();
    void addAndTest_data();
    void addAndTest();
    void wrongSecret_data();
    void wrongSecret();
    void printloungeWrongPasswordAskedOnce();
    void categoriesList();
    void ordersList_data();
    void ordersList();
    void productsList();
    void capabilityMismatch();
    void ordersUnderFaults();
    void noKeychain();
    void showAndListNeverPrintTheSecret();
    void removeDeletesKeychainEntry();
    void profileProxy();
    void profileProxyCarriesTheRequests();

private:
    ProcessResult cli(const QString& configDir, const QStringList& args, const QByteArray& input = {},
                      const QStringList& env = {});
    ProcessResult addProfile(const QString& configDir, const QString& name, const Setup& setup, const QString& secret,
                             const SandboxProcess* sandbox = nullptr, const QStringList& env = {});
    QJsonObject cliJson(const QString& configDir, const QStringList& args);
    QJsonArray cliJsonArray(const QString& configDir, const QStringList& args); // orders list --json
    // What the sandbox itself answers, fetched with plain HTTP (no Kontor code involved).
    QByteArray fetch(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                     const QByteArray& contentType = {}, const QByteArray& authorization = {});
    QJsonValue htkCall(const QString& function);

    SandboxProcess m_sandbox;
    QString m_logDir;
    QStringList m_leaks;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(KONTOR_CLI_BIN)), KONTOR_CLI_BIN);
    QVERIFY(m_sandbox.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret}));
    m_logDir = makeTestDir(QStringLiteral("cli-logs"));
}

void TestCli::cleanup()
{
    const QStringList leaks = std::exchange(m_leaks, {}); // each test answers for its own runs
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TestCli::cleanupTestCase()
{
    QFile log(m_logDir + QStringLiteral("/kontor-cli.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(SandboxSecret));
    QVERIFY(!text.contains(WrongSecret));
    QVERIFY(!text.contains(QUrl::toPercentEncoding(Secret)));
}

ProcessResult TestCli::cli(const QString& configDir, const QStringList& args, const QByteArray& input,
                           const QStringList& env)
{
    QStringList all{QStringLiteral("--config-dir"), configDir};
    all += args;
    const ProcessResult r = runProcess(QStringLiteral(KONTOR_CLI_BIN), all, input,
                                       QStringList{QStringLiteral("KONTOR_LOG_DIR=") + m_logDir} + env, 30'000);
    for (const QByteArray& secret : {QByteArray(SandboxSecret), QByteArray(WrongSecret),
                                     QUrl::toPercentEncoding(Secret), QUrl::toPercentEncoding(Wrong)}) {
        if (r.out.contains(secret) || r.err.contains(secret))
            m_leaks << QStringLiteral("secret printed by: kontor-cli %1").arg(args.join(QLatin1Char(' ')));
    }
    if (!r.finished)
        m_leaks << QStringLiteral("did not finish: kontor-cli %1").arg(args.join(QLatin1Char(' ')));
    return r;
}

ProcessResult TestCli::addProfile(const QString& configDir, const QString& name, const Setup& setup,
                                  const QString& secret, const SandboxProcess* sandbox, const QStringList& env)
{
    const SandboxProcess& sb = sandbox ? *sandbox : m_sandbox;
    QStringList args = words("profile add");
    args << name << QStringLiteral("--service") << setup.service << QStringLiteral("--url") << sb.url(setup.service)
         << QStringLiteral("--secret-stdin");
    if (setup.service == QLatin1String("htk") || setup.service == QLatin1String("printlounge"))
        args << QStringLiteral("--user") << User;
    if (!setup.format.isEmpty())
        args << QStringLiteral("--format") << setup.format;
    return cli(configDir, args, secret.toUtf8() + '\n', env);
}

QJsonObject TestCli::cliJson(const QString& configDir, const QStringList& args)
{
    const ProcessResult r = cli(configDir, QStringList{QStringLiteral("--json")} + args);
    if (r.exitCode != 0)
        qWarning("exit %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", r.out.constData());
    return r.exitCode == 0 ? doc.object() : QJsonObject();
}

QJsonArray TestCli::cliJsonArray(const QString& configDir, const QStringList& args)
{
    const ProcessResult r = cli(configDir, QStringList{QStringLiteral("--json")} + args);
    if (r.exitCode != 0)
        qWarning("exit %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    if (!doc.isArray())
        qWarning("not a JSON array: %s", r.out.left(2000).constData());
    return r.exitCode == 0 ? doc.array() : QJsonArray();
}

QByteArray TestCli::fetch(const QByteArray& method, const QUrl& url, const QByteArray& body,
                          const QByteArray& contentType, const QByteArray& authorization)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10'000))
        return {};
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QJsonValue TestCli::htkCall(const QString& function)
{
    const QString base = m_sandbox.url(QStringLiteral("htk"));
    const QJsonObject login{{QStringLiteral("apiuser"), User}, {QStringLiteral("apipass"), Secret}};
    const QJsonObject token =
        QJsonDocument::fromJson(fetch("POST", QUrl(base + QStringLiteral("/omniseller/Tokenrequest.php")),
                                      QJsonDocument(login).toJson(), "application/json"))
            .object();
    const QJsonObject call{
        {QStringLiteral("token"), token.value(QStringLiteral("token")).toObject().value(QStringLiteral("token"))},
        {QStringLiteral("function"), function},
        {QStringLiteral("data"), QString()}};
    return QJsonDocument::fromJson(fetch("POST", QUrl(base + QStringLiteral("/omniseller/HTKService4.php")),
                                         QJsonDocument(call).toJson(), "application/json"))
        .object()
        .value(QStringLiteral("data"));
}

void TestCli::version()
{
    const QString dir = makeTestDir(QStringLiteral("cli-version"));
    const ProcessResult text = cli(dir, words("--version"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith("kontor-cli "));
    QVERIFY(text.out.contains(KONTOR_VERSION_STRING));
    const ProcessResult json = cli(dir, words("--version --json"));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("kontor-cli"));
    const ProcessResult help = cli(dir, words("--help"));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("profile add NAME") && help.out.contains("Exit codes"));
}

void TestCli::usageErrors()
{
    const QString dir = makeTestDir(QStringLiteral("cli-usage"));
    const QList<QStringList> cases = {
        {},
        words("frobnicate"),
        words("--no-such-option profile list"),
        words("profile add x"), // no --service
        words("profile add x --service nosuch --url https://example.com/"),
        words("profile add x --service virtpos --url http://example.com/"), // plain http
        words("profile add x --service virtpos --url https://example.com/ --auth magic"),
        words("profile add x --service printlounge --url https://example.com/ --format xml"),
        words("profile show nobody"),
        words("orders list"),         // no profile at all
        words("orders list --url x"), // misplaced
        words("--secret-env KONTOR_TEST_UNSET_VARIABLE orders list --profile nobody"),
    };
    for (const QStringList& args : cases) {
        const ProcessResult r = cli(dir, args);
        QVERIFY2(r.exitCode == 2,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(r.exitCode)));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
    }
    // The plain-http refusal names the way out; nothing was saved by any of the above.
    const ProcessResult http = cli(dir, cases.at(5));
    QVERIFY(http.err.contains("--allow-insecure-http"));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/profiles.json")));

    // Two profiles: a read command must be told which.
    QCOMPARE(addProfile(dir, QStringLiteral("a"), {QStringLiteral("virtpos"), {}}, Secret).exitCode, 0);
    QCOMPARE(addProfile(dir, QStringLiteral("b"), {QStringLiteral("virtpos"), {}}, Secret).exitCode, 0);
    QCOMPARE(cli(dir, words("orders list")).exitCode, 2);
    QCOMPARE(addProfile(dir, QStringLiteral("a"), {QStringLiteral("virtpos"), {}}, Secret).exitCode, 2);
    // --secret-env naming an empty variable is a usage error, not an authentication failure.
    const ProcessResult unset =
        cli(dir, words("--secret-env KONTOR_TEST_EMPTY profile test a"), {}, {QStringLiteral("KONTOR_TEST_EMPTY=")});
    QCOMPARE(unset.exitCode, 2);
    QVERIFY(unset.err.contains("KONTOR_TEST_EMPTY"));
}

void TestCli::jsonErrorShape()
{
    const QString dir = makeTestDir(QStringLiteral("cli-jsonerror"));
    const ProcessResult usage = cli(dir, words("--json frobnicate"));
    QCOMPARE(usage.exitCode, 2);
    const QJsonObject u = QJsonDocument::fromJson(usage.out).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(u.value(QStringLiteral("kind")).toString(), QStringLiteral("usage"));
    QVERIFY(!u.value(QStringLiteral("message")).toString().isEmpty());

    QCOMPARE(addProfile(dir, QStringLiteral("pl"), {QStringLiteral("printlounge"), {}}, Wrong).exitCode, 0);
    const ProcessResult auth = cli(dir, words("--json orders list"));
    QCOMPARE(auth.exitCode, 4);
    const QJsonObject doc = QJsonDocument::fromJson(auth.out).object();
    QCOMPARE(doc.keys(), QStringList{QStringLiteral("error")});
    const QJsonObject e = doc.value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("auth"));
    QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
}

static void addSetupRows()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("format");
    QTest::newRow("htk") << QStringLiteral("htk") << QString();
    QTest::newRow("printlounge") << QStringLiteral("printlounge") << QString();
    QTest::newRow("virtpos-json") << QStringLiteral("virtpos") << QStringLiteral("json");
    QTest::newRow("virtpos-xml") << QStringLiteral("virtpos") << QStringLiteral("xml");
    QTest::newRow("webshippy-json") << QStringLiteral("webshippy") << QStringLiteral("json");
    QTest::newRow("webshippy-xml") << QStringLiteral("webshippy") << QStringLiteral("xml");
}

void TestCli::addAndTest_data()
{
    addSetupRows();
}

void TestCli::addAndTest()
{
    QFETCH(QString, service);
    QFETCH(QString, format);
    const QString dir = makeTestDir(QStringLiteral("cli-add-") + service);
    const ProcessResult add = addProfile(dir, QStringLiteral("shop"), {service, format}, Secret);
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.err.isEmpty(), add.err.constData()); // the keychain took the secret: no warning
    const ProcessResult test = cli(dir, words("profile test shop"));
    QVERIFY2(test.exitCode == 0, test.err.constData());
    QVERIFY(test.out.contains("shop"));
    const QJsonObject json = cliJson(dir, words("profile test"));
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("service")).toString(), service);
}

void TestCli::wrongSecret_data()
{
    addSetupRows();
}

void TestCli::wrongSecret()
{
    QFETCH(QString, service);
    QFETCH(QString, format);
    const QString dir = makeTestDir(QStringLiteral("cli-wrong-") + service);
    QCOMPARE(addProfile(dir, QStringLiteral("shop"), {service, format}, Wrong).exitCode, 0);
    const ProcessResult test = cli(dir, words("profile test"));
    QCOMPARE(test.exitCode, 4);
    QVERIFY(test.out.isEmpty());
    const QString message = QString::fromUtf8(test.err).trimmed();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message)); // one plain sentence
    QVERIFY2(!message.contains(QLatin1Char('{')) && !message.contains(QLatin1Char('<')), qPrintable(message));
}

void TestCli::printloungeWrongPasswordAskedOnce()
{
    const QString dir = makeTestDir(QStringLiteral("cli-lockout"));
    QCOMPARE(addProfile(dir, QStringLiteral("pl"), {QStringLiteral("printlounge"), {}}, Wrong).exitCode, 0);
    for (const QString& verb : {QStringLiteral("profile test"), QStringLiteral("orders list")}) {
        QVERIFY(m_sandbox.resetCounters());
        QCOMPARE(cli(dir, verb.split(QLatin1Char(' '))).exitCode, 4);
        const QJsonObject requests = m_sandbox.counters()
                                         .value(QStringLiteral("printlounge"))
                                         .toObject()
                                         .value(QStringLiteral("requests"))
                                         .toObject();
        const QJsonObject expected{{QStringLiteral("GET /api/order/"), QJsonObject{{QStringLiteral("401"), 1}}}};
        QVERIFY2(requests == expected, QJsonDocument(requests).toJson().constData());
    }
}

void TestCli::categoriesList()
{
    const QString dir = makeTestDir(QStringLiteral("cli-categories"));
    QCOMPARE(addProfile(dir, QStringLiteral("htk"), {QStringLiteral("htk"), {}}, Secret).exitCode, 0);
    const QJsonObject doc = cliJson(dir, words("categories list"));
    QCOMPARE(doc.value(QStringLiteral("profile")).toString(), QStringLiteral("htk"));
    QCOMPARE(doc.value(QStringLiteral("service")).toString(), QStringLiteral("htk"));
    // Nested in `children` (tst_cli_lists checks the tree itself); here every served category, once, by id.
    QJsonArray printed;
    std::function<void(const QJsonArray&)> flatten = [&](const QJsonArray& level) {
        for (const QJsonValue& v : level) {
            printed.append(v);
            flatten(v.toObject().value(QStringLiteral("children")).toArray());
        }
    };
    flatten(doc.value(QStringLiteral("categories")).toArray());

    const QJsonArray served = htkCall(QStringLiteral("5")).toArray();
    QVERIFY(!served.isEmpty());
    QCOMPARE(printed.size(), served.size());
    QHash<QString, QString> printedNames;
    for (const QJsonValue& v : std::as_const(printed))
        printedNames.insert(v.toObject().value(QStringLiteral("id")).toString(),
                            v.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(printedNames.size(), served.size());
    QString allNames;
    for (int i = 0; i < served.size(); ++i) {
        const QJsonObject s = served.at(i).toObject();
        const QString id = leavesOf(s.value(QStringLiteral("ID"))).value(0);
        QVERIFY2(printedNames.contains(id), qPrintable(id));
        QCOMPARE(printedNames.value(id), s.value(QStringLiteral("Name")).toString());
        allNames += printedNames.value(id);
    }
    QVERIFY2(hasUmlaut(allNames), qPrintable(allNames));

    // The table for people carries the same names, UTF-8 intact.
    const ProcessResult text = cli(dir, words("categories list"));
    QCOMPARE(text.exitCode, 0);
    const QString table = QString::fromUtf8(text.out);
    for (const QJsonValue& s : served)
        QVERIFY(table.contains(s.toObject().value(QStringLiteral("Name")).toString()));
}

void TestCli::ordersList_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("format");
    QTest::newRow("printlounge") << QStringLiteral("printlounge") << QString();
    QTest::newRow("virtpos-json") << QStringLiteral("virtpos") << QStringLiteral("json");
    QTest::newRow("virtpos-xml") << QStringLiteral("virtpos") << QStringLiteral("xml");
    QTest::newRow("htk") << QStringLiteral("htk") << QString();
}

void TestCli::ordersList()
{
    QFETCH(QString, service);
    QFETCH(QString, format);
    const QString dir = makeTestDir(QStringLiteral("cli-orders-") + service);
    QCOMPARE(addProfile(dir, QStringLiteral("shop"), {service, format}, Secret).exitCode, 0);
    const QJsonArray printed = cliJsonArray(dir, words("orders list --limit 20"));
    QVERIFY(!printed.isEmpty());
    // The service's own field names (tst_cli_lists compares them with the documents field by field).
    const char* idKey = service == QLatin1String("htk") ? "ID" : "id";
    const char* numberKey = service == QLatin1String("printlounge") ? "orderCode"
                            : service == QLatin1String("htk")       ? "DisplayID"
                                                                    : "id";
    for (const QJsonValue& v : printed) {
        const QJsonObject o = v.toObject();
        for (const char* key : {idKey, numberKey})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    // What the sandbox serves, asked directly.
    QStringList served;
    const QString base = m_sandbox.url(service);
    if (service == QLatin1String("printlounge")) {
        const QByteArray basic = "Basic " + (User + QLatin1Char(':') + Secret).toUtf8().toBase64();
        // The server pages by id window, so a page may be short: the CLI prints exactly that page.
        const QJsonArray page =
            QJsonDocument::fromJson(fetch("GET", QUrl(base + QStringLiteral("/api/order/?limit=20")), {}, {}, basic))
                .array();
        QCOMPARE(printed.size(), page.size());
        for (int i = 0; i < page.size(); ++i)
            QCOMPARE(printed.at(i).toObject().value(QStringLiteral("orderCode")).toString(),
                     page.at(i).toObject().value(QStringLiteral("orderCode")).toString());
        served = leavesOf(page);
    } else if (service == QLatin1String("virtpos")) {
        QUrl url(base + QStringLiteral("/api/orders"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("apikey"), QString::fromLatin1(QUrl::toPercentEncoding(Secret)));
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
        url.setQuery(query);
        served = leavesOf(QJsonDocument::fromJson(fetch("GET", url)).object());
        QCOMPARE(printed.size(), 20); // the whole list comes at once; the client cuts the page
    } else {
        served = leavesOf(htkCall(QStringLiteral("12")));
        QCOMPARE(printed.size(), 20);
    }
    QVERIFY(!served.isEmpty());
    const QSet<QString> servedSet(served.begin(), served.end());
    QString everything;
    for (const QJsonValue& v : printed) {
        // Everything printed is what the server sent, unchanged (flags as the document writes them, 1 or 0).
        for (const QString& leaf : leavesOf(v))
            QVERIFY2(leaf.isEmpty() || servedSet.contains(leaf), qPrintable(leaf));
        everything += leavesOf(v).join(QLatin1Char(' '));
    }
    if (service == QLatin1String("virtpos"))
        QVERIFY2(hasCyrillic(everything), qPrintable(everything));
}

void TestCli::productsList()
{
    const QString dir = makeTestDir(QStringLiteral("cli-products"));
    QCOMPARE(addProfile(dir, QStringLiteral("json"), Setup{QStringLiteral("webshippy"), QStringLiteral("json")}, Secret)
                 .exitCode,
             0);
    QCOMPARE(addProfile(dir, QStringLiteral("xml"), Setup{QStringLiteral("webshippy"), QStringLiteral("xml")}, Secret)
                 .exitCode,
             0);
    const QStringList list = words("products list --limit 30");
    QJsonObject fromJson = cliJson(dir, list + words("--profile json"));
    QJsonObject fromXml = cliJson(dir, list + words("--profile xml"));
    const QJsonArray products = fromJson.value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 30);
    QCOMPARE(fromXml.value(QStringLiteral("products")).toArray(), products); // both formats, same data

    const QJsonObject request{{QStringLiteral("apiKey"), Secret},
                              {QStringLiteral("page"), 0},
                              {QStringLiteral("limit"), 30},
                              {QStringLiteral("filters"), QJsonObject()}};
    const QByteArray form = "request=" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(request).toJson()));
    const QJsonObject served =
        QJsonDocument::fromJson(
            fetch("POST", QUrl(m_sandbox.url(QStringLiteral("webshippy")) + QStringLiteral("/wspyapi/GetProduct/json")),
                  form, "application/x-www-form-urlencoded"))
            .object();
    const QJsonArray result = served.value(QStringLiteral("result")).toArray();
    QCOMPARE(result.size(), products.size());
    QString names;
    for (int i = 0; i < result.size(); ++i) {
        const QJsonObject s = result.at(i).toObject();
        const QJsonObject p = products.at(i).toObject();
        QCOMPARE(p.value(QStringLiteral("sku")).toString(), s.value(QStringLiteral("sku")).toString());
        QCOMPARE(p.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("productName")).toString());
        QCOMPARE(p.value(QStringLiteral("wspyId")).toString(), leavesOf(s.value(QStringLiteral("wspyId"))).value(0));
        names += p.value(QStringLiteral("name")).toString();
    }
    QVERIFY2(hasHungarian(names), qPrintable(names));

    // The text table: UTF-8 intact and the column after the names aligned, accents or not.
    const ProcessResult text = cli(dir, words("products list --profile xml --limit 30"));
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 31);
    const int variantColumn = static_cast<int>(lines.first().indexOf(QStringLiteral("VARIANT")));
    QVERIFY(variantColumn > 0);
    int checked = 0;
    for (int i = 0; i < products.size(); ++i) {
        const QJsonObject p = products.at(i).toObject();
        const QString row = lines.at(i + 1);
        const QString name = p.value(QStringLiteral("name")).toString();
        QVERIFY2(row.contains(name), qPrintable(row));
        const QString variant = p.value(QStringLiteral("variant")).toString();
        if (variant.isEmpty())
            continue;
        const qsizetype at = row.indexOf(variant, row.indexOf(name) + name.size());
        QCOMPARE(static_cast<int>(at), variantColumn); // data is precomposed: one code point, one column
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestCli::capabilityMismatch()
{
    const QString dir = makeTestDir(QStringLiteral("cli-mismatch"));
    QCOMPARE(addProfile(dir, QStringLiteral("x"), {QStringLiteral("webshippy"), {}}, Secret).exitCode, 0);
    const ProcessResult r = cli(dir, words("orders list"));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(
        QString::fromUtf8(r.err).trimmed(),
        QStringLiteral("The profile 'x' is a Webshippy profile. Webshippy does not offer \"Orders\". Try 'products "
                       "list' or 'transactions list'."));
    QCOMPARE(cli(dir, words("categories list")).exitCode, 2);
}

void TestCli::ordersUnderFaults()
{
    SandboxProcess faulty;
    QVERIFY(faulty.start(QStringList{QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret} +
                         words("--rate-drop 0.15 --rate-503 0.15")));
    const QString dir = makeTestDir(QStringLiteral("cli-faults"));
    QCOMPARE(addProfile(dir, QStringLiteral("pl"), {QStringLiteral("printlounge"), {}}, Secret, &faulty).exitCode, 0);
    QCOMPARE(addProfile(dir, QStringLiteral("vp"), {QStringLiteral("virtpos"), {}}, Secret, &faulty).exitCode, 0);
    for (int run = 0; run < 4; ++run) {
        for (const QString& profile : words("pl vp")) {
            const QJsonArray orders =
                cliJsonArray(dir, words("orders list --limit 10") + QStringList{QStringLiteral("--profile"), profile});
            QVERIFY(!orders.isEmpty());
        }
    }
    // The faults did happen: the retries are what carried the runs.
    const QByteArray counters = QJsonDocument(faulty.counters()).toJson(QJsonDocument::Compact);
    QVERIFY2(counters.contains("\"503\""), counters.constData());
}

void TestCli::noKeychain()
{
    const QString dir = makeTestDir(QStringLiteral("cli-nokeychain"));
    const QStringList noBus{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")};
    const ProcessResult add =
        addProfile(dir, QStringLiteral("vp"), {QStringLiteral("virtpos"), {}}, Secret, nullptr, noBus);
    // The profile is saved, its secret is not (there is no keychain to keep it): partly done, and why.
    QCOMPARE(add.exitCode, 3);
    QVERIFY2(add.err.contains("no system keychain"), add.err.constData());
    QVERIFY2(add.err.contains("--secret-env"), add.err.constData());
    QVERIFY(QFile::exists(dir + QStringLiteral("/profiles.json")));

    const QStringList withEnv = noBus + QStringList{QStringLiteral("KONTOR_TEST_SECRET=") + Secret};
    const ProcessResult ok = cli(dir, words("--secret-env KONTOR_TEST_SECRET profile test vp"), {}, withEnv);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    const ProcessResult none = cli(dir, words("profile test vp"), {}, noBus);
    QCOMPARE(none.exitCode, 4);
    QVERIFY(none.err.contains("--secret-env"));
    const ProcessResult json = cli(dir,
                                   words("--json profile add vp2 --service virtpos --secret-stdin --url") +
                                       QStringList{m_sandbox.url(QStringLiteral("virtpos"))},
                                   Secret.toUtf8() + '\n', noBus);
    QCOMPARE(json.exitCode, 3);
    const QJsonObject added = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(added.value(QStringLiteral("saved")).toBool(), true);
    QCOMPARE(added.value(QStringLiteral("secretStored")).toBool(true), false);
    QCOMPARE(added.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("keychain-absent"));
    // set-secret without a keychain stores nothing: a failure, with the reason.
    const ProcessResult set = cli(dir, words("profile set-secret vp"), Secret.toUtf8() + '\n', noBus);
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains("no system keychain"), set.err.constData());
}

void TestCli::showAndListNeverPrintTheSecret()
{
    const QString dir = makeTestDir(QStringLiteral("cli-show"));
    QCOMPARE(addProfile(dir, QStringLiteral("vp"), {QStringLiteral("virtpos"), {}}, Secret).exitCode, 0);
    const ProcessResult show = cli(dir, words("profile show vp"));
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("stored in the keychain"));
    const QJsonObject json = cliJson(dir, words("profile show vp"));
    QCOMPARE(json.value(QStringLiteral("secret")).toString(), QStringLiteral("stored"));
    const ProcessResult list = cli(dir, words("profile list"));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("vp"));
    const QJsonObject listed = cliJson(dir, words("profile list"));
    QCOMPARE(listed.value(QStringLiteral("profiles")).toArray().size(), 1);
    // cli() records any secret in stdout or stderr; profiles.json must not hold it either.
    QFile file(dir + QStringLiteral("/profiles.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(SandboxSecret));
}

void TestCli::removeDeletesKeychainEntry()
{
    const QString dir = makeTestDir(QStringLiteral("cli-remove"));
    QCOMPARE(addProfile(dir, QStringLiteral("vp"), {QStringLiteral("virtpos"), {}}, Secret).exitCode, 0);
    QFile file(dir + QStringLiteral("/profiles.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QCOMPARE(cliJson(dir, words("profile show vp")).value(QStringLiteral("secret")).toString(),
             QStringLiteral("stored"));

    const ProcessResult removed = cli(dir, words("profile remove vp"));
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(cli(dir, words("profile show vp")).exitCode, 2);

    // Put the very same profile (same id, so the same keychain key) back: its secret must be gone.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(before);
    file.close();
    const ProcessResult show = cli(dir, words("profile show vp"));
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains("no secret stored"), show.out.constData());
    const ProcessResult missing = cli(dir, words("profile test"));
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.err.contains("profile set-secret vp"));
    // Following that advice brings the profile back to life.
    QCOMPARE(cli(dir, words("profile set-secret vp"), Secret.toUtf8() + '\n').exitCode, 0);
    QCOMPARE(cli(dir, words("profile test")).exitCode, 0);
}

// A profile's own proxy: --proxy on add, set-proxy later; show prints it (text and JSON), profiles.json keeps it,
// and a text that is no proxy (or asks for the system's, or carries a password) is a usage error saying how.
void TestCli::profileProxy()
{
    const QString dir = makeTestDir(QStringLiteral("cli-proxy"));
    const auto storedProxy = [&dir]() -> QJsonValue {
        QFile file(dir + QStringLiteral("/profiles.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonValue::Undefined;
        const QJsonArray profiles =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("profiles")).toArray();
        return profiles.size() == 1 ? profiles.first().toObject().value(QStringLiteral("proxy")) : QJsonValue();
    };
    const QStringList add{QStringLiteral("profile"),
                          QStringLiteral("add"),
                          QStringLiteral("shop"),
                          QStringLiteral("--service"),
                          QStringLiteral("virtpos"),
                          QStringLiteral("--url"),
                          m_sandbox.url(QStringLiteral("virtpos"))};

    // A --proxy that is none of the forms: nothing is saved.
    const ProcessResult badAdd = cli(dir, add + words("--proxy socks4://proxy.example:1080"));
    QCOMPARE(badAdd.exitCode, 2);
    QVERIFY2(badAdd.err.contains("http://proxy.example.com:3128"), badAdd.err.constData());
    QVERIFY(!QFile::exists(dir + QStringLiteral("/profiles.json")));

    QCOMPARE(cli(dir, add + words("--proxy none")).exitCode, 0);
    QCOMPARE(cliJson(dir, words("profile show shop")).value(QStringLiteral("proxy")).toString(),
             QStringLiteral("none"));
    QCOMPARE(storedProxy().toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("none"));

    const ProcessResult set = cli(dir, words("profile set-proxy shop http://proxy.example:3128"));
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.out.contains("http://proxy.example:3128"), set.out.constData());
    QCOMPARE(cliJson(dir, words("profile show shop")).value(QStringLiteral("proxy")).toString(),
             QStringLiteral("http://proxy.example:3128"));
    const ProcessResult shown = cli(dir, words("profile show shop"));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("Proxy:") && shown.out.contains("http://proxy.example:3128"), shown.out.constData());
    const QJsonObject stored = storedProxy().toObject();
    QCOMPARE(stored.value(QStringLiteral("mode")).toString(), QStringLiteral("manual"));
    QCOMPARE(stored.value(QStringLiteral("type")).toString(), QStringLiteral("http"));
    QCOMPARE(stored.value(QStringLiteral("host")).toString(), QStringLiteral("proxy.example"));
    QCOMPARE(stored.value(QStringLiteral("port")).toInt(), 3128);
    QVERIFY(!stored.contains(QStringLiteral("user")));

    // Refused, each a usage error that shows the way; the stored proxy stays as it was.
    const char* refused[] = {
        "profile set-proxy shop bogus://x",
        "profile set-proxy shop system", // the application's choice, not a profile's
        "profile set-proxy shop http://proxy.example:0",
        "profile set-proxy shop http://proxy.example:3128/some/path",
        "profile set-proxy shop",
        "profile set-proxy nobody none",
    };
    for (const char* line : refused) {
        const ProcessResult r = cli(dir, words(line));
        QVERIFY2(r.exitCode == 2, line);
        QVERIFY2(!r.err.trimmed().isEmpty(), line);
    }
    const ProcessResult bogus = cli(dir, words("profile set-proxy shop bogus://x"));
    QVERIFY2(bogus.err.contains("bogus://x") && bogus.err.contains("http://proxy.example.com:3128"),
             bogus.err.constData());
    const QJsonObject bogusJson =
        QJsonDocument::fromJson(cli(dir, words("--json profile set-proxy shop bogus://x")).out).object();
    QCOMPARE(bogusJson.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("usage"));
    // A password on the command line is refused and not repeated.
    const ProcessResult password = cli(dir, words("profile set-proxy shop http://anna:Pr0xyPa55@proxy.example:3128"));
    QCOMPARE(password.exitCode, 2);
    QVERIFY(!password.err.contains("Pr0xyPa55") && !password.out.contains("Pr0xyPa55"));
    QCOMPARE(storedProxy().toObject(), stored);

    // A user name and SOCKS5; then back to the application's setting, which profiles.json writes as nothing.
    QCOMPARE(cli(dir, words("profile set-proxy shop socks5://anna@10.1.2.3:1080")).exitCode, 0);
    QCOMPARE(cliJson(dir, words("profile show shop")).value(QStringLiteral("proxy")).toString(),
             QStringLiteral("socks5://anna@10.1.2.3:1080"));
    QCOMPARE(storedProxy().toObject().value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
    QCOMPARE(cli(dir, words("profile set-proxy shop direct")).exitCode, 0);
    QCOMPARE(storedProxy().toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("none"));
    QCOMPARE(cli(dir, words("profile set-proxy shop app")).exitCode, 0);
    QVERIFY(storedProxy().isUndefined());
    QCOMPARE(cliJson(dir, words("profile show shop")).value(QStringLiteral("proxy")).toString(), QStringLiteral("app"));
    const ProcessResult help = cli(dir, words("help profile set-proxy"));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("socks5://"));
}

// What set-proxy stores is what the next run uses: through a forwarding proxy on loopback, failing on a proxy
// that is not there, and direct again with "none".
void TestCli::profileProxyCarriesTheRequests()
{
    const QString dir = makeTestDir(QStringLiteral("cli-proxy-route"));
    TestProxy proxy;
    QVERIFY(proxy.isListening());
    QCOMPARE(addProfile(dir, QStringLiteral("shop"), {QStringLiteral("virtpos"), {}}, Secret).exitCode, 0);
    QCOMPARE(cli(dir, {QStringLiteral("profile"), QStringLiteral("set-proxy"), QStringLiteral("shop"),
                       QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())})
                 .exitCode,
             0);
    const ProcessResult through = cli(dir, words("profile test shop"));
    QVERIFY2(through.exitCode == 0, through.err.constData());
    QVERIFY(proxy.requests() >= 1);
    QVERIFY(proxy.heads().first().startsWith("GET http://127.0.0.1:"));

    // Port 1 on loopback: nobody listens, so the profile's requests cannot get out.
    QCOMPARE(cli(dir, words("profile set-proxy shop http://127.0.0.1:1")).exitCode, 0);
    const ProcessResult blocked = cli(dir, words("profile test shop"));
    QVERIFY2(blocked.exitCode == 1, blocked.err.constData());

    const int seen = proxy.requests();
    QCOMPARE(cli(dir, words("profile set-proxy shop none")).exitCode, 0);
    const ProcessResult direct = cli(dir, words("profile test shop"));
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
    QCOMPARE(proxy.requests(), seen);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
