// kontor-cli's help and its list outputs, the real executable against the real sandbox over loopback:
// - help per command (`help COMMAND`, `COMMAND --help`) shows that command's options and no other's, every
//   command of the overview has one, and every option a help lists is one the parser takes for that command;
// - `orders list --csv FILE` writes the table's rows as RFC 4180 CSV with a BOM, atomically, and fails naming
//   the file (before anything is read) when it cannot be written;
// - `orders list --json` is an array of the orders under the service's own field names, as the vendor
//   documents name them (/work/shared/api-docs: 000 htk, 001 printlounge, 002 virtpos);
// - `categories list` is the category tree: indented text with active/inactive in words, nested JSON.

#include "TestEnv.h"
#include "TestSecrets.h"

#include <QDir>
#include <QFile>
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
#include <functional>

using namespace kontor::test;

namespace {

const QString Secret = QString::fromUtf8(SandboxSecret);
const QString User = QString::fromUtf8(SandboxUser);

QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A JSON scalar as the text the CLI prints for it (numbers without a fraction as integers, null as "").
QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return v.toVariant().toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QSet<QString> keysOf(const QJsonObject& o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

// RFC 4180 records: quoted fields may hold commas, quotes ("" for one) and line breaks; records end in CRLF.
QList<QStringList> parseCsv(const QString& data, bool* wellFormed)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < data.size() && data.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= data.size() || data.at(i + 1) != QLatin1Char('\n'))
                *wellFormed = false;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            *wellFormed = false; // a bare LF between records, or a quote inside an unquoted field
            field += c;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *wellFormed = false; // the last record lacks its CRLF
    return records;
}

} // namespace

class TestCliLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void overviewListsEveryCommandAndPointsToCommandHelp();
    void helpPerCommandShowsItsOwnOptionsOnly();
    void everyOptionInAHelpIsTakenByItsCommand();
    void unknownCommandHelpIsAUsageError();
    void csvHasBomHeaderQuotingAndEveryRow();
    void csvThatCannotBeWrittenNamesTheFileAndReadsNothing();
    void jsonPrintloungeUsesTheWireNames();
    void jsonVirtposUsesTheWireNames_data();
    void jsonVirtposUsesTheWireNames();
    void jsonHtkUsesTheWireNames();
    void categoriesAsATree();

private:
    ProcessResult cli(const QString& config, const QStringList& args, const QByteArray& input = {});
    QJsonDocument json(const QString& config, const QStringList& args);
    QString profileDir(const QString& service, const QString& format = {});
    QByteArray fetch(const QUrl& url, const QByteArray& method = "GET", const QByteArray& body = {},
                     const QByteArray& authorization = {});
    QJsonArray printloungePage(const QString& query);
    QJsonArray printloungeAll();
    QJsonValue htkCall(const QString& function);

    SandboxProcess m_sandbox;
    QStringList m_problems;
};

void TestCliLists::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(KONTOR_CLI_BIN)), KONTOR_CLI_BIN);
    QVERIFY(m_sandbox.start({QStringLiteral("--user"), User, QStringLiteral("--secret"), Secret}));
}

