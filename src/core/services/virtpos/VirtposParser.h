#pragma once
// VirtposParser: pure functions from the bytes of a VirtualPOS answer to Kontor's records, for both wire
// formats. Every answer carries `success` (1 or 0) and, on failure, `info`. The XML order list has a
// quirk the vendor document shows as normal: one <orders> element per order, and inside it ONE <items>
// element that holds the fields of all items in sequence, each <item_id> starting the next item.

#include "Result.h"
#include "customers/Customer.h"
#include "domain/Records.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace kontor {

class VirtposParser
{
public:
    static Result<QList<OrderSummary>> parseOrders(const QByteArray& body, WireFormat format);
    static Result<QList<OrderSummary>> parseOrdersJson(const QByteArray& body);
    static Result<QList<OrderSummary>> parseOrdersXml(const QByteArray& body);

    // The error for success = 0: Auth when `info` blames the API key, otherwise Service. `info` goes to
    // the detail (and, shortened, into the message, since it is the service's own explanation).
    static Error refusal(const QString& info);
    // An answer (of any HTTP status, in either format whatever `format` asked for) that says success 0: its
    // refusal(); nullopt for anything else.
    static std::optional<Error> parseRefusal(const QByteArray& body, WireFormat format);

    // The answer to a write (insertCard, updateCard, deleteCard, customer update): `success` 1 with the record's
    // `id` and `isnew` (created or updated); a refusal (success 0) as its error; anything else Malformed.
    struct WriteAnswer
    {
        QString id;
        bool isNew = false;
    };
    static Result<WriteAnswer> parseWriteAnswer(const QByteArray& body, WireFormat format);

    // One page of the customer list (`customers` with each customer's fields, `page`, `page_size`, `total`).
    static Result<CustomerPage> parseCustomers(const QByteArray& body, WireFormat format);
};

} // namespace kontor
