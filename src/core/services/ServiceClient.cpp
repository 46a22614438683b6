#include "services/ServiceClient.h"

#include "net/HttpClient.h"
#include "services/htk/HtkClient.h"
#include "services/printlounge/PrintloungeClient.h"
#include "services/virtpos/VirtposClient.h"
#include "services/webshippy/WebshippyClient.h"

namespace kontor {

std::unique_ptr<ServiceClient> ServiceClient::create(const Profile& profile, const QString& secret, QObject* parent)
{
    switch (profile.service) {
    case Service::Htk:
        return std::make_unique<HtkClient>(profile, secret, parent);
    case Service::Printlounge:
        return std::make_unique<PrintloungeClient>(profile, secret, parent);
    case Service::Virtpos:
        return std::make_unique<VirtposClient>(profile, secret, parent);
    case Service::Webshippy:
        return std::make_unique<WebshippyClient>(profile, secret, parent);
    }
    return nullptr;
}

ServiceClient::ServiceClient(const Profile& profile, const QString& secret, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_http(new net::HttpClient(profile.clientConfig(secret), this))
{}

ServiceClient::~ServiceClient() = default;

QString ServiceClient::secret() const
{
    return m_http->config().auth.secret;
}

void ServiceClient::send(net::HttpRequest request, const Guard& guard, Reply done)
{
    m_http->send(std::move(request), this, [this, guard, done](const net::HttpResponse& response, const Error& error) {
        if (guard.gone())
            return;
        done(response, error.ok() ? error : explainFailure(error, response));
    });
}

Error ServiceClient::explainFailure(const Error& error, const net::HttpResponse& response) const
{
    Error out = error;
    if (error.kind == Error::Kind::Auth)
        out.message = signInRefusedText();
    // Only an HTTP answer with a body can explain itself; a web page (a proxy's, a maintenance page) cannot.
    if (error.httpStatus == 0 || response.body.trimmed().isEmpty() ||
        net::looksLikeHtml(response.body, response.contentType))
        return out;
    const std::optional<Error> said = readErrorBody(response.body);
    if (!said)
        return out;
    out.detail = error.detail + QStringLiteral("; the body says: ") + said->detail;
    if (said->kind == Error::Kind::Auth) {
        // The body blames the credentials, whatever the status: never retried, exit code 4.
        out.kind = Error::Kind::Auth;
        out.message = said->message;
        return out;
    }
    const int status = error.httpStatus;
    const bool refusal = status >= 400 && status < 500 && status != 408 && status != 429;
    if (error.kind == Error::Kind::NotFound || (error.kind == Error::Kind::Http && refusal)) {
        // A 400 or 422 is the service refusing this request in its own words, not "an unexpected status".
        out.kind = error.kind == Error::Kind::NotFound ? Error::Kind::NotFound : said->kind;
        out.message = said->message;
    } else {
        // What the status means stays (sign-in, size, trouble on their side); the service's words follow.
        out.message = out.message + QLatin1Char(' ') + said->message;
    }
    return out;
}

} // namespace kontor