void TestCliLists::cleanup()
{
    const QStringList problems = std::exchange(m_problems, {});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

ProcessResult TestCliLists::cli(const QString& config, const QStringList& args, const QByteArray& input)
{
    const ProcessResult r =
        runProcess(QStringLiteral(KONTOR_CLI_BIN), QStringList{QStringLiteral("--config-dir"), config} + args, input,
                   {QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANG=C.UTF-8")}, 60'000);
    if (r.out.contains(SandboxSecret) || r.err.contains(SandboxSecret))
        m_problems << QStringLiteral("secret printed by: kontor-cli %1").arg(args.join(QLatin1Char(' ')));
    if (!r.finished)
        m_problems << QStringLiteral("did not finish: kontor-cli %1").arg(args.join(QLatin1Char(' ')));
    return r;
}

QJsonDocument TestCliLists::json(const QString& config, const QStringList& args)
{
    const ProcessResult r = cli(config, QStringList{QStringLiteral("--json")} + args);
    if (r.exitCode != 0)
        m_problems
            << QStringLiteral("exit %1: %2 %3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        m_problems << QStringLiteral("not JSON: %1").arg(QString::fromUtf8(r.out.left(2000)));
    return doc;
}

QString TestCliLists::profileDir(const QString& service, const QString& format)
{
    const QString dir = makeTestDir(QStringLiteral("cli-lists-") + service + format);
    QStringList args{QStringLiteral("profile"),
                     QStringLiteral("add"),
                     QStringLiteral("shop"),
                     QStringLiteral("--service"),
                     service,
                     QStringLiteral("--url"),
                     m_sandbox.url(service),
                     QStringLiteral("--secret-stdin")};
    if (service == QLatin1String("htk") || service == QLatin1String("printlounge"))
        args << QStringLiteral("--user") << User;
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;
    const ProcessResult r = cli(dir, args, Secret.toUtf8() + '\n');
    if (r.exitCode != 0)
        m_problems << QStringLiteral("profile add failed: %1").arg(QString::fromUtf8(r.err));
    return dir;
}

QByteArray TestCliLists::fetch(const QUrl& url, const QByteArray& method, const QByteArray& body,
                               const QByteArray& authorization)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
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

QJsonArray TestCliLists::printloungePage(const QString& query)
{
    const QByteArray basic = "Basic " + (User + QLatin1Char(':') + Secret).toUtf8().toBase64();
    return QJsonDocument::fromJson(
               fetch(QUrl(m_sandbox.url(QStringLiteral("printlounge")) + QStringLiteral("/api/order/?") + query), "GET",
                     {}, basic))
        .array();
}

// Every order the shop has, read page by page with plain HTTP (no Kontor code involved).
QJsonArray TestCliLists::printloungeAll()
{
    QJsonArray all;
    QString cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const QJsonArray rows = printloungePage(
            QStringLiteral("limit=100") + (cursor.isEmpty() ? QString() : QStringLiteral("&lastSeenId=") + cursor));
        if (rows.isEmpty())
            break;
        for (const QJsonValue& row : rows) {
            all.append(row);
            cursor = text(row.toObject().value(QStringLiteral("id"))); // newest first: the last is the smallest
        }
    }
    return all;
}

QJsonValue TestCliLists::htkCall(const QString& function)
{
    const QString base = m_sandbox.url(QStringLiteral("htk"));
    const QJsonObject login{{QStringLiteral("apiuser"), User}, {QStringLiteral("apipass"), Secret}};
    const QJsonObject token = QJsonDocument::fromJson(fetch(QUrl(base + QStringLiteral("/omniseller/Tokenrequest.php")),
                                                            "POST", QJsonDocument(login).toJson()))
                                  .object();
    const QJsonObject call{
        {QStringLiteral("token"), token.value(QStringLiteral("token")).toObject().value(QStringLiteral("token"))},
        {QStringLiteral("function"), function},
        {QStringLiteral("data"), QString()}};
    return QJsonDocument::fromJson(
               fetch(QUrl(base + QStringLiteral("/omniseller/HTKService4.php")), "POST", QJsonDocument(call).toJson()))
        .object()
        .value(QStringLiteral("data"));
}

// --- help --------------------------------------------------------------------------------------------------

void TestCliLists::overviewListsEveryCommandAndPointsToCommandHelp()
{
    const QString dir = makeTestDir(QStringLiteral("cli-lists-help"));
    const ProcessResult overview = cli(dir, words("--help"));
    QCOMPARE(overview.exitCode, 0);
    QCOMPARE(cli(dir, words("help")).out, overview.out);
    const QString text = QString::fromUtf8(overview.out);
    const QStringList commands = {QStringLiteral("profile add"),     QStringLiteral("profile list"),
                                  QStringLiteral("profile show"),    QStringLiteral("profile remove"),
                                  QStringLiteral("profile test"),    QStringLiteral("profile set-secret"),
                                  QStringLiteral("profile set-pin"), QStringLiteral("profile set-status-name"),
                                  QStringLiteral("categories list"), QStringLiteral("orders list"),
                                  QStringLiteral("orders show"),     QStringLiteral("orders set-status"),
                                  QStringLiteral("products list"),   QStringLiteral("audit list")};
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& command : commands) {
        // One line each: the command at the start of its line, its summary on the same line.
        const QRegularExpression line(QStringLiteral("^  ") + QRegularExpression::escape(command) +
                                      QStringLiteral("( \\S+)*\\s{2,}\\S.*$"));
        int found = 0;
        for (const QString& l : lines)
            found += line.match(l).hasMatch() ? 1 : 0;
        QVERIFY2(found == 1, qPrintable(command + QStringLiteral(" in:\n") + text));
    }
    // The per-command options are in the commands' own help, not here; the global ones are.
    for (const char* option : {"--order-status", "--csv", "--pin-sha256", "--method", "--since"})
        QVERIFY2(!text.contains(QLatin1String(option)), option);
    for (const char* option : {"--profile", "--json", "--config-dir", "--secret-env", "--verbose"})
        QVERIFY2(text.contains(QLatin1String(option)), option);
    QVERIFY(text.contains(QLatin1String("Exit codes")));
    const QString last = text.trimmed().split(QLatin1Char('\n')).last();
    QVERIFY2(last.contains(QLatin1String("kontor-cli help COMMAND")), qPrintable(last));
}

void TestCliLists::helpPerCommandShowsItsOwnOptionsOnly()
{
    const QString dir = makeTestDir(QStringLiteral("cli-lists-help"));
    struct Case
    {
        const char* command;
        QStringList own;
        QStringList others;
    };
    const QList<Case> cases = {
        {"orders list",
         {"--all", "--limit N", "--page-size N", "--csv FILE", "--order-status N", "--status N", "--paid 0|1", "--id X",
          "--external-id X", "--from DATE", "--to DATE", "--days N"},
         {"--service", "--method", "--since", "--pin-sha256", "--secret-stdin", "--verbose", "--secret-env"}},
        {"orders set-status", {"--method METHOD"}, {"--all", "--csv", "--limit", "--service", "--since", "--verbose"}},
        {"profile add",
         {"--service SERVICE", "--url URL", "--user USER", "--auth KIND", "--format FORMAT", "--secret-stdin",
          "--allow-insecure-http", "--pin-sha256 HEX", "--proxy PROXY"},
         {"--limit", "--method", "--csv", "--all", "--since", "--verbose", "--secret-env"}},
        {"profile set-pin", {"--pin-sha256 HEX"}, {"--service", "--url", "--limit", "--proxy"}},
        {"audit list", {"--since DATE"}, {"--limit", "--all", "--method"}},
        {"products list",
         {"--limit N", "--all", "--sku SKU", "--since TIME"},
         {"--csv", "--page-size", "--order-status"}},
    };
    for (const Case& c : cases) {
        const QStringList command = words(c.command);
        const ProcessResult viaHelp = cli(dir, QStringList{QStringLiteral("help")} + command);
        const ProcessResult viaOption = cli(dir, command + QStringList{QStringLiteral("--help")});
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(viaOption.exitCode, 0);
        QCOMPARE(viaOption.out, viaHelp.out);
        const QString text = QString::fromUtf8(viaHelp.out);
        QVERIFY2(text.startsWith(QStringLiteral("Usage: kontor-cli ") + QLatin1String(c.command)), qPrintable(text));
        for (const QString& option : c.own)
            QVERIFY2(text.contains(QStringLiteral("  ") + option), qPrintable(c.command + QLatin1Char(' ') + option));
        for (const QString& option : c.others) {
            const QRegularExpression named(QRegularExpression::escape(option) + QStringLiteral("(?![a-z-])"));
            QVERIFY2(!text.contains(named), qPrintable(c.command + QStringLiteral(" shows ") + option));
        }
        // One sentence that says what it does, between the usage line and the options.
        QVERIFY2(text.split(QLatin1Char('\n')).value(1).endsWith(QLatin1Char('.')), qPrintable(text));
    }
    // Arguments of the command show in its usage line; a command without options says so.
    QVERIFY(
        cli(dir, words("help orders set-status")).out.startsWith("Usage: kontor-cli orders set-status CODE STATUS"));
    QVERIFY(cli(dir, words("help profile set-status-name")).out.contains("no options of its own"));
    QVERIFY(cli(dir, words("help profile set-proxy")).out.startsWith("Usage: kontor-cli profile set-proxy NAME PROXY"));
    // A group alone lists its commands.
    const QString group = QString::fromUtf8(cli(dir, words("help orders")).out);
    QVERIFY2(group.contains(QLatin1String("orders list")) && group.contains(QLatin1String("orders show")) &&
                 group.contains(QLatin1String("orders set-status")) && !group.contains(QLatin1String("profile add")),
             qPrintable(group));
}

void TestCliLists::everyOptionInAHelpIsTakenByItsCommand()
{
    // The help and the parser come from one table: every option a command's help lists is taken by that
    // command (whatever else the run then says, it does not refuse the option), and each one is refused by
    // a command whose help does not list it.
    const QString dir = makeTestDir(QStringLiteral("cli-lists-options"));
    const QString overview = QString::fromUtf8(cli(dir, words("--help")).out);
    const QString commandsPart = overview.mid(overview.indexOf(QLatin1String("\nCommands:\n")));
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+ [a-z0-9-]+)"), QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(commandsPart); it.hasNext();)
        commands << it.next().captured(1);
    QCOMPARE(commands.size(), 25);
    const QRegularExpression optionLine(QStringLiteral("^  --([a-z0-9-]+)( \\S+)?"),
                                        QRegularExpression::MultilineOption);
    QHash<QString, QStringList> optionsOf;
    for (const QString& command : std::as_const(commands)) {
        const ProcessResult help = cli(dir, QStringList{QStringLiteral("help")} + command.split(QLatin1Char(' ')));
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out);
        for (auto it = optionLine.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            optionsOf[command] << m.captured(1);
            QStringList args = command.split(QLatin1Char(' '));
            args << QStringLiteral("--") + m.captured(1);
            if (!m.captured(2).isEmpty())
                args << QStringLiteral("1");
            const ProcessResult r = cli(dir, args);
            const QByteArray said = r.err + r.out;
            QVERIFY2(!said.contains("belongs to") && !said.contains("Unknown option"),
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::fromUtf8(said)));
        }
    }
    QVERIFY(optionsOf.value(QStringLiteral("orders list")).contains(QStringLiteral("csv")));
    // An option of one command on another: refused, and the message names the command that takes it.
    const ProcessResult misplaced = cli(dir, words("orders set-status X 1 --csv out.csv"));
    QCOMPARE(misplaced.exitCode, 2);
    QVERIFY2(misplaced.err.contains("belongs to 'orders list'") &&
                 misplaced.err.contains("kontor-cli help orders set-status"),
             misplaced.err.constData());
}

