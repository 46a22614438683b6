#include "webshippy/WebshippyMarketplace.h"

#include "common/FakeData.h"
#include "common/JsonFields.h"
#include "common/SeededRandom.h"

#include <QDate>
#include <QTimeZone>

// The readings of doc 004 this simulation chooses are listed in docs/sandbox.md (section webshippy).

namespace kontor::sandbox {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {
const char* const kPaymentStatuses[] = {"paid", "paid", "paid", "unpaid", "refunded"};

// An error answer as document 004 shows it: status and message, no result.
ojson failure(const QStringList& messages)
{
    ojson e;
    e["status"] = "error";
    e["message"] = ojson::array();
    for (const QString& m : messages)
        e["message"].push_back(m.toStdString());
    return e;
}

// An empty value as this record writes it: "" or null (the XML form is <x/> for both).
ojson emptyOr(const QString& value, bool nullForEmpty)
{
    if (value.isEmpty() && nullForEmpty)
        return nullptr;
    return value.toStdString();
}

QString capitalised(const char* name)
{
    QString s = QLatin1String(name);
    s[0] = s[0].toUpper();
    return s;
}

// Reads a required text field of an uploaded invoice. Returns the reason in the vendor's
// "[field:x] X field ..." form when the field is missing, empty or not a text.
QString requiredText(const json& item, const char* key, std::string* out)
{
    const QString label = QStringLiteral("[field:%1] %2 field ").arg(QLatin1String(key), capitalised(key));
    const json* value = JsonFields::find(item, key);
    if (!value || value->is_null() ||
        (value->is_string() && QString::fromStdString(value->get<std::string>()).trimmed().isEmpty()))
        return label + QStringLiteral("is required");
    if (!value->is_string())
        return label + QStringLiteral("has to be string");
    *out = value->get<std::string>();
    return {};
}

// The item as the client sent it, its documented members in the document's order.
ojson echo(const json& item)
{
    if (!item.is_object())
        return ojson(item);
    ojson out = ojson::object();
    for (const char* key : {"transactionId", "invoiceSerialNumber", "fileInput"}) {
        if (const json* value = JsonFields::find(item, key))
            out[key] = ojson(*value);
    }
    return out;
}

bool parseDay(const QString& text, qint64* epoch)
{
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid() || text.size() != 10)
        return false;
    *epoch = d.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    return true;
}

ojson party(SeededRandom& random)
{
    const Lang lang = FakeData::language(random, Lang::Hu);
    const FakePerson p = FakeData::person(random, lang);
    ojson r;
    r["name"] = (p.company.isEmpty() ? FakeData::company(random, lang) : p.company).toStdString();
    r["address"] = QStringLiteral("%1 %2 %3 %4").arg(p.zip, p.country, p.town, p.street).toStdString();
    r["email"] = p.email.toStdString();
    r["billingTaxNumber"] = QStringLiteral("%1-%2-%3")
                                .arg(random.range(10000000, 99999999))
                                .arg(random.range(1, 5))
                                .arg(random.range(10, 44))
                                .toStdString();
    return r;
}
} // namespace

