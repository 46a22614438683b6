#include "faults/TrapEndpoint.h"

#include "common/SandboxLogging.h"

#include <QJsonObject>

namespace kontor::sandbox {

HttpOutcome TrapEndpoint::dispatch(const ServerRequest& request)
{
    record(request);
    HttpOutcome outcome;
    outcome.response = ServerResponse::json(200, QByteArrayLiteral("{\"status\":\"success\"}"));
    // application/json without a charset, the way the simplest PHP backend would say it.
    outcome.response.contentType = QByteArrayLiteral("application/json");
    return outcome;
}

HttpOutcome TrapEndpoint::rejectTooLarge(const ServerRequest& head)
{
    record(head);
    HttpOutcome outcome;
    outcome.response = ServerResponse::text(413, QByteArrayLiteral("request body too large\n"));
    return outcome;
}

void TrapEndpoint::record(const ServerRequest& request)
{
    // The method only: the target, headers and body are what the trap is for, and they hold credentials.
    qCInfo(lcSandbox).noquote() << "trap host received a" << QString::fromLatin1(request.method) << "request";
    if (m_requests.size() >= kMaxRecords)
        m_requests.removeFirst();
    m_requests.append(request);
}

QJsonArray TrapEndpoint::requests() const
{
    QJsonArray all;
    for (const ServerRequest& r : m_requests) {
        QJsonObject headers;
        for (const auto& h : r.headers) {
            const QString name = QString::fromLatin1(h.first);
            const QString value = QString::fromLatin1(h.second);
            const QString seen = headers.value(name).toString();
            headers.insert(name, seen.isEmpty() ? value : seen + QStringLiteral(", ") + value);
        }
        all.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                               {QStringLiteral("target"), QString::fromLatin1(r.target)},
                               {QStringLiteral("headers"), headers},
                               {QStringLiteral("body"), QString::fromUtf8(r.body)}});
    }
    return all;
}

} // namespace kontor::sandbox
