// Memory and time of reading one large VirtualPOS order list (100,000 orders by default), in XML and in JSON.
// The list comes from the sandbox's own generator (the shapes of vendor document 002, the flat XML items
// included). Each measurement runs in a child process of its own that has read nothing but the input file, so
// freed memory of an earlier step cannot hide the parse's growth: the child resets its peak RSS
// (`echo 5 > /proc/self/clear_refs`), parses, and reports VmHWM minus the RSS before. The records' own size is
// counted from the heap blocks they hold (malloc_usable_size of every distinct QString and QList block, plus
// glibc's 8-byte chunk header, plus the list of records itself). The bound to meet: peak growth under 3x that.
// Baselines beside the parse: nlohmann::json::parse of the same bytes (a plain DOM) and QXmlStreamReader
// reading every token and nothing else.
//
//   bench_virtpos_stream [ORDERS]
#include "http/ServerRequest.h"
#include "services/virtpos/VirtposParser.h"
#include "virtpos/VirtposService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <nlohmann/json.hpp>
#include <vector>

using namespace kontor;

namespace {

const QString Key = QStringLiteral("bench-key");

QByteArray generate(int orders, const char* format)
{
    sandbox::SandboxOptions options;
    options.orders = orders;
    options.secret = Key;
    sandbox::VirtposService service(options);
    sandbox::ServerRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/api/orders");
    request.rawPath = "/api/orders";
    request.rawQuery = "apikey=" + Key.toUtf8() + "&format=" + format;
    request.target = request.rawPath + '?' + request.rawQuery;
    return service.handle(service.match(request.method, request.path), request).body;
}

qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// The heap blocks the records hold, each counted once however many records share it (implicit sharing).
class HeapCount
{
public:
    void block(const QString& s)
    {
        // data_ptr() hands out the block without detaching; Qt offers it non-const only.
        if (const void* p = const_cast<QString&>(s).data_ptr().d_ptr())
            m_blocks.push_back(p);
    }
    // Qt 6.4's QList does not show its block: its elements start right after the block's QArrayData header
    // (these lists are only ever appended to, so no free space precedes them).
    template <class T>
    void block(const QList<T>& list)
    {
        static_assert(alignof(T) <= alignof(QArrayData));
        if (list.capacity() > 0)
            m_blocks.push_back(reinterpret_cast<const char*>(list.constData()) - sizeof(QArrayData));
    }
    void fields(const FieldList& list)
    {
        block(list);
        for (const auto& [k, v] : list) {
            block(k);
            block(v);
        }
    }
    qint64 bytes()
    {
        std::sort(m_blocks.begin(), m_blocks.end());
        m_blocks.erase(std::unique(m_blocks.begin(), m_blocks.end()), m_blocks.end());
        qint64 total = 0;
        for (const void* p : m_blocks)
            total += static_cast<qint64>(malloc_usable_size(const_cast<void*>(p)) + sizeof(size_t));
        return total;
    }

private:
    std::vector<const void*> m_blocks;
};

qint64 recordsSize(const QList<OrderSummary>& orders)
{
    HeapCount heap;
    heap.block(orders);
    for (const OrderSummary& o : orders) {
        for (const QString* s : {&o.id, &o.number, &o.status, &o.paid, &o.created, &o.modified, &o.amount, &o.customer})
            heap.block(*s);
        heap.fields(o.extra);
        heap.block(o.items);
        for (const CartItem& i : o.items) {
            for (const QString* s :
                 {&i.position, &i.id, &i.type, &i.typeName, &i.name, &i.quantity, &i.unitPrice, &i.discount, &i.amount})
                heap.block(*s);
            heap.fields(i.extra);
        }
    }
    // The list's own block holds the OrderSummary structs (counted by malloc_usable_size above).
    return static_cast<qint64>(sizeof(orders)) + heap.bytes();
}

// One measurement in this (child) process; prints one line "key=value ...".
int child(const QString& mode, const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray input = f.readAll();
    f.close();
    const qint64 rssBefore = statusKb("VmRSS");
    if (!resetPeak())
        return 3;
    QElapsedTimer t;
    t.start();
    qint64 count = 0;
    qint64 records = 0;
    QList<OrderSummary> orders;
    if (mode == QLatin1String("xml") || mode == QLatin1String("json")) {
        auto r =
            mode == QLatin1String("xml") ? VirtposParser::parseOrdersXml(input) : VirtposParser::parseOrdersJson(input);
        if (!r.ok()) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(r.error.detail));
            return 4;
        }
        orders = std::move(r.value);
        count = orders.size();
    } else if (mode == QLatin1String("json-dom")) {
        const nlohmann::json dom = nlohmann::json::parse(input.constBegin(), input.constEnd());
        count = static_cast<qint64>(dom.at("orders").size());
    } else {
        QXmlStreamReader reader(input);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("orders"))
                ++count;
        }
    }
    const qint64 ms = t.elapsed();
    const qint64 peakKb = statusKb("VmHWM");
    if (!orders.isEmpty())
        records = recordsSize(orders);
    std::printf("count=%lld ms=%lld growth=%lld records=%lld\n", static_cast<long long>(count),
                static_cast<long long>(ms), static_cast<long long>((peakKb - rssBefore) * 1024),
                static_cast<long long>(records));
    return 0;
}

