#include "CliApp.h"

#include "BundleCommands.h"
#include "CardCommands.h"
#include "Commands.h"
#include "Components.h"
#include "CustomerCommands.h"
#include "ExitCode.h"
#include "I18n.h"
#include "InvoiceCommands.h"
#include "Logging.h"
#include "ProductCommands.h"
#include "ProfileCommands.h"
#include "ReadCommands.h"
#include "WriteCommands.h"
#include "net/RequestFormat.h"
#include "net/RequestLog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "settings/AppPreferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <cstdio>

namespace kontor::cli {

namespace {

constexpr int HelpWidth = 79;

// `text` in lines of at most `width` columns, broken between words.
QStringList wrapped(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

QString paragraph(const QString& text)
{
    return wrapped(text, HelpWidth).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Two columns: "  left  right". With `wrap`, a long right column continues under itself and a left column
// wider than `maxLeft` puts its right column on the next line; without, every row stays one line.
QString twoColumns(const QList<QPair<QString, QString>>& rows, bool wrap, int maxLeft = 26)
{
    int left = 0;
    for (const auto& [l, r] : rows) {
        if (!wrap || l.size() <= maxLeft)
            left = qMax(left, static_cast<int>(l.size()));
    }
    const int indent = 2 + left + 2;
    QString out;
    for (const auto& [l, r] : rows) {
        QString line = QStringLiteral("  ") + l;
        if (!wrap) {
            out += line.leftJustified(indent) + r + QLatin1Char('\n');
            continue;
        }
        if (l.size() > left) {
            out += line + QLatin1Char('\n');
            line.clear();
        }
        const QStringList parts = wrapped(r, qMax(20, HelpWidth - indent));
        for (const QString& part : parts) {
            out += line.leftJustified(indent) + part + QLatin1Char('\n');
            line.clear();
        }
    }
    return out;
}

QString translated(const char* text)
{
    return text && *text ? QCoreApplication::translate(Commands::context(), text) : QString();
}

QString optionLabel(const OptionSpec& o)
{
    QString label = o.shortName ? QStringLiteral("-%1, --%2").arg(QLatin1String(o.shortName), QLatin1String(o.name))
                                : QStringLiteral("--%1").arg(QLatin1String(o.name));
    if (o.valueName)
        label += QLatin1Char(' ') + translated(o.valueName);
    return label;
}

QString commandLabel(const CommandSpec& c)
{
    const QString arguments = translated(c.arguments);
    return arguments.isEmpty() ? c.name() : c.name() + QLatin1Char(' ') + arguments;
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

void CliApp::startTrace()
{
    // Direct: the upload engine's connections report from their own thread, and a request finishing just
    // before the run ends must still be printed. RequestLog has redacted everything already.
    connect(
        net::RequestLog::instance(), &net::RequestLog::entryFinished, this,
        [](quint64 id) {
            const std::optional<net::RequestRecord> record = net::RequestLog::instance()->record(id);
            if (!record)
                return;
            static QMutex mutex;
            const QByteArray text = (net::RequestFormat::fullText(*record, 4) + QLatin1Char('\n')).toUtf8();
            QMutexLocker lock(&mutex);
            std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
            std::fflush(stderr);
        },
        Qt::DirectConnection);
}

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
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(Commands::parserOptions());
}

QString CliApp::overviewText()
{
    QString text = tr("Usage: kontor-cli [options] COMMAND [arguments]") + QLatin1Char('\n');
    text +=
        paragraph(tr("Kontor on the command line: manage connection profiles and read orders, categories and products "
                     "from htk, printlounge, virtpos and webshippy."));
    QList<QPair<QString, QString>> options;
    for (const OptionSpec& o : Commands::globalOptions())
        options.append({optionLabel(o), translated(o.description)});
    text += QLatin1Char('\n') + tr("Options for every command:") + QLatin1Char('\n') + twoColumns(options, true);
    QList<QPair<QString, QString>> commands;
    for (const CommandSpec& c : Commands::all())
        commands.append({commandLabel(c), translated(c.summary)});
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') + twoColumns(commands, false);
    text += QLatin1Char('\n') +
            paragraph(tr("Exit codes: 0 success, 1 service or network error, 2 usage error, 3 partly done (e.g. the "
                         "profile was saved but the keychain did not take its secret), 4 authentication failed or "
                         "no secret."));
    return text + QLatin1Char('\n') + commandHelpHint() + QLatin1Char('\n');
}

QString CliApp::commandHelpHint()
{
    // The last line of the overview, on one line whatever its length: the way to every command's options.
    return tr("'kontor-cli help COMMAND' shows a command's options.");
}

QString CliApp::commandHelpText(const CommandSpec& command)
{
    QString usage = QStringLiteral("kontor-cli ") + commandLabel(command);
    if (!command.options.isEmpty())
        usage += QLatin1Char(' ') + tr("[options]");
    QString text = tr("Usage: %1").arg(usage) + QLatin1Char('\n');
    text += paragraph(translated(command.summary));
    text += QLatin1Char('\n');
    if (command.options.isEmpty()) {
        text += paragraph(tr("'%1' has no options of its own.").arg(command.name()));
    } else {
        QList<QPair<QString, QString>> options;
        for (const char* name : command.options) {
            const OptionSpec* o = Commands::option(QLatin1String(name));
            for (const OptionSpec& own : command.ownTexts) {
                if (qstrcmp(own.name, name) == 0)
                    o = &own;
            }
            Q_ASSERT(o);
            if (o)
                options.append({optionLabel(*o), translated(o->description)});
        }
        text += tr("Options:") + QLatin1Char('\n') + twoColumns(options, true);
    }
    text += QLatin1Char('\n') + paragraph(tr("The options every command takes (--profile NAME, --json, --config-dir "
                                             "DIR and more) are listed by 'kontor-cli --help'."));
    return text;
}

QString CliApp::groupHelpText(const QString& group)
{
    QList<QPair<QString, QString>> commands;
    for (const CommandSpec& c : Commands::all()) {
        if (group == QLatin1String(c.group))
            commands.append({commandLabel(c), translated(c.summary)});
    }
    return tr("Commands of '%1':").arg(group) + QLatin1Char('\n') + twoColumns(commands, false) + QLatin1Char('\n') +
           commandHelpHint() + QLatin1Char('\n');
}

void CliApp::showHelp(const QStringList& words)
{
    if (words.isEmpty()) {
        m_out.printText(overviewText());
        return finish(ExitSuccess);
    }
    if (const CommandSpec* command = Commands::find(words.value(0), words.value(1))) {
        m_out.printText(commandHelpText(*command));
        return finish(ExitSuccess);
    }
    if (words.size() == 1 && Commands::isGroup(words.first())) {
        m_out.printText(groupHelpText(words.first()));
        return finish(ExitSuccess);
    }
    finish(m_out.failUsage(
        tr("Unknown command '%1'; 'kontor-cli help' lists the commands.").arg(words.mid(0, 2).join(QLatin1Char(' ')))));
}

QString CliApp::misplacedOption(const CommandSpec& command) const
{
    for (const OptionSpec& option : Commands::commandOptions()) {
        const QString name = QLatin1String(option.name);
        if (!m_parser.isSet(name) || command.takes(name))
            continue;
        const QStringList owners = Commands::commandsTaking(name);
        return tr("The option --%1 belongs to '%2', not to '%3'.")
                   .arg(name, owners.join(QStringLiteral("', '")), command.name()) +
               QLatin1Char(' ') + tr("'kontor-cli help %1' lists its options.").arg(command.name());
    }
    return {};
}

void CliApp::start(const QStringList& arguments)
{
    const bool parsed = m_parser.parse(arguments);
    m_out.setJson(m_parser.isSet(QStringLiteral("json")));
    const QStringList words = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("help")))
        return showHelp(words.value(0) == QLatin1String("help") ? words.mid(1) : words);
    if (!parsed)
        return finish(
            m_out.failUsage(m_parser.errorText() + QLatin1Char(' ') + tr("'kontor-cli --help' lists the options.")));
    if (m_parser.isSet(QStringLiteral("version"))) {
        if (m_out.json()) {
            QJsonArray list;
            for (const Component& c : components()) {
                QJsonObject o{{QStringLiteral("name"), c.name},
                              {QStringLiteral("version"), c.version},
                              {QStringLiteral("license"), c.licence}};
                if (!c.runtimeVersion.isEmpty())
                    o.insert(QStringLiteral("runtime_version"), c.runtimeVersion);
                list.append(o);
            }
            m_out.printJson({{QStringLiteral("name"), QStringLiteral("kontor-cli")},
                             {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                             {QStringLiteral("license"), components().constFirst().licence},
                             {QStringLiteral("components"), list}});
        } else {
            m_out.printText(componentsText(QStringLiteral("kontor-cli")));
        }
        return finish(ExitSuccess);
    }

    if (words.isEmpty()) {
        if (m_out.json())
            return finish(m_out.failUsage(tr("Name a command; 'kontor-cli --help' lists them.")));
        m_out.warn(overviewText());
        return finish(ExitUsage);
    }
    if (words.first() == QLatin1String("help"))
        return showHelp(words.mid(1));
    if (m_parser.isSet(QStringLiteral("secret-env")) && m_parser.value(QStringLiteral("secret-env")).isEmpty())
        return finish(m_out.failUsage(tr("--secret-env needs the name of an environment variable.")));
    // The request log is read by --trace only: without it, nothing is recorded (RequestLog::setRecording).
    if (m_parser.isSet(QStringLiteral("trace")))
        startTrace();
    else
        net::RequestLog::instance()->setRecording(false);
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
    // The same preferences as the desktop application: new profiles' timeouts, the upload default, the data
    // folder and the application's proxy (a proxy password is not read here; a proxy asking for one refuses).
    const AppPreferences::Values preferences = AppPreferences(m_store->configDir()).load();
    AppPreferences::applyToProcess(preferences);
    net::applyApplicationProxy(preferences.proxy);
    dispatch(words);
}

void CliApp::dispatch(const QStringList& words)
{
    const CommandSpec* command = Commands::find(words.value(0), words.value(1));
    if (!command)
        return finish(m_out.failUsage(
            tr("Unknown command '%1'; 'kontor-cli --help' lists the commands.").arg(words.join(QLatin1Char(' ')))));
    const QString misplaced = misplacedOption(*command);
    if (!misplaced.isEmpty())
        return finish(m_out.failUsage(misplaced));
    const QStringList rest = words.mid(2);
    auto profile = [this] {
        m_profileCommands = std::make_unique<ProfileCommands>(m_ctx);
        return m_profileCommands.get();
    };
    auto read = [this] {
        m_readCommands = std::make_unique<ReadCommands>(m_ctx);
        return m_readCommands.get();
    };
    auto customers = [this] {
        m_customerCommands = std::make_unique<CustomerCommands>(m_ctx);
        return m_customerCommands.get();
    };
    auto cards = [this] {
        m_cardCommands = std::make_unique<CardCommands>(m_ctx);
        return m_cardCommands.get();
    };
    auto write = [this] {
        m_writeCommands = std::make_unique<WriteCommands>(m_ctx);
        return m_writeCommands.get();
    };
    // The list commands choose their profile with --profile; a stray word is a mistake, not a profile name.
    auto noWords = [this, &rest, command] {
        if (rest.isEmpty())
            return true;
        finish(m_out.failUsage(
            tr("'%1' takes no further words; choose the profile with --profile NAME.").arg(command->name())));
        return false;
    };
    switch (command->id) {
    case CommandId::ProfileAdd:
        return profile()->add(rest);
    case CommandId::ProfileList:
        return profile()->list(rest);
    case CommandId::ProfileShow:
        return profile()->show(rest);
    case CommandId::ProfileRemove:
        return profile()->remove(rest);
    case CommandId::ProfileTest:
        return profile()->test(rest);
    case CommandId::ProfileSetSecret:
        return profile()->setSecret(rest);
    case CommandId::ProfileSetPin:
        return profile()->setPin(rest);
    case CommandId::ProfileSetStatusName:
        return profile()->setStatusName(rest);
    case CommandId::ProfileSetProxy:
        return profile()->setProxy(rest);
    case CommandId::CategoriesList:
        if (noWords())
            read()->categories();
        return;
    case CommandId::OrdersList:
        if (noWords())
            read()->orders();
        return;
    case CommandId::OrdersShow:
        return read()->showOrder(rest);
    case CommandId::OrdersSetStatus:
        return write()->setStatus(rest);
    case CommandId::ProductsList:
        if (noWords())
            read()->products();
        return;
    case CommandId::TransactionsList:
        if (noWords())
            read()->transactions();
        return;
    case CommandId::AuditList:
        return write()->auditList(rest);
    case CommandId::CardsEan13:
        return cards()->ean13(rest);
    case CommandId::CardsInsert:
        return cards()->write(CardWrite::Insert, rest);
    case CommandId::CardsUpdate:
        return cards()->write(CardWrite::Update, rest);
    case CommandId::CardsDelete:
        return cards()->write(CardWrite::Delete, rest);
    case CommandId::CustomersList:
        return customers()->list(rest);
    case CommandId::CustomersUpdate:
        return customers()->update(rest);
    case CommandId::ProductsUpsert:
        m_productCommands = std::make_unique<ProductCommands>(m_ctx);
        return m_productCommands->upsert(rest);
    case CommandId::BundlesCreate:
        m_bundleCommands = std::make_unique<BundleCommands>(m_ctx);
        return m_bundleCommands->create(rest);
    case CommandId::InvoicesUpload:
        m_invoiceCommands = std::make_unique<InvoiceCommands>(m_ctx);
        return m_invoiceCommands->upload(rest);
    }
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
