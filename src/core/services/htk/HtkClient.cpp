#include "services/htk/HtkClient.h"

#include "Logging.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"

#include <algorithm>

namespace kontor {

using codec::Json;
using codec::Lenient;

namespace {

constexpr qint64 AssumedLifetimeSec = 300; // when the token answer does not say
constexpr qint64 MaxRenewMarginMs = 60'000;

QString tokenPath(const Profile& p)
{
    return p.endpoint(QStringLiteral("htk.token"), QStringLiteral("omniseller/Tokenrequest.php"));
}

QString servicePath(const Profile& p)
{
    return p.endpoint(QStringLiteral("htk.service"), QStringLiteral("omniseller/HTKService4.php"));
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

} // namespace

HtkClient::HtkClient(const Profile& profile, const QString& secret, QObject* parent)
    : ServiceClient(profile, secret, parent)
{}

bool HtkClient::hasFreshToken() const
{
    return !m_token.isEmpty() && m_tokenClock.isValid() && m_tokenClock.elapsed() < m_tokenValidMs;
}

void HtkClient::forgetToken()
{
    m_token.clear();
    m_tokenValidMs = 0;
}

void HtkClient::withToken(TokenWaiter then)
{
    if (hasFreshToken()) {
        then({}, m_token);
        return;
    }
    m_waiters.append(std::move(then));
    if (m_tokenInFlight)
        return; // one token request serves every call that waits for it
    m_tokenInFlight = true;

    Json body = Json::object();
    body["apiuser"] = utf8(m_profile.user);
    body["apipass"] = utf8(m_http->config().auth.secret);
    auto request = net::HttpRequest::post(tokenPath(m_profile));
    request.setJson(Lenient::dump(body)).setExpect(net::Expect::Json).setIdempotent(true);
    qCDebug(lcService) << "htk: requesting a session token";
    send(std::move(request), Guard(nullptr), [this](const net::HttpResponse& response, const Error& error) {
        onTokenAnswer(error.ok() ? HtkParser::parseToken(response.body) : Result<HtkToken>::failure(error));
    });
}

void HtkClient::onTokenAnswer(const Result<HtkToken>& result)
{
    m_tokenInFlight = false;
    Error error = result.error;
    if (result.ok()) {
        m_token = result.value.token;
        // The token is a credential for its lifetime: it must not reach a log line or an error text either.
        net::Redactor::registerSecret(m_token);
        const qint64 lifetimeMs =
            (result.value.timeLeftSec >= 0 ? result.value.timeLeftSec : AssumedLifetimeSec) * 1000;
        // Renew a little ahead of the end, so that a call never leaves with a token that dies on the way.
        m_tokenValidMs = lifetimeMs - std::min(MaxRenewMarginMs, lifetimeMs / 5);
        m_tokenClock.start();
        qCDebug(lcService) << "htk: token valid for" << lifetimeMs << "ms, renewed after" << m_tokenValidMs << "ms";
    } else {
        forgetToken();
        if (error.kind == Error::Kind::Auth) {
            // Whether the service said so in its envelope or with HTTP 401/403, the person must hear the same.
            error.message = signInRefusedText();
        }
        qCInfo(lcService).noquote() << "htk: token request failed:" << error.detail;
    }
    const QList<TokenWaiter> waiters = std::exchange(m_waiters, {});
    for (const TokenWaiter& w : waiters)
        w(error, m_token);
}

template <class T>
void HtkClient::call(const QString& function, const QString& data, const Guard& guard,
                     std::function<Result<T>(const QByteArray&)> parse, Callback<T> done, bool isRetry)
{
    withToken([=](const Error& tokenError, const QString& token) {
        if (guard.gone())
            return;
        if (!tokenError.ok()) {
            deliver(guard, done, Result<T>::failure(tokenError));
            return;
        }
        Json body = Json::object();
        body["token"] = utf8(token);
        body["function"] = utf8(function);
        body["data"] = utf8(data);
        auto request = net::HttpRequest::post(servicePath(m_profile));
        // A read, although the service wants POST: safe to repeat after a dropped connection.
        request.setJson(Lenient::dump(body)).setExpect(net::Expect::Json).setIdempotent(true);
        send(std::move(request), guard, [=](const net::HttpResponse& response, const Error& error) {
            Result<T> result = error.ok() ? parse(response.body) : Result<T>::failure(error);
            if (result.error.kind == Error::Kind::Auth && !isRetry) {
                qCInfo(lcService) << "htk: token rejected; signing in again and repeating once";
                if (m_token == token)
                    forgetToken();
                call<T>(function, data, guard, parse, done, true);
                return;
            }
            if (result.error.kind == Error::Kind::Auth)
                result.error.message = freshTokenRefusedText();
            deliver(guard, done, std::move(result));
        });
    });
}

QString HtkClient::signInRefusedText() const
{
    return tr("OmniSeller refused the API user or password. Check them in the profile.");
}

QString HtkClient::freshTokenRefusedText() const
{
    return tr("OmniSeller did not accept the sign-in, even with a fresh token. Check the API user and password in "
              "the profile, and that this user may use the interface.");
}

std::optional<Error> HtkClient::readErrorBody(const QByteArray& body) const
{
    const Result<codec::Json> envelope = HtkParser::parseEnvelope(body);
    if (envelope.ok() || envelope.error.kind == Error::Kind::Malformed || envelope.error.kind == Error::Kind::Html)
        return std::nullopt;
    return envelope.error;
}

void HtkClient::listCategories(QObject* context, Callback<QList<Category>> done)
{
    call<QList<Category>>(QStringLiteral("5"), QString(), Guard(context), &HtkParser::parseCategories, std::move(done));
}

void HtkClient::orderIds(QObject* context, Callback<QList<OrderSummary>> done)
{
    call<QList<OrderSummary>>(QStringLiteral("12"), QString(), Guard(context), &HtkParser::parseOrderIds,
                              std::move(done));
}

void HtkClient::order(const QString& id, QObject* context, Callback<FieldList> done)
{
    if (id.trimmed().isEmpty()) {
        deliver(context, done,
                Result<FieldList>::failure(Error::make(Error::Kind::InvalidInput, tr("Enter an order ID."),
                                                       QStringLiteral("empty order ID"))));
        return;
    }
    const QString trimmed = id.trimmed();
    call<FieldList>(
        QStringLiteral("11"), trimmed, Guard(context),
        [trimmed](const QByteArray& body) { return HtkParser::parseOrder(body, trimmed); }, std::move(done));
}

void HtkClient::listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done)
{
    if (const std::optional<OrderPage> cached = m_snapshots.page(QString(), query)) {
        deliver(context, done, Result<OrderPage>::success(*cached));
        return;
    }
    const Guard guard(context);
    orderIds(this, [this, guard, query, done](const Result<QList<OrderSummary>>& ids) {
        if (!ids.ok()) {
            deliver(guard, done, Result<OrderPage>::failure(ids.error));
            return;
        }
        deliver(guard, done, Result<OrderPage>::success(m_snapshots.store(QString(), ids.value, query)));
    });
}

void HtkClient::testConnection(QObject* context, Callback<ConnectionInfo> done)
{
    const Guard guard(context);
    listCategories(this, [guard, done](const Result<QList<Category>>& result) {
        if (!result.ok()) {
            deliver(guard, done, Result<ConnectionInfo>::failure(result.error));
            return;
        }
        ConnectionInfo info;
        info.summary = tr("Signed in to OmniSeller. Categories visible: %1.").arg(result.value.size());
        deliver(guard, done, Result<ConnectionInfo>::success(info));
    });
}

} // namespace kontor
