#pragma once
// Lenient, non-throwing access to request fields for the simulated services: clients send numbers as
// strings or numbers, flags as true/1/"1", lists as a list or (from XML) a single object. Nothing here
// throws, whatever the client sent.

#include <QString>
#include <nlohmann/json.hpp>
#include <vector>

namespace kontor::sandbox {

class XmlWriter;

class JsonFields
{
public:
    static const nlohmann::json* find(const nlohmann::json& object, const char* key);
    // Strings as they are; numbers and booleans as text; anything else (or absent) gives `fallback`.
    static QString text(const nlohmann::json& object, const char* key, const QString& fallback = {});
    static bool has(const nlohmann::json& object, const char* key) { return find(object, key) != nullptr; }
    static bool isScalar(const nlohmann::json& value);
    static QString scalarText(const nlohmann::json& value);
    static bool flag(const nlohmann::json& object, const char* key);
    // A list given as an array, or a single object/value as a list of one.
    static std::vector<const nlohmann::json*> list(const nlohmann::json* value);
    static std::string str(const QString& s) { return s.toStdString(); }
    static QString qstr(const std::string& s) { return QString::fromStdString(s); }
    // Serialises without ever throwing on invalid UTF-8.
    static QByteArray dump(const nlohmann::ordered_json& value);
    // Writes a scalar (string, number, boolean) as one XML element; an empty string is an empty element.
    static void writeXmlLeaf(XmlWriter& xml, const QByteArray& name, const nlohmann::ordered_json& scalar);
};

} // namespace kontor::sandbox
