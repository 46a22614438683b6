#include "ReadCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OutputWriter.h"
#include "TextTable.h"
#include "domain/CategoryTree.h"
#include "domain/OrderFilters.h"
#include "domain/OrderStatus.h"
#include "domain/TableText.h"
#include "services/Capabilities.h"
#include "services/OrderListing.h"
#include "services/OrderWire.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CategoriesCapability.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/capabilities/ProductsCapability.h"
#include "services/capabilities/TransactionsCapability.h"
#include "services/htk/HtkClient.h"
#include "services/printlounge/PrintloungeClient.h"
#include "services/virtpos/VirtposClient.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <functional>
#include <memory>

namespace kontor::cli {

namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 1000;

QJsonObject header(const Profile& profile)
{
    return QJsonObject{{QStringLiteral("profile"), profile.name},
                       {QStringLiteral("service"), serviceId(profile.service)}};
}

// The service's other fields, keyed by the service's own names. A name sent twice keeps both values:
// the second becomes "name#2".
QJsonObject fieldsToJson(const FieldList& fields)
{
    QJsonObject out;
    for (const auto& [key, value] : fields) {
        QString name = key;
        for (int n = 2; out.contains(name); ++n)
            name = key + QLatin1Char('#') + QString::number(n);
        out.insert(name, value);
    }
    return out;
}

QJsonArray itemsToJson(const QList<CartItem>& items)
{
    QJsonArray out;
    for (const CartItem& i : items)
        out.append(QJsonObject{{QStringLiteral("position"), i.position},
                               {QStringLiteral("id"), i.id},
                               {QStringLiteral("type"), i.type},
                               {QStringLiteral("typeName"), i.typeName},
                               {QStringLiteral("name"), i.name},
                               {QStringLiteral("quantity"), i.quantity},
                               {QStringLiteral("unitPrice"), i.unitPrice},
                               {QStringLiteral("discount"), i.discount},
                               {QStringLiteral("amount"), i.amount},
                               {QStringLiteral("extra"), fieldsToJson(i.extra)}});
    return out;
}

// One order under the service's own field names (OrderWire), its items too where the list carries them.
QJsonObject wireJson(Service service, const OrderSummary& order)
{
    QJsonObject out = fieldsToJson(OrderWire::orderFields(service, order));
    const QString items = OrderWire::itemsName(service);
    if (!items.isEmpty()) {
        QJsonArray array;
        for (const CartItem& item : order.items)
            array.append(fieldsToJson(OrderWire::itemFields(service, item)));
        out.insert(items, array);
    }
    return out;
}

// A category and, nested in `children`, everything below it.
QJsonObject categoryJson(const CategoryTree& tree, int index)
{
    const Category& c = tree.at(index);
    QJsonArray children;
    for (int child : tree.children(index))
        children.append(categoryJson(tree, child));
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("parentId"), c.parentId},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("active"), c.active},
                       {QStringLiteral("children"), children}};
}

} // namespace

ReadCommands::ReadCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

struct ReadCommands::OrderOutput
{
    explicit OrderOutput(QStringList header)
        : table(std::move(header))
    {}
    TextTable table;         // for the terminal
    QList<QStringList> rows; // for --csv
    QJsonArray json;         // for --json
    int count = 0;
};

ReadCommands::~ReadCommands() = default;

void ReadCommands::finishWith(const Error& error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote() << "command failed:" << error.detail;
    m_ctx.finish(m_ctx.out->fail(error));
}

int ReadCommands::limit() const
{
    const QString text = m_ctx.parser->value(QStringLiteral("limit"));
    if (text.isEmpty())
        return DefaultLimit;
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= 1 && n <= MaxLimit ? n : -1;
}

Capability ReadCommands::capabilityOf(What what)
{
    switch (what) {
    case What::Categories:
        return Capability::Categories;
    case What::Orders:
        return Capability::Orders;
    case What::Transactions:
        return Capability::Transactions;
    case What::Products:
        break;
    }
    return Capability::Products;
}

