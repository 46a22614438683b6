#pragma once
// CartItemType: the one mapping from a Printlounge cart item's `type` code to a name for a person.
// Codes the vendor document does not list are shown as "Unknown (N)" and never dropped.

#include <QList>
#include <QString>

namespace kontor {

class CartItemType
{
public:
    // The codes the vendor document lists: 1..19 and 101.
    static QList<int> knownCodes();
    static bool isKnown(int code);
    // The translated name, e.g. 2 -> "Shipping", 42 -> "Unknown (42)".
    static QString name(int code);
    // For a code as the server sent it: "2", 2.0, " 2 "; anything that is not a whole number is
    // shown as "Unknown (text)".
    static QString name(const QString& codeText);
};

} // namespace kontor
