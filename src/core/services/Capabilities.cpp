#include "services/Capabilities.h"

#include <QCoreApplication>

namespace kontor {

Availability availability(Service service, Capability capability)
{
    switch (service) {
    case Service::Htk:
        switch (capability) {
        case Capability::Orders:
        case Capability::Categories:
            return Availability::Offered;
        case Capability::ProductUpload: // document 000: "Produktupload", a heading without content
        case Capability::Stock:         // document 000: "Bestand", idem
            return Availability::NotOffered;
        default:
            return Availability::Absent;
        }
    case Service::Printlounge:
        return capability == Capability::Orders || capability == Capability::Cart ? Availability::Offered
                                                                                  : Availability::Absent;
    case Service::Virtpos:
        return capability == Capability::Orders || capability == Capability::Customers ||
                       capability == Capability::Cards
                   ? Availability::Offered
                   : Availability::Absent;
    case Service::Webshippy:
        switch (capability) {
        case Capability::Products:
        case Capability::ProductUpload:
        case Capability::Transactions:
        case Capability::Invoices:
            return Availability::Offered;
        case Capability::ProductDelete: // document 003: "Termék törlése — Hamarosan…" (coming soon)
            return Availability::NotOffered;
        default:
            return Availability::Absent;
        }
    }
    return Availability::Absent;
}

bool offers(Service service, Capability capability)
{
    return availability(service, capability) == Availability::Offered;
}

QList<Capability> allCapabilities()
{
    return {Capability::Orders,        Capability::Cart,          Capability::Categories, Capability::Products,
            Capability::ProductUpload, Capability::ProductDelete, Capability::Stock,      Capability::Customers,
            Capability::Cards,         Capability::Transactions,  Capability::Invoices};
}

QString capabilityId(Capability capability)
{
    switch (capability) {
    case Capability::Orders:
        return QStringLiteral("orders");
    case Capability::Cart:
        return QStringLiteral("cart");
    case Capability::Categories:
        return QStringLiteral("categories");
    case Capability::Products:
        return QStringLiteral("products");
    case Capability::ProductUpload:
        return QStringLiteral("product-upload");
    case Capability::ProductDelete:
        return QStringLiteral("product-delete");
    case Capability::Stock:
        return QStringLiteral("stock");
    case Capability::Customers:
        return QStringLiteral("customers");
    case Capability::Cards:
        return QStringLiteral("cards");
    case Capability::Transactions:
        return QStringLiteral("transactions");
    case Capability::Invoices:
        return QStringLiteral("invoices");
    }
    return {};
}

QString capabilityName(Capability capability)
{
    switch (capability) {
    case Capability::Orders:
        return QCoreApplication::translate("kontor::Capabilities", "Orders");
    case Capability::Cart:
        return QCoreApplication::translate("kontor::Capabilities", "Cart");
    case Capability::Categories:
        return QCoreApplication::translate("kontor::Capabilities", "Categories");
    case Capability::Products:
        return QCoreApplication::translate("kontor::Capabilities", "Products");
    case Capability::ProductUpload:
        return QCoreApplication::translate("kontor::Capabilities", "Product upload");
    case Capability::ProductDelete:
        return QCoreApplication::translate("kontor::Capabilities", "Deleting products");
    case Capability::Stock:
        return QCoreApplication::translate("kontor::Capabilities", "Stock");
    case Capability::Customers:
        return QCoreApplication::translate("kontor::Capabilities", "Customers");
    case Capability::Cards:
        return QCoreApplication::translate("kontor::Capabilities", "Discount cards");
    case Capability::Transactions:
        return QCoreApplication::translate("kontor::Capabilities", "Marketplace transactions");
    case Capability::Invoices:
        return QCoreApplication::translate("kontor::Capabilities", "Invoice upload");
    }
    return {};
}

QString notOfferedText(Service service, Capability capability)
{
    switch (availability(service, capability)) {
    case Availability::Offered:
        return {};
    case Availability::NotOffered:
        return QCoreApplication::translate("kontor::Capabilities",
                                           "%1's interface document lists \"%2\" but does not describe how it "
                                           "works, so Kontor cannot offer it for this service.")
            .arg(serviceDisplayName(service), capabilityName(capability));
    case Availability::Absent:
        break;
    }
    return QCoreApplication::translate("kontor::Capabilities", "%1 does not offer \"%2\".")
        .arg(serviceDisplayName(service), capabilityName(capability));
}

} // namespace kontor