QString ReadCommands::mismatchMessage(const Profile& profile, What what) const
{
    const Capability wanted = capabilityOf(what);
    QString message =
        tr("The profile '%1' is a %2 profile. %3")
            .arg(profile.name, serviceDisplayName(profile.service), notOfferedText(profile.service, wanted));
    QStringList instead;
    const QList<QPair<Capability, QString>> commands = {
        {Capability::Orders, QStringLiteral("'orders list'")},
        {Capability::Categories, QStringLiteral("'categories list'")},
        {Capability::Products, QStringLiteral("'products list'")},
        {Capability::Transactions, QStringLiteral("'transactions list'")}};
    for (const auto& [capability, command] : commands) {
        if (offers(profile.service, capability))
            instead << command;
    }
    if (!instead.isEmpty())
        message += QLatin1Char(' ') + tr("Try %1.").arg(instead.join(tr(" or ")));
    return message;
}

void ReadCommands::withClient(What what, std::function<void(const Profile&, ServiceClient*)> call)
{
    const Result<Profile> selected = m_resolver.select();
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile profile = selected.value;
    if (!offers(profile.service, capabilityOf(what)))
        return m_ctx.finish(m_ctx.out->failUsage(mismatchMessage(profile, what)));
    if (limit() < 0)
        return m_ctx.finish(m_ctx.out->failUsage(tr("--limit takes a whole number from 1 to %1.").arg(MaxLimit)));

    m_resolver.clientFor(profile, [this, profile, call](const Result<ServiceClient*>& client) {
        if (!client.ok())
            return finishWith(client.error);
        call(profile, client.value);
    });
}

void ReadCommands::categories()
{
    withClient(What::Categories, [this](const Profile& profile, ServiceClient* client) {
        CategoriesCapability* categories = client->categories();
        if (!categories)
            return finishWith(Error::make(Error::Kind::Unsupported, mismatchMessage(profile, What::Categories)));
        categories->listCategories(this, [this, profile](const Result<QList<Category>>& r) {
            if (!r.ok())
                return finishWith(r.error);
            printCategories(profile, r.value);
        });
    });
}

Result<OrderQuery> ReadCommands::orderQuery(const Profile& profile) const
{
    auto usage = [](const QString& message) {
        return Result<OrderQuery>::failure(Error::make(Error::Kind::InvalidInput, message));
    };
    const QCommandLineParser& p = *m_ctx.parser;
    OrderQuery query;
    const bool all = p.isSet(QStringLiteral("all"));
    query.limit = all ? 0 : limit();
    if (p.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || n < 1 || n > MaxLimit)
            return usage(tr("--page-size takes a whole number from 1 to %1.").arg(MaxLimit));
        query.limit = n;
    } else if (all) {
        query.limit = DefaultLimit;
    }
    for (const Service service : {Service::Printlounge, Service::Virtpos}) {
        for (const OrderFilterField& field : orderFilterFields(service)) {
            const QString& name = field.option;
            if (!p.isSet(name))
                continue;
            if (profile.service != service)
                return usage(
                    tr("--%1 filters %2 orders; the profile '%3' is a %4 profile.")
                        .arg(name, serviceDisplayName(service), profile.name, serviceDisplayName(profile.service)));
            const std::optional<QString> wire = orderFilterWireValue(field, p.value(name));
            if (!wire) {
                switch (field.kind) {
                case OrderFilterField::Kind::Date:
                    return usage(tr("--%1 takes a date as YYYY-MM-DD, e.g. 2026-11-01.").arg(name));
                case OrderFilterField::Kind::Flag:
                    return usage(tr("--paid takes 1 (paid) or 0 (not paid)."));
                case OrderFilterField::Kind::Number:
                    return usage(tr("--%1 takes a whole number.").arg(name));
                case OrderFilterField::Kind::Text:
                    return usage(tr("--%1 needs a value.").arg(name));
                }
            }
            query.filters.append({field.wire, *wire});
        }
    }
    return Result<OrderQuery>::success(query);
}

