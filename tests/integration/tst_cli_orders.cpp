// kontor-cli's order writes against the sandbox as a real HTTP server: a status change reaches the shop by
// the profile's method, is read back, and leaves one history row (audit list) with the old and new status;
// a change the shop refuses leaves a row with the shop's reason; a mistake on the command line sends nothing
// and records nothing. Status names set per profile show in the text output, never in --json.

#include "TestEnv.h"
#include "TestSecrets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace kontor::test;

namespace {
const QString Secret = QString::fromUtf8(SandboxSecret);
const QString User = QString::fromUtf8(SandboxUser);

QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestCliOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusChangeIsSentReadBackAndRecorded();
    void refusedChangeIsRecordedWithTheShopsReason();
    void mistakesSendAndRecordNothing();
    void statusNamesAreThePersonsWords();
    void everyPageUnderFaultsOnceEach();
    void showDecodesEveryItemTypeAnUndocumentedOneIncluded();
    void filtersReachTheServerAndMisfitsAreUsageErrors();

private:
    ProcessResult cli(const QStringList& args, const QByteArray& input = {});
    QJsonObject json(const QStringList& args);
    QJsonArray orders(const QStringList& args); // orders list --json: the orders under Printlounge's names
    QString firstOrderCode();
    QJsonArray history();
    int statusChanges();

    SandboxProcess m_sandbox;
    QString m_config;
    QString m_data;
    QStringList m_leaks;
};

void TestCliOrders::initTestCase()
{
    QVERIFY(m_sandbox.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret}));
}

void TestCliOrders::init()
{
    m_config = makeTestDir(QStringLiteral("cli-orders-config"));
    m_data = makeTestDir(QStringLiteral("cli-orders-data")); // a history of this test's own
    const ProcessResult added =
        cli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("shop"),
                        QStringLiteral("--service"), QStringLiteral("printlounge"), QStringLiteral("--url"),
                        m_sandbox.url(QStringLiteral("printlounge")), QStringLiteral("--user"), User,
                        QStringLiteral("--secret-stdin")},
            Secret.toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
    QVERIFY(m_sandbox.resetCounters());
}

