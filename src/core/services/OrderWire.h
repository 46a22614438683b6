#pragma once
// OrderWire: an order summary under the service's own field names, for output that promises them
// (kontor-cli `orders list --json`). A record keeps the fields it names in normalized form and everything
// else in `extra` under the wire's names (domain/Records.h); the tables here say which wire field each
// normalized one was read from, so the wire names cost no memory per row (the GUI holds 100,000 rows).
// tests/unit/tst_orderwire.cpp sends each document's example through the service's parser and back through
// here: a parser that reads a field under another name, or drops one, fails it.
//
// Values are text, as the records keep them. What a parser normalized comes back in the document's own
// form where that form is known (a paid flag "yes"/"no" as "1"/"0"); what it derived from other fields
// (a virtpos status made of the shipped and cancelled flags) is not repeated: those flags are there.

#include "domain/Records.h"
#include "profile/Profile.h"

namespace kontor::OrderWire {

// The order's fields under the service's names: the normalized ones first, then `extra` in the order sent.
FieldList orderFields(Service service, const OrderSummary& order);
// One item of an order's item list (virtpos `items`) under the service's names.
FieldList itemFields(Service service, const CartItem& item);
// The service's name of the list holding an order's items ("items"); empty when its order list has none.
QString itemsName(Service service);

} // namespace kontor::OrderWire
