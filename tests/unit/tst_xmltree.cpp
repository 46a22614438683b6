// XmlTree: the small element tree the XML answers are read into, and its errors for bad input.

#include "codec/XmlTree.h"

#include <QtTest>
#include <optional>

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
    void childrenOneAtATime();
    void childrenErrorsAsParse_data();
    void childrenErrorsAsParse();
    void childrenAcrossFeedPieces();
};

namespace {

// The tree as text, for comparing two readings.
QString dump(const XmlTree& t)
{
    QString out = t.name() + QLatin1Char('[') + t.text() + QLatin1Char(']');
    for (const auto& [k, v] : t.attributes())
        out += QLatin1Char('@') + k + QLatin1Char('=') + v;
    for (const XmlTree& c : t.children())
        out += QLatin1Char('(') + dump(c) + QLatin1Char(')');
    return out;
}

// parseChildren() taking every child: their dumps in order, or the error.
QStringList streamed(const QByteArray& input, std::optional<Error>* error, int maxDepth = XmlTree::DefaultMaxDepth)
{
    QStringList out;
    *error = XmlTree::parseChildren(
        input, QStringLiteral("Test"), [](QStringView) { return true; },
        [&out](XmlTree&& child) { out << dump(child); }, maxDepth);
    return out;
}

} // namespace

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

void TestXmlTree::childrenOneAtATime()
{
    const QByteArray xml = "<root a='1'> <success>1</success><orders><id>1</id><items><item_id>7</item_id>"
                           "<x>&amp;y</x></items></orders><skip><deep><er>no</er></deep></skip>"
                           "<orders k='v'>text<id>2</id></orders></root>";
    const auto whole = XmlTree::parse(xml, QStringLiteral("Test"));
    QVERIFY(whole.ok());
    QStringList expected;
    for (const XmlTree& c : whole.value.children())
        expected << dump(c);
    std::optional<Error> error;
    QCOMPARE(streamed(xml, &error), expected);
    QVERIFY(!error);

    // Children not wanted are read past: only the wanted ones arrive, and names are shared between them.
    QList<XmlTree> taken;
    error = XmlTree::parseChildren(
        xml, QStringLiteral("Test"), [](QStringView name) { return name == QLatin1String("orders"); },
        [&taken](XmlTree&& child) { taken.append(std::move(child)); });
    QVERIFY(!error);
    QCOMPARE(taken.size(), 2);
    QCOMPARE(taken.at(1).childText(QStringLiteral("id")), QStringLiteral("2"));
    QCOMPARE(taken.at(1).attribute(QStringLiteral("k")), QStringLiteral("v"));
    QCOMPARE(taken.at(0).children().at(0).name().constData(), taken.at(1).children().at(0).name().constData());
}

void TestXmlTree::childrenErrorsAsParse_data()
{
    errors_data();
    const QByteArray whole = "<root><success>1</success><orders><amount>1.00</amount></orders></root>";
    for (int cut : {10, 30, 50, int(whole.size()) - 1})
        QTest::newRow(qPrintable(QStringLiteral("cut at %1").arg(cut))) << whole.left(cut) << 0;
    QByteArray deep = "<root><skipped>";
    for (int i = 0; i < 80; ++i)
        deep += "<a>";
    QTest::newRow("deep inside a child read past") << deep << 0;
}

void TestXmlTree::childrenErrorsAsParse()
{
    QFETCH(QByteArray, input);
    const auto whole = XmlTree::parse(input, QStringLiteral("Test"));
    QVERIFY(!whole.ok());
    // Even children that are not wanted are checked to the end, nesting included.
    const std::optional<Error> error = XmlTree::parseChildren(
        input, QStringLiteral("Test"), [](QStringView) { return false; }, [](XmlTree&&) {});
    QVERIFY(error);
    QCOMPARE(error->kind, whole.error.kind);
    QCOMPARE(error->message, whole.error.message);
    QCOMPARE(error->detail, whole.error.detail);
}

void TestXmlTree::childrenAcrossFeedPieces()
{
    // Larger than one 64 KiB piece fed to the reader: texts, names and entities cut at any byte read whole.
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>";
    for (int i = 0; i < 3000; ++i)
        xml += QStringLiteral("<orders n='%1'><name>Коньяк «Анри» &amp; %1 </name><e/>  <t>  x  </t></orders>\n")
                   .arg(i)
                   .toUtf8();
    xml += "</root>";
    QVERIFY(xml.size() > 3 * 64 * 1024);
    const auto whole = XmlTree::parse(xml, QStringLiteral("Test"));
    QVERIFY(whole.ok());
    QCOMPARE(whole.value.children().size(), 3000);
    QStringList expected;
    for (const XmlTree& c : whole.value.children())
        expected << dump(c);
    std::optional<Error> error;
    QCOMPARE(streamed(xml, &error), expected);
    QVERIFY(!error);
    QCOMPARE(whole.value.children().at(2999).childText(QStringLiteral("name")),
             QStringLiteral("Коньяк «Анри» & 2999 "));
    // Cut off in the third piece: the same error as a reading of the whole.
    const QByteArray cut = xml.left(150'000);
    const auto wholeCut = XmlTree::parse(cut, QStringLiteral("Test"));
    streamed(cut, &error);
    QVERIFY(error && !wholeCut.ok());
    QCOMPARE(error->message, wholeCut.error.message);
    QVERIFY(error->message.contains(QStringLiteral("cut off")));
}

QTEST_GUILESS_MAIN(TestXmlTree)
#include "tst_xmltree.moc"