void ReadCommands::orders()
{
    withClient(What::Orders, [this](const Profile& profile, ServiceClient* client) {
        OrdersCapability* orders = client->orders();
        if (!orders)
            return finishWith(Error::make(Error::Kind::Unsupported, mismatchMessage(profile, What::Orders)));
        const Result<OrderQuery> query = orderQuery(profile);
        if (!query.ok())
            return m_ctx.finish(m_ctx.out->failUsage(query.error.message));
        if (m_ctx.parser->isSet(QStringLiteral("csv"))) {
            // Opened before anything is read, so a path that cannot be written fails at once, not after the
            // last of 100,000 rows. Nothing appears under the name until every row is written (QSaveFile).
            const QString path = m_ctx.parser->value(QStringLiteral("csv")).trimmed();
            if (path.isEmpty())
                return m_ctx.finish(m_ctx.out->failUsage(tr("--csv needs the name of the file to write.")));
            m_csv = std::make_unique<QSaveFile>(path);
            if (!m_csv->open(QIODevice::WriteOnly))
                return finishWith(csvError(m_csv->errorString()));
        }
        const bool all = m_ctx.parser->isSet(QStringLiteral("all"));
        if (!all) {
            orders->listOrders(query.value, this, [this, profile](const Result<OrderPage>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                takeOrders(profile, r.value.orders);
                printOrders(profile);
            });
            return;
        }
        // Every page; --limit, when given, still caps the rows.
        const int cap = m_ctx.parser->isSet(QStringLiteral("limit")) ? limit() : 0;
        auto* listing = new OrderListing(orders, query.value, cap, this);
        const bool progress = OutputWriter::stderrIsTerminal();
        connect(listing, &OrderListing::pageArrived, this,
                [this, listing, profile, progress](const QList<OrderSummary>& rows) {
                    takeOrders(profile, rows);
                    if (progress)
                        m_ctx.out->progress(
                            tr("%1 orders read (%2 pages)…").arg(listing->rows()).arg(listing->pages()));
                });
        connect(listing, &OrderListing::finished, this, [this, profile, progress](const Error& error) {
            if (progress)
                m_ctx.out->progress(QString());
            if (!error.ok())
                return finishWith(error);
            printOrders(profile);
        });
        listing->start();
    });
}

void ReadCommands::showOrder(const QStringList& args)
{
    if (args.size() != 1)
        return m_ctx.finish(m_ctx.out->failUsage(tr("Give one order, e.g. 'orders show PL1572'.")));
    const QString ref = args.first().trimmed();
    withClient(What::Orders, [this, ref](const Profile& profile, ServiceClient* client) {
        if (auto* printlounge = qobject_cast<PrintloungeClient*>(client)) {
            printlounge->loadCart(ref, this, [this, profile](const Result<Cart>& cart) {
                if (!cart.ok())
                    return finishWith(cart.error);
                printOrder(profile, cart.value.fields, cart.value.items);
            });
        } else if (auto* htk = qobject_cast<HtkClient*>(client)) {
            htk->order(ref, this, [this, profile](const Result<FieldList>& order) {
                if (!order.ok())
                    return finishWith(order.error);
                printOrder(profile, order.value, {});
            });
        } else if (auto* virtpos = qobject_cast<VirtposClient*>(client)) {
            // VirtualPOS has no call for one order: the list is read and the order picked by id or number.
            virtpos->allOrders({}, this, [this, profile, ref](const Result<QList<OrderSummary>>& all) {
                if (!all.ok())
                    return finishWith(all.error);
                for (const OrderSummary& o : all.value) {
                    if (o.id == ref || o.number == ref) {
                        FieldList fields = {{QStringLiteral("id"), o.id},
                                            {QStringLiteral("number"), o.number},
                                            {QStringLiteral("status"), o.status},
                                            {QStringLiteral("paid"), o.paid},
                                            {QStringLiteral("created"), o.created},
                                            {QStringLiteral("amount"), o.amount},
                                            {QStringLiteral("customer"), o.customer}};
                        fields += o.extra;
                        return printOrder(profile, fields, o.items);
                    }
                }
                finishWith(Error::make(Error::Kind::NotFound,
                                       tr("VirtualPOS does not list an order %1. Check the id or number.").arg(ref),
                                       QStringLiteral("order not in the list")));
            });
        } else {
            finishWith(Error::make(Error::Kind::Unsupported, mismatchMessage(profile, What::Orders)));
        }
    });
}

void ReadCommands::printOrder(const Profile& profile, const FieldList& fields, const QList<CartItem>& items)
{
    if (m_ctx.out->json()) {
        QJsonObject doc = header(profile);
        doc.insert(QStringLiteral("order"), fieldsToJson(fields));
        doc.insert(QStringLiteral("items"), itemsToJson(items));
        m_ctx.out->printJson(doc);
        return m_ctx.finish(ExitSuccess);
    }
    TextTable head({tr("FIELD"), tr("VALUE")});
    for (const auto& [key, value] : fields)
        head.addRow({key, value});
    m_ctx.out->printTable(head);
    if (!items.isEmpty()) {
        m_ctx.out->printText(QString());
        TextTable table({tr("POS"), tr("TYPE"), tr("NAME"), tr("QUANTITY"), tr("AMOUNT")});
        for (const CartItem& i : items)
            table.addRow({i.position, i.typeName, i.name, i.quantity, i.amount});
        m_ctx.out->printTable(table);
    }
    m_ctx.finish(ExitSuccess);
}

