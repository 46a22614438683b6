#include "webshippy/WebshippyCatalog.h"

#include "common/FakeData.h"
#include "common/JsonFields.h"
#include "common/SeededRandom.h"

#include <QDateTime>
#include <QJsonDocument>

// The readings of doc 003 this simulation chooses are listed in docs/sandbox.md (section webshippy).

namespace kontor::sandbox {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {

const char* const kFieldOrder[] = {"wspyId",
                                   "referenceId",
                                   "sku",
                                   "barcode",
                                   "productName",
                                   "variantName",
                                   "hasSerial",
                                   "dutiable",
                                   "taricCode",
                                   "lowStock",
                                   "price",
                                   "vat",
                                   "currency",
                                   "isAdr",
                                   "adrCode",
                                   "adrQuantity",
                                   "coolingDemand",
                                   "isFragile",
                                   "category",
                                   "subCategory",
                                   "subSubCategory",
                                   "keepQuantity",
                                   "dropshippyWholesalePrice",
                                   "dropshippyWholesaleVat",
                                   "dropshippyRecommendedPrice",
                                   "dropshippyPromotion",
                                   "productDescription",
                                   "type",
                                   "productType",
                                   "imageUrls",
                                   "quantity",
                                   "available_quantity",
                                   "reserved_by_orders",
                                   "updatedAt"};

enum class Kind { Text, Integer, Price, Number, YesNo };
struct Writable
{
    const char* name;
    Kind kind;
};
const Writable kWritable[] = {{"referenceId", Kind::Text},
                              {"barcode", Kind::Text},
                              {"productName", Kind::Text},
                              {"variantName", Kind::Text},
                              {"type", Kind::Text},
                              {"hasSerial", Kind::YesNo},
                              {"dutiable", Kind::YesNo},
                              {"productDescription", Kind::Text},
                              {"taricCode", Kind::Text},
                              {"lowStock", Kind::Integer},
                              {"price", Kind::Price},
                              {"vat", Kind::Number},
                              {"currency", Kind::Text},
                              {"isAdr", Kind::YesNo},
                              {"adrCode", Kind::Text},
                              {"adrQuantity", Kind::Integer},
                              {"coolingDemand", Kind::Text},
                              {"isFragile", Kind::YesNo},
                              {"productType", Kind::Text},
                              {"keepQuantity", Kind::Integer},
                              {"dropshippyWholesalePrice", Kind::Price},
                              {"dropshippyWholesaleVat", Kind::Number},
                              {"dropshippyRecommendedPrice", Kind::Price},
                              {"dropshippyPromotion", Kind::YesNo},
                              {"imageUrls", Kind::Text}};

// The category codes CreateProduct takes ("<main>-<sub>") and the names GetProduct shows for them. Document
// 003 gives one pair, 3-406 = "Divat és ruházat" / "Gyermek divat" (with "Overál" below it in GetProduct's
// example); the other codes are the sandbox's own. A code names no sub-sub-category: the last column is
// what some seeded products carry besides.
struct CategoryCode
{
    const char* code;
    const char* category;
    const char* subCategory;
    const char* subSubCategory; // empty: none
};
const CategoryCode kCategoryCodes[] = {{"3-401", "Divat és ruházat", "Női divat", "Ruhák"},
                                       {"3-402", "Divat és ruházat", "Férfi divat", "Pólók"},
                                       {"3-406", "Divat és ruházat", "Gyermek divat", "Overál"},
                                       {"3-410", "Divat és ruházat", "Kiegészítők", "Pénztárcák"},
                                       {"5-502", "Otthon és kert", "Konyha", "Bögrék"},
                                       {"5-507", "Otthon és kert", "Kert", ""},
                                       {"8-801", "Élelmiszer", "Fűszerek", ""},
                                       {"9-903", "Ajándék", "Népművészet", ""}};

const CategoryCode* categoryByCode(const QString& code)
{
    for (const CategoryCode& c : kCategoryCodes) {
        if (code == QLatin1String(c.code))
            return &c;
    }
    return nullptr;
}
const char* const kProductTypes[] = {"clothes", "food", "other"};

ojson envelope(const char* status)
{
    ojson e;
    e["status"] = status;
    e["message"] = ojson::array();
    return e;
}

ojson error(const QStringList& messages)
{
    ojson e = envelope("error");
    for (const QString& m : messages)
        e["message"].push_back(m.toStdString());
    return e;
}

QString capitalised(const char* name)
{
    QString s = QLatin1String(name);
    s[0] = s[0].toUpper();
    return s;
}

QString fieldText(const ojson& fields, const char* key)
{
    const auto it = fields.find(key);
    return it != fields.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// Normalises a value as the server stores it; false (with a message) when it does not fit the field.
bool normalise(const Writable& field, const json& value, QString* out, QString* message)
{
    const QString prefix =
        QStringLiteral("[field:%1] %2 field has to be ").arg(QLatin1String(field.name), capitalised(field.name));
    if (!JsonFields::isScalar(value) && !value.is_null()) {
        *message = prefix + QStringLiteral("string");
        return false;
    }
    const QString text = value.is_null() ? QString() : JsonFields::scalarText(value).trimmed();
    bool ok = true;
    switch (field.kind) {
    case Kind::Text:
        *out = value.is_null() ? QString() : JsonFields::scalarText(value);
        return true;
    case Kind::Integer:
        if (text.isEmpty()) {
            *out = QString();
            return true;
        }
        *out = QString::number(text.toLongLong(&ok));
        if (!ok)
            *message = prefix + QStringLiteral("integer");
        return ok;
    case Kind::Price:
    case Kind::Number: {
        if (text.isEmpty()) {
            *out = QString();
            return true;
        }
        const double d = text.toDouble(&ok);
        if (!ok) {
            *message = prefix + QStringLiteral("number");
            return false;
        }
        *out = field.kind == Kind::Price ? QString::number(d, 'f', 2) : QString::number(d, 'g', 12);
        return true;
    }
    case Kind::YesNo:
        if (text != QLatin1String("yes") && text != QLatin1String("no") && !text.isEmpty()) {
            *message = prefix + QStringLiteral("yes or no");
            return false;
        }
        *out = text;
        return true;
    }
    return true;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

WebshippyCatalog::WebshippyCatalog(quint32 seed, int count)
{
    SeededRandom random(SeededRandom::derive(seed, 0x3E85));
    SeededRandom extra(SeededRandom::derive(seed, 0x3E86)); // store and sub-sub-category, a stream of their own
    for (int i = 0; i < qMax(0, count); ++i) {
        const Lang lang = FakeData::language(random, Lang::Hu);
        QString variant;
        QString variantSlug;
        const FakeGoods g = FakeData::shopProduct(random, lang, &variant, &variantSlug);
        const CategoryCode& category = random.pick(kCategoryCodes);
        Product p;
        p.categoryCode = QLatin1String(category.code);
        // Most products belong to the store of the sandbox's API key, some to the account's other stores.
        p.store = extra.chance(0.15) ? extra.range(1, 2) : 0;
        const bool subSub = *category.subSubCategory && extra.chance(0.5);
        p.fields = emptyFields();
        ojson& f = p.fields;
        const QString sku = g.slug + (variantSlug.isEmpty() ? QString() : QLatin1Char('-') + variantSlug) +
                            QStringLiteral("-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const bool hasBarcode = random.chance(0.9);
        p.hasReceipt = hasBarcode && random.chance(0.4);
        const int quantity = p.hasReceipt ? random.range(1, 250) : 0;
        const int reserved = quantity > 0 ? random.range(0, qMin(quantity, 5)) : 0;
        f["referenceId"] = std::to_string(1231 + i);
        f["sku"] = sku.toStdString();
        f["barcode"] = hasBarcode ? std::to_string(126510305031LL + i * 7) : "";
        f["productName"] = g.name.toStdString();
        f["variantName"] = variant.toStdString();
        f["hasSerial"] = random.chance(0.1) ? "yes" : "no";
        f["dutiable"] = random.chance(0.5) ? "yes" : "no";
        f["taricCode"] = std::to_string(random.range(10000, 99999));
        f["lowStock"] = std::to_string(random.range(0, 10));
        f["price"] = FakeData::money(g.priceCents).toStdString();
        f["vat"] = "0.27";
        f["currency"] = "HUF";
        const bool adr = random.chance(0.1);
        f["isAdr"] = adr ? "yes" : "no";
        f["adrCode"] = adr ? "4" : "";
        f["adrQuantity"] = adr ? "2" : "0";
        f["coolingDemand"] = "none";
        f["isFragile"] = random.chance(0.2) ? "yes" : "no";
        f["category"] = category.category;
        f["subCategory"] = category.subCategory;
        f["subSubCategory"] = subSub ? category.subSubCategory : "";
        f["keepQuantity"] = std::to_string(random.range(0, 5));
        f["dropshippyWholesalePrice"] = FakeData::money(g.priceCents * 5 / 6).toStdString();
        f["dropshippyWholesaleVat"] = "0.27";
        f["dropshippyRecommendedPrice"] = FakeData::money(g.priceCents).toStdString();
        f["dropshippyPromotion"] = random.chance(0.2) ? "yes" : "no";
        f["productDescription"] =
            (g.name + (variant.isEmpty() ? QString() : QStringLiteral(" (") + variant + ')')).toStdString();
        f["type"] = "product";
        f["productType"] = random.pick(kProductTypes);
        f["imageUrls"] = random.chance(0.6) ? QStringLiteral("https://img.example.com/p/%1.jpg;https://img.example.com/"
                                                             "p/%1-2.jpg")
                                                  .arg(sku)
                                                  .toStdString()
                                            : "";
        f["quantity"] = std::to_string(quantity);
        f["available_quantity"] = std::to_string(quantity - reserved);
        f["reserved_by_orders"] = std::to_string(reserved);
        f["updatedAt"] =
            FakeData::dateTime(FakeData::anchorEpoch() - random.range(0, 400) * 86400LL - random.range(0, 86399))
                .toStdString();
        addProduct(std::move(p));
    }
}

ojson WebshippyCatalog::emptyFields() const
{
    ojson f = ojson::object();
    for (const char* key : kFieldOrder)
        f[key] = "";
    return f;
}

int WebshippyCatalog::addProduct(Product product)
{
    product.wspyId = m_nextWspyId++;
    product.fields["wspyId"] = std::to_string(product.wspyId);
    if (product.store == 0)
        m_bySku.insert(fieldText(product.fields, "sku"), int(m_products.size()));
    m_products.append(std::move(product));
    return m_products.last().wspyId;
}

ojson WebshippyCatalog::getProducts(const json& request, bool ignorePage) const
{
    QStringList errors;
    int page = 0;
    int limit = 10;
    bool ok = true;
    if (!ignorePage && !JsonFields::text(request, "page").trimmed().isEmpty()) {
        page = JsonFields::text(request, "page").trimmed().toInt(&ok);
        if (!ok || page < 0)
            errors << QStringLiteral("[field:page] Page field has to be integer");
    }
    if (!JsonFields::text(request, "limit").trimmed().isEmpty()) {
        limit = JsonFields::text(request, "limit").trimmed().toInt(&ok);
        if (!ok || limit < 0)
            errors << QStringLiteral("[field:limit] Limit field has to be integer");
    }
    limit = qBound(1, limit, 100);
    static const json kNoFilters = json::object();
    const json* filtersValue = JsonFields::find(request, "filters");
    const json& filters = filtersValue && filtersValue->is_object() ? *filtersValue : kNoFilters;
    const QString lastMod = JsonFields::text(filters, "lastMod").trimmed();
    if (!lastMod.isEmpty() &&
        (lastMod.size() != 19 || !QDateTime::fromString(lastMod, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid()))
        errors << QStringLiteral("[field: lastMod]The field must be a valid datetime (eg. yyyy-mm-dd hh:ii:ss)");
    if (!errors.isEmpty())
        return error(errors);

    const char* const exact[] = {"wspyId", "referenceId", "sku", "barcode"};
    const QString nameFilter = JsonFields::text(filters, "productName").trimmed();
    const bool allStores = JsonFields::flag(filters, "getAllProduct");
    const qint64 skip = qint64(page) * limit;
    ojson result = ojson::array();
    qint64 matched = 0;
    for (const Product& p : m_products) {
        bool keep = allStores || p.store == 0;
        for (const char* key : exact) {
            const QString want = JsonFields::text(filters, key).trimmed();
            if (!want.isEmpty() && fieldText(p.fields, key) != want)
                keep = false;
        }
        if (!nameFilter.isEmpty() && !fieldText(p.fields, "productName").contains(nameFilter, Qt::CaseInsensitive))
            keep = false;
        if (!lastMod.isEmpty() && fieldText(p.fields, "updatedAt") < lastMod)
            keep = false;
        if (!keep)
            continue;
        if (matched++ < skip)
            continue;
        if (qint64(result.size()) >= limit)
            break;
        ojson row = p.fields;
        if (fieldText(row, "subSubCategory").isEmpty())
            row.erase("subSubCategory");
        result.push_back(std::move(row));
    }
    ojson e = envelope("success");
    e["result"] = std::move(result);
    return e;
}

ojson WebshippyCatalog::createProduct(const json& request)
{
    const json* product = JsonFields::find(request, "product");
    if (!product || !product->is_object())
        return error({QStringLiteral("Request format is invalid")});
    m_lastProduct = QJsonDocument::fromJson(QByteArray::fromStdString(product->dump())).object();
    const QString sku = JsonFields::text(*product, "sku").trimmed();
    if (sku.isEmpty())
        return error({QStringLiteral("[field:sku] Sku field is required")});
    const auto existing = m_bySku.constFind(sku);
    const bool create = existing == m_bySku.constEnd();
    ojson fields = create ? emptyFields() : m_products.at(existing.value()).fields;
    QStringList errors;
    bool changed = false;
    QString categoryCode = create ? QString() : m_products.at(existing.value()).categoryCode;
    if (const json* value = JsonFields::find(*product, "category")) {
        const QString code = JsonFields::isScalar(*value) ? JsonFields::scalarText(*value).trimmed() : QString();
        const CategoryCode* known = categoryByCode(code);
        if (!JsonFields::isScalar(*value) && !value->is_null()) {
            errors << QStringLiteral("[field:category] Category field has to be string");
        } else if (!code.isEmpty() && !known) {
            errors << QStringLiteral("[field:category] Category field has to be a valid category code (eg. 3-406)");
        } else if (code != categoryCode) {
            categoryCode = code;
            fields["category"] = known ? known->category : "";
            fields["subCategory"] = known ? known->subCategory : "";
            fields["subSubCategory"] = "";
            changed = true;
        }
    }
    for (const Writable& w : kWritable) {
        const json* value = JsonFields::find(*product, w.name);
        if (!value)
            continue;
        QString normalised;
        QString message;
        if (!normalise(w, *value, &normalised, &message)) {
            errors << message;
            continue;
        }
        const QString current = fieldText(fields, w.name);
        if (normalised == current)
            continue;
        if (!create && qstrcmp(w.name, "barcode") == 0 && !current.isEmpty() &&
            m_products.at(existing.value()).hasReceipt) {
            errors << QStringLiteral("[field:barcode] The barcode cannot be modified after a goods receipt was "
                                     "recorded for the product");
            continue;
        }
        fields[w.name] = normalised.toStdString();
        changed = true;
    }
    if (create && fieldText(fields, "productName").trimmed().isEmpty())
        errors << QStringLiteral("[field:productName] ProductName field is required");
    if (!errors.isEmpty())
        return error(errors);

    ojson e = envelope("success");
    int wspyId = 0;
    if (create) {
        fields["sku"] = sku.toStdString();
        if (fieldText(fields, "type").isEmpty())
            fields["type"] = "product";
        if (fieldText(fields, "currency").isEmpty())
            fields["currency"] = "HUF";
        fields["quantity"] = "0";
        fields["available_quantity"] = "0";
        fields["reserved_by_orders"] = "0";
        fields["updatedAt"] = nowText().toStdString();
        Product p;
        p.fields = std::move(fields);
        p.categoryCode = categoryCode;
        wspyId = addProduct(std::move(p));
        ++m_productWrites;
        e["message"].push_back("The product creation was successful");
    } else if (changed) {
        Product& p = m_products[existing.value()];
        fields["updatedAt"] = nowText().toStdString();
        p.fields = std::move(fields);
        p.categoryCode = categoryCode;
        wspyId = p.wspyId;
        ++m_productWrites;
        e["message"].push_back("The product modification was successful");
    } else {
        wspyId = m_products.at(existing.value()).wspyId;
        e["message"].push_back("No changes detected in product");
    }
    e["wspyId"] = wspyId;
    return e;
}

ojson WebshippyCatalog::createBundle(const json& request)
{
    QString sku = JsonFields::text(request, "bundleSku").trimmed();
    if (sku.isEmpty())
        sku = JsonFields::text(request, "bundleSKU").trimmed();
    const QString name = JsonFields::text(request, "bundleName").trimmed();
    const QString price = JsonFields::text(request, "bundlePriceNet").trimmed();
    const auto parts = JsonFields::list(JsonFields::find(request, "products"));
    if (sku.isEmpty() || name.isEmpty() || price.isEmpty() || parts.empty())
        return error({QStringLiteral("Request format is invalid")});
    QStringList errors;
    bool ok = false;
    const double priceValue = price.toDouble(&ok);
    if (!ok)
        errors << QStringLiteral("[field:bundlePriceNet] BundlePriceNet field has to be number");
    for (const json* part : parts) {
        const QString partSku = JsonFields::text(*part, "productSku").trimmed();
        const int quantity = JsonFields::text(*part, "quantity").trimmed().toInt(&ok);
        if (partSku.isEmpty() || !m_bySku.contains(partSku))
            errors << QStringLiteral("[field:productSku] Product not found: %1").arg(partSku);
        if (!ok || quantity <= 0)
            errors << QStringLiteral("[field:quantity] Quantity field has to be integer");
    }
    if (m_bySku.contains(sku))
        errors << QStringLiteral("A product or bundle already exists with sku: %1").arg(sku);
    if (!errors.isEmpty())
        return error(errors);

    Product p;
    p.fields = emptyFields();
    p.fields["sku"] = sku.toStdString();
    p.fields["productName"] = name.toStdString();
    p.fields["price"] = QString::number(priceValue, 'f', 2).toStdString();
    p.fields["vat"] = JsonFields::text(request, "bundleVat", QStringLiteral("27")).toStdString();
    p.fields["currency"] = JsonFields::text(request, "bundleCurrency", QStringLiteral("HUF")).toStdString();
    p.fields["type"] = "bundle";
    p.fields["quantity"] = "0";
    p.fields["available_quantity"] = "0";
    p.fields["reserved_by_orders"] = "0";
    p.fields["updatedAt"] = nowText().toStdString();
    const int wspyId = addProduct(std::move(p));
    ++m_bundlesCreated;
    QJsonArray arrived;
    for (const json* part : parts)
        arrived.append(QJsonObject{{QStringLiteral("productSku"), JsonFields::text(*part, "productSku").trimmed()},
                                   {QStringLiteral("quantity"), JsonFields::text(*part, "quantity").trimmed()}});
    m_bundles.append(
        QJsonObject{{QStringLiteral("skuField"),
                     request.contains("bundleSKU") ? QStringLiteral("bundleSKU") : QStringLiteral("bundleSku")},
                    {QStringLiteral("sku"), sku},
                    {QStringLiteral("products"), arrived}});
    // No message on success (doc 003 shows only the error answer; its plain <message> is doc 004's style,
    // whose successes carry none); the bundle's internal id is named like CreateProduct's.
    ojson e;
    e["status"] = "success";
    e["wspyId"] = wspyId;
    return e;
}

QJsonObject WebshippyCatalog::counters() const
{
    return QJsonObject{{QStringLiteral("productWrites"), m_productWrites},
                       {QStringLiteral("bundlesCreated"), m_bundlesCreated},
                       {QStringLiteral("lastProduct"), m_lastProduct},
                       {QStringLiteral("bundles"), m_bundles}};
}

void WebshippyCatalog::resetCounters()
{
    m_productWrites = 0;
    m_bundlesCreated = 0;
    m_lastProduct = QJsonObject();
    m_bundles = QJsonArray();
}

} // namespace kontor::sandbox
