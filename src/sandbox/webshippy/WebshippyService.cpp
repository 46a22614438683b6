#include "webshippy/WebshippyService.h"

#include "common/JsonFields.h"
#include "common/XmlToJson.h"
#include "common/XmlWriter.h"

// Decisions the vendor pages (docs 003, 004 and the vendor's introduction) leave open:
// - Only POST is served (other methods: 405 with an error envelope). The action name is matched without
//   regard to case and counted under its documented spelling; the format is xml or json (else 404).
// - The body must be application/x-www-form-urlencoded with the field `request`; '+' decodes to a space.
//   A missing field, unparsable JSON/XML or a JSON value that is not an object gives status error,
//   message ["Request format is invalid"]. Every answer is HTTP 200 with status and message, errors too.
// - A wrong or missing apiKey gives message ["Invalid API key"] (the vendor's XML example shows a
//   <notagname> element there; the sandbox uses <message><elem> like every other XML error).
// - XML answers: <response> with <status>, <message/> or <message><elem>..</elem></message>, GetProduct's
//   <result> with one <elem> per product, and for the marketplace one <result> element per transaction
//   or stored invoice, nested lists (a transaction's products) repeating their element.

namespace kontor::sandbox {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {
enum Action { GetProduct, CreateProduct, CreateBundle, GetTransactions, UploadInvoices, ActionCount };
const char* const kActions[ActionCount] = {"GetProduct", "CreateProduct", "createBundle", "getMarketplaceTransactions",
                                           "uploadMarketplaceTransactionInvoice"};
const int kWrongMethod = 100;
const int kUnknownAction = 101;

ojson failure(const char* message)
{
    ojson e;
    e["status"] = "error";
    e["message"] = ojson::array({message});
    return e;
}

void writeValue(XmlWriter& xml, const QByteArray& name, const ojson& value, bool elems)
{
    if (value.is_array()) {
        if (elems || name == "message") {
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

QByteArray WebshippyService::toXml(const ojson& body, bool resultAsElems)
{
    XmlWriter xml(XmlWriter::EmptyStyle::Slash, "utf-8");
    xml.start("response");
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QByteArray name = QByteArray::fromStdString(it.key());
        writeValue(xml, name, it.value(), resultAsElems && name == "result");
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
                r.id = method == "POST" ? a : kWrongMethod;
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
    auto reply = [&](int status, const ojson& body) {
        return xml ? ServerResponse::xml(status, toXml(body, route.id == GetProduct))
                   : ServerResponse::json(status, JsonFields::dump(body));
    };
    if (route.id == kWrongMethod) {
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
    if (m_options.secret.isEmpty() || JsonFields::text(decoded, "apiKey") != m_options.secret)
        return reply(200, failure("Invalid API key"));

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
