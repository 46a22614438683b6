#include "CliApp.h"

#include "ExitCode.h"
#include "I18n.h"
#include "Logging.h"
#include "ProfileCommands.h"
#include "ReadCommands.h"
#include "WriteCommands.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

namespace {

struct OptionScope
{
    const char* option;
    QStringList commands; // "group verb"
};

// Options that belong to one command only; a misplaced one is a usage error, so a typo in a cron job
// fails loudly instead of being ignored.
const QList<OptionScope>& optionScopes()
{
    static const QList<OptionScope> scopes = {
        {"service", {QStringLiteral("profile add")}},
        {"url", {QStringLiteral("profile add")}},
        {"user", {QStringLiteral("profile add")}},
        {"auth", {QStringLiteral("profile add")}},
        {"format", {QStringLiteral("profile add")}},
        {"allow-insecure-http", {QStringLiteral("profile add")}},
        {"secret-stdin", {QStringLiteral("profile add"), QStringLiteral("profile set-secret")}},
        {"pin-sha256", {QStringLiteral("profile add"), QStringLiteral("profile set-pin")}},
        {"limit", {QStringLiteral("orders list"), QStringLiteral("products list")}},
        {"method", {QStringLiteral("orders set-status")}},
        {"all", {QStringLiteral("orders list")}},
        {"page-size", {QStringLiteral("orders list")}},
        {"order-status", {QStringLiteral("orders list")}},
        {"status", {QStringLiteral("orders list")}},
        {"paid", {QStringLiteral("orders list")}},
        {"id", {QStringLiteral("orders list")}},
        {"external-id", {QStringLiteral("orders list")}},
        {"from", {QStringLiteral("orders list")}},
        {"to", {QStringLiteral("orders list")}},
        {"days", {QStringLiteral("orders list")}},
        {"since", {QStringLiteral("audit list")}},
    };
    return scopes;
}

} // namespace

CliApp::CliApp(QObject* parent)
    : QObject(parent)
{
    addOptions();
    m_ctx.parser = &m_parser;
    m_ctx.out = &m_out;
    m_ctx.finish = [this](int code) { finish(code); };
}

CliApp::~CliApp() = default;

void CliApp::installLogging(const QStringList& arguments)
{
    // Logs go to the file; on stderr they would bury the one sentence a failed cron job should show.
    const bool verbose = arguments.contains(QStringLiteral("--verbose"));
    installLogHandler(QDir(logDirectory()).filePath(QStringLiteral("kontor-cli.log")), verbose);
}

void CliApp::loadTranslations(QCoreApplication* /*app*/)
{
    kontor::loadTranslations(QLocale()); // English when no translation matches
}