void ReadCommands::products()
{
    withClient(What::Products, [this](const Profile& profile, ServiceClient* client) {
        ProductsCapability* products = client->products();
        if (!products)
            return finishWith(Error::make(Error::Kind::Unsupported, mismatchMessage(profile, What::Products)));
        const QCommandLineParser& p = *m_ctx.parser;
        ProductQuery query;
        query.limit = limit();
        query.filter.sku = p.value(QStringLiteral("sku")).trimmed();
        query.filter.barcode = p.value(QStringLiteral("barcode")).trimmed();
        query.filter.productName = p.value(QStringLiteral("name")).trimmed();
        query.filter.wspyId = p.value(QStringLiteral("wspy-id")).trimmed();
        query.filter.referenceId = p.value(QStringLiteral("reference-id")).trimmed();
        if (p.isSet(QStringLiteral("since"))) {
            // The service takes "yyyy-mm-dd hh:ii:ss" and refuses anything else: checked here, before sending.
            const QString since = p.value(QStringLiteral("since")).trimmed();
            QDateTime at = QDateTime::fromString(since, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (!at.isValid()) {
                const QDate day = QDate::fromString(since, QStringLiteral("yyyy-MM-dd"));
                if (day.isValid())
                    at = QDateTime(day, QTime(0, 0));
            }
            if (!at.isValid())
                return m_ctx.finish(m_ctx.out->failUsage(
                    tr("--since takes a time as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, e.g. 2026-11-01 08:00:00.")));
            query.filter.lastMod = at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        if (!p.isSet(QStringLiteral("all"))) {
            products->listProducts(query, this, [this, profile](const Result<ProductPage>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                printProducts(profile, r.value);
            });
            return;
        }
        // Every page: the client ends the list on an empty page or a page that repeats the one before.
        auto collected = std::make_shared<ProductPage>();
        auto step = std::make_shared<std::function<void(ProductQuery)>>();
        const std::weak_ptr<std::function<void(ProductQuery)>> weakStep = step;
        *step = [this, profile, products, collected, weakStep](ProductQuery next) {
            const auto self = weakStep.lock();
            products->listProducts(next, this, [this, profile, collected, self, next](const Result<ProductPage>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                collected->products += r.value.products;
                if (r.value.endReached || r.value.nextCursor.isEmpty() || r.value.products.isEmpty()) {
                    collected->endReached = true;
                    return printProducts(profile, *collected);
                }
                ProductQuery after = next;
                after.cursor = r.value.nextCursor;
                (*self)(after);
            });
        };
        (*step)(query);
    });
}

void ReadCommands::printCategories(const Profile& profile, const QList<Category>& categories)
{
    // As a tree, each parent above its children, whatever order the service sent them in.
    const CategoryTree tree(categories);
    if (m_ctx.out->json()) {
        QJsonArray roots;
        for (int root : tree.roots())
            roots.append(categoryJson(tree, root));
        QJsonObject doc = header(profile);
        doc.insert(QStringLiteral("categories"), roots);
        m_ctx.out->printJson(doc);
    } else if (categories.isEmpty()) {
        m_ctx.out->printText(tr("No categories."));
    } else {
        TextTable table({tr("NAME"), tr("ID"), tr("STATE")});
        for (const auto& [index, depth] : tree.preorder()) {
            const Category& c = tree.at(index);
            table.addRow(
                {QString(depth * 2, QLatin1Char(' ')) + c.name, c.id, c.active ? tr("active") : tr("inactive")});
        }
        m_ctx.out->printTable(table);
    }
    m_ctx.finish(ExitSuccess);
}

QStringList ReadCommands::orderHeader()
{
    return {tr("ID"), tr("NUMBER"), tr("STATUS"), tr("PAID"), tr("CREATED"), tr("AMOUNT"), tr("CUSTOMER")};
}

QStringList ReadCommands::orderRow(const Profile& profile, const OrderSummary& o)
{
    return {o.id, o.number, profile.statusLabel(o.status), o.paid, o.created, o.amount, o.customer};
}

Error ReadCommands::csvError(const QString& reason) const
{
    const QString file = QDir::toNativeSeparators(QFileInfo(m_csv->fileName()).absoluteFilePath());
    return Error::make(Error::Kind::Storage, tr("Could not write the file %1: %2.").arg(file, reason),
                       QStringLiteral("csv %1: %2").arg(file, reason));
}

void ReadCommands::takeOrders(const Profile& profile, const QList<OrderSummary>& orders)
{
    if (!m_orderOutput)
        m_orderOutput = std::make_unique<OrderOutput>(orderHeader());
    OrderOutput& out = *m_orderOutput;
    out.count += static_cast<int>(orders.size());
    if (m_csv) {
        for (const OrderSummary& o : orders)
            out.rows.append(orderRow(profile, o));
    } else if (m_ctx.out->json()) {
        // The orders as the service names their fields; scripts read what the API documents say.
        for (const OrderSummary& o : orders)
            out.json.append(wireJson(profile.service, o));
    } else {
        for (const OrderSummary& o : orders)
            out.table.addRow(orderRow(profile, o));
    }
}

void ReadCommands::writeCsv(const Profile& profile)
{
    const QByteArray bytes = TableText::csv(orderHeader(), m_orderOutput->rows);
    if (m_csv->write(bytes) != bytes.size() || !m_csv->commit()) {
        const Error error = csvError(m_csv->errorString());
        m_csv.reset(); // discards what was written; the file under the name stays as it was
        return finishWith(error);
    }
    const QString file = QDir::toNativeSeparators(QFileInfo(m_csv->fileName()).absoluteFilePath());
    const int count = m_orderOutput->count;
    if (m_ctx.out->json()) {
        QJsonObject doc = header(profile);
        doc.insert(QStringLiteral("file"), file);
        doc.insert(QStringLiteral("rows"), count);
        m_ctx.out->printJson(doc);
    } else {
        //: How many orders (%2, a number) went into the CSV file %1.
        m_ctx.out->printText(tr("Rows written to %1: %2.").arg(file, QString::number(count)));
    }
    m_ctx.finish(ExitSuccess);
}

void ReadCommands::printOrders(const Profile& profile)
{
    if (!m_orderOutput)
        m_orderOutput = std::make_unique<OrderOutput>(orderHeader());
    if (m_csv)
        return writeCsv(profile);
    if (m_ctx.out->json())
        m_ctx.out->printJson(m_orderOutput->json);
    else if (m_orderOutput->count == 0)
        m_ctx.out->printText(tr("No orders."));
    else
        m_ctx.out->printTable(m_orderOutput->table);
    m_ctx.finish(ExitSuccess);
}

void ReadCommands::transactions()
{
    const QCommandLineParser& p = *m_ctx.parser;
    TransactionFilter filter;
    // The service's own words for each filter, checked here so nothing goes out with a value it refuses.
    filter.invoiceStatus = p.value(QStringLiteral("invoice-status")).trimmed().toLower();
    if (!filter.invoiceStatus.isEmpty() &&
        !QStringList{QStringLiteral("invoiced"), QStringLiteral("uninvoiced"), QStringLiteral("error")}.contains(
            filter.invoiceStatus))
        return m_ctx.finish(
            m_ctx.out->failUsage(tr("--invoice-status takes invoiced, uninvoiced or error; \"%1\" is none of them.")
                                     .arg(p.value(QStringLiteral("invoice-status")))));
    filter.role = p.value(QStringLiteral("role")).trimmed().toLower();
    if (!filter.role.isEmpty() &&
        !QStringList{QStringLiteral("supplier"), QStringLiteral("retailer")}.contains(filter.role))
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("--role takes supplier or retailer; \"%1\" is neither.").arg(p.value(QStringLiteral("role")))));
    for (const char* option : {"from", "to"}) {
        const QString value = p.value(QLatin1String(option)).trimmed();
        if (!value.isEmpty() && !QDate::fromString(value, QStringLiteral("yyyy-MM-dd")).isValid())
            return m_ctx.finish(
                m_ctx.out->failUsage(tr("--%1 takes a day as YYYY-MM-DD, e.g. 2026-11-01; \"%2\" is not one.")
                                         .arg(QLatin1String(option), value)));
    }
    filter.dateFrom = p.value(QStringLiteral("from")).trimmed();
    filter.dateTo = p.value(QStringLiteral("to")).trimmed();
    withClient(What::Transactions, [this, filter](const Profile& profile, ServiceClient* client) {
        TransactionsCapability* transactions = client->transactions();
        if (!transactions)
            return finishWith(Error::make(Error::Kind::Unsupported, mismatchMessage(profile, What::Transactions)));
        transactions->listTransactions(filter, this, [this, profile](const Result<QList<Transaction>>& r) {
            if (!r.ok())
                return finishWith(r.error);
            printTransactions(profile, r.value);
        });
    });
}

