#pragma once
// What each service offers, as its vendor document describes it. A capability is Offered (Kontor reads
// or writes it through the matching interface in services/capabilities/), NotOffered (the document names
// it under a heading without saying how it works: htk's product upload and stock, Webshippy's product
// deletion "coming soon"; the GUI and the CLI show it as not offered instead of hiding it), or Absent.

#include "profile/Profile.h"

#include <QList>
#include <QString>

namespace kontor {

enum class Capability {
    Orders,
    Cart,
    Categories,
    Products,
    ProductUpload,
    ProductDelete,
    Stock,
    Customers,
    Cards,
    Transactions,
    Invoices,
};

enum class Availability { Offered, NotOffered, Absent };

Availability availability(Service service, Capability capability);
bool offers(Service service, Capability capability);
QList<Capability> allCapabilities();

QString capabilityId(Capability capability);   // "orders", "product-upload", ...: stable, for --json
QString capabilityName(Capability capability); // "Orders", "Product upload": translated, for people
// "OmniSeller HTK's interface document lists stock under a heading but does not describe it, so Kontor
// cannot offer it." — translated; empty when the capability is Offered.
QString notOfferedText(Service service, Capability capability);

} // namespace kontor
