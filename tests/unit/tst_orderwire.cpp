// OrderWire against the documents' examples: each order list example goes through its service's parser and
// back through OrderWire, and must come out with exactly the example's field names and values (as text).
// A parser that starts reading a field under another name, or dropping one, fails here before a script that
// reads `kontor-cli orders list --json` does.

#include "Examples.h"
#include "services/OrderWire.h"
#include "services/htk/HtkParser.h"
#include "services/printlounge/PrintloungeParser.h"
#include "services/virtpos/VirtposParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtTest>

using namespace kontor;

namespace {

using Fields = QMap<QString, QString>;

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return v.toVariant().toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Fields fieldsOf(const QJsonObject& o, const QString& skip = {})
{
    Fields out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != skip)
            out.insert(it.key(), text(it.value()));
    }
    return out;
}

Fields fieldsOf(const FieldList& list)
{
    Fields out;
    for (const auto& [k, v] : list) {
        if (out.contains(k))
            qWarning("twice: %s", qPrintable(k));
        out.insert(k, v);
    }
    return out;
}

QJsonArray exampleArray(const char* service, const QString& name, const char* member = nullptr)
{
    const QJsonDocument doc = QJsonDocument::fromJson(test::readExample(service, name));
    return member ? doc.object().value(QLatin1String(member)).toArray() : doc.array();
}

} // namespace

class TestOrderWire : public QObject
{
    Q_OBJECT
private slots:
    void printloungeOrderListAsSent()
    {
        const Result<QList<OrderSummary>> parsed =
            PrintloungeParser::parseOrderList(test::readExample("printlounge", QStringLiteral("orders.json")));
        QVERIFY(parsed.ok());
        const QJsonArray sent = exampleArray("printlounge", QStringLiteral("orders.json"));
        QCOMPARE(parsed.value.size(), sent.size());
        for (int i = 0; i < sent.size(); ++i)
            QCOMPARE(fieldsOf(OrderWire::orderFields(Service::Printlounge, parsed.value.at(i))),
                     fieldsOf(sent.at(i).toObject()));
        QVERIFY(OrderWire::itemsName(Service::Printlounge).isEmpty());
    }

    void htkOrderIdsAsSent()
    {
        const Result<QList<OrderSummary>> parsed =
            HtkParser::parseOrderIds(test::readExample("htk", QStringLiteral("orderids.json")));
        QVERIFY(parsed.ok());
        const QJsonArray sent = exampleArray("htk", QStringLiteral("orderids.json"), "data");
        QCOMPARE(parsed.value.size(), sent.size());
        for (int i = 0; i < sent.size(); ++i)
            QCOMPARE(fieldsOf(OrderWire::orderFields(Service::Htk, parsed.value.at(i))),
                     fieldsOf(sent.at(i).toObject()));
    }

    void virtposOrdersAsSent_data()
    {
        QTest::addColumn<bool>("xml");
        QTest::newRow("json") << false;
        QTest::newRow("xml") << true;
    }

    void virtposOrdersAsSent()
    {
        QFETCH(bool, xml);
        // orders-from-xml.json is the document's XML example written as JSON: the same order in both formats.
        const Result<QList<OrderSummary>> parsed =
            xml ? VirtposParser::parseOrdersXml(test::readExample("virtpos", QStringLiteral("orders.xml")))
                : VirtposParser::parseOrdersJson(test::readExample("virtpos", QStringLiteral("orders-from-xml.json")));
        QVERIFY(parsed.ok());
        const QJsonArray sent = exampleArray("virtpos", QStringLiteral("orders-from-xml.json"), "orders");
        QCOMPARE(parsed.value.size(), sent.size());
        const QString items = OrderWire::itemsName(Service::Virtpos);
        QCOMPARE(items, QStringLiteral("items"));
        for (int i = 0; i < sent.size(); ++i) {
            const QJsonObject order = sent.at(i).toObject();
            const OrderSummary& o = parsed.value.at(i);
            QCOMPARE(fieldsOf(OrderWire::orderFields(Service::Virtpos, o)), fieldsOf(order, items));
            const QJsonArray sentItems = order.value(items).toArray();
            QCOMPARE(o.items.size(), sentItems.size());
            for (int j = 0; j < sentItems.size(); ++j)
                QCOMPARE(fieldsOf(OrderWire::itemFields(Service::Virtpos, o.items.at(j))),
                         fieldsOf(sentItems.at(j).toObject()));
        }
    }

    void flagsInTheDocumentsForm()
    {
        OrderSummary o;
        o.paid = QStringLiteral("yes");
        QCOMPARE(fieldsOf(OrderWire::orderFields(Service::Printlounge, o)).value(QStringLiteral("statusPaid")),
                 QStringLiteral("1"));
        o.paid = QStringLiteral("no");
        QCOMPARE(fieldsOf(OrderWire::orderFields(Service::Virtpos, o)).value(QStringLiteral("paid")),
                 QStringLiteral("0"));
        o.paid.clear();
        QCOMPARE(
            fieldsOf(OrderWire::orderFields(Service::Virtpos, o)).value(QStringLiteral("paid"), QStringLiteral("x")),
            QString());
    }
};

QTEST_GUILESS_MAIN(TestOrderWire)
#include "tst_orderwire.moc"
