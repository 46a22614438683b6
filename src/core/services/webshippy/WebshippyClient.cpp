#include "services/webshippy/WebshippyClient.h"

#include "Logging.h"
#include "net/HttpClient.h"
#include "services/webshippy/WebshippyEnvelope.h"
#include "services/webshippy/WebshippyParser.h"

#include <QCryptographicHash>
#include <algorithm>

namespace kontor {

using codec::Json;
using codec::Lenient;

namespace {

// What identifies a page's content: its products' keys in order.
QString fingerprint(const QList<Product>& products)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Product& p : products) {
        hash.addData(p.wspyId.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(p.sku.toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// "p<page>:<fingerprint of the page before>"; the first page has no cursor.
bool parseCursor(const QString& cursor, int* page, QString* previous)
{
    const QString c = cursor.trimmed();
    if (c.isEmpty()) {
        *page = 0;
        previous->clear();
        return true;
    }
    const qsizetype colon = c.indexOf(QLatin1Char(':'));
    if (!c.startsWith(QLatin1Char('p')) || colon < 0)
        return false;
    bool ok = false;
    *page = c.mid(1, colon - 1).toInt(&ok);
    *previous = c.mid(colon + 1);
    return ok && *page >= 0;
}

} // namespace

WebshippyClient::WebshippyClient(const Profile& profile, const QString& secret, QObject* parent)
    : ServiceClient(profile, secret, parent)
{}

QString WebshippyClient::apiPath() const
{
    return m_profile.endpoint(QStringLiteral("webshippy.api"), QStringLiteral("wspyapi"));
}

net::HttpRequest WebshippyClient::request(const QString& action, const Json& fields) const
{
    return WebshippyEnvelope::request(apiPath(), action, m_profile.format, m_http->config().auth.secret, fields);
}

QString WebshippyClient::signInRefusedText() const
{
    return tr("Webshippy did not accept the API key. Check it in the profile.");
}

std::optional<Error> WebshippyClient::readErrorBody(const QByteArray& body) const
{
    const QByteArray head = body.trimmed();
    const WireFormat format = head.startsWith('<') ? WireFormat::Xml : WireFormat::Json;
    const Result<Json> answer = WebshippyEnvelope::open(body, format);
    if (answer.ok() || answer.error.kind == Error::Kind::Malformed || answer.error.kind == Error::Kind::Html)
        return std::nullopt;
    return answer.error;
}

void WebshippyClient::listProducts(const ProductQuery& query, QObject* context, Callback<ProductPage> done)
{
    int page = 0;
    QString previous;
    if (query.limit < 1 || !parseCursor(query.cursor, &page, &previous)) {
        deliver(context, done,
                Result<ProductPage>::failure(Error::make(
                    Error::Kind::InvalidInput, tr("The product list cannot continue from here; load it again."),
                    QStringLiteral("cursor \"%1\", limit %2").arg(query.cursor).arg(query.limit))));
        return;
    }
    // The vendor's examples send every number as a string.
    Json filters = Json::object();
    const auto put = [&filters](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            filters[key] = value.trimmed().toStdString();
    };
    const ProductFilter& filter = query.filter;
    put("wspyId", filter.wspyId);
    put("referenceId", filter.referenceId);
    put("productName", filter.productName);
    put("sku", filter.sku);
    put("barcode", filter.barcode);
    put("lastMod", filter.lastMod);
    if (filter.getAllProduct)
        filters["getAllProduct"] = true;
    Json fields = Json::object();
    fields["page"] = std::to_string(page);
    fields["limit"] = std::to_string(query.limit);
    fields["filters"] = std::move(filters);

    const WireFormat format = m_profile.format;
    auto getProduct = request(QStringLiteral("GetProduct"), fields);
    getProduct.setIdempotent(true); // a read, although the service wants POST
    const Guard guard(context);
    send(std::move(getProduct), guard,
         [guard, format, page, previous, done](const net::HttpResponse& response, const Error& error) {
             if (!error.ok()) {
                 deliver(guard, done, Result<ProductPage>::failure(error));
                 return;
             }
             Result<ProductPage> result = WebshippyParser::parseProducts(response.body, format, page);
             if (result.ok()) {
                 ProductPage& p = result.value;
                 const QString mine = fingerprint(p.products);
                 if (!p.products.isEmpty() && !previous.isEmpty() && mine == previous) {
                     // The server ignored `page`: this is the page before, again. Nothing new will come.
                     qCWarning(lcService) << "webshippy: page" << page << "repeats the page before; stopping";
                     p.products.clear();
                     p.endReached = true;
                 }
                 if (!p.endReached)
                     p.nextCursor = QStringLiteral("p%1:%2").arg(page + 1).arg(mine);
             }
             deliver(guard, done, std::move(result));
         });
}

void WebshippyClient::createBundle(const BundleDraft& draft, QObject* context, Callback<BundleResult> done)
{
    const QList<FieldProblem> problems = Bundles::validate(draft);
    if (!problems.isEmpty()) {
        deliver(context, done,
                Result<BundleResult>::failure(
                    Error::make(Error::Kind::InvalidInput, problems.first().message,
                                QStringLiteral("bundle refused before sending: %1").arg(problems.first().field))));
        return;
    }
    const WireFormat format = m_profile.format;
    const Guard guard(context);
    send(request(QStringLiteral("createBundle"), Bundles::wireFields(draft, format)), guard,
         [guard, format, done](const net::HttpResponse& response, const Error& error) {
             if (!error.ok()) {
                 deliver(guard, done, Result<BundleResult>::failure(error));
                 return;
             }
             Result<Json> answer = WebshippyEnvelope::open(response.body, format);
             if (!answer.ok()) {
                 deliver(guard, done, Result<BundleResult>::failure(answer.error));
                 return;
             }
             BundleResult result;
             result.wspyId = Lenient::string(answer.value, "wspyId").trimmed();
             result.messages = WebshippyEnvelope::messages(answer.value);
             deliver(guard, done, Result<BundleResult>::success(result));
         });
}

void WebshippyClient::saveProduct(const ProductDraft& draft, QObject* context, Callback<ProductSaveResult> done)
{
    const QString sku = draft.sku.trimmed();
    if (sku.isEmpty()) {
        deliver(context, done,
                Result<ProductSaveResult>::failure(Error::make(
                    Error::Kind::InvalidInput, tr("A product needs its SKU."), QStringLiteral("empty sku"))));
        return;
    }
    Json product = Json::object();
    product["sku"] = sku.toStdString();
    QString category;
    for (const auto& [name, value] : draft.fields) {
        if (name == QLatin1String("sku"))
            continue;
        product[name.toStdString()] = value.toStdString();
        if (name == QLatin1String("category"))
            category = value;
    }
    Json fields = Json::object();
    fields["product"] = std::move(product);
    const WireFormat format = m_profile.format;
    const Guard guard(context);
    // A write: never repeated by the HTTP layer.
    send(request(QStringLiteral("CreateProduct"), fields), guard,
         [this, guard, format, sku, category, done](const net::HttpResponse& response, const Error& error) {
             Result<ProductSaveResult> saved = error.ok() ? WebshippyParser::parseSaveAnswer(response.body, format)
                                                          : Result<ProductSaveResult>::failure(error);
             if (!saved.ok()) {
                 // The service's words about a refused barcode need not say its rule (document 003): say it.
                 if (saved.error.kind == Error::Kind::Service &&
                     saved.error.message.contains(QLatin1String("barcode"), Qt::CaseInsensitive))
                     saved.error.message +=
                         QLatin1Char(' ') + tr("Webshippy lets a product's barcode change only while it is empty or "
                                               "before any goods receipt was recorded for the product.");
                 deliver(guard, done, std::move(saved));
                 return;
             }
             // Read back what was stored: the service shows a category code as names.
             ProductQuery query;
             query.limit = 1;
             query.filter.sku = sku;
             listProducts(query, this, [this, guard, sku, category, saved, done](const Result<ProductPage>& page) {
                 Result<ProductSaveResult> out = saved;
                 if (page.ok()) {
                     for (const Product& p : page.value.products) {
                         if (p.sku.trimmed() == sku)
                             out.value.stored = p;
                     }
                     if (out.value.stored && !category.isEmpty())
                         m_categories.learn(category, WebshippyCategories::namesOf(*out.value.stored));
                 }
                 deliver(guard, done, std::move(out)); // saved either way; the read-back is a courtesy
             });
         });
}

void WebshippyClient::listTransactions(const TransactionFilter& filter, QObject* context,
                                       Callback<QList<Transaction>> done)
{
    Json filters = Json::object();
    const auto put = [&filters](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            filters[key] = value.trimmed().toStdString();
    };
    put("invoiceStatus", filter.invoiceStatus);
    put("dateFrom", filter.dateFrom);
    put("dateTo", filter.dateTo);
    put("transactionRole", filter.role);
    Json fields = Json::object();
    fields["filters"] = std::move(filters);
    auto read = request(QStringLiteral("getMarketplaceTransactions"), fields);
    read.setIdempotent(true); // a read, although the service wants POST
    const WireFormat format = m_profile.format;
    const Guard guard(context);
    send(std::move(read), guard, [this, guard, format, done](const net::HttpResponse& response, const Error& error) {
        using R = Result<QList<Transaction>>;
        if (!error.ok()) {
            deliver(guard, done, R::failure(error));
            return;
        }
        // A month's transactions are megabytes of text: parsed on the thread pool.
        parseOffThread<QList<Transaction>>(
            response.body,
            [format](const QByteArray& body) { return WebshippyParser::parseTransactions(body, format); },
            [this, guard, done](const R& r) {
                if (r.ok()) {
                    for (const Transaction& t : r.value)
                        m_seenTransactions.insert(t.id, t);
                }
                deliver(guard, done, r);
            });
    });
}

void WebshippyClient::uploadInvoices(const QList<InvoiceFile>& invoices, QObject* context,
                                     Callback<QList<InvoiceResult>> done)
{
    using R = Result<QList<InvoiceResult>>;
    if (invoices.isEmpty()) {
        deliver(context, done, R::success({}));
        return;
    }
    Json list = Json::array();
    for (const InvoiceFile& f : invoices) {
        Json item = Json::object();
        item["transactionId"] = f.transactionId.toStdString();
        item["invoiceSerialNumber"] = f.serialNumber.toStdString();
        item["fileInput"] = f.base64.toStdString();
        list.push_back(std::move(item));
    }
    Json fields = Json::object();
    fields["invoice"] = std::move(list);
    const WireFormat format = m_profile.format;
    const Guard guard(context);
    send(request(QStringLiteral("uploadMarketplaceTransactionInvoice"), fields), guard,
         [this, guard, format, invoices, done](const net::HttpResponse& response, const Error& error) {
             if (!error.ok()) {
                 deliver(guard, done, R::failure(error));
                 return;
             }
             Result<WebshippyParser::UploadAnswer> answer =
                 WebshippyParser::parseUploadAnswer(response.body, format, invoices);
             if (!answer.ok()) {
                 deliver(guard, done, R::failure(answer.error));
                 return;
             }
             const bool open =
                 std::any_of(answer.value.items.cbegin(), answer.value.items.cend(),
                             [](const InvoiceResult& r) { return r.outcome == InvoiceResult::Outcome::Unsettled; });
             if (!open) {
                 remember(answer.value.items);
                 deliver(guard, done, R::success(answer.value.items));
                 return;
             }
             // Texts that name no item ("Already existing entity"): what the transactions show now decides,
             // compared with what they showed before (the last listing, taken before sending).
             const QHash<QString, Transaction> before = m_seenTransactions;
             listTransactions(
                 {}, this, [this, guard, answer, before, done](const Result<QList<Transaction>>& transactions) {
                     WebshippyParser::UploadAnswer settled = answer.value;
                     if (transactions.ok())
                         WebshippyParser::settleFromTransactions(&settled, transactions.value, before);
                     remember(settled.items);
                     deliver(guard, done, R::success(settled.items)); // items still Unsettled if they cannot be read
                 });
         });
}

void WebshippyClient::remember(const QList<InvoiceResult>& results)
{
    // What an upload settled is what the service shows now: the next upload compares with this.
    for (const InvoiceResult& r : results) {
        if (r.outcome != InvoiceResult::Outcome::Stored && r.outcome != InvoiceResult::Outcome::AlreadyPresent)
            continue;
        Transaction& t = m_seenTransactions[r.transactionId];
        t.id = r.transactionId;
        t.invoiceStatus = QStringLiteral("invoiced");
        t.invoiceSerialNumber = r.serialNumber;
    }
}

void WebshippyClient::testConnection(QObject* context, Callback<ConnectionInfo> done)
{
    ProductQuery query;
    query.limit = 1;
    const Guard guard(context);
    listProducts(query, this, [guard, done](const Result<ProductPage>& page) {
        if (!page.ok()) {
            deliver(guard, done, Result<ConnectionInfo>::failure(page.error));
            return;
        }
        ConnectionInfo info;
        info.summary = page.value.products.isEmpty() ? tr("Signed in to Webshippy; there are no products yet.")
                                                     : tr("Signed in to Webshippy; the product list answers.");
        deliver(guard, done, Result<ConnectionInfo>::success(info));
    });
}

} // namespace kontor