WebshippyMarketplace::WebshippyMarketplace(quint32 seed, int count)
{
    SeededRandom random(SeededRandom::derive(seed, 0x7A45));
    SeededRandom empties(SeededRandom::derive(seed, 0x7A46)); // "" or null, a stream of its own

    const int n = qMax(0, count);
    qint64 date = FakeData::anchorEpoch() - qint64(n) * 86400 - 86400;
    for (int i = 0; i < n; ++i) {
        Transaction t;
        const int number = 1000100 + i;
        t.id = QStringLiteral("DSPY%1").arg(number);
        date += random.range(3 * 3600, 40 * 3600);
        t.date = qMin(date, FakeData::anchorEpoch());
        t.role = random.chance(0.8) ? QStringLiteral("supplier") : QStringLiteral("retailer");
        const QString paymentStatus = QLatin1String(random.pick(kPaymentStatuses));
        t.nullForEmpty = empties.chance(0.5);
        ojson& b = t.body;
        b["transactionId"] = t.id.toStdString();
        b["date"] = FakeData::dateTime(t.date).toStdString();
        b["paymentStatus"] = paymentStatus.toStdString();
        b["transferredAt"] =
            emptyOr(paymentStatus == QLatin1String("paid") ? FakeData::dateTime(t.date + random.range(1, 10) * 86400LL)
                                                           : QString(),
                    t.nullForEmpty);
        ojson ours;
        ours["name"] = "Kontor Demo Kft.";
        if (t.role == QLatin1String("supplier")) {
            b["parties"]["supplier"] = ours;
            b["parties"]["retailer"] = party(random);
        } else {
            ojson supplier;
            supplier["name"] = FakeData::company(random, Lang::Hu).toStdString();
            b["parties"]["supplier"] = supplier;
            b["parties"]["retailer"] = party(random);
            b["parties"]["retailer"]["name"] = "Kontor Demo Kft.";
        }
        b["payment"]["paymentId"] = 500864504 + i * 7;
        ojson products = ojson::array();
        const int lines = random.range(1, 3);
        for (int l = 0; l < lines; ++l) {
            QString variant;
            QString variantSlug;
            const FakeGoods g =
                FakeData::shopProduct(random, FakeData::language(random, Lang::Hu), &variant, &variantSlug);
            const int quantity = random.range(1, 4);
            const qint64 net = g.priceCents / 100 * quantity;
            const int vat = random.chance(0.3) ? 0 : 27;
            const qint64 vatSum = net * vat / 100;
            ojson p;
            p["name"] = (variant.isEmpty() ? g.name : g.name + QStringLiteral(", ") + variant).toStdString();
            p["sku"] = (QStringLiteral("ws2_") + g.slug).toStdString();
            p["barcode"] = (QStringLiteral("ws2_") + g.slug + QStringLiteral("-b")).toStdString();
            p["quantity"] = quantity;
            p["transactionAmountNet"] = net;
            p["vat"] = vat;
            p["vatSum"] = vatSum;
            p["transactionAmountGross"] = net + vatSum;
            p["currency"] = "HUF";
            products.push_back(std::move(p));
        }
        b["products"] = std::move(products);
        const double u = random.unit();
        if (u < 0.25) {
            t.invoiceStatus = QStringLiteral("invoiced");
            t.serialNumber = QStringLiteral("Invoice-%1-1-%2").arg(random.range(10000, 99999)).arg(number);
            t.url = QStringLiteral("http://webshippy.lh/dropshippy/getTransactionInvoice/%1").arg(number);
        } else if (u < 0.35) {
            t.invoiceStatus = QStringLiteral("error");
            t.serialNumber = QStringLiteral("Invoice-%1-1-%2").arg(random.range(10000, 99999)).arg(number);
        } else {
            t.invoiceStatus = QStringLiteral("uninvoiced");
        }
        m_transactions.append(std::move(t));
    }
}

int WebshippyMarketplace::find(const QString& id) const
{
    for (int i = 0; i < m_transactions.size(); ++i) {
        if (m_transactions.at(i).id == id)
            return i;
    }
    return -1;
}

ojson WebshippyMarketplace::render(const Transaction& t) const
{
    ojson r = t.body;
    r["invoice"]["url"] = emptyOr(t.url, t.nullForEmpty);
    r["invoice"]["status"] = t.invoiceStatus.toStdString();
    r["invoice"]["serialNumber"] = emptyOr(t.serialNumber, t.nullForEmpty);
    return r;
}

ojson WebshippyMarketplace::transactions(const json& request) const
{
    static const json kNoFilters = json::object();
    const json* filtersValue = JsonFields::find(request, "filters");
    const json& filters = filtersValue && filtersValue->is_object() ? *filtersValue : kNoFilters;
    const QString status = JsonFields::text(filters, "invoiceStatus").trimmed();
    const QString role = JsonFields::text(filters, "transactionRole").trimmed();
    const QString dateFrom = JsonFields::text(filters, "dateFrom").trimmed();
    const QString dateTo = JsonFields::text(filters, "dateTo").trimmed();
    QStringList errors;
    if (!status.isEmpty() && status != QLatin1String("invoiced") && status != QLatin1String("uninvoiced") &&
        status != QLatin1String("error"))
        errors << QStringLiteral("[field: invoiceStatus]The field must be one of: invoiced, uninvoiced, error");
    if (!role.isEmpty() && role != QLatin1String("supplier") && role != QLatin1String("retailer"))
        errors << QStringLiteral("[field: transactionRole]The field must be one of: supplier, retailer");
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    if (!dateFrom.isEmpty() && !parseDay(dateFrom, &from))
        errors << QStringLiteral("[field: dateFrom]The field must be a valid date (eg. yyyy-mm-dd)");
    if (!dateTo.isEmpty()) {
        if (parseDay(dateTo, &to))
            to += 86400 - 1;
        else
            errors << QStringLiteral("[field: dateTo]The field must be a valid date (eg. yyyy-mm-dd)");
    }
    if (!errors.isEmpty())
        return failure(errors);
    ojson result = ojson::array();
    for (const Transaction& t : m_transactions) {
        if ((!status.isEmpty() && t.invoiceStatus != status) || (!role.isEmpty() && t.role != role) || t.date < from ||
            t.date > to)
            continue;
        result.push_back(render(t));
    }
    // Document 004's success answer: status and result, no message.
    ojson e;
    e["status"] = "success";
    e["result"] = std::move(result);
    return e;
}