void CliApp::addOptions()
{
    m_parser.setApplicationDescription(
        tr("Kontor on the command line: manage connection profiles and read orders, categories and products "
           "from htk, printlounge, virtpos and webshippy."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
        {QStringLiteral("version"), tr("Show the version.")},
        {QStringLiteral("config-dir"),
         tr("Read and write profiles in DIR (default: $KONTOR_CONFIG_DIR, else the per-user config folder)."),
         tr("DIR")},
        {QStringLiteral("profile"), tr("Use the profile NAME (needed when there is more than one)."), tr("NAME")},
        {QStringLiteral("json"), tr("Print one JSON document with stable keys instead of text.")},
        {QStringLiteral("secret-env"),
         tr("Take the secret from the environment variable VAR for this run (for unattended runs without a "
            "keychain)."),
         tr("VAR")},
        {QStringLiteral("verbose"), tr("Also write the log to standard error.")},
        {QStringLiteral("service"), tr("profile add: the service (htk, printlounge, virtpos, webshippy)."),
         tr("SERVICE")},
        {QStringLiteral("url"), tr("profile add: the service's base address."), tr("URL")},
        {QStringLiteral("user"), tr("profile add: the user name, where the service has one."), tr("USER")},
        {QStringLiteral("auth"), tr("profile add: none, basic, bearer or header:NAME (default: per service)."),
         tr("KIND")},
        {QStringLiteral("format"), tr("profile add: json or xml (virtpos and webshippy)."), tr("FORMAT")},
        {QStringLiteral("secret-stdin"), tr("profile add: read the secret from standard input into the keychain.")},
        {QStringLiteral("allow-insecure-http"),
         tr("profile add: allow plain http:// to a host that is not this computer.")},
        {QStringLiteral("pin-sha256"),
         tr("profile add, profile set-pin: trust the server certificate with this SHA-256 fingerprint (64 hex "
            "digits; colons and case do not matter), for a shop on its own certificate authority. 'none' removes "
            "it."),
         tr("HEX")},
        {QStringLiteral("limit"), tr("orders/products list: at most N rows (default 50)."), tr("N")},
        {QStringLiteral("method"), tr("orders set-status: put or patch (default: the profile's setting, else put)."),
         tr("METHOD")},
        {QStringLiteral("since"), tr("audit list: only changes from DATE on (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("all"), tr("orders list: read every page (--limit still caps the rows).")},
        {QStringLiteral("page-size"), tr("orders list: rows asked for per request (default 50)."), tr("N")},
        {QStringLiteral("order-status"), tr("orders list: Printlounge orders with this order status code."), tr("N")},
        {QStringLiteral("status"), tr("orders list: Printlounge orders with this status code."), tr("N")},
        {QStringLiteral("paid"), tr("orders list: Printlounge orders paid (1) or not (0)."), tr("0|1")},
        {QStringLiteral("id"), tr("orders list: VirtualPOS orders of the customer with this id."), tr("X")},
        {QStringLiteral("external-id"), tr("orders list: VirtualPOS orders of the customer with this external id."),
         tr("X")},
        {QStringLiteral("from"), tr("orders list: VirtualPOS orders from this day on (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("to"), tr("orders list: VirtualPOS orders up to this day (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("days"), tr("orders list: VirtualPOS orders of the last N days."), tr("N")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do; see Commands below."),
                                   tr("<command> [arguments]"));
}

QString CliApp::helpText() const
{
    // Qt puts the full path of the executable in the usage line; people type the name.
    QString text = m_parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("kontor-cli"));
    return text + QLatin1Char('\n') +
           tr("Commands:\n"
              "  profile add NAME --service S --url URL [--user U] [--auth KIND] [--format F]\n"
              "                  [--secret-stdin] [--allow-insecure-http] [--pin-sha256 HEX]\n"
              "  profile list\n"
              "  profile show NAME            says whether a secret is stored, never the secret\n"
              "  profile remove NAME          also deletes its secret from the keychain\n"
              "  profile test [NAME]          one signed-in call that proves the profile works\n"
              "  profile set-secret NAME      read the secret from standard input into the keychain\n"
              "  profile set-pin NAME --pin-sha256 HEX|none   trust one server certificate\n"
              "  profile set-status-name NAME CODE TEXT   the shop's name for a status code (\"\" removes it)\n"
              "  categories list              OmniSeller HTK\n"
              "  orders list [--all] [--limit N] [--page-size N]   OmniSeller HTK, Printlounge, VirtualPOS\n"
              "              Printlounge: [--order-status N] [--status N] [--paid 0|1]\n"
              "              VirtualPOS: [--id X] [--external-id X] [--from DATE] [--to DATE] [--days N]\n"
              "  orders show REF              one order with all its fields and items, types in words\n"
              "  products list [--limit N]    Webshippy\n"
              "  orders set-status CODE STATUS [--method put|patch]   Printlounge; recorded in the history\n"
              "  audit list [--since DATE]    every change Kontor made to a shop\n"
              "\n"
              "Exit codes: 0 success, 1 service or network error, 2 usage error, 3 partly done\n"
              "(e.g. the profile was saved but the keychain did not take its secret), 4 authentication\n"
              "failed or no secret.\n");
}

QString CliApp::misplacedOption(const QString& command) const
{
    for (const OptionScope& scope : optionScopes()) {
        const QString name = QLatin1String(scope.option);
        if (m_parser.isSet(name) && !scope.commands.contains(command))
            return tr("The option --%1 belongs to '%2', not to '%3'.")
                .arg(name, scope.commands.join(QStringLiteral("', '")), command);
    }
    return {};
}

void CliApp::start(const QStringList& arguments)
{
    const bool parsed = m_parser.parse(arguments);
    m_out.setJson(m_parser.isSet(QStringLiteral("json")));
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out.printText(helpText());
        return finish(ExitSuccess);
    }
    if (!parsed)
        return finish(
            m_out.failUsage(m_parser.errorText() + QLatin1Char(' ') + tr("'kontor-cli --help' lists the options.")));
    if (m_parser.isSet(QStringLiteral("version"))) {
        if (m_out.json())
            m_out.printJson({{QStringLiteral("name"), QStringLiteral("kontor-cli")},
                             {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
        else
            m_out.printText(QStringLiteral("kontor-cli %1").arg(QCoreApplication::applicationVersion()));
        return finish(ExitSuccess);
    }

    const QStringList words = m_parser.positionalArguments();
    if (words.isEmpty()) {
        if (m_out.json())
            return finish(m_out.failUsage(tr("Name a command; 'kontor-cli --help' lists them.")));
        m_out.warn(helpText());
        return finish(ExitUsage);
    }
    if (m_parser.isSet(QStringLiteral("secret-env")) && m_parser.value(QStringLiteral("secret-env")).isEmpty())
        return finish(m_out.failUsage(tr("--secret-env needs the name of an environment variable.")));
    m_ctx.profileOption = m_parser.value(QStringLiteral("profile"));
    m_ctx.secretEnv = m_parser.value(QStringLiteral("secret-env"));

    m_store =
        std::make_unique<ProfileStore>(ProfileStore::resolveConfigDir(m_parser.value(QStringLiteral("config-dir"))));
    m_secrets = std::make_unique<SecretStore>();
    m_clients = std::make_unique<ClientRegistry>(m_secrets.get());
    m_ctx.store = m_store.get();
    m_ctx.secrets = m_secrets.get();
    m_ctx.clients = m_clients.get();
    const Error loadError = m_store->load();
    if (!loadError.ok())
        return finish(m_out.fail(loadError));
    qCDebug(lcCli) << "config dir" << m_store->configDir();
    dispatch(words);
}

void CliApp::dispatch(const QStringList& words)
{
    const QString group = words.value(0);
    const QString verb = words.value(1);
    const QString command = group + QLatin1Char(' ') + verb;
    const QStringList rest = words.mid(2);

    const bool known =
        (group == QLatin1String("profile") &&
         QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("remove"),
                     QStringLiteral("test"), QStringLiteral("set-secret"), QStringLiteral("set-pin"),
                     QStringLiteral("set-status-name")}
             .contains(verb)) ||
        (group == QLatin1String("orders") && (verb == QLatin1String("set-status") || verb == QLatin1String("show"))) ||
        (group == QLatin1String("audit") && verb == QLatin1String("list")) ||
        (verb == QLatin1String("list") && (group == QLatin1String("categories") || group == QLatin1String("orders") ||
                                           group == QLatin1String("products")));
    if (!known)
        return finish(m_out.failUsage(
            tr("Unknown command '%1'; 'kontor-cli --help' lists the commands.").arg(words.join(QLatin1Char(' ')))));
    const QString misplaced = misplacedOption(command);
    if (!misplaced.isEmpty())
        return finish(m_out.failUsage(misplaced));

    if (group == QLatin1String("profile")) {
        m_profileCommands = std::make_unique<ProfileCommands>(m_ctx);
        ProfileCommands* c = m_profileCommands.get();
        if (verb == QLatin1String("add"))
            c->add(rest);
        else if (verb == QLatin1String("list"))
            c->list(rest);
        else if (verb == QLatin1String("show"))
            c->show(rest);
        else if (verb == QLatin1String("remove"))
            c->remove(rest);
        else if (verb == QLatin1String("test"))
            c->test(rest);
        else if (verb == QLatin1String("set-pin"))
            c->setPin(rest);
        else if (verb == QLatin1String("set-status-name"))
            c->setStatusName(rest);
        else
            c->setSecret(rest);
        return;
    }
    if (command == QLatin1String("orders set-status") || group == QLatin1String("audit")) {
        m_writeCommands = std::make_unique<WriteCommands>(m_ctx);
        if (group == QLatin1String("audit"))
            m_writeCommands->auditList(rest);
        else
            m_writeCommands->setStatus(rest);
        return;
    }
    if (command == QLatin1String("orders show")) {
        m_readCommands = std::make_unique<ReadCommands>(m_ctx);
        m_readCommands->showOrder(rest);
        return;
    }
    if (!rest.isEmpty())
        return finish(
            m_out.failUsage(tr("'%1' takes no further words; choose the profile with --profile NAME.").arg(command)));
    m_readCommands = std::make_unique<ReadCommands>(m_ctx);
    if (group == QLatin1String("categories"))
        m_readCommands->categories();
    else if (group == QLatin1String("orders"))
        m_readCommands->orders();
    else
        m_readCommands->products();
}

void CliApp::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcCli) << "exit code" << code;
    QCoreApplication::exit(code);
}

} // namespace kontor::cli
