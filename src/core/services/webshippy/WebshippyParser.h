#pragma once
// WebshippyParser: pure functions from the bytes of a Webshippy answer to Kontor's records. The envelope
// (status, message, XML or JSON) is WebshippyEnvelope's; this reads what an action returns. Every value
// arrives as a string, numbers included.

#include "Result.h"
#include "codec/Lenient.h"
#include "domain/Records.h"
#include "profile/Profile.h"

#include <QByteArray>

namespace kontor {

class WebshippyParser
{
public:
    // GetProduct: `result` is a list of products. `page` is copied into the page; only an empty result
    // ends the list.
    static Result<ProductPage> parseProducts(const QByteArray& body, WireFormat format, int page);
    static Product productFrom(const codec::Json& object);
};

} // namespace kontor
