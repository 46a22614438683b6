#include "services/webshippy/WebshippyParser.h"

#include "services/webshippy/WebshippyEnvelope.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace kontor {

using codec::Json;
using codec::Lenient;

namespace {

const QString Source = QStringLiteral("Webshippy");

// A member that may hold one object or a list of them (XML gives one object where JSON gives a list of one).
QList<const Json*> objectsOf(const Json* value)
{
    QList<const Json*> out;
    if (!value)
        return out;
    if (value->is_object()) {
        out.append(value);
    } else if (value->is_array()) {
        for (const Json& v : *value) {
            if (v.is_object())
                out.append(&v);
        }
    }
    return out;
}

QString nameOf(const Json& parties, const char* role)
{
    const Json* party = Lenient::field(parties, role);
    return party && party->is_object() ? Lenient::string(*party, "name") : QString();
}

Transaction transactionFrom(const Json& object)
{
    static const QStringList named = {QStringLiteral("transactionId"), QStringLiteral("date"),
                                      QStringLiteral("paymentStatus"), QStringLiteral("transferredAt"),
                                      QStringLiteral("parties"),       QStringLiteral("payment"),
                                      QStringLiteral("products"),      QStringLiteral("invoice")};
    Transaction t;
    t.id = Lenient::string(object, "transactionId").trimmed();
    t.date = Lenient::string(object, "date");
    t.paymentStatus = Lenient::string(object, "paymentStatus");
    t.transferredAt = Lenient::string(object, "transferredAt"); // null and "" both read as empty
    if (const Json* parties = Lenient::field(object, "parties"); parties && parties->is_object()) {
        t.supplier = nameOf(*parties, "supplier");
        t.retailer = nameOf(*parties, "retailer");
    }
    if (const Json* payment = Lenient::field(object, "payment"); payment && payment->is_object())
        t.paymentId = Lenient::string(*payment, "paymentId");
    for (const Json* product : objectsOf(Lenient::field(object, "products")))
        t.products.append(Lenient::fields(*product));
    if (const Json* invoice = Lenient::field(object, "invoice"); invoice && invoice->is_object()) {
        t.invoiceStatus = Lenient::string(*invoice, "status").trimmed();
        t.invoiceSerialNumber = Lenient::string(*invoice, "serialNumber").trimmed();
        t.invoiceUrl = Lenient::string(*invoice, "url").trimmed();
    }
    t.extra = Lenient::fields(object, named);
    return t;
}

} // namespace

Product WebshippyParser::productFrom(const Json& object)
{
    static const QStringList named = {
        QStringLiteral("wspyId"),      QStringLiteral("sku"),      QStringLiteral("productName"),
        QStringLiteral("variantName"), QStringLiteral("barcode"),  QStringLiteral("price"),
        QStringLiteral("currency"),    QStringLiteral("quantity"), QStringLiteral("updatedAt")};
    Product p;
    p.wspyId = Lenient::string(object, "wspyId").trimmed();
    p.sku = Lenient::string(object, "sku");
    p.name = Lenient::string(object, "productName");
    p.variant = Lenient::string(object, "variantName");
    p.barcode = Lenient::string(object, "barcode");
    p.price = Lenient::string(object, "price");
    p.currency = Lenient::string(object, "currency");
    p.quantity = Lenient::string(object, "quantity");
    p.updatedAt = Lenient::string(object, "updatedAt");
    p.category = Lenient::string(object, "category");
    p.subCategory = Lenient::string(object, "subCategory");
    p.subSubCategory = Lenient::string(object, "subSubCategory");
    p.extra = Lenient::fields(object, named + QStringList{QStringLiteral("category"), QStringLiteral("subCategory"),
                                                          QStringLiteral("subSubCategory")});
    return p;
}

