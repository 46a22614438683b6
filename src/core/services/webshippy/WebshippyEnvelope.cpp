#include "services/webshippy/WebshippyEnvelope.h"

#include "codec/XmlTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamWriter>
#include <algorithm>

namespace kontor {

using codec::Json;
using codec::Lenient;
using codec::XmlTree;

namespace {

const QString Source = QStringLiteral("Webshippy");

void writeXml(QXmlStreamWriter& w, const QString& name, const Json& value)
{
    if (value.is_object()) {
        w.writeStartElement(name);
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (it.value().is_array()) {
                for (const Json& element : it.value())
                    writeXml(w, key, element);
            } else {
                writeXml(w, key, it.value());
            }
        }
        w.writeEndElement();
    } else if (value.is_array()) {
        w.writeStartElement(name);
        for (const Json& element : value)
            writeXml(w, QStringLiteral("elem"), element);
        w.writeEndElement();
    } else if (value.is_null()) {
        w.writeEmptyElement(name);
    } else {
        w.writeTextElement(name, Lenient::toString(&value));
    }
}

bool blamesKey(const QString& message)
{
    const QString m = message.toLower();
    return m.contains(QLatin1String("api key")) || m.contains(QLatin1String("apikey")) ||
           m.contains(QLatin1String("api-key"));
}

} // namespace

QByteArray WebshippyEnvelope::payload(const QString& apiKey, const Json& fields, WireFormat format)
{
    Json root = Json::object();
    root["apiKey"] = apiKey.toStdString();
    if (fields.is_object()) {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            root[it.key()] = it.value();
    }
    if (format == WireFormat::Json)
        return Lenient::dump(root);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    writeXml(w, QStringLiteral("request"), root);
    w.writeEndDocument();
    return out;
}

net::HttpRequest WebshippyEnvelope::request(const QString& basePath, const QString& action, WireFormat format,
                                            const QString& apiKey, const Json& fields)
{
    QString path = basePath;
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += action + QLatin1Char('/') + formatId(format);
    auto r = net::HttpRequest::post(path);
    r.setForm({{QStringLiteral("request"), QString::fromUtf8(payload(apiKey, fields, format))}});
    r.setExpect(format == WireFormat::Xml ? net::Expect::Xml : net::Expect::Json);
    return r;
}

Json WebshippyEnvelope::fromXml(const XmlTree& element)
{
    if (element.isLeaf())
        return Json(element.text().toStdString());
    const QList<XmlTree>& children = element.children();
    const bool list = std::all_of(children.cbegin(), children.cend(),
                                  [](const XmlTree& c) { return c.name() == QLatin1String("elem"); });
    if (list) {
        Json out = Json::array();
        for (const XmlTree& c : children)
            out.push_back(fromXml(c));
        return out;
    }
    QHash<QString, int> counts;
    for (const XmlTree& c : children)
        ++counts[c.name()];
    Json out = Json::object();
    for (const XmlTree& c : children) {
        const std::string key = c.name().toStdString();
        if (counts.value(c.name()) > 1) {
            Json& slot = out[key];
            if (!slot.is_array())
                slot = Json::array();
            slot.push_back(fromXml(c));
        } else {
            out[key] = fromXml(c);
        }
    }
    return out;
}

QStringList WebshippyEnvelope::messages(const Json& answer)
{
    return Lenient::texts(Lenient::field(answer, "message"));
}

Result<Json> WebshippyEnvelope::read(const QByteArray& body, WireFormat format)
{
    Json answer;
    if (format == WireFormat::Xml) {
        Result<XmlTree> tree = XmlTree::parse(body, Source);
        if (!tree.ok())
            return Result<Json>::failure(tree.error);
        answer = fromXml(tree.value);
    } else {
        Result<Json> parsed = Lenient::parse(body, Source);
        if (!parsed.ok())
            return parsed;
        answer = std::move(parsed.value);
    }
    if (!answer.is_object())
        return Result<Json>::failure(Lenient::shapeError(Source, QStringLiteral("answer is not an object")));
    if (!Lenient::has(answer, "status"))
        return Result<Json>::failure(Lenient::shapeError(Source, QStringLiteral("answer lacks a status")));
    return Result<Json>::success(std::move(answer));
}

bool WebshippyEnvelope::isSuccess(const Json& answer)
{
    return Lenient::string(answer, "status").trimmed().compare(QLatin1String("success"), Qt::CaseInsensitive) == 0;
}

QStringList WebshippyEnvelope::errorTexts(const Json& answer)
{
    QStringList texts = messages(answer);
    if (texts.isEmpty()) {
        // Document 004's own error example puts its text in an element of no fixed name:
        // <status>error</status><notagname>Invalid API key</notagname>. Any other text beside the status
        // is the service's explanation.
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            if (it.key() == "status" || it.key() == "result" || !it.value().is_string())
                continue;
            const QString text = Lenient::toString(&it.value()).trimmed();
            if (!text.isEmpty())
                texts << text;
        }
    }
    return texts;
}

Error WebshippyEnvelope::refusal(const QStringList& texts, const QString& status)
{
    const QString joined = texts.join(QLatin1String("; "));
    const QString detail = QStringLiteral("status \"%1\", message \"%2\"").arg(status, joined);
    if (std::any_of(texts.cbegin(), texts.cend(), blamesKey)) {
        return Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate("kontor::WebshippyEnvelope",
                                        "Webshippy did not accept the API key. Check it in the profile."),
            detail);
    }
    if (joined.isEmpty()) {
        return Error::make(
            Error::Kind::Service,
            QCoreApplication::translate(
                "kontor::WebshippyEnvelope",
                "Webshippy refused the request without saying why. Try again later; if it keeps happening, ask "
                "Webshippy's support."),
            detail);
    }
    return Error::make(
        Error::Kind::Service,
        QCoreApplication::translate("kontor::WebshippyEnvelope", "Webshippy refused the request: \"%1\".")
            .arg(joined.left(400)),
        detail);
}

Result<Json> WebshippyEnvelope::open(const QByteArray& body, WireFormat format)
{
    Result<Json> answer = read(body, format);
    if (!answer.ok() || isSuccess(answer.value))
        return answer;
    return Result<Json>::failure(refusal(errorTexts(answer.value), Lenient::string(answer.value, "status").trimmed()));
}

} // namespace kontor