struct Figures
{
    qint64 count = -1;
    qint64 ms = -1;
    qint64 growth = -1;
    qint64 records = -1;
};

Figures runChild(const QString& mode, const QString& file)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, file});
    p.waitForFinished(-1);
    Figures out;
    for (const QByteArray& pair : p.readAllStandardOutput().trimmed().split(' ')) {
        const QList<QByteArray> kv = pair.split('=');
        const qint64 v = kv.value(1).toLongLong();
        if (kv.value(0) == "count")
            out.count = v;
        else if (kv.value(0) == "ms")
            out.ms = v;
        else if (kv.value(0) == "growth")
            out.growth = v;
        else if (kv.value(0) == "records")
            out.records = v;
    }
    if (p.exitCode() != 0)
        std::printf("  (%s: child exited with %d)\n", qPrintable(mode), p.exitCode());
    return out;
}

double mb(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2), args.at(3));
    const int orders = args.size() > 1 ? args.at(1).toInt() : 100'000;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    std::printf("virtpos order list, %d orders from the sandbox's generator; each figure from a fresh child process\n",
                orders);
    std::printf("%-6s %10s %9s %12s %12s %7s %9s %9s %s\n", "format", "input MB", "orders", "records MB", "peak+ MB",
                "peak/rec", "parse ms", "base ms", "baseline");
    bool withinBound = true;
    for (const char* format : {"xml", "json"}) {
        const QString file = dir.filePath(QString::fromLatin1(format));
        {
            const QByteArray body = generate(orders, format);
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
                return 1;
        }
        const qint64 inputBytes = QFileInfo(file).size();
        const bool xml = QByteArray(format) == "xml";
        const Figures parse = runChild(QString::fromLatin1(format), file);
        const Figures base = runChild(xml ? QStringLiteral("xml-tokens") : QStringLiteral("json-dom"), file);
        const double ratio = parse.records > 0 ? static_cast<double>(parse.growth) / parse.records : 0;
        withinBound = withinBound && parse.records > 0 && ratio < 3.0;
        std::printf("%-6s %10.1f %9lld %12.1f %12.1f %7.2fx %9lld %9lld %s (peak+ %.1f MB)\n", format, mb(inputBytes),
                    static_cast<long long>(parse.count), mb(parse.records), mb(parse.growth), ratio,
                    static_cast<long long>(parse.ms), static_cast<long long>(base.ms),
                    xml ? "QXmlStreamReader, tokens only" : "nlohmann::json::parse, DOM only", mb(base.growth));
        std::printf("       time vs baseline %.2fx; records %.0f bytes per order\n",
                    base.ms > 0 ? static_cast<double>(parse.ms) / base.ms : 0.0,
                    parse.count > 0 ? static_cast<double>(parse.records) / parse.count : 0.0);
    }
    std::printf("bound (peak growth < 3x records): %s\n", withinBound ? "met" : "NOT met");
    return withinBound ? 0 : 1;
}
