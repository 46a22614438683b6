#pragma once
// Options of a sandbox run: which ports, how much seeded data, which credentials, which faults.

#include <QString>
#include <QtGlobal>

namespace kontor::sandbox {

// Faults apply to the four service ports, never to the admin port. Rates are probabilities in [0, 1],
// drawn once per request from a generator seeded with SandboxOptions::seed, so a given seed and request
// sequence always produce the same faults.
struct FaultOptions
{
    int latencyMs = 0;       // added before every answer (faulty answers included)
    double rate503 = 0;      // 503 with an HTML body; the request is not processed
    double rateDrop = 0;     // connection closed without an answer; the request is not processed
    double rateTruncate = 0; // processed; full Content-Length, half the body, then the connection closes
    double rateHtml200 = 0;  // an HTML maintenance page with status 200; the request is not processed
    qint64 maxBodyBytes = 0; // 0 = unlimited; larger bodies get 413 and are not processed
    // A careless server's paging: every paging parameter is ignored, so each "next page" repeats the first
    // (printlounge lastSeenId, webshippy GetProduct page, virtpos customer page). Limits and filters still
    // apply. Not drawn: it holds for every request while set.
    bool ignorePaging = false;
    // 301, 302, 303, 307 or 308 (0 = off): every request whose path does not start with "/moved/" is
    // answered, unprocessed, with this status and Location: <redirectTo, or the port's own origin> +
    // "/moved" + <the request target as received>. A request under "/moved/" is served normally without
    // the prefix, so a same-origin redirect ends at the real route. Not drawn: it holds for every request.
    int redirectStatus = 0;
    QString redirectTo; // an absolute base URL such as "http://127.0.0.2:40123"; empty: the port's origin
};

struct SandboxOptions
{
    quint16 port = 0; // 0: free ports; else services on port..port+3, admin port+4
    quint32 seed = 42;
    int orders = 250;
    int products = 120;
    int transactions = 40;
    int customers = 60;
    int categories = 30;
    QString user = QStringLiteral("demo");
    QString secret = QStringLiteral("kontor-demo-key");
    int tokenLifetimeSec = 900;
    int pageClamp = 100;
    QString basePath; // optional path prefix, e.g. "/shop"
    // The four service ports speak HTTPS with a self-signed certificate made at start (in memory only);
    // the admin port and the trap host stay plain http.
    bool tls = false;
    FaultOptions faults;
};

} // namespace kontor::sandbox
