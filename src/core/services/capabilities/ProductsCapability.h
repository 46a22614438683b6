#pragma once
// Reading a service's products page by page (webshippy), with the filters the service combines with AND.

#include "Result.h"
#include "domain/Records.h"

#include <QObject>

namespace kontor {

// Empty means "no filter". lastMod is "yyyy-MM-dd hh:mm:ss" in the service's time.
struct ProductFilter
{
    QString wspyId;
    QString referenceId;
    QString productName;
    QString sku;
    QString barcode;
    QString lastMod;
    bool getAllProduct = false;
};

struct ProductQuery
{
    int limit = 50;
    QString cursor; // from ProductPage::nextCursor; empty for the first page
    ProductFilter filter;
};

class ProductsCapability
{
public:
    virtual ~ProductsCapability() = default;
    // One page. A page that repeats the previous one (a server ignoring the page number) ends the list and
    // delivers no rows.
    virtual void listProducts(const ProductQuery& query, QObject* context, Callback<ProductPage> done) = 0;
};

} // namespace kontor
