// Webshippy answers in both wire formats: the envelope every answer shares (status, message), the product
// list, a product save, the marketplace transactions and an invoice upload answer (settled item by item).
// Each input is read as JSON and as XML; one of the two rejects it at the first byte.
#include "FuzzSupport.h"
#include "services/webshippy/WebshippyEnvelope.h"
#include "services/webshippy/WebshippyParser.h"

using namespace kontor;

namespace {

// The items an upload answer is read against: two with the same number, as a careless batch might send.
const QList<InvoiceFile> Sent = {{QStringLiteral("DSPY1000134"), QStringLiteral("Invoice-12345-1-54365"), "AA=="},
                                 {QStringLiteral("DSPY1000135"), QStringLiteral("INV-2"), "AA=="},
                                 {QStringLiteral("DSPY1000136"), QStringLiteral("INV-2"), "AA=="}};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const WireFormat format : {WireFormat::Json, WireFormat::Xml}) {
        const Result<codec::Json> answer = WebshippyEnvelope::open(body, format);
        fuzz::requireWellFormed(answer);
        if (answer.ok()) {
            fuzz::require(answer.value.is_object(), "an accepted answer that is not an object");
            WebshippyEnvelope::messages(answer.value);
        }

        const Result<ProductPage> page = WebshippyParser::parseProducts(body, format, 3);
        fuzz::requireWellFormed(page);
        if (page.ok()) {
            fuzz::require(page.value.page == 3, "the page number was not kept");
            fuzz::require(page.value.endReached == page.value.products.isEmpty(),
                          "the end of the list disagrees with an empty page");
        }

        fuzz::requireWellFormed(WebshippyParser::parseSaveAnswer(body, format));
        const Result<QList<Transaction>> transactions = WebshippyParser::parseTransactions(body, format);
        fuzz::requireWellFormed(transactions);

        Result<WebshippyParser::UploadAnswer> upload = WebshippyParser::parseUploadAnswer(body, format, Sent);
        fuzz::requireWellFormed(upload);
        if (upload.ok()) {
            fuzz::require(upload.value.items.size() == Sent.size(), "an upload answer lost or invented an item");
            // Settling against whatever the same bytes give as transactions must leave nothing open.
            WebshippyParser::settleFromTransactions(&upload.value, transactions.value);
            for (const InvoiceResult& item : upload.value.items)
                fuzz::require(item.outcome != InvoiceResult::Outcome::Unsettled, "an item left unsettled");
        }
    }
    return 0;
}
