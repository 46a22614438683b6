#pragma once
// WebshippyCategories: a product's category is written as a code ("3-406") and read back as names
// ("Divat és ruházat" / "Gyermek divat"), document 003. To tell "unchanged" from "changed", Kontor must know
// which names a code stands for. The service offers no list of codes, so Kontor knows the document's own
// pair and learns every other one the first time it writes a code and reads the product back.

#include "domain/Records.h"

#include <QHash>
#include <QString>
#include <optional>

namespace kontor {

class WebshippyCategories
{
public:
    struct Names
    {
        QString category;
        QString subCategory;
        QString subSubCategory;
        bool operator==(const Names& other) const;
    };

    WebshippyCategories();

    // "3-406" and the like: a main and a sub category number.
    static bool isCode(const QString& text);
    static Names namesOf(const Product& product);

    std::optional<Names> namesOf(const QString& code) const;
    void learn(const QString& code, const Names& names);
    // True when `product` (as read back) is in the category that was written as `written`: a known code
    // matches its names; a name (not a code) matches the category name itself.
    bool same(const QString& written, const Product& product) const;

private:
    QHash<QString, Names> m_known;
};

} // namespace kontor
