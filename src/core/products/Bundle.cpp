#include "products/Bundle.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kontor::Bundles {

QString wireDecimal(const QString& typed)
{
    static const QRegularExpression decimal(QStringLiteral("^[0-9]+([.,][0-9]+)?$"));
    const QString text = typed.trimmed();
    if (!decimal.match(text).hasMatch())
        return {};
    return QString(text).replace(QLatin1Char(','), QLatin1Char('.'));
}

QList<FieldProblem> validate(const BundleDraft& draft)
{
    QList<FieldProblem> problems;
    auto problem = [&problems](const char* field, const QString& message) {
        problems.append({QLatin1String(field), message});
    };
    if (draft.sku.trimmed().isEmpty())
        problem("bundleSku", QCoreApplication::translate("kontor::Bundles", "A bundle needs its SKU."));
    if (draft.name.trimmed().isEmpty())
        problem("bundleName", QCoreApplication::translate("kontor::Bundles", "A bundle needs a name."));
    if (wireDecimal(draft.priceNet).isEmpty())
        problem("bundlePriceNet",
                QCoreApplication::translate("kontor::Bundles",
                                            "The net price is a number such as 5000 or 12.10; \"%1\" is not.")
                    .arg(draft.priceNet.trimmed()));
    if (!draft.vat.trimmed().isEmpty()) {
        const QString vat = wireDecimal(draft.vat);
        if (vat.isEmpty() || vat.toDouble() > 100)
            problem("bundleVat",
                    QCoreApplication::translate("kontor::Bundles", "The VAT is a percentage from 0 to 100, such as 27; "
                                                                   "\"%1\" is not.")
                        .arg(draft.vat.trimmed()));
    }
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!draft.currency.trimmed().isEmpty() && !currency.match(draft.currency.trimmed()).hasMatch())
        problem("bundleCurrency", QCoreApplication::translate("kontor::Bundles",
                                                              "The currency is a three-letter code such as HUF or EUR; "
                                                              "\"%1\" is not.")
                                      .arg(draft.currency.trimmed()));
    if (draft.parts.isEmpty())
        problem("products", QCoreApplication::translate("kontor::Bundles", "A bundle needs at least one product."));
    QSet<QString> seen;
    for (const BundlePart& part : draft.parts) {
        const QString sku = part.sku.trimmed();
        if (sku.isEmpty())
            problem("productSku", QCoreApplication::translate("kontor::Bundles", "Every product needs its SKU."));
        else if (seen.contains(sku))
            problem("productSku", QCoreApplication::translate(
                                      "kontor::Bundles", "%1 is in the bundle twice; give it once with its quantity.")
                                      .arg(sku));
        seen.insert(sku);
        bool ok = false;
        const int quantity = part.quantity.trimmed().toInt(&ok);
        if (!ok || quantity < 1)
            problem("quantity", QCoreApplication::translate("kontor::Bundles",
                                                            "The quantity of %1 is a whole number, 1 or more; \"%2\" "
                                                            "is not.")
                                    .arg(sku, part.quantity.trimmed()));
    }
    return problems;
}

nlohmann::ordered_json wireFields(const BundleDraft& draft, WireFormat format)
{
    nlohmann::ordered_json fields = nlohmann::ordered_json::object();
    fields[format == WireFormat::Xml ? "bundleSKU" : "bundleSku"] = draft.sku.trimmed().toStdString();
    fields["bundleName"] = draft.name.trimmed().toStdString();
    fields["bundlePriceNet"] = wireDecimal(draft.priceNet).toStdString();
    if (!draft.vat.trimmed().isEmpty())
        fields["bundleVat"] = wireDecimal(draft.vat).toStdString();
    if (!draft.currency.trimmed().isEmpty())
        fields["bundleCurrency"] = draft.currency.trimmed().toStdString();
    nlohmann::ordered_json products = nlohmann::ordered_json::array();
    for (const BundlePart& part : draft.parts) {
        nlohmann::ordered_json p = nlohmann::ordered_json::object();
        p["productSku"] = part.sku.trimmed().toStdString();
        p["quantity"] = QString::number(part.quantity.trimmed().toInt()).toStdString();
        products.push_back(std::move(p));
    }
    fields["products"] = std::move(products);
    return fields;
}

} // namespace kontor::Bundles
