// The lenient JSON reader every JSON service parser stands on: parse, then every conversion on every value
// of the tree, and a round trip through dump().
#include "FuzzSupport.h"
#include "codec/Lenient.h"

#include <cmath>

using namespace kontor;
using codec::Json;
using codec::Lenient;

namespace {

void visit(const Json& value, int depth)
{
    fuzz::require(depth <= Lenient::DefaultMaxDepth, "a tree deeper than the parser allows");
    Lenient::toString(&value);
    Lenient::toInteger(&value);
    if (const auto number = Lenient::toNumber(&value))
        fuzz::require(std::isfinite(*number), "toNumber gave NaN or infinity");
    Lenient::toFlag(&value);
    if (value.is_object()) {
        fuzz::require(Lenient::fields(value).size() == static_cast<qsizetype>(value.size()),
                      "fields() lost or invented a member");
        for (auto it = value.begin(); it != value.end(); ++it) {
            fuzz::require(Lenient::field(value, it.key()) != nullptr, "a member field() cannot find");
            Lenient::has(value, it.key());
            Lenient::string(value, it.key());
            Lenient::integer(value, it.key());
            Lenient::number(value, it.key());
            Lenient::flag(value, it.key());
            visit(it.value(), depth + 1);
        }
    } else if (value.is_array()) {
        fuzz::require(Lenient::fields(value).isEmpty(), "fields() of a list");
        for (const Json& element : value)
            visit(element, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Result<Json> parsed = Lenient::parse(fuzz::bytes(data, size), QStringLiteral("Fuzz"));
    fuzz::requireWellFormed(parsed);
    if (!parsed.ok())
        return 0;
    visit(parsed.value, 0);
    // Decimals are kept as text, so writing the tree and reading it back changes nothing.
    const Result<Json> again = Lenient::parse(Lenient::dump(parsed.value), QStringLiteral("Fuzz"));
    fuzz::require(again.ok() && again.value == parsed.value, "dump() and parse() do not round-trip");
    return 0;
}
