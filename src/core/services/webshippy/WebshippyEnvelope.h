#pragma once
// WebshippyEnvelope: the part every Webshippy action shares. A request is POST wspyapi/{Action}/{xml|json}
// with one form field `request` holding the payload text, the API key inside it. An answer always says
// `status` (success or error) and `message`, often with HTTP 200 even on error, so it must always be read.
// XML answers are turned into the same JSON shape as JSON answers, so one parser serves both formats.

#include "Result.h"
#include "codec/Lenient.h"
#include "net/HttpTypes.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kontor {
namespace codec {
class XmlTree;
}

class WebshippyEnvelope
{
public:
    // The payload text: {"apiKey": ..., fields...} or <request><apiKey>...</apiKey>fields...</request>. In XML a
    // list member becomes repeated elements of its name (<products>...</products><products>...</products>).
    static QByteArray payload(const QString& apiKey, const codec::Json& fields, WireFormat format);

    // The whole request for `action`, form-encoded (every '+', '/' and '=' percent-encoded).
    static net::HttpRequest request(const QString& basePath, const QString& action, WireFormat format,
                                    const QString& apiKey, const codec::Json& fields);

    // Reads an answer: for status "success" the whole answer as JSON; for "error" an Auth error when the key
    // was refused, otherwise a Service error quoting the messages (from `message`, or from any other text
    // beside the status, as document 004's <notagname> example has it); a missing status is Malformed.
    static Result<codec::Json> open(const QByteArray& body, WireFormat format);
    // The answer as JSON whatever its status (an upload answer says per item what failed); only a body that
    // is not an answer at all (bad JSON/XML, HTML, no status) fails.
    static Result<codec::Json> read(const QByteArray& body, WireFormat format);
    static bool isSuccess(const codec::Json& answer);
    // What an error answer says: its messages, or any other text beside the status.
    static QStringList errorTexts(const codec::Json& answer);
    // The error for a refused request: Auth when a text blames the API key, else Service quoting the texts.
    static Error refusal(const QStringList& texts, const QString& status);

    // XML to JSON: a leaf becomes its text; an element whose children are all <elem> a list; any other an
    // object, a repeated child name a list.
    static codec::Json fromXml(const codec::XmlTree& element);

    // The `message` of an answer as a list of texts (a list, one text, or nothing).
    static QStringList messages(const codec::Json& answer);
};

} // namespace kontor
