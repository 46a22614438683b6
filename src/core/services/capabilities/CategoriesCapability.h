#pragma once
// Reading a service's product categories (htk): a flat list whose parentId links build the tree.

#include "Result.h"
#include "domain/Records.h"

#include <QList>
#include <QObject>

namespace kontor {

class CategoriesCapability
{
public:
    virtual ~CategoriesCapability() = default;
    virtual void listCategories(QObject* context, Callback<QList<Category>> done) = 0;
};

} // namespace kontor
