#include "ServiceEndpoint.h"

#include "common/SandboxLogging.h"
#include "faults/RedirectFault.h"

#include <utility>

namespace kontor::sandbox {

ServiceEndpoint::ServiceEndpoint(SandboxService* service, FaultInjector* faults, QString basePath)
    : m_service(service)
    , m_faults(faults)
    , m_basePath(std::move(basePath))
{
    while (m_basePath.endsWith(QLatin1Char('/')))
        m_basePath.chop(1);
    if (!m_basePath.isEmpty() && !m_basePath.startsWith(QLatin1Char('/')))
        m_basePath.prepend(QLatin1Char('/'));
}

ServiceRoute ServiceEndpoint::route(const ServerRequest& request) const
{
    QString path = request.path;
    if (!m_basePath.isEmpty()) {
        if (path == m_basePath) {
            path = QStringLiteral("/");
        } else if (path.startsWith(m_basePath + QLatin1Char('/'))) {
            path = path.mid(m_basePath.size());
        } else {
            ServiceRoute none;
            none.key = QString::fromLatin1(request.method) + QStringLiteral(" *");
            return none;
        }
    }
    return m_service->match(request.method, path);
}

HttpOutcome ServiceEndpoint::dispatch(const ServerRequest& request)
{
    // The redirect fault is not drawn: while it is set, it holds for every request, and the drawn faults
    // apply only to requests that arrive under /moved/.
    if (!RedirectFault::isRedirectStatus(m_faults->options().redirectStatus))
        return serve(request);
    if (!RedirectFault::isMoved(request))
        return redirect(request);
    return serve(RedirectFault::unmoved(request));
}

HttpOutcome ServiceEndpoint::redirect(const ServerRequest& request)
{
    const FaultOptions& faults = m_faults->options();
    const ServiceRoute r = route(request);
    HttpOutcome outcome;
    outcome.delayMs = faults.latencyMs;
    const QString base = faults.redirectTo.isEmpty() ? m_origin : faults.redirectTo;
    outcome.response = RedirectFault::answer(faults.redirectStatus, RedirectFault::location(base, request.target));
    const QString tally = QString::number(faults.redirectStatus);
    m_counters.add(r.key, tally);
    qCDebug(lcSandbox).noquote() << r.key << "->" << tally;
    return outcome;
}

HttpOutcome ServiceEndpoint::serve(const ServerRequest& request)
{
    const ServiceRoute r = route(request);
    HttpOutcome outcome;
    outcome.delayMs = m_faults->options().latencyMs;
    m_service->setIgnorePaging(m_faults->options().ignorePaging);
    QString tally;
    switch (m_faults->roll()) {
    case FaultInjector::Kind::Status503:
        outcome.response = ServerResponse::html(503, FaultInjector::unavailablePage());
        tally = QStringLiteral("503");
        break;
    case FaultInjector::Kind::Drop:
        outcome.delivery = HttpOutcome::Delivery::Drop;
        tally = QStringLiteral("dropped");
        break;
    case FaultInjector::Kind::Html200:
        outcome.response = ServerResponse::html(200, FaultInjector::maintenancePage());
        tally = QStringLiteral("html200");
        break;
    case FaultInjector::Kind::Truncate:
        // Processed, then the answer is lost half way: the case where a client must not blindly resend.
        outcome.response = m_service->handle(r, request);
        outcome.delivery = HttpOutcome::Delivery::Truncate;
        tally = QStringLiteral("truncated");
        break;
    case FaultInjector::Kind::None:
        outcome.response = m_service->handle(r, request);
        tally = QString::number(outcome.response.status);
        break;
    }
    m_counters.add(r.key, tally);
    qCDebug(lcSandbox).noquote() << r.key << "->" << tally;
    return outcome;
}

HttpOutcome ServiceEndpoint::rejectTooLarge(const ServerRequest& head)
{
    const ServiceRoute r = route(head);
    HttpOutcome outcome;
    outcome.delayMs = m_faults->options().latencyMs;
    outcome.response = ServerResponse::html(
        413, QByteArrayLiteral("<html><head><title>413 Request Entity Too Large</title></head><body>\n"
                               "<h1>Request Entity Too Large</h1>\n</body></html>\n"));
    m_counters.add(r.key, QStringLiteral("413"));
    return outcome;
}

} // namespace kontor::sandbox
