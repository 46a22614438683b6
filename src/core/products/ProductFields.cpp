#include "products/ProductFields.h"

#include "products/Bundle.h"
#include "services/webshippy/WebshippyCategories.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace kontor::ProductFields {

const QList<Field>& all()
{
    using K = Kind;
    using G = Group;
    static const QList<Field> fields = {
        {QStringLiteral("referenceId"), K::Text, G::Identity},
        {QStringLiteral("sku"), K::Text, G::Identity},
        {QStringLiteral("barcode"), K::Text, G::Identity},
        {QStringLiteral("productName"), K::Text, G::Identity},
        {QStringLiteral("variantName"), K::Text, G::Identity},
        {QStringLiteral("type"), K::Text, G::Identity},
        {QStringLiteral("hasSerial"), K::YesNo, G::Logistics},
        {QStringLiteral("dutiable"), K::YesNo, G::Logistics},
        {QStringLiteral("productDescription"), K::Text, G::Identity},
        {QStringLiteral("taricCode"), K::Text, G::Logistics},
        {QStringLiteral("lowStock"), K::WholeNumber, G::Logistics},
        {QStringLiteral("price"), K::Decimal, G::Pricing},
        {QStringLiteral("vat"), K::Decimal, G::Pricing},
        {QStringLiteral("currency"), K::Text, G::Pricing},
        {QStringLiteral("isAdr"), K::YesNo, G::Logistics},
        {QStringLiteral("adrCode"), K::Text, G::Logistics},
        {QStringLiteral("adrQuantity"), K::WholeNumber, G::Logistics},
        {QStringLiteral("coolingDemand"), K::Text, G::Logistics},
        {QStringLiteral("isFragile"), K::YesNo, G::Logistics},
        {QStringLiteral("productType"), K::Text, G::Identity},
        {QStringLiteral("category"), K::CategoryCode, G::Category},
        {QStringLiteral("keepQuantity"), K::WholeNumber, G::Logistics},
        {QStringLiteral("dropshippyWholesalePrice"), K::Decimal, G::Dropshipping},
        {QStringLiteral("dropshippyWholesaleVat"), K::Decimal, G::Dropshipping},
        {QStringLiteral("dropshippyRecommendedPrice"), K::Decimal, G::Dropshipping},
        {QStringLiteral("dropshippyPromotion"), K::YesNo, G::Dropshipping},
        {QStringLiteral("imageUrls"), K::UrlList, G::Images},
    };
    return fields;
}

std::optional<Field> find(const QString& wireName)
{
    for (const Field& field : all()) {
        if (field.wireName == wireName)
            return field;
    }
    return std::nullopt;
}

QString joinUrls(const QString& lines)
{
    QStringList urls;
    const QStringList parts = QString(lines).replace(QLatin1Char(';'), QLatin1Char('\n')).split(QLatin1Char('\n'));
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            urls << part.trimmed();
    }
    return urls.join(QLatin1Char(';'));
}

QStringList splitUrls(const QString& wire)
{
    QStringList urls;
    for (const QString& part : wire.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            urls << part.trimmed();
    }
    return urls;
}

namespace {

QString wireValue(Kind kind, const QString& typed)
{
    switch (kind) {
    case Kind::Text:
        return typed.trimmed();
    case Kind::Decimal:
        return Bundles::wireDecimal(typed);
    case Kind::WholeNumber:
    case Kind::YesNo:
    case Kind::CategoryCode:
        return typed.trimmed();
    case Kind::UrlList:
        return joinUrls(typed);
    }
    return typed;
}

bool isVatField(const QString& name)
{
    return name == QLatin1String("vat") || name == QLatin1String("dropshippyWholesaleVat");
}

} // namespace

QList<FieldProblem> validate(const ProductDraft& draft)
{
    QList<FieldProblem> problems;
    if (draft.sku.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("sku"), QCoreApplication::translate("kontor::ProductFields",
                                                                "A product is saved by its SKU; it cannot be empty.")});
    static const QRegularExpression whole(QStringLiteral("^[0-9]+$"));
    for (const auto& [name, value] : draft.fields) {
        const std::optional<Field> field = find(name);
        if (!field) {
            problems.append({name, QCoreApplication::translate("kontor::ProductFields",
                                                               "Webshippy's products have no field \"%1\".")
                                       .arg(name)});
            continue;
        }
        const QString text = value.trimmed();
        if (text.isEmpty())
            continue;
        switch (field->kind) {
        case Kind::Text:
            break;
        case Kind::Decimal:
            if (Bundles::wireDecimal(text).isEmpty()) {
                problems.append(
                    {name, QCoreApplication::translate("kontor::ProductFields",
                                                       "Type a number such as 1200 or 12.10 (digits with at most one "
                                                       "decimal point or comma); \"%1\" is not one.")
                               .arg(text)});
            } else if (isVatField(name) && Bundles::wireDecimal(text).toDouble() > 1) {
                // Document 003 writes the VAT as a fraction (0.27), not a percentage.
                problems.append(
                    {name, QCoreApplication::translate(
                               "kontor::ProductFields",
                               "Webshippy takes the VAT as a fraction: 0.27 for 27%; \"%1\" is more than 1.")
                               .arg(text)});
            }
            break;
        case Kind::WholeNumber:
            if (!whole.match(text).hasMatch())
                problems.append(
                    {name, QCoreApplication::translate("kontor::ProductFields",
                                                       "Type a whole number such as 5, without a sign or decimals; "
                                                       "\"%1\" is not one.")
                               .arg(text)});
            break;
        case Kind::YesNo:
            if (text != QLatin1String("yes") && text != QLatin1String("no"))
                problems.append({name, QCoreApplication::translate("kontor::ProductFields",
                                                                   "Webshippy takes \"yes\" or \"no\" here; \"%1\" is "
                                                                   "neither.")
                                           .arg(text)});
            break;
        case Kind::CategoryCode:
            if (!WebshippyCategories::isCode(text))
                problems.append({name, QCoreApplication::translate("kontor::ProductFields",
                                                                   "Webshippy takes a category as its code, a main and "
                                                                   "a sub category number such as 3-406; \"%1\" is "
                                                                   "not one.")
                                           .arg(text)});
            break;
        case Kind::UrlList: {
            QStringList bad;
            for (const QString& url : splitUrls(joinUrls(value))) {
                const QUrl parsed(url, QUrl::StrictMode);
                const QString scheme = parsed.scheme().toLower();
                if (!parsed.isValid() || parsed.host().isEmpty() ||
                    (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                    bad << url;
            }
            if (!bad.isEmpty())
                problems.append({name, QCoreApplication::translate("kontor::ProductFields",
                                                                   "Each line is one image's web address, starting "
                                                                   "with https:// or http://; this is not: %1")
                                           .arg(bad.join(QStringLiteral(", ")))});
            break;
        }
        }
    }
    return problems;
}

ProductDraft toWire(const ProductDraft& draft)
{
    ProductDraft out;
    out.sku = draft.sku.trimmed();
    for (const auto& [name, value] : draft.fields) {
        const std::optional<Field> field = find(name);
        const QString wire = field ? wireValue(field->kind, value) : value;
        if (!wire.trimmed().isEmpty())
            out.fields.append({name, wire});
    }
    return out;
}

} // namespace kontor::ProductFields
