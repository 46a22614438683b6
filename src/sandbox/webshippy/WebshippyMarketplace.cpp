#include "webshippy/WebshippyMarketplace.h"

#include "common/FakeData.h"
#include "common/JsonFields.h"
#include "common/SeededRandom.h"

#include <QDate>
#include <QTimeZone>

// Decisions the vendor page (doc 004) leaves open:
// - Transactions are "DSPY" + a 7-digit number from 1000100 upwards, oldest first. About a quarter are
//   already invoiced and a tenth have invoice status "error" (a rejected earlier invoice: a new upload is
//   accepted); the rest are uninvoiced. The API user is the supplier in most, the retailer in some; the
//   sandbox does not refuse uploads by a retailer.
// - Filters: invoiceStatus invoiced|uninvoiced|error, dateFrom/dateTo yyyy-mm-dd (inclusive days),
//   transactionRole supplier|retailer; a bad value gives "[field: x]The field must be ...".
// - Upload: per item, in this order: missing transactionId or invoiceSerialNumber; unknown transaction
//   ("Invoice <serial> upload failed, due to: Transaction not found: <id>"); an invoice already stored
//   ("... due to: Already existing entity", also for a second invoice of one transaction in the same call);
//   missing or invalid fileInput ("... due to: [field:fileInput] invalid base64"). status is "success" only
//   if every item was stored; result lists the stored items (echoed as sent) and message one text per
//   failed item. A stored invoice's url points at the vendor's invoice route on "webshippy.lh", as in the
//   vendor example.

namespace kontor::sandbox {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {
const char* const kPaymentStatuses[] = {"paid", "paid", "paid", "unpaid", "refunded"};

ojson envelope(const char* status)
{
    ojson e;
    e["status"] = status;
    e["message"] = ojson::array();
    return e;
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
        ojson& b = t.body;
        b["transactionId"] = t.id.toStdString();
        b["date"] = FakeData::dateTime(t.date).toStdString();
        b["paymentStatus"] = paymentStatus.toStdString();
        b["transferredAt"] = paymentStatus == QLatin1String("paid")
                                 ? FakeData::dateTime(t.date + random.range(1, 10) * 86400LL).toStdString()
                                 : "";
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
    r["invoice"]["url"] = t.url.toStdString();
    r["invoice"]["status"] = t.invoiceStatus.toStdString();
    r["invoice"]["serialNumber"] = t.serialNumber.toStdString();
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
    ojson e = envelope("success");
    if (!status.isEmpty() && status != QLatin1String("invoiced") && status != QLatin1String("uninvoiced") &&
        status != QLatin1String("error"))
        e["message"].push_back("[field: invoiceStatus]The field must be one of: invoiced, uninvoiced, error");
    if (!role.isEmpty() && role != QLatin1String("supplier") && role != QLatin1String("retailer"))
        e["message"].push_back("[field: transactionRole]The field must be one of: supplier, retailer");
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    if (!dateFrom.isEmpty() && !parseDay(dateFrom, &from))
        e["message"].push_back("[field: dateFrom]The field must be a valid date (eg. yyyy-mm-dd)");
    if (!dateTo.isEmpty()) {
        if (parseDay(dateTo, &to))
            to += 86400 - 1;
        else
            e["message"].push_back("[field: dateTo]The field must be a valid date (eg. yyyy-mm-dd)");
    }
    if (!e["message"].empty()) {
        e["status"] = "error";
        return e;
    }
    ojson result = ojson::array();
    for (const Transaction& t : m_transactions) {
        if ((!status.isEmpty() && t.invoiceStatus != status) || (!role.isEmpty() && t.role != role) || t.date < from ||
            t.date > to)
            continue;
        result.push_back(render(t));
    }
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
    ojson e = envelope("success");
    if (items.empty()) {
        e["status"] = "error";
        e["message"].push_back("Request format is invalid");
        return e;
    }
    ojson stored = ojson::array();
    for (const json* item : items) {
        const QString transactionId = JsonFields::text(*item, "transactionId").trimmed();
        const QString serial = JsonFields::text(*item, "invoiceSerialNumber").trimmed();
        static const std::string kNoFile;
        const json* fileValue = JsonFields::find(*item, "fileInput");
        const std::string& fileInput =
            fileValue && fileValue->is_string() ? fileValue->get_ref<const std::string&>() : kNoFile;
        auto fail = [&](const QString& reason) {
            e["message"].push_back(
                QStringLiteral("Invoice %1 upload failed, due to: %2").arg(serial, reason).toStdString());
        };
        if (transactionId.isEmpty()) {
            fail(QStringLiteral("[field:transactionId] TransactionId field is required"));
            continue;
        }
        if (serial.isEmpty()) {
            fail(QStringLiteral("[field:invoiceSerialNumber] InvoiceSerialNumber field is required"));
            continue;
        }
        const int index = find(transactionId);
        if (index < 0) {
            fail(QStringLiteral("Transaction not found: %1").arg(transactionId));
            continue;
        }
        Transaction& t = m_transactions[index];
        if (t.invoiceStatus == QLatin1String("invoiced")) {
            ++m_duplicateUploads[transactionId];
            fail(QStringLiteral("Already existing entity"));
            continue;
        }
        QByteArray file;
        if (!decodeBase64(fileInput, &file)) {
            fail(QStringLiteral("[field:fileInput] invalid base64"));
            continue;
        }
        t.invoiceStatus = QStringLiteral("invoiced");
        t.serialNumber = serial;
        t.url = QStringLiteral("http://webshippy.lh/dropshippy/getTransactionInvoice/%1").arg(transactionId.mid(4));
        ++m_invoicesStored;
        m_invoiceBytes += file.size();
        ojson echo;
        echo["transactionId"] = transactionId.toStdString();
        echo["invoiceSerialNumber"] = serial.toStdString();
        echo["fileInput"] = fileInput;
        stored.push_back(std::move(echo));
    }
    if (!e["message"].empty())
        e["status"] = "error";
    e["result"] = std::move(stored);
    return e;
}

QJsonObject WebshippyMarketplace::counters() const
{
    QJsonObject duplicates;
    for (auto it = m_duplicateUploads.cbegin(); it != m_duplicateUploads.cend(); ++it)
        duplicates.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("invoicesStored"), m_invoicesStored},
                       {QStringLiteral("invoiceBytes"), m_invoiceBytes},
                       {QStringLiteral("duplicateUploads"), duplicates}};
}

void WebshippyMarketplace::resetCounters()
{
    m_invoicesStored = 0;
    m_invoiceBytes = 0;
    m_duplicateUploads.clear();
}

} // namespace kontor::sandbox
