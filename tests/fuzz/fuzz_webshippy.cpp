// Webshippy answers in both wire formats: the envelope every answer shares (status, message) and the
// product list. Each input is read as JSON and as XML; one of the two rejects it at the first byte.
#include "FuzzSupport.h"
#include "services/webshippy/WebshippyEnvelope.h"
#include "services/webshippy/WebshippyParser.h"

using namespace kontor;

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
    }
    return 0;
}
