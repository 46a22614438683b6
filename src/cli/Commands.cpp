#include "Commands.h"

namespace kontor::cli {

namespace {
constexpr const char* Context = "kontor::cli::CliApp";
} // namespace

QString CommandSpec::name() const
{
    return QLatin1String(group) + QLatin1Char(' ') + QLatin1String(verb);
}

bool CommandSpec::takes(const QString& option) const
{
    for (const char* o : options) {
        if (option == QLatin1String(o))
            return true;
    }
    return false;
}

namespace Commands {

namespace {
OptionSpec cardStatusText()
{
    return {"status", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "STATUS"),
            QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NEW, ACTIVE or BLOCKED.")};
}
OptionSpec cardExternalIdText()
{
    return {"external-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
            QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The card's id in another system, e.g. 1C (the third key).")};
}
} // namespace

const char* context()
{
    return Context;
}

const QList<OptionSpec>& globalOptions()
{
    static const QList<OptionSpec> options = {
        {"help", nullptr, QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Show this help."), "h"},
        {"version", nullptr, QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Show the version.")},
        {"config-dir", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DIR"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Read and write profiles in DIR (default: $KONTOR_CONFIG_DIR, else the per-user config "
                           "folder).")},
        {"profile", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Use the profile NAME (needed when there is more than one).")},
        {"json", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Print one JSON document with stable keys instead of text.")},
        {"secret-env", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "VAR"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Take the secret from the environment variable VAR for this run (for unattended runs "
                           "without a keychain).")},
        {"verbose", nullptr, QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Also write the log to standard error.")},
        {"trace", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Print every request and its answer to standard error, every secret masked.")},
    };
    return options;
}

const QList<OptionSpec>& commandOptions()
{
    static const QList<OptionSpec> options = {
        // profile add, set-secret, set-pin
        {"service", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "SERVICE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The service: htk, printlounge, virtpos or webshippy.")},
        {"url", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "URL"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The service's base address.")},
        {"user", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "USER"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The user name, where the service has one.")},
        {"auth", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "KIND"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "How to sign in: none, basic, bearer or header:NAME (default: per service).")},
        {"format", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "FORMAT"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "json or xml (VirtualPOS and Webshippy).")},
        {"secret-stdin", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Read the secret from standard input into the keychain.")},
        {"allow-insecure-http", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Allow plain http:// to a host that is not this computer.")},
        {"pin-sha256", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "HEX"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Trust the server certificate with this SHA-256 fingerprint (64 hex digits; colons and "
                           "case do not matter), for a shop on its own certificate authority; 'none' removes it.")},
        {"proxy", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "PROXY"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "The profile's proxy: app (the application's setting, the default), none (connect "
                           "directly), or http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT.")},
        // orders list, products list
        {"all", nullptr, QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Read every page (--limit still caps the rows).")},
        {"limit", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "At most N rows (default 50).")},
        {"page-size", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Rows asked for per request (default 50).")},
        {"order-status", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Printlounge: only orders with this order status code.")},
        {"status", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Printlounge: only orders with this status code.")},
        {"paid", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "0|1"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Printlounge: only orders paid (1) or not paid (0).")},
        {"id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "X"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "VirtualPOS: only orders of the customer with this id.")},
        {"external-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "X"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "VirtualPOS: only orders of the customer with this external id.")},
        {"from", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DATE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "VirtualPOS: only orders from this day on (YYYY-MM-DD).")},
        {"to", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DATE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "VirtualPOS: only orders up to this day (YYYY-MM-DD).")},
        {"days", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "VirtualPOS: only orders of the last N days.")},
        {"csv", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "FILE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Write the rows to FILE as CSV (RFC 4180, UTF-8 with BOM, the table's columns) instead "
                           "of printing them.")},
        // orders set-status
        {"method", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "METHOD"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "put or patch (default: the profile's setting, else put).")},
        // audit list
        {"since", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DATE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only changes from DATE on (YYYY-MM-DD).")},
        // invoices upload
        {"map", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "FILE.csv"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Match files to transactions by a CSV map: transactionId,file[,invoiceSerialNumber].")},
        {"parallel", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Requests in flight at once, 1 to 16 (default 4).")},
        {"batch-size", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "At most N invoices per request (default 25).")},
        {"max-batch-bytes", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "BYTES"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "At most this much per request, e.g. 4M (default 2M).")},
        {"resume", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Finish the profile's unfinished upload first (after a crash); without one, upload the "
                           "files given.")},
        // cards insert, update, delete
        {"card-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The card's id in VirtualPOS (the first key the card is found by).")},
        {"uid", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NUMBER"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The card's number, 1 to 12 digits (the second key).")},
        {"card-barcode", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "CODE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Find the card by this barcode (the last key); it is not changed.")},
        {"barcode", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "CODE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The card's new barcode (EAN-13, checked).")},
        {"medium", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "MEDIUM"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "PLASTIC, MAGNET or APP.")},
        {"block-date", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DATE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The day the card was blocked (YYYY-MM-DD).")},
        {"activate-date", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DATE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The day the card was given out (YYYY-MM-DD).")},
        {"type-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The card type's id.")},
        {"type-name", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "The card type by name, when no --type-id is given (a new name makes a new type).")},
        {"customer-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The customer the card belongs to.")},
        {"customer-external-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "The customer by their external id, when no --customer-id is given.")},
        {"create-if-not-exist", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "update: create the card when no key finds it.")},
        {"dry-run", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Print the request that would be sent, and send nothing.")},
        // products list
        {"sku", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "SKU"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only the product with this SKU.")},
        {"name", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "TEXT"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only products whose name contains TEXT.")},
        {"wspy-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only the product with this Webshippy id.")},
        {"reference-id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only the product with this reference id.")},
        // transactions list
        {"invoice-status", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "STATE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only transactions whose invoice is invoiced, uninvoiced or error.")},
        {"role", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ROLE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only transactions where you are the supplier or the retailer.")},
        // customers update
        {"create", nullptr,
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Create the customer when the id finds none (or no id is given).")},
        {"group", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The customer group by name (a new name makes a new group).")},
        {"set", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "FIELD=VALUE"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "A customer field as VirtualPOS names it, e.g. --set email=anna@example.org (repeatable; "
                           "age is worked out by VirtualPOS and cannot be set).")},
    };
    return options;
}

const QList<CommandSpec>& all()
{
    static const QList<CommandSpec> commands = {
        {CommandId::ProfileAdd,
         "profile",
         "add",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Save a new profile (needs --service and --url)."),
         {"service", "url", "user", "auth", "format", "secret-stdin", "allow-insecure-http", "pin-sha256", "proxy"}},
        {CommandId::ProfileList,
         "profile",
         "list",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "List the saved profiles."),
         {}},
        {CommandId::ProfileShow,
         "profile",
         "show",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Show a profile; says whether a secret is stored."),
         {}},
        {CommandId::ProfileRemove,
         "profile",
         "remove",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Remove a profile and its secret."),
         {}},
        {CommandId::ProfileTest,
         "profile",
         "test",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "[NAME]"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Prove with one signed-in call that it works."),
         {}},
        {CommandId::ProfileSetSecret,
         "profile",
         "set-secret",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Store the secret read from standard input."),
         {"secret-stdin"}},
        {CommandId::ProfileSetPin,
         "profile",
         "set-pin",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Trust one server certificate, or none."),
         {"pin-sha256"}},
        {CommandId::ProfileSetStatusName,
         "profile",
         "set-status-name",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME CODE TEXT"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Name a status code (\"\" removes the name)."),
         {}},
        {CommandId::ProfileSetProxy,
         "profile",
         "set-proxy",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "NAME PROXY"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Send the profile's requests through PROXY: app, none, http://[USER@]HOST:PORT or "
                           "socks5://[USER@]HOST:PORT."),
         {}},
        {CommandId::CategoriesList,
         "categories",
         "list",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Show the category tree (OmniSeller HTK)."),
         {}},
        {CommandId::OrdersList,
         "orders",
         "list",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "List orders (OmniSeller HTK, Printlounge, VirtualPOS)."),
         {"all", "limit", "page-size", "csv", "order-status", "status", "paid", "id", "external-id", "from", "to",
          "days"}},
        {CommandId::OrdersShow,
         "orders",
         "show",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "REF"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Show one order with all its fields and items."),
         {}},
        {CommandId::OrdersSetStatus,
         "orders",
         "set-status",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "CODE STATUS"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Change an order's status (Printlounge)."),
         {"method"}},
        {CommandId::ProductsList,
         "products",
         "list",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "List products (Webshippy)."),
         {"all", "limit", "sku", "barcode", "name", "wspy-id", "reference-id", "since"},
         {{"all", nullptr, QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Read every page (--limit is the page size).")},
          {"barcode", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "CODE"),
           QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only the product with this barcode.")},
          {"since", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "TIME"),
           QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                             "Only products changed since TIME (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS).")}}},
        {CommandId::TransactionsList,
         "transactions",
         "list",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "List marketplace transactions with their invoice state (Webshippy)."),
         {"invoice-status", "from", "to", "role"},
         {{"from", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DATE"),
           QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only transactions from this day on (YYYY-MM-DD).")},
          {"to", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "DATE"),
           QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Only transactions up to this day (YYYY-MM-DD).")}}},
        {CommandId::AuditList,
         "audit",
         "list",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "List every change Kontor made to a shop."),
         {"since"}},
        {CommandId::CardsInsert,
         "cards",
         "insert",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Add a discount card (VirtualPOS)."),
         {"uid", "external-id", "barcode", "medium", "status", "activate-date", "block-date", "type-id", "type-name",
          "customer-id", "customer-external-id", "dry-run"},
         {cardStatusText(), cardExternalIdText()}},
        {CommandId::CardsUpdate,
         "cards",
         "update",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Change a discount card, found by --card-id, --uid, --external-id or --card-barcode "
                           "(in that order) (VirtualPOS)."),
         {"card-id", "uid", "external-id", "card-barcode", "create-if-not-exist", "barcode", "medium", "status",
          "activate-date", "block-date", "type-id", "type-name", "customer-id", "customer-external-id", "dry-run"},
         {cardStatusText(), cardExternalIdText()}},
        {CommandId::CardsDelete,
         "cards",
         "delete",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Delete a discount card, found by --card-id, --uid, --external-id or --card-barcode "
                           "(VirtualPOS)."),
         {"card-id", "uid", "external-id", "card-barcode", "dry-run"},
         {cardExternalIdText()}},
        {CommandId::CustomersList,
         "customers",
         "list",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "List customers (VirtualPOS)."),
         {"all", "limit"},
         {{"all", nullptr, QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Read every page.")},
          {"limit", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "N"),
           QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Customers per page (default 50; with --all every page).")}}},
        {CommandId::CustomersUpdate,
         "customers",
         "update",
         "",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "Change or create a customer (VirtualPOS)."),
         {"id", "create", "group", "set", "dry-run"},
         {{"id", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "ID"),
           QT_TRANSLATE_NOOP("kontor::cli::CliApp", "The customer's id.")}}},
        {CommandId::ProductsUpsert,
         "products",
         "upsert",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "[FILE.json]"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Create or change a product by its SKU, and say which happened (Webshippy)."),
         {"set", "dry-run"},
         {{"set", QT_TRANSLATE_NOOP("kontor::cli::CliApp", "FIELD=VALUE"),
           QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                             "A product field as Webshippy names it, e.g. --set price=12.10 (repeatable; it "
                             "replaces the file's).")}}},
        {CommandId::InvoicesUpload,
         "invoices",
         "upload",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "PATH..."),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Upload invoice files (or folders of them) to their marketplace transactions, each exactly "
                           "once (Webshippy)."),
         {"map", "parallel", "batch-size", "max-batch-bytes", "resume", "dry-run"}},
        {CommandId::BundlesCreate,
         "bundles",
         "create",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "FILE.json"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Create a product bundle from a JSON file in the document's form (Webshippy)."),
         {"dry-run"}},
        {CommandId::CardsEan13,
         "cards",
         "ean13",
         QT_TRANSLATE_NOOP("kontor::cli::CliApp", "UID"),
         QT_TRANSLATE_NOOP("kontor::cli::CliApp",
                           "Show a discount card's EAN-13 barcode as VirtualPOS makes it from the uid."),
         {}},
    };
    return commands;
}

