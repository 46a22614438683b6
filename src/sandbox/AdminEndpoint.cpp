#include "AdminEndpoint.h"

#include "Sandbox.h"
#include "faults/RedirectFault.h"

#include <QJsonDocument>

// Routes: GET /counters; POST /reset (counters and the trap's record; with ?data=1 also every service's
// data); GET /faults; POST /faults with a JSON object of FaultOptions fields in camelCase (latencyMs,
// rate503, rateDrop, rateTruncate, rateHtml200, maxBodyBytes, ignorePaging, redirectStatus, redirectTo).
// POST /faults replaces the whole set: a field left out is 0 (false, empty).
// GET /endpoints; GET /trap (what the trap host received); GET /health.

namespace kontor::sandbox {

namespace {
HttpOutcome json(int status, const QJsonObject& body)
{
    HttpOutcome o;
    o.response = ServerResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return o;
}

HttpOutcome problem(int status, const QString& message)
{
    return json(status,
                QJsonObject{{QStringLiteral("status"), QStringLiteral("error")}, {QStringLiteral("message"), message}});
}

QJsonObject faultsJson(const FaultOptions& f)
{
    return QJsonObject{
        {QStringLiteral("latencyMs"), f.latencyMs},       {QStringLiteral("rate503"), f.rate503},
        {QStringLiteral("rateDrop"), f.rateDrop},         {QStringLiteral("rateTruncate"), f.rateTruncate},
        {QStringLiteral("rateHtml200"), f.rateHtml200},   {QStringLiteral("maxBodyBytes"), f.maxBodyBytes},
        {QStringLiteral("ignorePaging"), f.ignorePaging}, {QStringLiteral("redirectStatus"), f.redirectStatus},
        {QStringLiteral("redirectTo"), f.redirectTo}};
}

bool readFaults(const QJsonObject& o, FaultOptions* f, QString* error)
{
    const char* const rates[] = {"rate503", "rateDrop", "rateTruncate", "rateHtml200"};
    double* targets[] = {&f->rate503, &f->rateDrop, &f->rateTruncate, &f->rateHtml200};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = o.value(QLatin1String(rates[i]));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
            *error = QStringLiteral("%1 must be a number in [0, 1]").arg(QLatin1String(rates[i]));
            return false;
        }
        *targets[i] = v.toDouble();
    }
    const QJsonValue latency = o.value(QStringLiteral("latencyMs"));
    if (!latency.isUndefined()) {
        if (!latency.isDouble() || latency.toDouble() < 0 || latency.toDouble() > 600'000) {
            *error = QStringLiteral("latencyMs must be a number of milliseconds");
            return false;
        }
        f->latencyMs = latency.toInt();
    }
    const QJsonValue maxBody = o.value(QStringLiteral("maxBodyBytes"));
    if (!maxBody.isUndefined()) {
        if (!maxBody.isDouble() || maxBody.toDouble() < 0) {
            *error = QStringLiteral("maxBodyBytes must be a non-negative number");
            return false;
        }
        f->maxBodyBytes = static_cast<qint64>(maxBody.toDouble());
    }
    const QJsonValue ignorePaging = o.value(QStringLiteral("ignorePaging"));
    if (!ignorePaging.isUndefined()) {
        if (!ignorePaging.isBool()) {
            *error = QStringLiteral("ignorePaging must be true or false");
            return false;
        }
        f->ignorePaging = ignorePaging.toBool();
    }
    const QJsonValue redirectStatus = o.value(QStringLiteral("redirectStatus"));
    if (!redirectStatus.isUndefined()) {
        const int status = redirectStatus.toInt(-1);
        if (!redirectStatus.isDouble() || (status != 0 && !RedirectFault::isRedirectStatus(status))) {
            *error = QStringLiteral("redirectStatus must be 0 (off), 301, 302, 303, 307 or 308");
            return false;
        }
        f->redirectStatus = status;
    }
    const QJsonValue redirectTo = o.value(QStringLiteral("redirectTo"));
    if (!redirectTo.isUndefined()) {
        if (!redirectTo.isString() || !RedirectFault::isValidTarget(redirectTo.toString())) {
            *error = QStringLiteral("redirectTo must be empty or an absolute http(s) URL without query");
            return false;
        }
        f->redirectTo = redirectTo.toString();
    }
    return true;
}
} // namespace

HttpOutcome AdminEndpoint::dispatch(const ServerRequest& request)
{
    const QString path = request.path;
    const QByteArray& method = request.method;
    if (path == QLatin1String("/counters") && method == "GET")
        return json(200, m_sandbox->counters());
    if (path == QLatin1String("/reset") && method == "POST") {
        const bool data = FormCodec::value(request.query(), QStringLiteral("data")) == QLatin1String("1");
        if (data)
            m_sandbox->resetData();
        m_sandbox->resetCounters();
        m_sandbox->clearTrapRequests();
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("data"), data}});
    }
    if (path == QLatin1String("/faults") && method == "GET")
        return json(200, faultsJson(m_sandbox->options().faults));
    if (path == QLatin1String("/faults") && method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return problem(400, QStringLiteral("a JSON object of fault options expected"));
        FaultOptions faults;
        QString error;
        if (!readFaults(doc.object(), &faults, &error))
            return problem(400, error);
        m_sandbox->setFaults(faults);
        return json(200, faultsJson(faults));
    }
    if (path == QLatin1String("/endpoints") && method == "GET") {
        HttpOutcome o;
        o.response = ServerResponse::json(200, m_sandbox->endpointsJson());
        return o;
    }
    if (path == QLatin1String("/trap") && method == "GET")
        return json(200, QJsonObject{{QStringLiteral("requests"), m_sandbox->trapRequests()}});
    if (path == QLatin1String("/health") && method == "GET")
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    static const QPair<const char*, const char*> kAllowed[] = {{"/counters", "GET"},     {"/reset", "POST"},
                                                               {"/faults", "GET, POST"}, {"/endpoints", "GET"},
                                                               {"/trap", "GET"},         {"/health", "GET"}};
    for (const auto& [route, allow] : kAllowed) {
        if (path == QLatin1String(route)) {
            HttpOutcome o = problem(405, QStringLiteral("method not allowed"));
            o.response.headers.append(qMakePair(QByteArray("Allow"), QByteArray(allow)));
            return o;
        }
    }
    return problem(404, QStringLiteral("no such admin route"));
}

HttpOutcome AdminEndpoint::rejectTooLarge(const ServerRequest&)
{
    return problem(413, QStringLiteral("request body too large"));
}

} // namespace kontor::sandbox
