#pragma once
// ProductFields: the fields of Webshippy's CreateProduct (document 003) as Kontor edits them: each field's
// wire name, what kind of value it takes and which group of the product form it belongs to, in the
// document's order. validate() checks a draft before anything is sent (each problem under its field's wire
// name, in words); toWire() writes the values in the API's form: decimals keep the digits exactly as typed
// ("12.10" stays "12.10", a decimal comma becomes a point, nothing passes through a float), whole numbers and
// yes/no are trimmed, image URLs typed one per line are joined with ';' as the document writes them.

#include "domain/FieldProblem.h"
#include "domain/Records.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kontor::ProductFields {

enum class Kind {
    Text,
    Decimal,      // 1200, 12.10, 0.27
    WholeNumber,  // 5
    YesNo,        // "yes" or "no", as the API writes them
    CategoryCode, // "3-406": written as a code, read back as names
    UrlList,      // image URLs separated by ';'
};

enum class Group { Identity, Pricing, Logistics, Dropshipping, Category, Images };

struct Field
{
    QString wireName;
    Kind kind = Kind::Text;
    Group group = Group::Identity;
};

// Every CreateProduct field, sku included, in the document's order.
const QList<Field>& all();
std::optional<Field> find(const QString& wireName);

QList<FieldProblem> validate(const ProductDraft& draft);
// The draft with every value in the API's form (call after validate() found nothing). Empty values are left
// out: a field not set is not sent.
ProductDraft toWire(const ProductDraft& draft);

// Image URLs: typed one per line, written with ';' between them, and back.
QString joinUrls(const QString& lines);
QStringList splitUrls(const QString& wire);

} // namespace kontor::ProductFields
