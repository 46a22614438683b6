#pragma once
// Reads an XML request document into the same JSON shape a JSON request has, so that a service handles
// both formats with one code path: a leaf element becomes a string, an element with children an object,
// repeated children an array (so <invoice> twice becomes a list of two).

#include <QByteArray>
#include <nlohmann/json.hpp>

namespace kontor::sandbox {

class XmlToJson
{
public:
    // False on malformed XML or when the document is too deep.
    static bool toJson(const QByteArray& xml, nlohmann::json* out, QByteArray* rootName = nullptr);
};

} // namespace kontor::sandbox
