#pragma once
// Builds the printlounge cart of one order (GET /api/cart/{orderCode}), deterministically from the order's
// seed: every header field of vendor doc 001 and a cartItems object keyed "1", "2", ...

#include "printlounge/PrintloungeService.h"

#include <nlohmann/json.hpp>

namespace kontor::sandbox {

class PrintloungeCart
{
public:
    static nlohmann::ordered_json build(const PrintloungeService::Order& order, quint32 sandboxSeed);
    // The documented item types, 1..19 and 101.
    static const int kDocumentedTypes[20];
    static constexpr int kUndocumentedType = 42;
};

} // namespace kontor::sandbox
