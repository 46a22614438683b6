#include "services/webshippy/WebshippyParser.h"

#include "services/webshippy/WebshippyEnvelope.h"

namespace kontor {

using codec::Json;
using codec::Lenient;

namespace {

const QString Source = QStringLiteral("Webshippy");

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
    p.extra = Lenient::fields(object, named);
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

} // namespace kontor
