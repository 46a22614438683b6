// Printlounge answers: the order list, one order and a cart. All three are JSON, so every input is read as
// each of them.
#include "FuzzSupport.h"
#include "services/printlounge/PrintloungeParser.h"

using namespace kontor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Result<QList<OrderSummary>> list = PrintloungeParser::parseOrderList(body);
    fuzz::requireWellFormed(list);
    if (list.ok()) {
        // Paging goes by the id: every row has a numeric one, so the cursor exists whenever a row does.
        for (const OrderSummary& o : list.value) {
            bool numeric = false;
            o.id.toLongLong(&numeric);
            fuzz::require(numeric, "an order list row without a numeric id");
        }
        fuzz::require(PrintloungeParser::smallestId(list.value).isEmpty() == list.value.isEmpty(),
                      "the paging cursor is missing for a non-empty page");
    }

    fuzz::requireWellFormed(PrintloungeParser::parseOrder(body));
    const std::optional<Error> said = PrintloungeParser::parseError(body);
    fuzz::require(!said || !said->message.isEmpty(), "an error body read without a message");

    const Result<Cart> cart = PrintloungeParser::parseCart(body);
    fuzz::requireWellFormed(cart);
    for (const CartItem& item : cart.value.items)
        fuzz::require(!item.typeName.isEmpty(), "a cart item type without a name");
    return 0;
}
