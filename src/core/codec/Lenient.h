#pragma once
// Lenient: reading JSON answers from services that are loose about types. A number may arrive as "12", 12
// or 12.0, a flag as 1, "1", true, "true" or "yes", a text as a number; a missing or null field reads as
// empty (or nullopt). Nothing here throws: a bad answer becomes an Error, never a crash.
//
// Json is nlohmann's ordered variant, so fields keep the order the server sent them in (FieldList shows
// them that way). parse() keeps every floating-point number as the exact text the server sent (stored as
// a JSON string): amounts are decimals, and "0.00" must not turn into 0 or "9.99" into 9.9900000001.

#include "Result.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace kontor::codec {

using Json = nlohmann::ordered_json;

class JsonVisitor;

class Lenient
{
public:
    static constexpr int DefaultMaxDepth = 128;

    // Parses a whole answer. `source` names the service in messages ("Printlounge"). Empty input, syntax
    // errors and truncation give Malformed, an HTML page gives Html, nesting deeper than `maxDepth` gives
    // Malformed. The literal "null" parses (to null); the caller decides whether that is acceptable.
    static Result<Json> parse(const QByteArray& bytes, const QString& source, int maxDepth = DefaultMaxDepth);

    // Reads a document too large to hold as one DOM (a whole virtpos order list) value by value; `visitor`
    // chooses what is built (see JsonVisitor). The same checks and errors as parse(): empty input, HTML,
    // syntax errors, truncation, nesting deeper than `maxDepth` (counted from the root, whatever is built).
    // nullopt when the document was read to its end, or when the visitor stopped it.
    static std::optional<Error> parseStream(const QByteArray& bytes, const QString& source, JsonVisitor& visitor,
                                            int maxDepth = DefaultMaxDepth);

    // The value of `key` in `object`, or nullptr when `object` is not an object or lacks the key.
    static const Json* field(const Json& object, std::string_view key);
    static bool has(const Json& object, std::string_view key); // present and not null

    // Value conversions. Missing (nullptr) and null read as empty / nullopt.
    static QString toString(const Json* value);                // objects and arrays as compact JSON text
    static std::optional<qint64> toInteger(const Json* value); // 12, "12", 12.0, "12.0"; not 12.5
    static std::optional<double> toNumber(const Json* value);  // 12.5, "12.5", " 12 "; never NaN or inf
    static std::optional<bool> toFlag(const Json* value);      // 1/0, "1"/"0", true/false, "true", "yes"/"no"...

    static QString string(const Json& object, std::string_view key) { return toString(field(object, key)); }
    static std::optional<qint64> integer(const Json& object, std::string_view key)
    {
        return toInteger(field(object, key));
    }
    static std::optional<double> number(const Json& object, std::string_view key)
    {
        return toNumber(field(object, key));
    }
    static std::optional<bool> flag(const Json& object, std::string_view key) { return toFlag(field(object, key)); }

    // The non-empty texts (trimmed) of a value that is one text or a list or object of them, in order; how
    // services send their messages ("message": "x" or ["x", "y"]). Missing and null give none.
    static QStringList texts(const Json* value);

    // Every member of `object` as text, in the server's order, leaving out `skip`.
    static FieldList fields(const Json& object, const QStringList& skip = {});

    // Compact JSON text; never throws (invalid UTF-8 is replaced).
    static QByteArray dump(const Json& value);

    // The Malformed error for an answer that parses but has the wrong shape ("the order list is not a
    // list"). `detail` is for the log; the message is the same plain sentence for every shape problem.
    static Error shapeError(const QString& source, const QString& detail);
};

// What Lenient::parseStream() asks, value by value from the root down: open a container (its members or
// elements are then visited in turn), take a value whole (built as a DOM of its own exactly as parse() builds
// it, floats as their text, and handed over at its end), or read past it. Only what is taken is ever held.
class JsonVisitor
{
public:
    enum class Step { Open, Whole, Skip };

    virtual ~JsonVisitor() = default;
    // A value starts `depth` containers below the root (0: the root itself). `key` is its member name when its
    // container is an object, empty in an array and for the root. `type` is how it arrives (a float is still
    // number_float here). Scalars cannot be opened: Open takes them whole.
    virtual Step begin(int depth, const std::string& key, Json::value_t type) = 0;
    // A value taken whole, complete. Returning false stops the reading.
    virtual bool whole(int depth, const std::string& key, Json&& value) = 0;
    // An opened object or array ends. Returning false stops the reading.
    virtual bool end(int depth)
    {
        Q_UNUSED(depth);
        return true;
    }
};

} // namespace kontor::codec
