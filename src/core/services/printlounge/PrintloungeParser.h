#pragma once
// PrintloungeParser: pure functions from the bytes of a Printlounge answer to Kontor's records. The
// answers carry no envelope: a list is a JSON array, an order or a cart a JSON object.

#include "Result.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace kontor {

class PrintloungeParser
{
public:
    // GET api/order/: an array of {id, internalOrderCode, orderCode, status, orderStatus, statusPaid,
    // lastModified, createDate}. Every row needs an id, since paging goes by it.
    static Result<QList<OrderSummary>> parseOrderList(const QByteArray& body);
    // GET api/order/{code}: every field, in the service's order.
    static Result<FieldList> parseOrder(const QByteArray& body);
    // GET api/cart/{code}: the header fields and the cartItems object keyed "1", "2", ... (or a list),
    // items sorted by that key, each type code named through CartItemType.
    static Result<Cart> parseCart(const QByteArray& body);

    // An error answer's body: the shop's explanation in `message`, `error`, `errors`, `detail` or `title`
    // (a text or a list of texts) as a Service error quoting it; nullopt when the body says nothing.
    static std::optional<Error> parseError(const QByteArray& body);

    // The keyset cursor for the page after `orders`: the smallest numeric id, or empty when there is none.
    static QString smallestId(const QList<OrderSummary>& orders);
    // The same cursor read straight from an order list's bytes, without parsing it into records: the smallest
    // numeric "id" of the array's objects, among those below `below` when given. Nothing when the body is not
    // a plain array of objects whose ids are integers (the full parse then decides), or when no id qualifies.
    // A listing uses it to ask for the next page while this one is parsed; it checks the two agree.
    static std::optional<qint64> scanSmallestId(const QByteArray& body, std::optional<qint64> below = {});
};

} // namespace kontor