void TestCliLists::unknownCommandHelpIsAUsageError()
{
    const QString dir = makeTestDir(QStringLiteral("cli-lists-help"));
    const ProcessResult r = cli(dir, words("help frobnicate"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("Unknown command 'frobnicate'") && r.err.contains("kontor-cli help"), r.err.constData());
    QCOMPARE(cli(dir, words("help orders frobnicate")).exitCode, 2);
    QCOMPARE(cli(dir, words("frobnicate --help")).exitCode, 2);
    const ProcessResult json = cli(dir, words("--json help frobnicate"));
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(json.out)
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("usage"));
}

// --- CSV ---------------------------------------------------------------------------------------------------

void TestCliLists::csvHasBomHeaderQuotingAndEveryRow()
{
    const QString dir = profileDir(QStringLiteral("printlounge"));
    const QJsonArray served = printloungeAll();
    QVERIFY(served.size() > 100);
    // A status name with a comma and quotes: the STATUS column must quote it the RFC 4180 way.
    const QString code = text(served.first().toObject().value(QStringLiteral("orderStatus")));
    int withCode = 0;
    for (const QJsonValue& o : served)
        withCode += text(o.toObject().value(QStringLiteral("orderStatus"))) == code ? 1 : 0;
    const QString name = QStringLiteral("Wartet, \"bald\" fertig");
    QCOMPARE(cli(dir, QStringList{QStringLiteral("profile"), QStringLiteral("set-status-name"), QStringLiteral("shop"),
                                  code, name})
                 .exitCode,
             0);

    const QString file = QDir(dir).filePath(QStringLiteral("Bestellungen.csv"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file, replaced as a whole\n");
    old.close();
    const ProcessResult r = cli(dir, words("orders list --all --csv") << file);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // stdout says how many rows went where, and nothing else.
    const QString said = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(!said.contains(QLatin1Char('\n')), qPrintable(said));
    QVERIFY2(said.contains(QString::number(served.size())) && said.contains(QDir::toNativeSeparators(file)),
             qPrintable(said));

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains("an older file"));
    bool wellFormed = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.value(0), QStringList({QStringLiteral("ID"), QStringLiteral("NUMBER"), QStringLiteral("STATUS"),
                                            QStringLiteral("PAID"), QStringLiteral("CREATED"), QStringLiteral("AMOUNT"),
                                            QStringLiteral("CUSTOMER")}));
    QCOMPARE(records.size() - 1, served.size()); // every order of the shop, once
    QSet<QString> ids;
    int named = 0;
    for (int i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).size(), 7);
        ids.insert(records.at(i).at(0));
        if (records.at(i).at(2) == name + QStringLiteral(" (") + code + QLatin1Char(')'))
            ++named;
    }
    QCOMPARE(ids.size(), served.size());
    QCOMPARE(named, withCode);
    // The raw bytes: the field quoted, its quotes doubled, records ended by CRLF.
    QVERIFY2(bytes.contains(",\"Wartet, \"\"bald\"\" fertig (" + code.toUtf8() + ")\","), bytes.left(600).constData());
    QVERIFY(bytes.mid(3).startsWith("ID,NUMBER,STATUS,PAID,CREATED,AMOUNT,CUSTOMER\r\n"));

    // --limit caps the rows; with --json stdout says the same in keys.
    const QString seven = QDir(dir).filePath(QStringLiteral("seven.csv"));
    const QJsonObject summary = json(dir, words("orders list --all --limit 7 --csv") << seven).object();
    QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 7);
    QCOMPARE(summary.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(seven));
    QFile s(seven);
    QVERIFY(s.open(QIODevice::ReadOnly));
    QCOMPARE(s.readAll().count("\r\n"), 8);
}

