#pragma once
// Commands: the one table of kontor-cli's commands and options. The parser registers its options from it,
// CliApp dispatches by its ids and refuses an option the command does not list, and every help text
// (the overview, `help COMMAND`, `COMMAND --help`) is made from it, so the help cannot describe a command
// or an option the parser does not take, nor leave one out. Texts are untranslated sources in the context
// "kontor::cli::CliApp"; the help translates them when it prints.

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace kontor::cli {

enum class CommandId {
    ProfileAdd,
    ProfileList,
    ProfileShow,
    ProfileRemove,
    ProfileTest,
    ProfileSetSecret,
    ProfileSetPin,
    ProfileSetStatusName,
    ProfileSetProxy,
    CategoriesList,
    OrdersList,
    OrdersShow,
    OrdersSetStatus,
    ProductsList,
    TransactionsList,
    AuditList,
    CardsEan13,
    CardsInsert,
    CardsUpdate,
    CardsDelete,
    CustomersList,
    CustomersUpdate,
    BundlesCreate,
    ProductsUpsert,
    InvoicesUpload,
};

struct OptionSpec
{
    const char* name;        // the long name, without "--"
    const char* valueName;   // nullptr for a switch
    const char* description; // one sentence
    const char* shortName = nullptr;
};

struct CommandSpec
{
    CommandId id;
    const char* group;          // "orders"
    const char* verb;           // "list"
    const char* arguments;      // the words after the command ("NAME", "CODE STATUS"); empty when none
    const char* summary;        // one sentence, also the overview's line
    QList<const char*> options; // its own options, in the order its help lists them
    // Options shared with other commands that mean something else here (cards' --status is the card's): their
    // value name and description in this command's help.
    QList<OptionSpec> ownTexts = {};

    QString name() const; // "orders list"
    bool takes(const QString& option) const;
};

namespace Commands {

// Options every command takes (--help, --profile, --json, ...).
const QList<OptionSpec>& globalOptions();
// Options that belong to commands; a command lists the ones it takes by name.
const QList<OptionSpec>& commandOptions();
const QList<CommandSpec>& all();

const OptionSpec* option(const QString& name);
const CommandSpec* find(const QString& group, const QString& verb);
bool isGroup(const QString& group);
// The commands that take `option`, as "orders list" names; empty for a global or unknown option.
QStringList commandsTaking(const QString& option);

// Every option of the table, for QCommandLineParser (without descriptions: CliApp writes the help).
QList<QCommandLineOption> parserOptions();

const char* context(); // "kontor::cli::CliApp"

} // namespace Commands

} // namespace kontor::cli
