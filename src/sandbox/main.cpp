// kontor-sandbox: runs the loopback simulator of the four services until SIGTERM or SIGINT. Prints the
// endpoints (and in TLS mode the certificate's SHA-256) as one JSON line on stdout once every port listens;
// never prints the secret.

#include "Sandbox.h"
#include "faults/RedirectFault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <functional>
#include <limits>

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void onSignal(int)
{
    g_stopRequested = 1;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor-sandbox", text);
}

bool readInt(const QCommandLineParser& parser, const QString& name, qint64 min, qint64 max, qint64* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max)));
        return false;
    }
    *out = v;
    return true;
}

bool readRate(const QCommandLineParser& parser, const QString& name, double* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("--%1 must be a number from 0 to 1").arg(name)));
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontor-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_SANDBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Loopback simulator of the htk, printlounge, virtpos and webshippy services, with seeded data and "
           "fault injection. Prints the endpoints as one JSON line once it listens; stops on SIGTERM or SIGINT. "
           "The secret may also come from the environment variable KONTOR_SANDBOX_SECRET."));
    parser.addHelpOption();
    parser.addVersionOption();
    struct Option
    {
        const char* name;
        const char* description;
        const char* valueName;
    };
    const Option options[] = {
        {"port",
         QT_TRANSLATE_NOOP("kontor-sandbox", "First port: services on port..port+3, admin on port+4; 0 picks "
                                             "free ports (default)."),
         "port"},
        {"seed", QT_TRANSLATE_NOOP("kontor-sandbox", "Seed of the generated data and faults (default 42)."), "n"},
        {"orders", QT_TRANSLATE_NOOP("kontor-sandbox", "Orders per service (default 250)."), "n"},
        {"products", QT_TRANSLATE_NOOP("kontor-sandbox", "webshippy products (default 120)."), "n"},
        {"transactions", QT_TRANSLATE_NOOP("kontor-sandbox", "webshippy marketplace transactions (default 40)."), "n"},
        {"customers", QT_TRANSLATE_NOOP("kontor-sandbox", "virtpos customers (default 60)."), "n"},
        {"categories", QT_TRANSLATE_NOOP("kontor-sandbox", "htk categories (default 30)."), "n"},
        {"user", QT_TRANSLATE_NOOP("kontor-sandbox", "API user (default demo)."), "name"},
        {"secret", QT_TRANSLATE_NOOP("kontor-sandbox", "Password / API key of every service."), "secret"},
        {"token-lifetime", QT_TRANSLATE_NOOP("kontor-sandbox", "htk token lifetime in seconds (default 900)."), "s"},
        {"page-clamp", QT_TRANSLATE_NOOP("kontor-sandbox", "Largest printlounge page (default 100)."), "n"},
        {"base-path", QT_TRANSLATE_NOOP("kontor-sandbox", "Path prefix of every service, e.g. /shop."), "path"},
        {"latency-ms", QT_TRANSLATE_NOOP("kontor-sandbox", "Delay before every answer."), "ms"},
        {"rate-503", QT_TRANSLATE_NOOP("kontor-sandbox", "Share of requests answered 503 with an HTML page."), "0..1"},
        {"rate-drop", QT_TRANSLATE_NOOP("kontor-sandbox", "Share of connections closed without an answer."), "0..1"},
        {"rate-truncate", QT_TRANSLATE_NOOP("kontor-sandbox", "Share of answers cut off half way."), "0..1"},
        {"rate-html200",
         QT_TRANSLATE_NOOP("kontor-sandbox", "Share of answers replaced by an HTML maintenance page "
                                             "with status 200."),
         "0..1"},
        {"max-body-bytes",
         QT_TRANSLATE_NOOP("kontor-sandbox", "Largest request body; larger ones get 413 (0: no "
                                             "limit)."),
         "bytes"},
        {"redirect-status",
         QT_TRANSLATE_NOOP("kontor-sandbox", "Answer every service request with this redirect (301, 302, 303, 307 "
                                             "or 308) to the same target under /moved; 0: off (default)."),
         "status"},
        {"redirect-to",
         QT_TRANSLATE_NOOP("kontor-sandbox", "Where redirects point: an absolute http(s) base URL such as the trap "
                                             "host's; default the port's own origin."),
         "url"},
    };
    for (const Option& o : options) {
        parser.addOption(QCommandLineOption(QLatin1String(o.name), tr(o.description), QLatin1String(o.valueName)));
    }
    const Option flags[] = {
        {"ignore-paging",
         QT_TRANSLATE_NOOP("kontor-sandbox", "Ignore every paging parameter, as a careless server would: each next "
                                             "page repeats the first."),
         nullptr},
        {"tls",
         QT_TRANSLATE_NOOP("kontor-sandbox", "Serve the four services over HTTPS with a self-signed certificate "
                                             "made at start; its SHA-256 is printed as certSha256."),
         nullptr},
    };
    for (const Option& o : flags)
        parser.addOption(QCommandLineOption(QLatin1String(o.name), tr(o.description)));
    parser.process(app);

    kontor::sandbox::SandboxOptions opts;
    qint64 v = 0;
    struct IntOption
    {
        const char* name;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> apply;
    };
    const IntOption ints[] = {
        {"port", 0, 65530, [&](qint64 x) { opts.port = static_cast<quint16>(x); }},
        {"seed", 0, 4294967295LL, [&](qint64 x) { opts.seed = static_cast<quint32>(x); }},
        {"orders", 0, 10'000'000, [&](qint64 x) { opts.orders = static_cast<int>(x); }},
        {"products", 0, 1'000'000, [&](qint64 x) { opts.products = static_cast<int>(x); }},
        {"transactions", 0, 1'000'000, [&](qint64 x) { opts.transactions = static_cast<int>(x); }},
        {"customers", 0, 1'000'000, [&](qint64 x) { opts.customers = static_cast<int>(x); }},
        {"categories", 0, 100'000, [&](qint64 x) { opts.categories = static_cast<int>(x); }},
        {"token-lifetime", 0, 86'400 * 365, [&](qint64 x) { opts.tokenLifetimeSec = static_cast<int>(x); }},
        {"page-clamp", 1, 1'000'000, [&](qint64 x) { opts.pageClamp = static_cast<int>(x); }},
        {"latency-ms", 0, 600'000, [&](qint64 x) { opts.faults.latencyMs = static_cast<int>(x); }},
        {"max-body-bytes", 0, std::numeric_limits<qint64>::max(), [&](qint64 x) { opts.faults.maxBodyBytes = x; }},
    };
    for (const IntOption& o : ints) {
        const QString name = QLatin1String(o.name);
        if (!readInt(parser, name, o.min, o.max, &v))
            return 2;
        if (parser.isSet(name))
            o.apply(v);
    }
    if (!readRate(parser, QStringLiteral("rate-503"), &opts.faults.rate503) ||
        !readRate(parser, QStringLiteral("rate-drop"), &opts.faults.rateDrop) ||
        !readRate(parser, QStringLiteral("rate-truncate"), &opts.faults.rateTruncate) ||
        !readRate(parser, QStringLiteral("rate-html200"), &opts.faults.rateHtml200))
        return 2;
    if (parser.isSet(QStringLiteral("user")))
        opts.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("secret")))
        opts.secret = parser.value(QStringLiteral("secret"));
    else if (qEnvironmentVariableIsSet("KONTOR_SANDBOX_SECRET"))
        opts.secret = qEnvironmentVariable("KONTOR_SANDBOX_SECRET");
    if (parser.isSet(QStringLiteral("base-path")))
        opts.basePath = parser.value(QStringLiteral("base-path"));
    opts.tls = parser.isSet(QStringLiteral("tls"));
    opts.faults.ignorePaging = parser.isSet(QStringLiteral("ignore-paging"));
    if (parser.isSet(QStringLiteral("redirect-status"))) {
        bool ok = false;
        opts.faults.redirectStatus = parser.value(QStringLiteral("redirect-status")).toInt(&ok);
        if (!ok || (opts.faults.redirectStatus != 0 &&
                    !kontor::sandbox::RedirectFault::isRedirectStatus(opts.faults.redirectStatus))) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("--redirect-status must be 0, 301, 302, 303, 307 or 308")));
            return 2;
        }
    }
    opts.faults.redirectTo = parser.value(QStringLiteral("redirect-to"));
    if (!kontor::sandbox::RedirectFault::isValidTarget(opts.faults.redirectTo)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("--redirect-to must be an absolute http or https URL without query")));
        return 2;
    }

    kontor::sandbox::Sandbox sandbox(opts);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QByteArray line = sandbox.endpointsJson() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);

    // A signal handler may only set a flag; a timer turns it into a clean quit. Polling keeps this portable
    // (no self-pipe, which Windows lacks) at the cost of up to 100 ms until exit.
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    poll.start(100);
    const int rc = QCoreApplication::exec();
    sandbox.stop();
    return rc;
}