void TestCliOrders::cleanup()
{
    const QStringList leaks = std::exchange(m_leaks, {});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

ProcessResult TestCliOrders::cli(const QStringList& args, const QByteArray& input)
{
    const ProcessResult r =
        runProcess(QStringLiteral(KONTOR_CLI_BIN), QStringList{QStringLiteral("--config-dir"), m_config} + args, input,
                   {QStringLiteral("KONTOR_DATA_DIR=") + m_data}, 150'000);
    if (r.out.contains(SandboxSecret) || r.err.contains(SandboxSecret))
        m_leaks << QStringLiteral("secret printed by: kontor-cli %1").arg(args.join(QLatin1Char(' ')));
    if (!r.finished)
        m_leaks << QStringLiteral("did not finish: kontor-cli %1\n%2")
                       .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(r.err.right(6000)));
    return r;
}

QJsonObject TestCliOrders::json(const QStringList& args)
{
    const ProcessResult r = cli(QStringList{QStringLiteral("--json")} + args);
    if (r.exitCode != 0)
        qWarning("exit %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray TestCliOrders::orders(const QStringList& args)
{
    const ProcessResult r = cli(QStringList{QStringLiteral("--json")} + args);
    if (r.exitCode != 0)
        qWarning("exit %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

QString TestCliOrders::firstOrderCode()
{
    return orders(words("orders list --limit 5")).first().toObject().value(QStringLiteral("orderCode")).toString();
}

QJsonArray TestCliOrders::history()
{
    return json(words("audit list")).value(QStringLiteral("entries")).toArray();
}

int TestCliOrders::statusChanges()
{
    return m_sandbox.counters()
        .value(QStringLiteral("printlounge"))
        .toObject()
        .value(QStringLiteral("statusChanges"))
        .toInt(-1);
}

void TestCliOrders::statusChangeIsSentReadBackAndRecorded()
{
    const QString code = firstOrderCode();
    QVERIFY(!code.isEmpty());
    const ProcessResult r =
        cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"), code, QStringLiteral("62")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(code.toUtf8()) && r.out.contains("62"), r.out.constData());
    QCOMPARE(statusChanges(), 1);

    // The shop now says 62 for that order (read with plain HTTP, not through Kontor).
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_sandbox.url(QStringLiteral("printlounge")) + QStringLiteral("/api/order/") + code));
    request.setRawHeader("Authorization", "Basic " + (User + QLatin1Char(':') + Secret).toUtf8().toBase64());
    QNetworkReply* reply = nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("order_status")).toVariant().toString(),
        QStringLiteral("62"));
    delete reply;

    // By PATCH when asked; the sandbox counts the method it received.
    QCOMPARE(cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"), code, QStringLiteral("137"),
                             QStringLiteral("--method"), QStringLiteral("patch")})
                 .exitCode,
             0);
    const QJsonObject requests = m_sandbox.counters()
                                     .value(QStringLiteral("printlounge"))
                                     .toObject()
                                     .value(QStringLiteral("requests"))
                                     .toObject();
    bool sawPut = false;
    bool sawPatch = false;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        sawPut = sawPut || it.key().startsWith(QLatin1String("PUT "));
        sawPatch = sawPatch || it.key().startsWith(QLatin1String("PATCH "));
    }
    QVERIFY2(sawPut && sawPatch, QJsonDocument(requests).toJson().constData());

    const QJsonArray rows = history();
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("order.status"));
    QCOMPARE(first.value(QStringLiteral("target")).toString(), code);
    QCOMPARE(first.value(QStringLiteral("newValue")).toString(), QStringLiteral("62"));
    QVERIFY(!first.value(QStringLiteral("oldValue")).toString().isEmpty());
    QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(first.value(QStringLiteral("profile")).toString(), QStringLiteral("shop"));
    const QJsonObject second = rows.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("oldValue")).toString(), QStringLiteral("62"));
    QCOMPARE(second.value(QStringLiteral("fields")).toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("PATCH"));

    // --since: today's rows are there, none before 2000... and none after tomorrow.
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QCOMPARE(json(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), tomorrow})
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
             0);
    // The history file holds no secret.
    QFile db(m_data + QStringLiteral("/audit.sqlite"));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(SandboxSecret));
}

void TestCliOrders::refusedChangeIsRecordedWithTheShopsReason()
{
    const QString code = firstOrderCode();
    // The sandbox refuses codes above 9999 with 400 and its own sentence, as a shop would.
    const ProcessResult r =
        cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"), code, QStringLiteral("123456")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("order_status must be an integer status code"), r.err.constData());
    QCOMPARE(statusChanges(), 0);
    const QJsonArray rows = history();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QVERIFY(rows.at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("order_status must be an integer status code")));
}

void TestCliOrders::mistakesSendAndRecordNothing()
{
    const QString code = firstOrderCode();
    QCOMPARE(
        cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"), code, QStringLiteral("abc")}).exitCode,
        2);
    QCOMPARE(cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"), code}).exitCode, 2);
    QCOMPARE(cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"), code, QStringLiteral("61"),
                             QStringLiteral("--method"), QStringLiteral("post")})
                 .exitCode,
             2);
    // An order the shop does not know: said so, nothing changed, nothing recorded.
    const ProcessResult unknown = cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"),
                                                  QStringLiteral("NOPE-1"), QStringLiteral("61")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("NOPE-1"), unknown.err.constData());
    QCOMPARE(statusChanges(), 0);
    QCOMPARE(history().size(), 0);
    QCOMPARE(cli(words("audit list --since yesterday")).exitCode, 2);
}

