#pragma once
// Reading one order's cart: its header fields and every item, types named (printlounge).

#include "Result.h"
#include "domain/Records.h"

#include <QObject>

namespace kontor {

class CartCapability
{
public:
    virtual ~CartCapability() = default;
    virtual void loadCart(const QString& orderCode, QObject* context, Callback<Cart> done) = 0;
};

} // namespace kontor
