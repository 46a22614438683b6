#pragma once
// Plain value types shared by the service clients, the CLI and the GUI. No wire format leaks in here:
// each client maps its service's fields to these. Fields a service has but these types do not name
// travel in `extra`, in the service's own order, so nothing the server sent is dropped.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

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
    // Webshippy writes a category as a code ("3-406") and reads it back as names (document 003).
    QString category;
    QString subCategory;
    QString subSubCategory;
    FieldList extra;
};

struct ProductPage
{
    QList<Product> products;
    int page = 0;
    bool endReached = false;
    QString nextCursor; // for ProductQuery::cursor; empty at the end
};

// A product to create or change (Webshippy CreateProduct, an upsert keyed by sku): the API's field names and
// the values as the API wants them, strings (decimals exactly as typed). Only the fields set are sent.
struct ProductDraft
{
    QString sku;
    FieldList fields; // e.g. {"productName", "Szuperhős Póló"}, {"price", "1200"}, {"category", "3-406"}
};

struct ProductSaveResult
{
    enum class Outcome { Created, Modified, Unchanged };
    Outcome outcome = Outcome::Unchanged;
    QString wspyId;
    QStringList messages;          // the service's own words ("The product modification was successful")
    std::optional<Product> stored; // the product as the service reads it back, when it could be read
};

// One marketplace transaction (Webshippy getMarketplaceTransactions, document 004).
struct Transaction
{
    QString id; // transactionId, e.g. "DSPY1000134"
    QString date;
    QString paymentStatus;
    QString transferredAt; // empty when the service sent null or ""
    QString supplier;      // party names
    QString retailer;
    QString paymentId;
    QString invoiceStatus; // invoiced | uninvoiced | error, as sent
    QString invoiceSerialNumber;
    QString invoiceUrl;
    QList<FieldList> products; // each product's fields as sent
    FieldList extra;
};

// Empty means "no filter"; the service combines filters with AND. Dates are yyyy-mm-dd.
struct TransactionFilter
{
    QString invoiceStatus; // invoiced | uninvoiced | error
    QString dateFrom;
    QString dateTo;
    QString role; // supplier | retailer
};

// One invoice to upload: the file's content in base64 and its number (the file's base name).
struct InvoiceFile
{
    QString transactionId;
    QString serialNumber;
    QByteArray base64;
};

// How one invoice of an upload ended, read from the service's per-item words (never from its mere presence
// in the answer's `result`, which echoes every item sent).
struct InvoiceResult
{
    enum class Outcome {
        Stored,         // the service stored it
        AlreadyPresent, // "Already existing entity": this invoice was there before; done, reported apart
        Failed,         // refused, with the service's reason
        Unsettled,      // the answer does not say; the transactions' invoice state must be read
    };
    QString transactionId;
    QString serialNumber;
    Outcome outcome = Outcome::Unsettled;
    QString message; // the service's words about this item, if any
};

// What `profile test` and the dialog's "Test connection" report on success.
struct ConnectionInfo
{
    QString summary; // one plain sentence, e.g. "Signed in; 250 orders visible."
};

} // namespace kontor
