// A VirtualPOS order list read as XML and as JSON yields the same orders and items, field by field: every
// named field, every extra field (names, values and their order) and every item with all of its fields. Once
// over HTTP from the sandbox (a real server on loopback), once from the vendor document's example and its JSON
// twin in tests/data/examples/virtpos. A parser that drops, renames or reorders a field in one format fails.

#include "Await.h"
#include "Examples.h"
#include "Sandbox.h"
#include "TestSecrets.h"
#include "services/ServiceClient.h"
#include "services/virtpos/VirtposClient.h"
#include "services/virtpos/VirtposParser.h"

#include <QtTest>

using namespace kontor;
using kontor::sandbox::Sandbox;
using kontor::sandbox::SandboxOptions;
using kontor::test::await;

namespace {

QString describe(const FieldList& fields)
{
    QStringList parts;
    for (const auto& [k, v] : fields)
        parts << k + QLatin1Char('=') + v;
    return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
}

// The first difference between two field values, or empty.
QString differ(const QString& where, const QString& field, const QString& xml, const QString& json)
{
    if (xml == json)
        return {};
    return QStringLiteral("%1: %2 is \"%3\" in XML, \"%4\" in JSON").arg(where, field, xml, json);
}

QString differ(const QString& where, const QString& field, const FieldList& xml, const FieldList& json)
{
    if (xml == json)
        return {};
    return QStringLiteral("%1: %2 differ:\n  XML  %3\n  JSON %4").arg(where, field, describe(xml), describe(json));
}

QString compareItem(const QString& where, const CartItem& x, const CartItem& j)
{
    for (const QString& d :
         {differ(where, QStringLiteral("position"), x.position, j.position),
          differ(where, QStringLiteral("id"), x.id, j.id), differ(where, QStringLiteral("type"), x.type, j.type),
          differ(where, QStringLiteral("typeName"), x.typeName, j.typeName),
          differ(where, QStringLiteral("name"), x.name, j.name),
          differ(where, QStringLiteral("quantity"), x.quantity, j.quantity),
          differ(where, QStringLiteral("unitPrice"), x.unitPrice, j.unitPrice),
          differ(where, QStringLiteral("discount"), x.discount, j.discount),
          differ(where, QStringLiteral("amount"), x.amount, j.amount),
          differ(where, QStringLiteral("extra"), x.extra, j.extra)}) {
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QString compareOrder(int index, const OrderSummary& x, const OrderSummary& j)
{
    const QString where = QStringLiteral("order %1 (id %2)").arg(index).arg(x.id);
    for (const QString& d :
         {differ(where, QStringLiteral("id"), x.id, j.id), differ(where, QStringLiteral("number"), x.number, j.number),
          differ(where, QStringLiteral("status"), x.status, j.status),
          differ(where, QStringLiteral("paid"), x.paid, j.paid),
          differ(where, QStringLiteral("created"), x.created, j.created),
          differ(where, QStringLiteral("modified"), x.modified, j.modified),
          differ(where, QStringLiteral("amount"), x.amount, j.amount),
          differ(where, QStringLiteral("customer"), x.customer, j.customer),
          differ(where, QStringLiteral("extra"), x.extra, j.extra)}) {
        if (!d.isEmpty())
            return d;
    }
    if (x.items.size() != j.items.size())
        return QStringLiteral("%1: %2 items in XML, %3 in JSON").arg(where).arg(x.items.size()).arg(j.items.size());
    for (int k = 0; k < x.items.size(); ++k) {
        const QString d = compareItem(where + QStringLiteral(", item %1").arg(k + 1), x.items.at(k), j.items.at(k));
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QString compareLists(const QList<OrderSummary>& xml, const QList<OrderSummary>& json)
{
    if (xml.size() != json.size())
        return QStringLiteral("%1 orders in XML, %2 in JSON").arg(xml.size()).arg(json.size());
    for (int i = 0; i < xml.size(); ++i) {
        const QString d = compareOrder(i, xml.at(i), json.at(i));
        if (!d.isEmpty())
            return d;
    }
    return {};
}

bool hasField(const FieldList& fields, const QString& name)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&](const auto& f) { return f.first == name; });
}

// What both formats must carry, so that "equal" cannot mean "equally empty": every documented order field
// (the named ones in their members, the rest in extra) and every documented item field.
void verifyComplete(const QList<OrderSummary>& orders, bool fromSandbox)
{
    const QStringList orderExtra = {QStringLiteral("shipped"),
                                    QStringLiteral("cancelled"),
                                    QStringLiteral("shipping_address"),
                                    QStringLiteral("shipping_cost"),
                                    QStringLiteral("pickup_receipt_id"),
                                    QStringLiteral("comment"),
                                    QStringLiteral("discount"),
                                    QStringLiteral("pickup_from_warehouse_id"),
                                    QStringLiteral("pickup_from_warehouse_name"),
                                    QStringLiteral("delivery_type_id"),
                                    QStringLiteral("delivery_type_name"),
                                    QStringLiteral("payment_type_id"),
                                    QStringLiteral("payment_type_name")};
    for (const OrderSummary& o : orders) {
        if (fromSandbox)
            QVERIFY2(!o.id.isEmpty(), "an order without its id");
        QVERIFY(!o.amount.isEmpty());
        QVERIFY(!o.created.isEmpty());
        QVERIFY(!o.customer.isEmpty());
        QVERIFY(!o.paid.isEmpty());
        for (const QString& name : orderExtra)
            QVERIFY2(hasField(o.extra, name), qPrintable(QStringLiteral("order %1 lacks %2").arg(o.id, name)));
        QVERIFY(!o.items.isEmpty());
        for (const CartItem& item : o.items) {
            QVERIFY(!item.id.isEmpty());
            QVERIFY(!item.name.isEmpty());
            QVERIFY(!item.quantity.isEmpty());
            QVERIFY(!item.unitPrice.isEmpty());
            QVERIFY(!item.discount.isEmpty());
            QVERIFY(!item.amount.isEmpty());
            QVERIFY2(hasField(item.extra, QStringLiteral("image")), "an item lacks image");
        }
    }
}

} // namespace

class TestVirtposFormats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sandboxListSameInBothFormats();
    void documentExampleSameInBothFormats();
    void comparisonSeesADroppedItemField();

private:
    QList<OrderSummary> readAll(WireFormat format);

