#include "services/webshippy/WebshippyCategories.h"

#include <QRegularExpression>

namespace kontor {

bool WebshippyCategories::Names::operator==(const Names& other) const
{
    // Names compare as people read them: case and surrounding space do not make another category.
    const auto same = [](const QString& a, const QString& b) {
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    };
    return same(category, other.category) && same(subCategory, other.subCategory);
}

WebshippyCategories::WebshippyCategories()
{
    // The only pair the vendor's document shows (003: CreateProduct "3-406", GetProduct reads it back so).
    m_known.insert(QStringLiteral("3-406"),
                   {QStringLiteral("Divat és ruházat"), QStringLiteral("Gyermek divat"), QString()});
}

bool WebshippyCategories::isCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^\\s*\\d+(-\\d+)*\\s*$"));
    return code.match(text).hasMatch();
}

WebshippyCategories::Names WebshippyCategories::namesOf(const Product& product)
{
    return {product.category, product.subCategory, product.subSubCategory};
}

std::optional<WebshippyCategories::Names> WebshippyCategories::namesOf(const QString& code) const
{
    const auto it = m_known.constFind(code.trimmed());
    if (it == m_known.cend())
        return std::nullopt;
    return *it;
}

void WebshippyCategories::learn(const QString& code, const Names& names)
{
    if (isCode(code) && !names.category.trimmed().isEmpty())
        m_known.insert(code.trimmed(), names);
}

bool WebshippyCategories::same(const QString& written, const Product& product) const
{
    if (!isCode(written))
        return written.trimmed().compare(product.category.trimmed(), Qt::CaseInsensitive) == 0;
    const std::optional<Names> names = namesOf(written);
    return names && *names == namesOf(product);
}

} // namespace kontor