void ReadCommands::printTransactions(const Profile& profile, const QList<Transaction>& list)
{
    if (m_ctx.out->json()) {
        QJsonArray array;
        for (const Transaction& t : list) {
            QJsonArray products;
            for (const FieldList& product : t.products)
                products.append(fieldsToJson(product));
            array.append(QJsonObject{{QStringLiteral("transactionId"), t.id},
                                     {QStringLiteral("date"), t.date},
                                     {QStringLiteral("paymentStatus"), t.paymentStatus},
                                     {QStringLiteral("transferredAt"), t.transferredAt},
                                     {QStringLiteral("supplier"), t.supplier},
                                     {QStringLiteral("retailer"), t.retailer},
                                     {QStringLiteral("paymentId"), t.paymentId},
                                     {QStringLiteral("invoiceStatus"), t.invoiceStatus},
                                     {QStringLiteral("invoiceSerialNumber"), t.invoiceSerialNumber},
                                     {QStringLiteral("invoiceUrl"), t.invoiceUrl},
                                     {QStringLiteral("products"), products}});
        }
        QJsonObject doc = header(profile);
        doc.insert(QStringLiteral("transactions"), array);
        m_ctx.out->printJson(doc);
    } else if (list.isEmpty()) {
        m_ctx.out->printText(tr("No transactions."));
    } else {
        TextTable table({tr("TRANSACTION"), tr("DATE"), tr("SUPPLIER"), tr("RETAILER"), tr("PAYMENT"), tr("INVOICE"),
                         tr("INVOICE NUMBER"), tr("PRODUCTS")});
        for (const Transaction& t : list)
            table.addRow({t.id, t.date, t.supplier, t.retailer, t.paymentStatus, t.invoiceStatus, t.invoiceSerialNumber,
                          QString::number(t.products.size())});
        m_ctx.out->printTable(table);
    }
    m_ctx.finish(ExitSuccess);
}

