#include "webshippy/WebshippyService.h"

#include "common/JsonFields.h"
#include "common/XmlToJson.h"
#include "common/XmlWriter.h"

// The readings of docs 003 and 004 this simulation chooses are listed in docs/sandbox.md (section webshippy).

namespace kontor::sandbox {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {
enum Action { GetProduct, CreateProduct, CreateBundle, GetTransactions, UploadInvoices, ActionCount };
const char* const kActions[ActionCount] = {"GetProduct", "CreateProduct", "createBundle", "getMarketplaceTransactions",
                                           "uploadMarketplaceTransactionInvoice"};
const int kWrongMethod = 100; // + the action
const int kUnknownAction = 200;

ojson failure(const char* message)
{
    ojson e;
    e["status"] = "error";
    e["message"] = ojson::array({message});
    return e;
}

// How each action's answer looks in XML, after the vendor's examples: doc 003 writes "utf-8" and indents
// by two, doc 004 writes "UTF-8" and does not indent.
struct XmlShape
{
    WebshippyService::XmlStyle style;
    const char* declaration;
    int indent;
};
const XmlShape kProductShape = {WebshippyService::XmlStyle::Product, "utf-8", 2};
const XmlShape kBundleShape = {WebshippyService::XmlStyle::Plain, "utf-8", 2};
const XmlShape kMarketplaceShape = {WebshippyService::XmlStyle::Plain, "UTF-8", 0};

const XmlShape& shapeOf(int action)
{
    switch (action) {
    case GetProduct:
    case CreateProduct:
        return kProductShape;
    case CreateBundle:
        return kBundleShape;
    default:
        return kMarketplaceShape;
    }
}

void writeValue(XmlWriter& xml, const QByteArray& name, const ojson& value, bool elems)
{
    if (value.is_array()) {
        if (elems) {
            if (value.empty()) {
                xml.empty(name);
                return;
            }
            xml.start(name);
            for (const ojson& entry : value)
                writeValue(xml, "elem", entry, false);
            xml.end();
        } else {
            for (const ojson& entry : value)
                writeValue(xml, name, entry, false);
        }
    } else if (value.is_object()) {
        xml.start(name);
        for (auto it = value.begin(); it != value.end(); ++it)
            writeValue(xml, QByteArray::fromStdString(it.key()), it.value(), false);
        xml.end();
    } else if (value.is_null()) {
        xml.empty(name);
    } else {
        JsonFields::writeXmlLeaf(xml, name, value);
    }
}
} // namespace

WebshippyService::WebshippyService(const SandboxOptions& options)
    : m_options(options)
    , m_catalog(options.seed, options.products)
    , m_marketplace(options.seed, options.transactions)
{}

QByteArray WebshippyService::toXml(const ojson& body, XmlStyle style, const QByteArray& declaration, int indent)
{
    XmlWriter xml(XmlWriter::EmptyStyle::Slash, declaration);
    xml.setIndent(indent);
    xml.start("response");
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QByteArray name = QByteArray::fromStdString(it.key());
        const bool elems = style == XmlStyle::Product && (name == "message" || name == "result");
        writeValue(xml, name, it.value(), elems);
    }
    return xml.finish();
}

ServiceRoute WebshippyService::match(const QByteArray& method, const QString& path) const
{
    ServiceRoute r;
    const QString m = QString::fromLatin1(method);
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() == 4 && parts.at(0).isEmpty() && parts.at(1) == QLatin1String("wspyapi") &&
        (parts.at(3) == QLatin1String("xml") || parts.at(3) == QLatin1String("json"))) {
        r.params = QStringList{parts.at(3)};
        for (int a = 0; a < ActionCount; ++a) {
            if (parts.at(2).compare(QLatin1String(kActions[a]), Qt::CaseInsensitive) == 0) {
                r.key = QStringLiteral("%1 /wspyapi/%2/%3").arg(m, QLatin1String(kActions[a]), parts.at(3));
                r.id = method == "POST" ? a : kWrongMethod + a;
                return r;
            }
        }
        r.key = QStringLiteral("%1 /wspyapi/{unknown}/%2").arg(m, parts.at(3));
        r.id = kUnknownAction;
        return r;
    }
    r.key = m + QStringLiteral(" *");
    return r;
}

ServerResponse WebshippyService::handle(const ServiceRoute& route, const ServerRequest& request)
{
    if (route.id < 0)
        return ServerResponse::html(404, QByteArrayLiteral("<html><head><title>404 Not Found</title></head><body>"
                                                           "<h1>Not Found</h1></body></html>\n"));
    const bool xml = route.params.value(0) == QLatin1String("xml");
    const bool wrongMethod = route.id >= kWrongMethod && route.id < kUnknownAction;
    const XmlShape& shape = shapeOf(wrongMethod ? route.id - kWrongMethod : route.id);
    auto reply = [&](int status, const ojson& body) {
        return xml ? ServerResponse::xml(status, toXml(body, shape.style, shape.declaration, shape.indent))
                   : ServerResponse::json(status, JsonFields::dump(body));
    };
    if (wrongMethod) {
        ServerResponse r = reply(405, failure("Only POST requests are accepted"));
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        return r;
    }
    if (route.id == kUnknownAction)
        return reply(404, failure("Unknown API function"));

    const bool isForm = request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
    const QByteArray payload = isForm ? FormCodec::rawValue(request.body, "request") : QByteArray();
    json decoded;
    if (xml) {
        if (!XmlToJson::toJson(payload, &decoded))
            decoded = json();
    } else {
        decoded = json::parse(payload.constData(), payload.constData() + payload.size(), nullptr, false);
    }
    if (payload.trimmed().isEmpty() || !decoded.is_object())
        return reply(200, failure("Request format is invalid"));
    if (m_options.secret.isEmpty() || JsonFields::text(decoded, "apiKey") != m_options.secret) {
        // Document 004's example, for every action: the text in <notagname> (JSON: message, as ever).
        if (!xml)
            return reply(200, failure("Invalid API key"));
        ojson e;
        e["status"] = "error";
        e["notagname"] = "Invalid API key";
        return ServerResponse::xml(200, toXml(e, XmlStyle::Plain, kMarketplaceShape.declaration, 0));
    }

    switch (route.id) {
    case GetProduct:
        return reply(200, m_catalog.getProducts(decoded, ignoresPaging()));
    case CreateProduct:
        return reply(200, m_catalog.createProduct(decoded));
    case CreateBundle:
        return reply(200, m_catalog.createBundle(decoded));
    case GetTransactions:
        return reply(200, m_marketplace.transactions(decoded));
    case UploadInvoices:
        return reply(200, m_marketplace.uploadInvoices(decoded));
    default:
        return reply(404, failure("Unknown API function"));
    }
}

QJsonObject WebshippyService::counters() const
{
    QJsonObject out = m_catalog.counters();
    const QJsonObject market = m_marketplace.counters();
    for (auto it = market.begin(); it != market.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void WebshippyService::resetCounters()
{
    m_catalog.resetCounters();
    m_marketplace.resetCounters();
}

} // namespace kontor::sandbox