bool WebshippyMarketplace::decodeBase64(const std::string& text, QByteArray* out)
{
    QByteArray compact(static_cast<qsizetype>(text.size()), Qt::Uninitialized);
    char* o = compact.data();
    for (const char c : text) {
        if (c == '\r' || c == '\n')
            continue;
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                              c == '/' || c == '=';
        if (!alphabet)
            return false;
        *o++ = c;
    }
    compact.truncate(o - compact.constData());
    if (compact.isEmpty() || compact.size() % 4 != 0)
        return false;
    const qsizetype pad = compact.endsWith("==") ? 2 : compact.endsWith('=') ? 1 : 0;
    const qsizetype firstPad = compact.indexOf('=');
    if (firstPad >= 0 && firstPad < compact.size() - pad)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = *decoded;
    return true;
}

ojson WebshippyMarketplace::uploadInvoices(const json& request)
{
    const auto items = JsonFields::list(JsonFields::find(request, "invoice"));
    if (items.empty())
        return failure({QStringLiteral("Request format is invalid")});
    // Every item comes back in result, stored or not (document 004's error example echoes the failed item);
    // message holds one text per item that was not stored.
    ojson result = ojson::array();
    ojson messages = ojson::array();
    for (const json* item : items) {
        result.push_back(echo(*item));
        std::string transactionText;
        std::string serialText;
        std::string fileInput;
        QString reason = requiredText(*item, "transactionId", &transactionText);
        const QString serialError = requiredText(*item, "invoiceSerialNumber", &serialText);
        const QString serial = QString::fromStdString(serialText).trimmed();
        const QString transactionId = QString::fromStdString(transactionText).trimmed();
        if (reason.isEmpty())
            reason = serialError;
        if (reason.isEmpty())
            reason = requiredText(*item, "fileInput", &fileInput);
        QByteArray file;
        if (reason.isEmpty() && !decodeBase64(fileInput, &file))
            reason = QStringLiteral("[field:fileInput] FileInput field has to be base64");
        const int index = reason.isEmpty() ? find(transactionId) : -1;
        if (reason.isEmpty() && index < 0)
            reason = QStringLiteral("[field:transactionId] Transaction not found");
        if (!reason.isEmpty()) {
            messages.push_back(
                QStringLiteral("Invoice %1 upload failed, due to: %2").arg(serial, reason).toStdString());
            continue;
        }
        Transaction& t = m_transactions[index];
        if (t.invoiceStatus == QLatin1String("invoiced")) {
            // The document's words as they stand, naming no item.
            ++m_duplicateUploads[transactionId];
            messages.push_back("Already existing entity");
            continue;
        }
        t.invoiceStatus = QStringLiteral("invoiced");
        t.serialNumber = serial;
        t.url = QStringLiteral("http://webshippy.lh/dropshippy/getTransactionInvoice/%1").arg(transactionId.mid(4));
        ++m_invoicesStored;
        ++m_storedPerTransaction[transactionId];
        m_invoiceBytes += file.size();
    }
    ojson e;
    e["status"] = messages.empty() ? "success" : "error";
    e["result"] = std::move(result);
    if (!messages.empty())
        e["message"] = std::move(messages);
    return e;
}

QJsonObject WebshippyMarketplace::counters() const
{
    QJsonObject duplicates;
    for (auto it = m_duplicateUploads.cbegin(); it != m_duplicateUploads.cend(); ++it)
        duplicates.insert(it.key(), it.value());
    QJsonObject stored;
    for (auto it = m_storedPerTransaction.cbegin(); it != m_storedPerTransaction.cend(); ++it)
        stored.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("invoicesStored"), m_invoicesStored},
                       {QStringLiteral("invoiceBytes"), m_invoiceBytes},
                       {QStringLiteral("storedPerTransaction"), stored},
                       {QStringLiteral("duplicateUploads"), duplicates}};
}

void WebshippyMarketplace::resetCounters()
{
    m_invoicesStored = 0;
    m_invoiceBytes = 0;
    m_duplicateUploads.clear();
    m_storedPerTransaction.clear();
}

} // namespace kontor::sandbox
