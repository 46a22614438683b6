#pragma once
// CliApp: one run of kontor-cli. Parses the command line (global options, then "<group> <verb> ...") with
// the options of the table in Commands.h, prints the help made from that table, and hands the words to
// ProfileCommands, ReadCommands or WriteCommands. The command runs on the event loop and the
// run ends through QCoreApplication::exit with one of the codes in ExitCode.h.

#include "CliContext.h"
#include "OutputWriter.h"

#include <QCommandLineParser>
#include <QObject>
#include <memory>

class QCoreApplication;

namespace kontor {
class ClientRegistry;
class ProfileStore;
class SecretStore;
} // namespace kontor

namespace kontor::cli {

struct CommandSpec;
class ProfileCommands;
class ReadCommands;
class WriteCommands;
class BundleCommands;
class InvoiceCommands;
class CardCommands;
class ProductCommands;
class CustomerCommands;

class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject* parent = nullptr);
    ~CliApp() override;

    // Call from the running event loop (e.g. QTimer::singleShot(0, ...)).
    void start(const QStringList& arguments);

    // Process setup that must happen before anything logs or translates.
    static void installLogging(const QStringList& arguments);
    static void loadTranslations(QCoreApplication* app);

private:
    void startTrace(); // --trace: every finished request to stderr
    void addOptions();
    // The help texts, all made from the table in Commands.h.
    static QString overviewText();
    static QString commandHelpText(const CommandSpec& command);
    static QString groupHelpText(const QString& group);
    static QString commandHelpHint();
    // help [COMMAND] and [COMMAND] --help: the overview, one command's usage and options, or a group's commands.
    void showHelp(const QStringList& words);
    // A usage error message when an option does not belong to `command`; empty when all is well.
    QString misplacedOption(const CommandSpec& command) const;
    void dispatch(const QStringList& words);
    void finish(int code);

    QCommandLineParser m_parser;
    OutputWriter m_out;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClientRegistry> m_clients;
    CliContext m_ctx;
    std::unique_ptr<ProfileCommands> m_profileCommands;
    std::unique_ptr<ReadCommands> m_readCommands;
    std::unique_ptr<WriteCommands> m_writeCommands;
    std::unique_ptr<BundleCommands> m_bundleCommands;
    std::unique_ptr<CardCommands> m_cardCommands;
    std::unique_ptr<ProductCommands> m_productCommands;
    std::unique_ptr<CustomerCommands> m_customerCommands;
    std::unique_ptr<InvoiceCommands> m_invoiceCommands;
    bool m_finished = false;
};

} // namespace kontor::cli
