#include "common/XmlToJson.h"

#include <QXmlStreamReader>

namespace kontor::sandbox {

using nlohmann::json;

static bool readElement(QXmlStreamReader& reader, json* out, int depth)
{
    if (depth > 32)
        return false;
    json object = json::object();
    bool hasChildren = false;
    QString text;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            hasChildren = true;
            const std::string name = reader.name().toString().toStdString();
            json child;
            if (!readElement(reader, &child, depth + 1))
                return false;
            auto it = object.find(name);
            if (it == object.end()) {
                object[name] = std::move(child);
            } else {
                if (!it->is_array()) {
                    json list = json::array();
                    list.push_back(std::move(*it));
                    *it = std::move(list);
                }
                it->push_back(std::move(child));
            }
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (hasChildren)
                *out = std::move(object);
            else
                *out = text.trimmed().toStdString();
            return true;
        }
    }
    return false;
}

bool XmlToJson::toJson(const QByteArray& xml, json* out, QByteArray* rootName)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            if (rootName)
                *rootName = reader.name().toUtf8();
            if (!readElement(reader, out, 0))
                return false;
            while (!reader.atEnd())
                reader.readNext();
            return !reader.hasError();
        }
    }
    return false;
}

} // namespace kontor::sandbox
