#pragma once
// WebshippyParser: pure functions from the bytes of a Webshippy answer to Kontor's records. The envelope
// (status, message, XML or JSON) is WebshippyEnvelope's; this reads what an action returns. Every value
// arrives as a string, numbers included.

#include "Result.h"
#include "codec/Lenient.h"
#include "domain/Records.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QHash>

namespace kontor {

class WebshippyParser
{
public:
    // GetProduct: `result` is a list of products. `page` is copied into the page; only an empty result
    // ends the list.
    static Result<ProductPage> parseProducts(const QByteArray& body, WireFormat format, int page);
    static Product productFrom(const codec::Json& object);

    // CreateProduct: which of the three outcomes the service reports, and the product's wspyId.
    static Result<ProductSaveResult> parseSaveAnswer(const QByteArray& body, WireFormat format);

    // getMarketplaceTransactions: `result` as transactions (a list, or in XML one transaction's fields).
    static Result<QList<Transaction>> parseTransactions(const QByteArray& body, WireFormat format);

    // uploadMarketplaceTransactionInvoice. The answer echoes every item sent in `result`, stored or not, so an
    // item is settled from the texts alone: "Invoice <serial> upload failed, due to: <reason>" fails the item
    // it names; texts that name no item ("Already existing entity", "[field:x] ... has to be integer") leave
    // the items no text named Unsettled, to be settled from the transactions' invoice state
    // (settleFromTransactions). With no such text, an item no failure names was stored.
    struct UploadAnswer
    {
        QList<InvoiceResult> items; // in the order sent
        int alreadyExisting = 0;    // how many "Already existing entity" texts came
        QStringList unattributed;   // texts that name no item
    };
    static Result<UploadAnswer> parseUploadAnswer(const QByteArray& body, WireFormat format,
                                                  const QList<InvoiceFile>& sent);
    // Settles the Unsettled items of `answer` from the transactions as the service shows them now. An invoice
    // with this item's number is there: done, and AlreadyPresent when it was there before the upload (as
    // `before`, the transactions last seen before sending, shows) or, without that knowledge, when as many
    // "Already existing entity" texts came as items are found done; else Stored. Another number is there:
    // Failed (a different invoice is stored). None: Failed.
    static void settleFromTransactions(UploadAnswer* answer, const QList<Transaction>& now,
                                       const QHash<QString, Transaction>& before = {});
};

} // namespace kontor