void TestCliLists::csvThatCannotBeWrittenNamesTheFileAndReadsNothing()
{
    const QString dir = profileDir(QStringLiteral("printlounge"));
    QVERIFY(m_sandbox.resetCounters());
    const QString file = QDir(dir).filePath(QStringLiteral("no-such-folder/orders.csv"));
    const ProcessResult r = cli(dir, words("orders list --all --csv") << file);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(file).toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(file));
    // Refused before the first request.
    const QJsonObject requests = m_sandbox.counters()
                                     .value(QStringLiteral("printlounge"))
                                     .toObject()
                                     .value(QStringLiteral("requests"))
                                     .toObject();
    QVERIFY2(!requests.contains(QStringLiteral("GET /api/order/")), QJsonDocument(requests).toJson().constData());
    // The same in JSON: one error document, kind "storage".
    const ProcessResult j = cli(dir, words("--json orders list --csv") << file);
    QCOMPARE(j.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(j.out).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("storage"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QDir::toNativeSeparators(file)));
    QCOMPARE(cli(dir, QStringList{QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--csv"), QString()})
                 .exitCode,
             2);
}

// --- JSON under the wire's names ----------------------------------------------------------------------------

void TestCliLists::jsonPrintloungeUsesTheWireNames()
{
    const QString dir = profileDir(QStringLiteral("printlounge"));
    const QJsonDocument doc = json(dir, words("orders list --limit 20"));
    QVERIFY(doc.isArray()); // an array of orders, nothing around it
    const QJsonArray printed = doc.array();
    const QJsonArray page = printloungePage(QStringLiteral("limit=20"));
    QVERIFY(!page.isEmpty());
    QCOMPARE(printed.size(), page.size());
    // Document 001: GET /api/order/ answers {id, internalOrderCode, orderCode, status, orderStatus, statusPaid,
    // lastModified, createDate}.
    const QSet<QString> documented = {QStringLiteral("id"),           QStringLiteral("internalOrderCode"),
                                      QStringLiteral("orderCode"),    QStringLiteral("status"),
                                      QStringLiteral("orderStatus"),  QStringLiteral("statusPaid"),
                                      QStringLiteral("lastModified"), QStringLiteral("createDate")};
    for (int i = 0; i < page.size(); ++i) {
        const QJsonObject o = printed.at(i).toObject();
        const QJsonObject s = page.at(i).toObject();
        QCOMPARE(keysOf(o), documented);
        for (auto it = s.begin(); it != s.end(); ++it)
            QCOMPARE(o.value(it.key()).toString(), text(it.value()));
    }
    // --all too, and no order twice.
    const QJsonArray all = json(dir, words("orders list --all")).array();
    QSet<QString> ids;
    for (const QJsonValue& o : all)
        ids.insert(o.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(all.size(), printloungeAll().size());
}

void TestCliLists::jsonVirtposUsesTheWireNames_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("xml") << QStringLiteral("xml");
}

void TestCliLists::jsonVirtposUsesTheWireNames()
{
    QFETCH(QString, format);
    const QString dir = profileDir(QStringLiteral("virtpos"), format);
    const QJsonDocument doc = json(dir, words("orders list --limit 30"));
    QVERIFY(doc.isArray());
    const QJsonArray printed = doc.array();
    QCOMPARE(printed.size(), 30);

    QUrl url(m_sandbox.url(QStringLiteral("virtpos")) + QStringLiteral("/api/orders"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apikey"), QString::fromLatin1(QUrl::toPercentEncoding(Secret)));
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    url.setQuery(query);
    QHash<QString, QJsonObject> served;
    for (const QJsonValue& o : QJsonDocument::fromJson(fetch(url)).object().value(QStringLiteral("orders")).toArray())
        served.insert(text(o.toObject().value(QStringLiteral("id"))), o.toObject());
    QVERIFY(!served.isEmpty());

    // Document 002 names these for every order and these for every item.
    const QStringList orderFields = {QStringLiteral("paid"),
                                     QStringLiteral("customer_id"),
                                     QStringLiteral("shipped"),
                                     QStringLiteral("cancelled"),
                                     QStringLiteral("shipping_address"),
                                     QStringLiteral("shipping_cost"),
                                     QStringLiteral("comment"),
                                     QStringLiteral("guid"),
                                     QStringLiteral("created_date"),
                                     QStringLiteral("amount"),
                                     QStringLiteral("discount"),
                                     QStringLiteral("delivery_type_id"),
                                     QStringLiteral("delivery_type_name"),
                                     QStringLiteral("payment_type_id"),
                                     QStringLiteral("payment_type_name"),
                                     QStringLiteral("items")};
    const QStringList itemFields = {QStringLiteral("item_id"),  QStringLiteral("item_name"),
                                    QStringLiteral("quantity"), QStringLiteral("unit_base_price"),
                                    QStringLiteral("discount"), QStringLiteral("amount")};
    for (const QJsonValue& v : printed) {
        const QJsonObject o = v.toObject();
        for (const QString& field : orderFields)
            QVERIFY2(o.contains(field), qPrintable(field));
        // Kontor's own names are not there.
        for (const char* ours : {"number", "customer", "created", "extra", "status"})
            QVERIFY2(!o.contains(QLatin1String(ours)), ours);
        const QString id = o.value(QStringLiteral("id")).toString();
        QVERIFY2(served.contains(id), qPrintable(id));
        const QJsonObject s = served.value(id);
        QCOMPARE(keysOf(o), keysOf(s));
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (it.key() == QLatin1String("items"))
                continue;
            QVERIFY2(o.value(it.key()).toString() == text(it.value()),
                     qPrintable(it.key() + QStringLiteral(": ") + o.value(it.key()).toString()));
        }
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        const QJsonArray servedItems = s.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), servedItems.size());
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            for (const QString& field : itemFields)
                QVERIFY2(item.contains(field), qPrintable(field));
            QCOMPARE(keysOf(item), keysOf(servedItems.at(i).toObject()));
            for (const QString& field : itemFields)
                QCOMPARE(item.value(field).toString(), text(servedItems.at(i).toObject().value(field)));
        }
    }
}

