// The core side of bench/orders_paging, against a running sandbox (kontor-sandbox) on loopback:
//
//   bench_orders_paging page-urls URL USER SECRET_ENV PAGE_SIZE
//       reads every printlounge order through the real client and OrderListing, as `kontor-cli orders list
//       --all` does, and prints the URL of every page it asked for, the last (empty) one included, one a line
//       in curl's config syntax (`url = "..."`). Printlounge pages by `lastSeenId` (the smallest id of the
//       page before) and the sandbox's pages are short where ids have gaps, so the pages cannot be computed
//       beforehand; curl then fetches exactly these pages over one keep-alive connection.
//   bench_orders_paging qnam-floor CURL_CONFIG USER SECRET_ENV
//       the floor of any Qt client: a bare QNetworkAccessManager GETs the URLs of the curl config (page-urls'
//       output) one after another, Basic auth, reading each body and nothing more: no parsing, no retries, no
//       timers. Prints qnam_floor_ms and qnam_floor_bytes. What kontor-cli adds is what lies above this.
//   bench_orders_paging socket-floor CURL_CONFIG USER SECRET_ENV
//       the same with a bare QTcpSocket: one keep-alive connection, TCP_NODELAY, each GET written whole and its
//       answer read by Content-Length: the floor under HttpClient's own keep-alive path (KeepAliveConnection).
//   bench_orders_paging virtpos-records FILE
//       parses a virtpos XML order list (as the sandbox sends it) with the core's parser and prints the heap
//       the resulting records hold (glibc's mallinfo2: uordblks + hblkhd, after minus before, the input
//       held throughout): the "size of the records themselves" that the bound on peak memory is 3x of.
//
// Output on stdout; the secret comes from the environment variable named SECRET_ENV and is never printed.
#include "Logging.h"
#include "net/NetworkAccess.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "services/OrderListing.h"
#include "services/ServiceClient.h"
#include "services/printlounge/PrintloungeParser.h"
#include "services/virtpos/VirtposParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QUrlQuery>
#include <cstdio>
#include <functional>
#include <malloc.h>

using namespace kontor;

namespace {

qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<qint64>(m.uordblks + m.hblkhd);
}

int pageUrls(const QString& url, const QString& user, const QString& secret, int pageSize)
{
    Profile profile = Profile::defaultsFor(Service::Printlounge);
    profile.id = QStringLiteral("bench-orders-paging");
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(url);
    profile.user = user;
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    ClientRegistry clients(&secrets);
    ServiceClient* client = clients.clientFor(profile, secret);
    OrdersCapability* orders = client ? client->orders() : nullptr;
    if (!orders) {
        std::fprintf(stderr, "no printlounge client\n");
        return 1;
    }
    // The route and the query as PrintloungeClient::listOrders builds them: limit, then lastSeenId.
    const QString base = url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
    auto page = [&](const QString& cursor) {
        QString line = QStringLiteral("%1/api/order/?limit=%2").arg(base).arg(pageSize);
        if (!cursor.isEmpty())
            line += QStringLiteral("&lastSeenId=") + cursor;
        std::printf("url = \"%s\"\n", qPrintable(line));
    };
    OrderQuery query;
    query.limit = pageSize;
    OrderListing listing(orders, query, 0, nullptr, client);
    qsizetype rows = 0;
    page(QString());
    QObject::connect(&listing, &OrderListing::pageArrived, &listing, [&](const QList<OrderSummary>& fresh) {
        rows += fresh.size();
        page(PrintloungeParser::smallestId(fresh));
    });
    int code = 1;
    QObject::connect(&listing, &OrderListing::finished, &listing, [&](const Error& e) {
        if (!e.ok())
            std::fprintf(stderr, "listing failed: %s\n", qPrintable(e.detail));
        code = e.ok() ? 0 : 1;
        QCoreApplication::quit();
    });
    listing.start();
    QCoreApplication::exec();
    std::fprintf(stderr, "page-urls: %d pages, %lld rows\n", listing.pages(), static_cast<long long>(rows));
    return code;
}

// The URLs of a curl config written by page-urls; empty (and said on stderr) when it cannot be read.
QList<QUrl> pageUrlsIn(const QString& configPath)
{
    QFile config(configPath);
    if (!config.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(configPath));
        return {};
    }
    QList<QUrl> urls;
    for (const QByteArray& line : config.readAll().split('\n')) {
        if (line.startsWith("url = \"") && line.endsWith('"'))
            urls << QUrl(QString::fromUtf8(line.mid(7, line.size() - 8)));
    }
    return urls;
}

