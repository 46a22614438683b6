#include "common/JsonFields.h"

#include "common/XmlWriter.h"

namespace kontor::sandbox {

using nlohmann::json;

const json* JsonFields::find(const json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

bool JsonFields::isScalar(const json& value)
{
    return value.is_string() || value.is_number() || value.is_boolean();
}

QString JsonFields::scalarText(const json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string&>());
    if (value.is_number_integer() || value.is_number_unsigned() || value.is_boolean())
        return QString::fromStdString(value.dump());
    if (value.is_number_float()) {
        const double d = value.get<double>();
        return QString::number(d, 'g', 15);
    }
    return {};
}

QString JsonFields::text(const json& object, const char* key, const QString& fallback)
{
    const json* v = find(object, key);
    if (!v || !isScalar(*v))
        return fallback;
    return scalarText(*v);
}

bool JsonFields::flag(const json& object, const char* key)
{
    const QString t = text(object, key).trimmed().toLower();
    return t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes");
}

std::vector<const json*> JsonFields::list(const json* value)
{
    std::vector<const json*> out;
    if (!value || value->is_null())
        return out;
    if (value->is_array()) {
        for (const json& item : *value)
            out.push_back(&item);
    } else {
        out.push_back(value);
    }
    return out;
}

QByteArray JsonFields::dump(const nlohmann::ordered_json& value)
{
    const std::string s = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

void JsonFields::writeXmlLeaf(XmlWriter& xml, const QByteArray& name, const nlohmann::ordered_json& scalar)
{
    if (scalar.is_string()) {
        const std::string& text = scalar.get_ref<const std::string&>();
        xml.leafUtf8(name, text.data(), static_cast<qsizetype>(text.size()));
    } else {
        xml.leaf(name, scalarText(scalar));
    }
}

} // namespace kontor::sandbox
