#pragma once
// The filters each service's order list takes on the server (OrderQuery::filters), in one table that the
// CLI's options and the GUI's filter bar both follow, with each value's kind and how it goes on the wire.

#include "profile/Profile.h"

#include <QList>
#include <QString>
#include <optional>

namespace kontor {

struct OrderFilterField
{
    enum class Kind {
        Number, // a whole number, 0 or more (a status code, a number of days)
        Flag,   // 1 or 0
        Text,   // any text (an id)
        Date,   // a day; given as YYYY-MM-DD, sent in the service's own form
    };
    QString wire;   // the service's parameter name
    QString option; // kontor-cli's option, without the dashes
    Kind kind;
};

// The filters of `service`'s order list, in the order to offer them; empty when it takes none.
QList<OrderFilterField> orderFilterFields(Service service);

// `value` as typed (a date as YYYY-MM-DD) in the form the service takes; nothing when it does not fit the
// field's kind (the caller says what is expected).
std::optional<QString> orderFilterWireValue(const OrderFilterField& field, const QString& value);

} // namespace kontor