int qnamFloor(const QString& configPath, const QString& user, const QString& secret)
{
    const QList<QUrl> urls = pageUrlsIn(configPath);
    if (urls.isEmpty())
        return 1;
    QNetworkAccessManager nam;
    const QByteArray auth = "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
    qsizetype next = 0;
    qint64 bytes = 0;
    int failures = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> get = [&] {
        if (next >= urls.size()) {
            QCoreApplication::quit();
            return;
        }
        QNetworkRequest request(urls.at(next++));
        request.setRawHeader("Authorization", auth);
        QNetworkReply* reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &nam, [&, reply] {
            bytes += reply->readAll().size();
            failures += reply->error() == QNetworkReply::NoError ? 0 : 1;
            reply->deleteLater();
            get();
        });
    };
    get();
    QCoreApplication::exec();
    std::printf("qnam_floor_ms=%lld\nqnam_floor_bytes=%lld\nqnam_floor_pages=%lld\nqnam_floor_failures=%d\n",
                static_cast<long long>(clock.elapsed()), static_cast<long long>(bytes),
                static_cast<long long>(urls.size()), failures);
    return failures == 0 ? 0 : 1;
}

// The floor of a client on a plain QTcpSocket: one keep-alive connection, TCP_NODELAY, a GET written whole,
// the answer read by its Content-Length (or chunked framing skipped over) and nothing more.
int socketFloor(const QString& configPath, const QString& user, const QString& secret)
{
    const QList<QUrl> urls = pageUrlsIn(configPath);
    if (urls.isEmpty())
        return 1;
    const QByteArray auth = "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    qsizetype next = 0;
    qint64 bytes = 0;
    int failures = 0;
    QByteArray in;
    qint64 need = -1; // body bytes still to come, -1 while reading the head
    QElapsedTimer clock;
    clock.start();
    auto get = [&] {
        if (next >= urls.size()) {
            QCoreApplication::quit();
            return;
        }
        const QUrl& u = urls.at(next++);
        QByteArray head = "GET " + u.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                          " HTTP/1.1\r\nHost: " + u.host().toUtf8() + ':' + QByteArray::number(u.port()) +
                          "\r\nAuthorization: " + auth + "\r\nAccept: application/json\r\n\r\n";
        socket.write(head);
    };
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        get();
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        in += socket.readAll();
        for (;;) {
            if (need < 0) {
                const qsizetype end = in.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = in.left(end).toLower();
                failures += head.startsWith("http/1.1 200") ? 0 : 1;
                const qsizetype cl = head.indexOf("content-length:");
                need = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
                in.remove(0, end + 4);
            }
            if (in.size() < need)
                return;
            bytes += need;
            in.remove(0, need);
            need = -1;
            get();
            if (in.isEmpty())
                return;
        }
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] {
        std::fprintf(stderr, "socket: %s\n", qPrintable(socket.errorString()));
        ++failures;
        QCoreApplication::quit();
    });
    socket.connectToHost(urls.first().host(), static_cast<quint16>(urls.first().port()));
    QCoreApplication::exec();
    std::printf("socket_floor_ms=%lld\nsocket_floor_bytes=%lld\nsocket_floor_failures=%d\n",
                static_cast<long long>(clock.elapsed()), static_cast<long long>(bytes), failures);
    return failures == 0 ? 0 : 1;
}

int virtposRecords(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray body = file.readAll();
    malloc_trim(0);
    const qint64 before = heapInUse();
    Result<QList<OrderSummary>> orders = VirtposParser::parseOrders(body, WireFormat::Xml);
    malloc_trim(0);
    const qint64 after = heapInUse();
    if (!orders.ok()) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(orders.error.detail));
        return 1;
    }
    qsizetype items = 0;
    for (const OrderSummary& o : orders.value)
        items += o.items.size();
    std::printf("virtpos_input_bytes=%lld\nvirtpos_orders=%lld\nvirtpos_items=%lld\nvirtpos_records_bytes=%lld\n",
                static_cast<long long>(body.size()), static_cast<long long>(orders.value.size()),
                static_cast<long long>(items), static_cast<long long>(after - before));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kontor.*.debug=false\nkontor.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    int code = 2;
    if (mode == QLatin1String("page-urls") && args.size() >= 6)
        code = pageUrls(args.at(2), args.at(3), qEnvironmentVariable(args.at(4).toLocal8Bit().constData()),
                        args.at(5).toInt());
    else if (mode == QLatin1String("qnam-floor") && args.size() >= 5)
        code = qnamFloor(args.at(2), args.at(3), qEnvironmentVariable(args.at(4).toLocal8Bit().constData()));
    else if (mode == QLatin1String("socket-floor") && args.size() >= 5)
        code = socketFloor(args.at(2), args.at(3), qEnvironmentVariable(args.at(4).toLocal8Bit().constData()));
    else if (mode == QLatin1String("virtpos-records") && args.size() >= 3)
        code = virtposRecords(args.at(2));
    else
        std::fprintf(
            stderr,
            "usage: %s page-urls URL USER SECRET_ENV PAGE_SIZE | qnam-floor|socket-floor CURL_CONFIG USER SECRET_ENV | "
            "virtpos-records FILE\n",
            argv[0]);
    net::releaseSharedNetworkAccess();
    return code;
}