    std::unique_ptr<Sandbox> m_sandbox;
};

void TestVirtposFormats::initTestCase()
{
    SandboxOptions o;
    o.user = QString::fromUtf8(test::SandboxUser);
    o.secret = QString::fromUtf8(test::SandboxSecret);
    o.orders = 400;
    m_sandbox = std::make_unique<Sandbox>(o);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

QList<OrderSummary> TestVirtposFormats::readAll(WireFormat format)
{
    Profile p = Profile::defaultsFor(Service::Virtpos);
    p.id = QStringLiteral("test-virtpos-formats");
    p.name = QStringLiteral("VirtualPOS");
    p.baseUrl = m_sandbox->url(QStringLiteral("virtpos"));
    p.format = format;
    auto client = ServiceClient::create(p, QString::fromUtf8(test::SandboxSecret));
    auto* virtpos = qobject_cast<VirtposClient*>(client.get());
    if (!virtpos)
        return {};
    const auto r = await<QList<OrderSummary>>(
        [&](QObject* ctx, Callback<QList<OrderSummary>> cb) { virtpos->allOrders({}, ctx, cb); });
    if (!r.ok())
        qWarning("reading the list failed: %s", qPrintable(r.error.detail));
    return r.value;
}

void TestVirtposFormats::sandboxListSameInBothFormats()
{
    const QList<OrderSummary> xml = readAll(WireFormat::Xml);
    const QList<OrderSummary> json = readAll(WireFormat::Json);
    QCOMPARE(xml.size(), 400);
    verifyComplete(xml, true);
    verifyComplete(json, true);
    const QString difference = compareLists(xml, json);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Both requests reached the server, one per format.
    const QJsonObject requests =
        m_sandbox->counters().value(QStringLiteral("virtpos")).toObject().value(QStringLiteral("requests")).toObject();
    QCOMPARE(requests.value(QStringLiteral("GET /api/orders")).toObject().value(QStringLiteral("200")).toInteger(),
             qint64(2));
}

void TestVirtposFormats::documentExampleSameInBothFormats()
{
    const auto xml = VirtposParser::parseOrdersXml(test::readExample("virtpos", QStringLiteral("orders.xml")));
    const auto json =
        VirtposParser::parseOrdersJson(test::readExample("virtpos", QStringLiteral("orders-from-xml.json")));
    QVERIFY2(xml.ok(), qPrintable(xml.error.detail));
    QVERIFY2(json.ok(), qPrintable(json.error.detail));
    QCOMPARE(xml.value.size(), 1);
    verifyComplete(xml.value, false);
    const QString difference = compareLists(xml.value, json.value);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestVirtposFormats::comparisonSeesADroppedItemField()
{
    // The comparison itself: an XML answer whose second item lost its <discount> must not pass as equal.
    QByteArray xmlBytes = test::readExample("virtpos", QStringLiteral("orders.xml"));
    const int second = xmlBytes.indexOf("<item_id>787</item_id>");
    QVERIFY(second > 0);
    const int discount = xmlBytes.indexOf("<discount>0.00</discount>", second);
    QVERIFY(discount > second);
    xmlBytes.remove(discount, int(qstrlen("<discount>0.00</discount>")));
    const auto xml = VirtposParser::parseOrdersXml(xmlBytes);
    const auto json =
        VirtposParser::parseOrdersJson(test::readExample("virtpos", QStringLiteral("orders-from-xml.json")));
    QVERIFY(xml.ok() && json.ok());
    const QString difference = compareLists(xml.value, json.value);
    QVERIFY(difference.contains(QStringLiteral("item 2")));
    QVERIFY(difference.contains(QStringLiteral("discount")));
}

QTEST_GUILESS_MAIN(TestVirtposFormats)
#include "tst_virtpos_formats.moc"