void TestCliOrders::statusNamesAreThePersonsWords()
{
    const QString code = firstOrderCode();
    QCOMPARE(
        cli(QStringList{QStringLiteral("orders"), QStringLiteral("set-status"), code, QStringLiteral("61")}).exitCode,
        0);
    QCOMPARE(cli(QStringList{QStringLiteral("profile"), QStringLiteral("set-status-name"), QStringLiteral("shop"),
                             QStringLiteral("61"), QStringLiteral("In Bearbeitung")})
                 .exitCode,
             0);
    const ProcessResult text = cli(words("orders list --limit 5"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("In Bearbeitung (61)"), text.out.constData());
    // --json keeps the code: a script must not depend on what a person typed.
    const QJsonArray listed = orders(words("orders list --limit 5"));
    QCOMPARE(listed.first().toObject().value(QStringLiteral("orderStatus")).toString(), QStringLiteral("61"));
    const QJsonObject shown = json(words("profile show shop"));
    QCOMPARE(shown.value(QStringLiteral("statusNames")).toObject().value(QStringLiteral("61")).toString(),
             QStringLiteral("In Bearbeitung"));
    // An empty name removes it again.
    QCOMPARE(cli(QStringList{QStringLiteral("profile"), QStringLiteral("set-status-name"), QStringLiteral("shop"),
                             QStringLiteral("61"), QString()})
                 .exitCode,
             0);
    QVERIFY(!cli(words("orders list --limit 5")).out.contains("In Bearbeitung"));
}

void TestCliOrders::everyPageUnderFaultsOnceEach()
{
    // 3,000 orders, pages clamped to 40 rows, 10% 503 pages, 5% dropped connections, 5% truncated bodies.
    SandboxProcess faulty;
    QVERIFY(
        faulty.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret, QStringLiteral("--orders"),
                      QStringLiteral("3000"), QStringLiteral("--page-clamp"), QStringLiteral("40"),
                      QStringLiteral("--rate-503"), QStringLiteral("0.1"), QStringLiteral("--rate-drop"),
                      QStringLiteral("0.05"), QStringLiteral("--rate-truncate"), QStringLiteral("0.05")}));
    // The same shop without faults (same seed, same data), read with plain HTTP: the ids to expect.
    SandboxProcess clean;
    QVERIFY(clean.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret, QStringLiteral("--orders"),
                         QStringLiteral("3000")}));
    QSet<QString> expected;
    {
        QNetworkAccessManager nam;
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            QString url = clean.url(QStringLiteral("printlounge")) + QStringLiteral("/api/order/?limit=100");
            if (!cursor.isEmpty())
                url += QStringLiteral("&lastSeenId=") + cursor;
            QNetworkRequest request{QUrl(url)};
            request.setRawHeader("Authorization", "Basic " + (User + QLatin1Char(':') + Secret).toUtf8().toBase64());
            QNetworkReply* reply = nam.get(request);
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
            const QJsonArray rows = QJsonDocument::fromJson(reply->readAll()).array();
            delete reply;
            if (rows.isEmpty())
                break;
            for (const QJsonValue& row : rows) {
                const QString id = row.toObject().value(QStringLiteral("id")).toVariant().toString();
                expected.insert(id);
                cursor = id; // newest first: the last one is the smallest
            }
        }
    }
    QCOMPARE(expected.size(), 3000);

    const QString config = makeTestDir(QStringLiteral("cli-orders-faulty"));
    const ProcessResult added = runProcess(
        QStringLiteral(KONTOR_CLI_BIN),
        {QStringLiteral("--config-dir"), config, QStringLiteral("profile"), QStringLiteral("add"),
         QStringLiteral("shop"), QStringLiteral("--service"), QStringLiteral("printlounge"), QStringLiteral("--url"),
         faulty.url(QStringLiteral("printlounge")), QStringLiteral("--user"), User, QStringLiteral("--secret-stdin")},
        Secret.toUtf8() + '\n', {QStringLiteral("KONTOR_DATA_DIR=") + m_data});
    QCOMPARE(added.exitCode, 0);
    const ProcessResult r = runProcess(QStringLiteral(KONTOR_CLI_BIN),
                                       {QStringLiteral("--config-dir"), config, QStringLiteral("--json"),
                                        QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--all"),
                                        QStringLiteral("--page-size"), QStringLiteral("100")},
                                       {}, {QStringLiteral("KONTOR_DATA_DIR=") + m_data}, 280'000);
    QVERIFY2(r.finished, r.err.right(4000).constData());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(r.out).array();
    QStringList got;
    for (const QJsonValue& o : listed)
        got << o.toObject().value(QStringLiteral("id")).toString();
    const QSet<QString> unique(got.cbegin(), got.cend());
    QCOMPARE(got.size(), unique.size()); // once each
    QCOMPARE(unique, expected);          // exactly the shop's ids
    // The faults did happen: the sandbox answered some requests with 503.
    const QJsonObject requests =
        faulty.counters().value(QStringLiteral("printlounge")).toObject().value(QStringLiteral("requests")).toObject();
    QVERIFY2(QJsonDocument(requests).toJson().contains("\"503\""), QJsonDocument(requests).toJson().constData());
}