const OptionSpec* option(const QString& name)
{
    for (const QList<OptionSpec>* list : {&globalOptions(), &commandOptions()}) {
        for (const OptionSpec& o : *list) {
            if (name == QLatin1String(o.name))
                return &o;
        }
    }
    return nullptr;
}

const CommandSpec* find(const QString& group, const QString& verb)
{
    for (const CommandSpec& c : all()) {
        if (group == QLatin1String(c.group) && verb == QLatin1String(c.verb))
            return &c;
    }
    return nullptr;
}

bool isGroup(const QString& group)
{
    for (const CommandSpec& c : all()) {
        if (group == QLatin1String(c.group))
            return true;
    }
    return false;
}

QStringList commandsTaking(const QString& option)
{
    QStringList out;
    for (const CommandSpec& c : all()) {
        if (c.takes(option))
            out << c.name();
    }
    return out;
}

QList<QCommandLineOption> parserOptions()
{
    QList<QCommandLineOption> out;
    for (const QList<OptionSpec>* list : {&globalOptions(), &commandOptions()}) {
        for (const OptionSpec& o : *list) {
            QStringList names;
            if (o.shortName)
                names << QLatin1String(o.shortName);
            names << QLatin1String(o.name);
            // Qt's own help text is not used (CliApp writes the help), so nothing is translated here: a lookup
            // for every option on every run would only fill the translation audit.
            out << QCommandLineOption(names, QString(), o.valueName ? QLatin1String(o.valueName) : QString());
        }
    }
    return out;
}

} // namespace Commands

} // namespace kontor::cli
