// OmniSeller HTK answers: the token, the envelope every answer shares, categories, order IDs and one order.
// All are JSON, so every input is read as each of them.
#include "FuzzSupport.h"
#include "domain/CategoryTree.h"
#include "services/htk/HtkParser.h"

using namespace kontor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Result<HtkToken> token = HtkParser::parseToken(body);
    fuzz::requireWellFormed(token);
    if (token.ok())
        fuzz::require(!token.value.token.isEmpty(), "an accepted token answer without a token");
    fuzz::requireWellFormed(HtkParser::parseEnvelope(body));

    const Result<QList<Category>> categories = HtkParser::parseCategories(body);
    fuzz::requireWellFormed(categories);
    for (const Category& c : categories.value)
        fuzz::require(!c.id.isEmpty(), "a category without an ID");
    // The tree of any list, in any order, holds every category once.
    const CategoryTree tree(categories.value);
    fuzz::require(tree.preorder().size() == categories.value.size(), "the category tree lost or repeated one");

    const Result<QList<OrderSummary>> ids = HtkParser::parseOrderIds(body);
    fuzz::requireWellFormed(ids);
    for (const OrderSummary& o : ids.value)
        fuzz::require(!o.id.isEmpty(), "an order without an ID");

    const Result<FieldList> order = HtkParser::parseOrder(body, QStringLiteral("4711"));
    fuzz::requireWellFormed(order);
    if (order.ok())
        fuzz::require(!order.value.isEmpty(), "an order answer accepted without fields");
    return 0;
}
