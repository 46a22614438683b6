#include "services/printlounge/CartItemType.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace kontor {

namespace {

constexpr const char* Context = "kontor::CartItemType";

struct Entry
{
    int code;
    const char* name;
};

// Names from the vendor document (German in the original), in English for translation.
constexpr Entry Names[] = {
    {1, QT_TRANSLATE_NOOP("kontor::CartItemType", "Article")},
    {2, QT_TRANSLATE_NOOP("kontor::CartItemType", "Shipping")},
    {3, QT_TRANSLATE_NOOP("kontor::CartItemType", "Handling")},
    {4, QT_TRANSLATE_NOOP("kontor::CartItemType", "Service-provider shipping")},
    {5, QT_TRANSLATE_NOOP("kontor::CartItemType", "Article option")},
    {6, QT_TRANSLATE_NOOP("kontor::CartItemType", "Article free quota")},
    {7, QT_TRANSLATE_NOOP("kontor::CartItemType", "Article stock return")},
    {8, QT_TRANSLATE_NOOP("kontor::CartItemType", "Small-quantity surcharge")},
    {9, QT_TRANSLATE_NOOP("kontor::CartItemType", "Credit for handling cost")},
    {10, QT_TRANSLATE_NOOP("kontor::CartItemType", "Customer discount")},
    {11, QT_TRANSLATE_NOOP("kontor::CartItemType", "Payment")},
    {12, QT_TRANSLATE_NOOP("kontor::CartItemType", "Article discount")},
    {13, QT_TRANSLATE_NOOP("kontor::CartItemType", "Free position added by admin")},
    {14, QT_TRANSLATE_NOOP("kontor::CartItemType", "Article order fee")},
    {15, QT_TRANSLATE_NOOP("kontor::CartItemType", "Article dynamic option")},
    {16, QT_TRANSLATE_NOOP("kontor::CartItemType", "\"Postaktuell\" article")},
    {17, QT_TRANSLATE_NOOP("kontor::CartItemType", "Cost absorption")},
    {18, QT_TRANSLATE_NOOP("kontor::CartItemType", "Advertising subsidy")},
    {19, QT_TRANSLATE_NOOP("kontor::CartItemType", "Additional surcharge")},
    {101, QT_TRANSLATE_NOOP("kontor::CartItemType", "External article (OCI punch-out)")},
};

const char* lookup(int code)
{
    for (const Entry& e : Names) {
        if (e.code == code)
            return e.name;
    }
    return nullptr;
}

QString unknown(const QString& shown)
{
    return QCoreApplication::translate("kontor::CartItemType", "Unknown (%1)").arg(shown);
}

} // namespace

QList<int> CartItemType::knownCodes()
{
    QList<int> out;
    for (const Entry& e : Names)
        out.append(e.code);
    return out;
}

bool CartItemType::isKnown(int code)
{
    return lookup(code) != nullptr;
}

QString CartItemType::name(int code)
{
    if (const char* n = lookup(code))
        return QCoreApplication::translate(Context, n);
    return unknown(QString::number(code));
}

QString CartItemType::name(const QString& codeText)
{
    const QString text = codeText.trimmed();
    bool ok = false;
    const double d = QLocale::c().toDouble(text, &ok);
    if (ok && std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 1e9)
        return name(static_cast<int>(d));
    return unknown(text.isEmpty() ? QStringLiteral("?") : text.left(40));
}

} // namespace kontor
