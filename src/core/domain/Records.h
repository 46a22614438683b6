#pragma once
// Plain value types shared by the service clients, the CLI and the GUI. No wire format leaks in here:
// each client maps its service's fields to these. Fields a service has but these types do not name
// travel in `extra`, in the service's own order, so nothing the server sent is dropped.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace kontor {

using FieldList = QList<QPair<QString, QString>>;

// One position of an order or a cart (a virtpos order item, a printlounge cart item).
struct CartItem
{
    QString position; // the cart's key for it ("1", "2", ...) or its place in the order, from 1
    QString id;
    QString type;     // the service's type code as sent (printlounge), else empty
    QString typeName; // the code's name for a person, translated ("Shipping", "Unknown (42)")
    QString name;
    QString quantity;  // decimal as text
    QString unitPrice; // idem
    QString discount;  // idem
    QString amount;    // idem
    FieldList extra;
};

// A whole cart: the order's header fields as the service sent them, and its items in position order.
struct Cart
{
    FieldList fields;
    QList<CartItem> items;
};

struct OrderSummary
{
    QString id;       // the service's key for the order (printlounge id, htk ID, virtpos guid)
    QString number;   // what people call it (orderCode, DisplayID, ...)
    QString status;   // as the service says it
    QString paid;     // "yes", "no" or empty when unknown
    QString created;  // "yyyy-MM-dd hh:mm:ss" as sent
    QString modified; // idem
    QString amount;   // decimal as text, never a float
    QString customer;
    FieldList extra;
    QList<CartItem> items; // when the list answer carries them (virtpos); empty otherwise
};

struct OrderPage
{
    QList<OrderSummary> orders;
    QString nextCursor; // keyset cursor for the next page (printlounge lastSeenId); empty when unknown
    bool endReached = false;
};

struct Category
{
    QString id;
    QString parentId; // empty for a root (the service says "oxrootID")
    QString name;
    bool active = true;
};

struct Product
{
    QString wspyId;
    QString sku;
    QString name;
    QString variant;
    QString barcode;
    QString price;
    QString currency;
    QString quantity;
    QString updatedAt;
    FieldList extra;
};

struct ProductPage
{
    QList<Product> products;
    int page = 0;
    bool endReached = false;
    QString nextCursor; // for ProductQuery::cursor; empty at the end
};

// What `profile test` and the dialog's "Test connection" report on success.
struct ConnectionInfo
{
    QString summary; // one plain sentence, e.g. "Signed in; 250 orders visible."
};

} // namespace kontor