void ReadCommands::printProducts(const Profile& profile, const ProductPage& page)
{
    if (m_ctx.out->json()) {
        QJsonArray array;
        for (const Product& p : page.products)
            array.append(QJsonObject{{QStringLiteral("wspyId"), p.wspyId},
                                     {QStringLiteral("sku"), p.sku},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("variant"), p.variant},
                                     {QStringLiteral("barcode"), p.barcode},
                                     {QStringLiteral("price"), p.price},
                                     {QStringLiteral("currency"), p.currency},
                                     {QStringLiteral("quantity"), p.quantity},
                                     {QStringLiteral("updatedAt"), p.updatedAt},
                                     {QStringLiteral("category"), p.category},
                                     {QStringLiteral("subCategory"), p.subCategory},
                                     {QStringLiteral("subSubCategory"), p.subSubCategory},
                                     {QStringLiteral("extra"), fieldsToJson(p.extra)}});
        QJsonObject doc = header(profile);
        doc.insert(QStringLiteral("products"), array);
        doc.insert(QStringLiteral("page"), page.page);
        doc.insert(QStringLiteral("endReached"), page.endReached);
        m_ctx.out->printJson(doc);
    } else if (page.products.isEmpty()) {
        m_ctx.out->printText(tr("No products."));
    } else {
        TextTable table(
            {tr("SKU"), tr("NAME"), tr("VARIANT"), tr("PRICE"), tr("CURRENCY"), tr("QUANTITY"), tr("BARCODE")});
        for (const Product& p : page.products)
            table.addRow({p.sku, p.name, p.variant, p.price, p.currency, p.quantity, p.barcode});
        m_ctx.out->printTable(table);
    }
    m_ctx.finish(ExitSuccess);
}

} // namespace kontor::cli