void TestCliOrders::showDecodesEveryItemTypeAnUndocumentedOneIncluded()
{
    const QJsonArray listed = orders(words("orders list --all --limit 40"));
    QVERIFY(listed.size() >= 20);
    bool sawUnknown = false;
    QSet<QString> typesSeen;
    for (const QJsonValue& o : listed) {
        const QString code = o.toObject().value(QStringLiteral("orderCode")).toString();
        const QJsonObject shown = json(QStringList{QStringLiteral("orders"), QStringLiteral("show"), code});
        QCOMPARE(shown.value(QStringLiteral("order")).toObject().value(QStringLiteral("order_code")).toString(), code);
        const QJsonArray items = shown.value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const QString type = item.value(QStringLiteral("type")).toString();
            const QString name = item.value(QStringLiteral("typeName")).toString();
            QVERIFY2(!type.isEmpty() && !name.isEmpty() && name != type, qPrintable(type + QLatin1Char('/') + name));
            typesSeen.insert(type);
            if (name == QStringLiteral("Unknown (%1)").arg(type))
                sawUnknown = true; // an undocumented code stays visible, with its number
        }
        if (sawUnknown && typesSeen.size() >= 5)
            break;
    }
    QVERIFY(sawUnknown);
    QVERIFY2(typesSeen.size() >= 5, qPrintable(QStringList(typesSeen.cbegin(), typesSeen.cend()).join(u',')));
    // In text, the type in words; a code the shop does not know is a usage-free failure naming it.
    const QString first = listed.first().toObject().value(QStringLiteral("orderCode")).toString();
    const ProcessResult text = cli(QStringList{QStringLiteral("orders"), QStringLiteral("show"), first});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Shipping"), text.out.constData());
    const ProcessResult missing =
        cli(QStringList{QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("NOPE-9")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("NOPE-9"), missing.err.constData());
    QCOMPARE(cli(words("orders show")).exitCode, 2);
}

void TestCliOrders::filtersReachTheServerAndMisfitsAreUsageErrors()
{
    // Printlounge: only orders with the asked order status come back, over every page.
    const QJsonArray all = orders(words("orders list --all"));
    QVERIFY(all.size() > 100);
    const QString wanted = all.first().toObject().value(QStringLiteral("orderStatus")).toString();
    int expectedCount = 0;
    for (const QJsonValue& o : all)
        expectedCount += o.toObject().value(QStringLiteral("orderStatus")).toString() == wanted ? 1 : 0;
    const QJsonArray filtered = orders(QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                                                   QStringLiteral("--all"), QStringLiteral("--order-status"), wanted});
    QCOMPARE(filtered.size(), expectedCount);
    for (const QJsonValue& o : filtered)
        QCOMPARE(o.toObject().value(QStringLiteral("orderStatus")).toString(), wanted);
    // --limit caps --all.
    QCOMPARE(orders(words("orders list --all --limit 7")).size(), 7);

    QCOMPARE(cli(words("orders list --days 3")).exitCode, 2); // a VirtualPOS filter on a Printlounge profile
    QCOMPARE(cli(words("orders list --paid yes")).exitCode, 2);
    QCOMPARE(cli(words("orders list --page-size 0")).exitCode, 2);
    QCOMPARE(cli(words("orders list --order-status x")).exitCode, 2);
    QCOMPARE(cli(words("products list --all")).exitCode, 2); // --all belongs to orders list
}

QTEST_GUILESS_MAIN(TestCliOrders)
#include "tst_cli_orders.moc"
