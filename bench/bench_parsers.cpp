// Parser throughput on fixed, generated pages: a Printlounge order page (JSON) and a VirtualPOS order
// list in the quirky flat-items XML. Prints ms per page and MB/s next to the baseline from
// PLATFORM-NOTES.md (one 1,000-order page of about 180 KB parses in about 1.5 ms).
#include "services/printlounge/PrintloungeParser.h"
#include "services/virtpos/VirtposParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QXmlStreamReader>
#include <cstdio>

using namespace kontor;

namespace {

QByteArray printloungePage(int n)
{
    QByteArray out = "[";
    for (int i = 0; i < n; ++i) {
        if (i)
            out += ',';
        out += QStringLiteral(R"({"id":%1,"internalOrderCode":"INT%1","orderCode":"MY%1","status":1,)"
                              R"("orderStatus":61,"statusPaid":%2,"lastModified":"2026-11-11 11:11:11",)"
                              R"("createDate":"2026-11-10 09:00:00"})")
                   .arg(100000 - i)
                   .arg(i % 2)
                   .toUtf8();
    }
    return out + "]";
}

QByteArray virtposXml(int n)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root><success>1</success>";
    for (int i = 0; i < n; ++i) {
        out += QStringLiteral("<orders><paid>1</paid><customer_id>%1</customer_id><shipped>0</shipped>"
                              "<cancelled>0</cancelled><shipping_address>Дом %1, корпус 5</shipping_address>"
                              "<comment>После шести</comment><guid>g-%1</guid>"
                              "<created_date>2026-08-24 18:45:08</created_date><amount>976.59</amount><items>")
                   .arg(i)
                   .toUtf8();
        for (int k = 0; k < 3; ++k)
            out += QStringLiteral("<item_id>%1</item_id><item_name>Коньяк «Анри» %1</item_name><image />"
                                  "<quantity>3.450</quantity><unit_base_price>100.10</unit_base_price>"
                                  "<discount>0.00</discount><amount>335.15</amount>")
                       .arg(i * 10 + k)
                       .toUtf8();
        out += "</items></orders>";
    }
    return out + "</root>";
}

template <class Fn>
void measure(const char* name, const QByteArray& input, int rounds, Fn parse, const char* baseline)
{
    parse(input); // warm up
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        parse(input);
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6 / rounds;
    const double mbps = static_cast<double>(input.size()) / 1e6 / (ms / 1000.0);
    std::printf("%-34s %8.1f KB  %8.3f ms/page  %7.1f MB/s   baseline: %s\n", name, input.size() / 1024.0, ms, mbps,
                baseline);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray pl = printloungePage(1000);
    measure(
        "printlounge orders, 1000 (JSON)", pl, 50,
        [](const QByteArray& b) { return PrintloungeParser::parseOrderList(b).value.size(); },
        "about 1.5 ms per 180 KB page");
    const QByteArray vp = virtposXml(1000);
    measure(
        "virtpos orders, 1000x3 items (XML)", vp, 20,
        [](const QByteArray& b) { return VirtposParser::parseOrdersXml(b).value.size(); },
        "QXmlStreamReader about 80 MB/s");
    // The ceiling on this machine: reading the same document's tokens and nothing else.
    measure(
        "  same XML, QXmlStreamReader only", vp, 20,
        [](const QByteArray& b) {
            QXmlStreamReader reader(b);
            qint64 tokens = 0;
            while (!reader.atEnd()) {
                reader.readNext();
                ++tokens;
            }
            return tokens;
        },
        "the tokenizer alone");
    return 0;
}