void TestCliLists::jsonHtkUsesTheWireNames()
{
    const QString dir = profileDir(QStringLiteral("htk"));
    const QJsonArray printed = json(dir, words("orders list --limit 20")).array();
    QCOMPARE(printed.size(), 20);
    const QJsonArray served = htkCall(QStringLiteral("12")).toArray();
    QVERIFY(served.size() >= 20);
    // Document 000, function 12: {ID, DisplayID, Paymenttype, OrderStatus}.
    const QSet<QString> documented = {QStringLiteral("ID"), QStringLiteral("DisplayID"), QStringLiteral("Paymenttype"),
                                      QStringLiteral("OrderStatus")};
    for (int i = 0; i < printed.size(); ++i) {
        const QJsonObject o = printed.at(i).toObject();
        const QJsonObject s = served.at(i).toObject();
        QCOMPARE(keysOf(o), documented);
        for (const QString& key : documented)
            QCOMPARE(o.value(key).toString(), text(s.value(key)));
    }
}

// --- categories --------------------------------------------------------------------------------------------

void TestCliLists::categoriesAsATree()
{
    const QString dir = profileDir(QStringLiteral("htk"));
    const QJsonArray served = htkCall(QStringLiteral("5")).toArray();
    QVERIFY(served.size() > 5);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : served)
        byId.insert(text(v.toObject().value(QStringLiteral("ID"))), v.toObject());
    auto parentOf = [&byId](const QString& id) {
        const QString parent = text(byId.value(id).value(QStringLiteral("ParentID")));
        return byId.contains(parent) ? parent : QString(); // "oxrootID" or unknown: a root
    };
    auto activeOf = [&byId](const QString& id) {
        const QJsonValue a = byId.value(id).value(QStringLiteral("Aktiv"));
        return a.isBool() ? a.toBool() : a.toInt() != 0;
    };
    auto depthOf = [&parentOf](QString id) {
        int depth = 0;
        while (!(id = parentOf(id)).isEmpty())
            ++depth;
        return depth;
    };
    bool sawInactive = false;
    bool sawNested = false;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        sawInactive = sawInactive || !activeOf(it.key());
        sawNested = sawNested || depthOf(it.key()) >= 2;
    }
    QVERIFY(sawInactive && sawNested); // the sandbox's tree is worth testing

    // JSON: nested in `children`, each category once, under its own parent.
    const QJsonObject doc = json(dir, words("categories list")).object();
    QCOMPARE(doc.value(QStringLiteral("service")).toString(), QStringLiteral("htk"));
    QSet<QString> seen;
    std::function<void(const QJsonArray&, const QString&)> walk = [&](const QJsonArray& level, const QString& parent) {
        for (const QJsonValue& v : level) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("id")).toString();
            QVERIFY2(byId.contains(id), qPrintable(id));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(parentOf(id), parent);
            QCOMPARE(c.value(QStringLiteral("name")).toString(),
                     byId.value(id).value(QStringLiteral("Name")).toString());
            QCOMPARE(c.value(QStringLiteral("active")).toBool(), activeOf(id));
            QVERIFY(c.value(QStringLiteral("children")).isArray());
            walk(c.value(QStringLiteral("children")).toArray(), id);
        }
    };
    walk(doc.value(QStringLiteral("categories")).toArray(), QString());
    QCOMPARE(seen.size(), byId.size());

    // Text: one line per category, indented two spaces per level below a root, its state in words.
    const ProcessResult r = cli(dir, words("categories list"));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), byId.size() + 1); // and the header
    QVERIFY2(lines.first().startsWith(QLatin1String("NAME")), qPrintable(lines.first()));
    QSet<QString> listed;
    for (const QString& line : lines.mid(1)) {
        QString id;
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            if (line.contains(QLatin1Char(' ') + it.key() + QLatin1Char(' ')))
                id = it.key();
        }
        QVERIFY2(!id.isEmpty(), qPrintable(line));
        listed.insert(id);
        const QString name = byId.value(id).value(QStringLiteral("Name")).toString();
        const QString indent(2 * depthOf(id), QLatin1Char(' '));
        QVERIFY2(line.startsWith(indent + name), qPrintable(line));
        QVERIFY2(line.trimmed().endsWith(activeOf(id) ? QLatin1String(" active") : QLatin1String(" inactive")),
                 qPrintable(line));
        // A child's line comes after its parent's.
        if (!parentOf(id).isEmpty())
            QVERIFY2(listed.contains(parentOf(id)), qPrintable(line));
    }
    QCOMPARE(listed.size(), byId.size());
}

QTEST_GUILESS_MAIN(TestCliLists)
#include "tst_cli_lists.moc"
