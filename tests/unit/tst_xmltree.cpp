// XmlTree: the small element tree the XML answers are read into, and its errors for bad input.

#include "codec/XmlTree.h"

#include <QtTest>

using kontor::Error;
using kontor::codec::XmlTree;

class TestXmlTree : public QObject
{
    Q_OBJECT
private slots:
    void buildsTheTree();
    void keepsDocumentOrderOfRepeatedNames();
    void decodesEntitiesAndCdata();
    void errors_data();
    void errors();
    void truncationIsNamed();
    void deepNestingIsRefused();
};

void TestXmlTree::buildsTheTree()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<root version="2" lang="ru">
   <success>1</success>
   <orders>
      <comment>После шести</comment>
      <guid />
      <amount>976.59</amount>
   </orders>
</root>)";
    const auto r = XmlTree::parse(xml, QStringLiteral("Test"));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    const XmlTree& root = r.value;
    QCOMPARE(root.name(), QStringLiteral("root"));
    QCOMPARE(root.attribute(QStringLiteral("version")), QStringLiteral("2"));
    QCOMPARE(root.attribute(QStringLiteral("lang")), QStringLiteral("ru"));
    QCOMPARE(root.attribute(QStringLiteral("none")), QString());
    QCOMPARE(root.attributes().size(), 2);
    QCOMPARE(root.text(), QString()); // whitespace between children is not text
    QCOMPARE(root.children().size(), 2);
    QCOMPARE(root.childText(QStringLiteral("success")), QStringLiteral("1"));
    QCOMPARE(root.childText(QStringLiteral("missing")), QString());
    QVERIFY(root.child(QStringLiteral("missing")) == nullptr);

    const XmlTree* orders = root.child(QStringLiteral("orders"));
    QVERIFY(orders);
    QVERIFY(!orders->isLeaf());
    QCOMPARE(orders->childText(QStringLiteral("comment")), QStringLiteral("После шести"));
    const XmlTree* guid = orders->child(QStringLiteral("guid"));
    QVERIFY(guid);
    QVERIFY(guid->isLeaf());
    QCOMPARE(guid->text(), QString());
    QCOMPARE(orders->childText(QStringLiteral("amount")), QStringLiteral("976.59"));
}

void TestXmlTree::keepsDocumentOrderOfRepeatedNames()
{
    const auto r = XmlTree::parse("<items><id>1</id><name>a</name><id>2</id><name>b</name><id>3</id></items>",
                                  QStringLiteral("Test"));
    QVERIFY(r.ok());
    const auto ids = r.value.children(QStringLiteral("id"));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(0)->text(), QStringLiteral("1"));
    QCOMPARE(ids.at(2)->text(), QStringLiteral("3"));
    QStringList sequence;
    for (const XmlTree& c : r.value.children())
        sequence << c.name() + QLatin1Char('=') + c.text();
    QCOMPARE(sequence, QStringList({"id=1", "name=a", "id=2", "name=b", "id=3"}));
}

void TestXmlTree::decodesEntitiesAndCdata()
{
    const auto r = XmlTree::parse(
        R"(<r><a>Коньяк &quot;Анри&quot; &amp; Co &lt;3</a><b><![CDATA[x < y & "z"]]></b><c> kept  </c></r>)",
        QStringLiteral("Test"));
    QVERIFY(r.ok());
    QCOMPARE(r.value.childText(QStringLiteral("a")), QStringLiteral("Коньяк \"Анри\" & Co <3"));
    QCOMPARE(r.value.childText(QStringLiteral("b")), QStringLiteral("x < y & \"z\""));
    QCOMPARE(r.value.childText(QStringLiteral("c")), QStringLiteral(" kept  "));
}

void TestXmlTree::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    const int malformed = int(Error::Kind::Malformed);
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("blank") << QByteArray("  \n ") << malformed;
    QTest::newRow("mismatched") << QByteArray("<a><b></a>") << malformed;
    QTest::newRow("plain text") << QByteArray("hello") << malformed;
    QTest::newRow("null") << QByteArray("null") << malformed;
    QTest::newRow("json") << QByteArray("{\"success\": 1}") << malformed;
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << malformed;
    QTest::newRow("bad entity") << QByteArray("<a>&nope;</a>") << malformed;
    QTest::newRow("only declaration") << QByteArray("<?xml version=\"1.0\"?>") << malformed;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>down</body></html>") << int(Error::Kind::Html);
}

void TestXmlTree::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    const auto r = XmlTree::parse(input, QStringLiteral("VirtualPOS"));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.kind), kind);
    QVERIFY2(r.error.message.contains(QStringLiteral("VirtualPOS")), qPrintable(r.error.message));
}

void TestXmlTree::truncationIsNamed()
{
    const QByteArray whole = "<root><success>1</success><orders><amount>1.00</amount></orders></root>";
    for (int cut : {10, 30, 50, int(whole.size()) - 1}) {
        const auto r = XmlTree::parse(whole.left(cut), QStringLiteral("Test"));
        QVERIFY2(!r.ok(), qPrintable(QString::number(cut)));
        QCOMPARE(r.error.kind, Error::Kind::Malformed);
        QVERIFY2(r.error.message.contains(QStringLiteral("cut off")), qPrintable(r.error.message));
    }
}

void TestXmlTree::deepNestingIsRefused()
{
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<a>";
    for (int i = 0; i < 5000; ++i)
        deep += "</a>";
    const auto r = XmlTree::parse(deep, QStringLiteral("Test"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Malformed);
    QVERIFY(XmlTree::parse("<a><a><a></a></a></a>", QStringLiteral("Test"), 3).ok());
    QVERIFY(!XmlTree::parse("<a><a><a><a></a></a></a></a>", QStringLiteral("Test"), 3).ok());
}

QTEST_GUILESS_MAIN(TestXmlTree)
#include "tst_xmltree.moc"
