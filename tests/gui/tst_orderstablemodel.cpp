// OrdersTableModel keeps rows compact (a numeric id and the usual date as integers, the texts in one string,
// statuses and field names shared). These tests pin down that every order comes back exactly as delivered,
// whatever the service sent, and that display, sorting, status changes and merged sources work on the
// compact rows.

#include "OrdersTableModel.h"

#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kontor;
using namespace kontor::gui;

namespace {

OrderSummary order(const QString& id, const QString& number, const QString& created)
{
    OrderSummary o;
    o.id = id;
    o.number = number;
    o.created = created;
    o.status = QStringLiteral("61");
    o.paid = QStringLiteral("yes");
    return o;
}

void compareOrders(const OrderSummary& a, const OrderSummary& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.number, b.number);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.paid, b.paid);
    QCOMPARE(a.created, b.created);
    QCOMPARE(a.modified, b.modified);
    QCOMPARE(a.amount, b.amount);
    QCOMPARE(a.customer, b.customer);
    QCOMPARE(a.extra, b.extra);
    QCOMPARE(a.items.size(), b.items.size());
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        QCOMPARE(a.items.at(i).id, b.items.at(i).id);
        QCOMPARE(a.items.at(i).name, b.items.at(i).name);
        QCOMPARE(a.items.at(i).extra, b.items.at(i).extra);
    }
}

} // namespace

class TestOrdersTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }

    void everyOrderComesBackAsDelivered()
    {
        QList<OrderSummary> orders;
        orders << order(QStringLiteral("223197"), QStringLiteral("XA223197"), QStringLiteral("2025-07-03 08:53:10"));
        orders.last().modified = QStringLiteral("2025-07-05 03:12:19");
        orders.last().extra = {{QStringLiteral("internalOrderCode"), QStringLiteral("FAEISC")},
                               {QStringLiteral("status"), QStringLiteral("2")}};
        // Ids that are not plain numbers stay text: a GUID, leading zeros, a sign, a very long number, nothing.
        orders << order(QStringLiteral("3f2a9c1e-0b7d-4c55-9e21-7d1f0c6a8b42"), {}, QStringLiteral("2025-01-01"));
        orders << order(QStringLiteral("007"), QStringLiteral("007"), QStringLiteral("2025-07-03T08:53:10"));
        orders << order(QStringLiteral("-5"), QString(), QStringLiteral("0000-00-00 00:00:00"));
        orders << order(QStringLiteral("1234567890123456789012"), QStringLiteral("N"),
                        QStringLiteral(" 2025-07-03 08:53:10"));
        orders << order(QString(), QStringLiteral("no id"), QString());
        orders << order(QStringLiteral("0"), QStringLiteral("zero"), QStringLiteral("2025-13-45 99:99:99"));
        // Paid as something else than yes/no, amounts, customers, a currency among the extra fields, items.
        OrderSummary rich = order(QStringLiteral("42"), QStringLiteral("R-42"), QStringLiteral("2024-02-29 23:59:59"));
        rich.paid = QStringLiteral("partly");
        rich.status = QStringLiteral("In Bearbeitung");
        rich.amount = QStringLiteral("13847.94");
        rich.customer = QStringLiteral("Jürgen Größe ✓");
        rich.extra = {{QStringLiteral("Currency"), QStringLiteral("EUR")}, {QStringLiteral("note"), QString()}};
        CartItem item;
        item.id = QStringLiteral("i1");
        item.name = QStringLiteral("Visitenkarten");
        item.extra = {{QStringLiteral("quantity"), QStringLiteral("2")}};
        rich.items = {item, item};
        orders << rich;
        // Texts longer than a one-character length can say (32,768 characters and more).
        OrderSummary huge = order(QStringLiteral("43"), QString(40000, QLatin1Char('x')), QString());
        huge.customer = QString(70000, QChar(0x00fc));
        huge.extra = {{QStringLiteral("blob"), QString(33000, QLatin1Char('y'))}};
        huge.paid = QString();
        orders << huge;

        OrdersTableModel model;
        model.appendOrders(orders.mid(0, 4));
        model.appendOrders(orders.mid(4));
        QCOMPARE(model.rowCount(), orders.size());
        for (int row = 0; row < orders.size(); ++row) {
            const std::optional<OrderSummary> back = model.orderAt(row);
            QVERIFY(back);
            compareOrders(*back, orders.at(row));
            if (QTest::currentTestFailed())
                qWarning() << "row" << row;
        }
        QVERIFY(!model.orderAt(-1));
        QVERIFY(!model.orderAt(orders.size()));

        // What the table shows of them.
        const QLocale de;
        const QDateTime first(QDate(2025, 7, 3), QTime(8, 53, 10));
        QCOMPARE(model.index(0, OrdersTableModel::Created).data().toString(), de.toString(first, QLocale::ShortFormat));
        QCOMPARE(model.index(0, OrdersTableModel::Created).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2025-07-03 08:53:10"));
        QCOMPARE(model.index(0, OrdersTableModel::Number).data().toString(), QStringLiteral("XA223197"));
        QCOMPARE(model.index(0, OrdersTableModel::Paid).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(0, OrdersTableModel::Number).data(OrdersTableModel::OrderIdRole).toString(),
                 QStringLiteral("223197"));
        // No number: the id stands in for it.
        QCOMPARE(model.index(1, OrdersTableModel::Number).data().toString(),
                 QStringLiteral("3f2a9c1e-0b7d-4c55-9e21-7d1f0c6a8b42"));
        QCOMPARE(model.index(1, OrdersTableModel::Created).data().toString(),
                 de.toString(QDate(2025, 1, 1), QLocale::ShortFormat));
        // A date that is no date is shown as sent.
        QCOMPARE(model.index(3, OrdersTableModel::Created).data().toString(), QStringLiteral("0000-00-00 00:00:00"));
        QCOMPARE(model.index(6, OrdersTableModel::Created).data().toString(), QStringLiteral("2025-13-45 99:99:99"));
        QCOMPARE(model.index(7, OrdersTableModel::Paid).data().toString(), QStringLiteral("partly"));
        QCOMPARE(model.index(7, OrdersTableModel::Amount).data().toString(), QStringLiteral("13.847,94 EUR"));
        QCOMPARE(model.index(7, OrdersTableModel::Customer).data().toString(), QStringLiteral("Jürgen Größe ✓"));
        QCOMPARE(model.index(7, OrdersTableModel::Status).data(OrdersTableModel::StatusCodeRole).toString(),
                 QStringLiteral("In Bearbeitung"));
        QCOMPARE(model.index(8, OrdersTableModel::Customer).data().toString().size(), 70000);
    }

    void datesSortAsDatesWhateverTheirForm()
    {
        OrdersTableModel model;
        model.appendOrders({order(QStringLiteral("1"), QStringLiteral("B"), QStringLiteral("2025-07-03 08:53:10")),
                            order(QStringLiteral("2"), QStringLiteral("A"), QStringLiteral("2025-07-03T09:00:00")),
                            order(QStringLiteral("3"), QStringLiteral("C"), QStringLiteral("2024-12-31 23:59:59")),
                            order(QStringLiteral("4"), QStringLiteral("D"), QStringLiteral("2025-07-03"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(OrdersTableModel::SortRole);
        proxy.sort(OrdersTableModel::Created, Qt::AscendingOrder);
        QStringList numbers;
        for (int row = 0; row < proxy.rowCount(); ++row)
            numbers << proxy.index(row, OrdersTableModel::Number).data().toString();
        QCOMPARE(numbers,
                 QStringList({QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("A")}));
    }

    void statusChangesFindTheRowByNumberOrId()
    {
        Profile a;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("Shop A");
        Profile b;
        b.id = QStringLiteral("b");
        b.name = QStringLiteral("Shop B");
        OrdersTableModel model;
        model.appendOrders({order(QStringLiteral("10"), QStringLiteral("X10"), {})}, a);
        model.appendOrders(
            {order(QStringLiteral("10"), QStringLiteral("Y10"), {}), order(QStringLiteral("guid-1"), QString(), {})},
            b);
        QVERIFY(model.setOrderStatus(QStringLiteral("b"), QStringLiteral("10"), QStringLiteral("62")));
        QCOMPARE(model.orderAt(0)->status, QStringLiteral("61")); // the other shop's order 10 is not touched
        QCOMPARE(model.orderAt(1)->status, QStringLiteral("62"));
        QVERIFY(model.setOrderStatus(QStringLiteral("a"), QStringLiteral("X10"), QStringLiteral("137")));
        QCOMPARE(model.orderAt(0)->status, QStringLiteral("137"));
        QVERIFY(model.setOrderStatus(QStringLiteral("b"), QStringLiteral("guid-1"), QStringLiteral("64")));
        QCOMPARE(model.orderAt(2)->status, QStringLiteral("64"));
        QVERIFY(!model.setOrderStatus(QStringLiteral("a"), QStringLiteral("guid-1"), QStringLiteral("64")));
        QCOMPARE(model.index(2, OrdersTableModel::Source).data().toString(), QStringLiteral("Shop B"));

        // Dropping one source keeps the other's rows, items included.
        OrderSummary withItems = order(QStringLiteral("11"), QStringLiteral("X11"), {});
        CartItem item;
        item.name = QStringLiteral("Flyer");
        withItems.items = {item};
        model.appendOrders({withItems}, a);
        model.removeSource(QStringLiteral("b"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.orderAt(0)->number, QStringLiteral("X10"));
        QCOMPARE(model.orderAt(1)->items.size(), 1);
        QCOMPARE(model.orderAt(1)->items.first().name, QStringLiteral("Flyer"));
        QCOMPARE(model.profileAt(1).id, QStringLiteral("a"));
    }
};

QTEST_MAIN(TestOrdersTableModel)
#include "tst_orderstablemodel.moc"
