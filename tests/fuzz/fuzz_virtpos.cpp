// VirtualPOS order lists in both wire formats. Each input is read as JSON and as XML: one of the two
// rejects it at the first byte, so this costs little and keeps one corpus for both.
#include "FuzzSupport.h"
#include "services/virtpos/VirtposParser.h"

using namespace kontor;

namespace {

void check(const Result<QList<OrderSummary>>& orders)
{
    fuzz::requireWellFormed(orders);
    for (const OrderSummary& o : orders.value) {
        // Items are numbered from 1 in the order they came.
        for (qsizetype i = 0; i < o.items.size(); ++i)
            fuzz::require(o.items[i].position == QString::number(i + 1), "item positions out of sequence");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    check(VirtposParser::parseOrdersJson(body));
    check(VirtposParser::parseOrdersXml(body));
    for (const WireFormat format : {WireFormat::Json, WireFormat::Xml}) {
        const std::optional<Error> refusal = VirtposParser::parseRefusal(body, format);
        fuzz::require(!refusal || !refusal->message.isEmpty(), "a refusal without a message");
    }
    return 0;
}
