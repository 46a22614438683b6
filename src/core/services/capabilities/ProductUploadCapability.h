#pragma once
// Creating and changing products (webshippy CreateProduct, an upsert keyed by sku, one product per call).

#include "Result.h"
#include "domain/Records.h"

#include <QObject>

namespace kontor {

class ProductUploadCapability
{
public:
    virtual ~ProductUploadCapability() = default;
    // Sends the draft; on success reads the product back, so the result says what the service stored (a
    // category written as a code reads back as names).
    virtual void saveProduct(const ProductDraft& draft, QObject* context, Callback<ProductSaveResult> done) = 0;
};

} // namespace kontor