Result<ProductPage> WebshippyParser::parseProducts(const QByteArray& body, WireFormat format, int page)
{
    using R = Result<ProductPage>;
    Result<Json> answer = WebshippyEnvelope::open(body, format);
    if (!answer.ok())
        return R::failure(answer.error);

    ProductPage out;
    out.page = page;
    const Json* result = Lenient::field(answer.value, "result");
    if (!result || result->is_null() || (result->is_string() && Lenient::toString(result).trimmed().isEmpty())) {
        out.endReached = true;
        return R::success(out);
    }
    if (result->is_object()) {
        // One product without a list around it (an XML answer whose <result> holds fields, not <elem>s).
        out.products.append(productFrom(*result));
        return R::success(out);
    }
    if (!result->is_array())
        return R::failure(Lenient::shapeError(Source, QStringLiteral("result is neither a list nor an object")));
    for (const Json& row : *result) {
        if (!row.is_object())
            return R::failure(Lenient::shapeError(Source, QStringLiteral("a product is not an object")));
        out.products.append(productFrom(row));
    }
    out.endReached = out.products.isEmpty();
    return R::success(out);
}

Result<ProductSaveResult> WebshippyParser::parseSaveAnswer(const QByteArray& body, WireFormat format)
{
    Result<Json> answer = WebshippyEnvelope::open(body, format);
    if (!answer.ok())
        return Result<ProductSaveResult>::failure(answer.error);
    ProductSaveResult r;
    r.wspyId = Lenient::string(answer.value, "wspyId").trimmed();
    r.messages = WebshippyEnvelope::messages(answer.value);
    const QString said = r.messages.join(QLatin1Char(' ')).toLower();
    // Document 003's three answers: creation, modification, no change.
    if (said.contains(QLatin1String("creation")))
        r.outcome = ProductSaveResult::Outcome::Created;
    else if (said.contains(QLatin1String("no changes")))
        r.outcome = ProductSaveResult::Outcome::Unchanged;
    else
        r.outcome = ProductSaveResult::Outcome::Modified;
    return Result<ProductSaveResult>::success(r);
}

Result<QList<Transaction>> WebshippyParser::parseTransactions(const QByteArray& body, WireFormat format)
{
    using R = Result<QList<Transaction>>;
    Result<Json> answer = WebshippyEnvelope::open(body, format);
    if (!answer.ok())
        return R::failure(answer.error);
    QList<Transaction> out;
    const Json* result = Lenient::field(answer.value, "result");
    if (!result || result->is_null() || (result->is_string() && Lenient::toString(result).trimmed().isEmpty()))
        return R::success(out);
    if (result->is_object() && Lenient::has(*result, "transactionId")) {
        out.append(transactionFrom(*result)); // XML: one transaction's fields right inside <result>
        return R::success(out);
    }
    if (!result->is_array() && !result->is_object())
        return R::failure(Lenient::shapeError(Source, QStringLiteral("result is neither a list nor an object")));
    for (const Json& row : *result) {
        for (const Json* t : objectsOf(&row))
            out.append(transactionFrom(*t));
    }
    return R::success(out);
}

