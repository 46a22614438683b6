#pragma once
// A Webshippy product bundle (document 003, createBundle) as Kontor builds it: its SKU, name, net price, VAT,
// currency and the products in it with their quantities, checked before it is sent (each problem under the
// field's wire name) and written as the API's strings. Numbers keep the decimals exactly as typed: "12.10"
// stays "12.10", a decimal comma becomes a point, nothing passes through a float.

#include "domain/FieldProblem.h"
#include "profile/Profile.h"

#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

namespace kontor {

struct BundlePart
{
    QString sku;
    QString quantity; // a whole number, 1 or more
};

struct BundleDraft
{
    QString sku;
    QString name;
    QString priceNet; // as typed: 5000, 12.10, 12,10
    QString vat;      // percent, e.g. 27
    QString currency; // HUF, EUR, ...
    QList<BundlePart> parts;
};

struct BundleResult
{
    QString wspyId; // the bundle's id in Webshippy
    QStringList messages;
};

namespace Bundles {

QList<FieldProblem> validate(const BundleDraft& draft);

// A decimal as typed in the API's form ("12,10" -> "12.10"); empty when it is not a plain decimal.
QString wireDecimal(const QString& typed);

// The request's fields in the service's names: the document's JSON example says bundleSku, its XML example
// bundleSKU; each format gets its own spelling.
nlohmann::ordered_json wireFields(const BundleDraft& draft, WireFormat format);

} // namespace Bundles

} // namespace kontor