Result<WebshippyParser::UploadAnswer> WebshippyParser::parseUploadAnswer(const QByteArray& body, WireFormat format,
                                                                         const QList<InvoiceFile>& sent)
{
    using R = Result<UploadAnswer>;
    Result<Json> answer = WebshippyEnvelope::read(body, format);
    if (!answer.ok())
        return R::failure(answer.error);
    const bool success = WebshippyEnvelope::isSuccess(answer.value);
    const QStringList texts =
        success ? WebshippyEnvelope::messages(answer.value) : WebshippyEnvelope::errorTexts(answer.value);

    UploadAnswer out;
    for (const InvoiceFile& f : sent)
        out.items.append({f.transactionId, f.serialNumber, InvoiceResult::Outcome::Unsettled, {}});

    // "Invoice <serial> upload failed, due to: <reason>" (document 004), the serial with or without brackets.
    static const QRegularExpression failed(
        QStringLiteral(R"(^\s*Invoice\s+\[?(.+?)\]?\s+upload failed,?\s*due to:?\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    bool anyFailureNamed = false;
    for (const QString& text : texts) {
        const QRegularExpressionMatch m = failed.match(text);
        if (m.hasMatch()) {
            const QString serial = m.captured(1).trimmed();
            bool named = false;
            for (InvoiceResult& item : out.items) {
                if (item.serialNumber == serial && item.outcome == InvoiceResult::Outcome::Unsettled) {
                    item.outcome = InvoiceResult::Outcome::Failed;
                    item.message = m.captured(2).trimmed().isEmpty() ? text.trimmed() : m.captured(2).trimmed();
                    named = true;
                }
            }
            anyFailureNamed = anyFailureNamed || named;
            if (!named)
                out.unattributed << text.trimmed();
        } else if (text.contains(QLatin1String("Already existing entity"), Qt::CaseInsensitive)) {
            ++out.alreadyExisting;
        } else if (!success) {
            out.unattributed << text.trimmed();
        }
    }
    if (!success && !anyFailureNamed && out.alreadyExisting == 0) {
        // An error that names nothing at all: the whole call was refused (a wrong key, a malformed request).
        const Error refused = WebshippyEnvelope::refusal(out.unattributed, Lenient::string(answer.value, "status"));
        if (refused.kind == Error::Kind::Auth || out.unattributed.isEmpty())
            return R::failure(refused);
    }
    const bool open = out.alreadyExisting > 0 || !out.unattributed.isEmpty();
    for (InvoiceResult& item : out.items) {
        if (item.outcome != InvoiceResult::Outcome::Unsettled)
            continue;
        if (!open)
            item.outcome = InvoiceResult::Outcome::Stored; // every failure was named, and this was not one
        else if (!out.unattributed.isEmpty())
            item.message = out.unattributed.join(QLatin1String("; "));
    }
    return R::success(out);
}

void WebshippyParser::settleFromTransactions(UploadAnswer* answer, const QList<Transaction>& now,
                                             const QHash<QString, Transaction>& before)
{
    const auto invoiced = [](const Transaction& t) {
        return t.invoiceStatus.compare(QLatin1String("invoiced"), Qt::CaseInsensitive) == 0;
    };
    QHash<QString, const Transaction*> byId;
    for (const Transaction& t : now)
        byId.insert(t.id, &t);
    QList<InvoiceResult*> done;
    for (InvoiceResult& item : answer->items) {
        if (item.outcome != InvoiceResult::Outcome::Unsettled)
            continue;
        const Transaction* t = byId.value(item.transactionId);
        if (t && invoiced(*t) && t->invoiceSerialNumber == item.serialNumber) {
            done.append(&item);
        } else if (t && invoiced(*t)) {
            item.outcome = InvoiceResult::Outcome::Failed;
            item.message = QCoreApplication::translate("kontor::WebshippyParser",
                                                       "Another invoice (%1) is already stored for this transaction.")
                               .arg(t->invoiceSerialNumber.isEmpty()
                                        ? QCoreApplication::translate("kontor::WebshippyParser", "without a number")
                                        : t->invoiceSerialNumber);
        } else {
            item.outcome = InvoiceResult::Outcome::Failed;
            if (item.message.isEmpty())
                item.message =
                    t ? QCoreApplication::translate("kontor::WebshippyParser", "Webshippy did not store the invoice.")
                      : QCoreApplication::translate("kontor::WebshippyParser",
                                                    "Webshippy does not know this transaction.");
        }
    }
    // Done either way; which of them were there before the upload is told apart where it can be.
    const bool allWereThere = answer->alreadyExisting > 0 && answer->alreadyExisting == done.size();
    for (InvoiceResult* item : std::as_const(done)) {
        const auto seen = before.constFind(item->transactionId);
        const bool knownBefore = seen != before.cend();
        const bool wasThere =
            knownBefore ? invoiced(*seen) && seen->invoiceSerialNumber == item->serialNumber : allWereThere;
        item->outcome = wasThere ? InvoiceResult::Outcome::AlreadyPresent : InvoiceResult::Outcome::Stored;
        item->message.clear();
    }
}

} // namespace kontor
