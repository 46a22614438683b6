// Lenient: typed reads over loose JSON, and the parse helper's errors for bad input.

#include "codec/Lenient.h"

#include <QtTest>
#include <limits>
#include <vector>

using kontor::Error;
using kontor::codec::Json;
using kontor::codec::Lenient;

namespace {

Json parseOk(const QByteArray& text)
{
    auto r = Lenient::parse(text, QStringLiteral("Test"));
    if (!r.ok())
        qWarning() << "unexpected parse failure:" << r.error.detail;
    return r.value;
}

} // namespace

class TestLenient : public QObject
{
    Q_OBJECT
private slots:
    void integer_data();
    void integer();
    void number_data();
    void number();
    void flag_data();
    void flag();
    void string_data();
    void string();
    void missingAndWrongContainer();
    void fieldsKeepServerOrder();
    void parseErrors_data();
    void parseErrors();
    void truncationIsNamed();
    void deepNestingIsRefused();
    void nullLiteralParses();
    void byteOrderMarkIsAccepted();
    void streamTakesWhatIsAsked();
    void streamErrorsAsParse_data();
    void streamErrorsAsParse();
};

namespace {

// Opens the root and its "list", takes each entry of "list" whole and reads everything else past.
class ListVisitor : public kontor::codec::JsonVisitor
{
public:
    Step begin(int depth, const std::string& key, Json::value_t) override
    {
        if (depth == 0 || (depth == 1 && key == "list"))
            return Step::Open;
        return depth == 2 ? Step::Whole : Step::Skip;
    }
    bool whole(int depth, const std::string& key, Json&& value) override
    {
        taken.push_back({depth, key, std::move(value)});
        return taken.size() < stopAfter;
    }
    bool end(int depth) override
    {
        ends.push_back(depth);
        return true;
    }

    struct Taken
    {
        int depth;
        std::string key;
        Json value;
    };
    std::vector<Taken> taken;
    std::vector<int> ends;
    std::size_t stopAfter = std::numeric_limits<std::size_t>::max();
};

} // namespace

void TestLenient::integer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("has");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int") << QByteArray(R"({"v": 12})") << true << qint64(12);
    QTest::newRow("string") << QByteArray(R"({"v": "12"})") << true << qint64(12);
    QTest::newRow("float 12.0") << QByteArray(R"({"v": 12.0})") << true << qint64(12);
    QTest::newRow("string 12.0") << QByteArray(R"({"v": "12.0"})") << true << qint64(12);
    QTest::newRow("padded") << QByteArray(R"({"v": " 12 "})") << true << qint64(12);
    QTest::newRow("negative") << QByteArray(R"({"v": -7})") << true << qint64(-7);
    QTest::newRow("exponent") << QByteArray(R"({"v": 1e3})") << true << qint64(1000);
    QTest::newRow("fraction") << QByteArray(R"({"v": 12.5})") << false << qint64(0);
    QTest::newRow("text") << QByteArray(R"({"v": "twelve"})") << false << qint64(0);
    QTest::newRow("empty string") << QByteArray(R"({"v": ""})") << false << qint64(0);
    QTest::newRow("bool") << QByteArray(R"({"v": true})") << false << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"v": null})") << false << qint64(0);
    QTest::newRow("missing") << QByteArray(R"({"w": 1})") << false << qint64(0);
    QTest::newRow("array") << QByteArray(R"({"v": [1]})") << false << qint64(0);
    QTest::newRow("too big") << QByteArray(R"({"v": 18446744073709551615})") << false << qint64(0);
    QTest::newRow("huge float") << QByteArray(R"({"v": 1e300})") << false << qint64(0);
}

void TestLenient::integer()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, has);
    QFETCH(qint64, expected);
    const auto v = Lenient::integer(parseOk(json), "v");
    QCOMPARE(v.has_value(), has);
    if (has)
        QCOMPARE(*v, expected);
}

void TestLenient::number_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("has");
    QTest::addColumn<double>("expected");
    QTest::newRow("int") << QByteArray(R"({"v": 12})") << true << 12.0;
    QTest::newRow("float") << QByteArray(R"({"v": 12.5})") << true << 12.5;
    QTest::newRow("string") << QByteArray(R"({"v": "12.5"})") << true << 12.5;
    QTest::newRow("amount") << QByteArray(R"({"v": "976.59"})") << true << 976.59;
    QTest::newRow("text") << QByteArray(R"({"v": "abc"})") << false << 0.0;
    QTest::newRow("nan text") << QByteArray(R"({"v": "nan"})") << false << 0.0;
    QTest::newRow("inf text") << QByteArray(R"({"v": "inf"})") << false << 0.0;
    QTest::newRow("null") << QByteArray(R"({"v": null})") << false << 0.0;
    QTest::newRow("object") << QByteArray(R"({"v": {}})") << false << 0.0;
}

void TestLenient::number()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, has);
    QFETCH(double, expected);
    const auto v = Lenient::number(parseOk(json), "v");
    QCOMPARE(v.has_value(), has);
    if (has)
        QCOMPARE(*v, expected);
}

void TestLenient::flag_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 nullopt
    QTest::newRow("1") << QByteArray("1") << 1;
    QTest::newRow("\"1\"") << QByteArray("\"1\"") << 1;
    QTest::newRow("true") << QByteArray("true") << 1;
    QTest::newRow("\"true\"") << QByteArray("\"true\"") << 1;
    QTest::newRow("\"yes\"") << QByteArray("\"yes\"") << 1;
    QTest::newRow("\" YES \"") << QByteArray("\" YES \"") << 1;
    QTest::newRow("1.0") << QByteArray("1.0") << 1;
    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("\"0\"") << QByteArray("\"0\"") << 0;
    QTest::newRow("false") << QByteArray("false") << 0;
    QTest::newRow("\"false\"") << QByteArray("\"false\"") << 0;
    QTest::newRow("\"no\"") << QByteArray("\"no\"") << 0;
    QTest::newRow("\"maybe\"") << QByteArray("\"maybe\"") << -1;
    QTest::newRow("null") << QByteArray("null") << -1;
    QTest::newRow("array") << QByteArray("[1]") << -1;
    QTest::newRow("object") << QByteArray("{\"a\":1}") << -1;
}

void TestLenient::flag()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const auto v = Lenient::flag(parseOk("{\"v\": " + value + "}"), "v");
    QCOMPARE(v.has_value() ? int(*v) : -1, expected);
}

void TestLenient::string_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QByteArray("\"abc\"") << QStringLiteral("abc");
    QTest::newRow("int") << QByteArray("12") << QStringLiteral("12");
    QTest::newRow("negative") << QByteArray("-12") << QStringLiteral("-12");
    QTest::newRow("big unsigned") << QByteArray("18446744073709551615") << QStringLiteral("18446744073709551615");
    QTest::newRow("decimal") << QByteArray("9.99") << QStringLiteral("9.99");
    // Amounts keep the server's text: 0.00 must not become 0 or 0.0.
    QTest::newRow("zero amount") << QByteArray("0.00") << QStringLiteral("0.00");
    QTest::newRow("exponent") << QByteArray("1e-2") << QStringLiteral("1e-2");
    QTest::newRow("bool") << QByteArray("true") << QStringLiteral("true");
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("object") << QByteArray("{\"a\": 1}") << QStringLiteral("{\"a\":1}");
    QTest::newRow("umlaut") << QByteArray("\"Möbel\"") << QStringLiteral("Möbel");
    QTest::newRow("cyrillic") << QByteArray("\"Самовывоз\"") << QStringLiteral("Самовывоз");
    QTest::newRow("hungarian") << QByteArray("\"Szuperhős Póló\"") << QStringLiteral("Szuperhős Póló");
    QTest::newRow("escaped") << QByteArray("\"\\u00f6\\n\"") << QStringLiteral("ö\n");
}

void TestLenient::string()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QCOMPARE(Lenient::string(parseOk("{\"v\": " + value + "}"), "v"), expected);
}

void TestLenient::missingAndWrongContainer()
{
    const Json object = parseOk(R"({"a": 1})");
    QVERIFY(Lenient::field(object, "b") == nullptr);
    QCOMPARE(Lenient::string(object, "b"), QString());
    QVERIFY(!Lenient::flag(object, "b"));
    QVERIFY(!Lenient::has(object, "b"));
    QVERIFY(Lenient::has(object, "a"));
    QVERIFY(!Lenient::has(parseOk(R"({"a": null})"), "a"));

    // Asking an array, a number or null for a field is not an error, just nothing.
    for (const QByteArray& text : {QByteArray("[1,2]"), QByteArray("5"), QByteArray("null"), QByteArray("\"x\"")}) {
        const Json v = parseOk(text);
        QVERIFY(Lenient::field(v, "a") == nullptr);
        QCOMPARE(Lenient::string(v, "a"), QString());
        QVERIFY(Lenient::fields(v).isEmpty());
    }
    QCOMPARE(Lenient::toString(nullptr), QString());
    QVERIFY(!Lenient::toInteger(nullptr));
}

void TestLenient::fieldsKeepServerOrder()
{
    const Json v = parseOk(R"({"zeta": 1, "alpha": "x", "mid": 0.50, "skip": 2})");
    const kontor::FieldList f = Lenient::fields(v, {QStringLiteral("skip")});
    QCOMPARE(f.size(), 3);
    QCOMPARE(f.at(0).first, QStringLiteral("zeta"));
    QCOMPARE(f.at(1).first, QStringLiteral("alpha"));
    QCOMPARE(f.at(2), qMakePair(QStringLiteral("mid"), QStringLiteral("0.50")));
}

void TestLenient::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    const int malformed = int(Error::Kind::Malformed);
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("blank") << QByteArray(" \r\n\t ") << malformed;
    QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}") << malformed;
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << malformed;
    QTest::newRow("trailing garbage") << QByteArray("{} x") << malformed;
    QTest::newRow("plain text") << QByteArray("Internal Server Error") << malformed;
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"\xff\xfe\"}") << malformed;
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><root/>") << malformed;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Wartung</body></html>") << int(Error::Kind::Html);
    QTest::newRow("html no doctype") << QByteArray("\n  <html><head><title>503</title></head></html>")
                                     << int(Error::Kind::Html);
}

void TestLenient::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    const auto r = Lenient::parse(input, QStringLiteral("Printlounge"));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.kind), kind);
    // A plain sentence naming the service, never nlohmann's exception text.
    QVERIFY2(r.error.message.contains(QStringLiteral("Printlounge")), qPrintable(r.error.message));
    QVERIFY(!r.error.message.contains(QStringLiteral("json.exception")));
    QVERIFY(!r.error.detail.isEmpty());
}

void TestLenient::truncationIsNamed()
{
    const QByteArray whole = R"({"orders": [{"id": 1, "name": "Möbel"}, {"id": 2}]})";
    for (int cut : {1, 5, 12, 20, int(whole.size()) - 1}) {
        const auto r = Lenient::parse(whole.left(cut), QStringLiteral("Test"));
        QVERIFY2(!r.ok(), qPrintable(QString::number(cut)));
        QCOMPARE(r.error.kind, Error::Kind::Malformed);
        QVERIFY2(r.error.message.contains(QStringLiteral("cut off")), qPrintable(r.error.message));
    }
    const auto syntax = Lenient::parse(R"({"a": 1,, "b": 2})", QStringLiteral("Test"));
    QVERIFY(!syntax.ok());
    QVERIFY(!syntax.error.message.contains(QStringLiteral("cut off")));
}

void TestLenient::deepNestingIsRefused()
{
    const QByteArray deep = QByteArray(200'000, '[') + QByteArray(200'000, ']');
    const auto r = Lenient::parse(deep, QStringLiteral("Test"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Malformed);

    const QByteArray fine = QByteArray(50, '[') + QByteArray(50, ']');
    QVERIFY(Lenient::parse(fine, QStringLiteral("Test")).ok());
    const QByteArray tooDeep = QByteArray(11, '[') + QByteArray(11, ']');
    QVERIFY(!Lenient::parse(tooDeep, QStringLiteral("Test"), 10).ok());
}

void TestLenient::nullLiteralParses()
{
    const auto r = Lenient::parse("null", QStringLiteral("Test"));
    QVERIFY(r.ok());
    QVERIFY(r.value.is_null());
    QVERIFY(Lenient::fields(r.value).isEmpty());
}

void TestLenient::byteOrderMarkIsAccepted()
{
    const auto r = Lenient::parse("\xEF\xBB\xBF{\"a\": \"Ünïcødé\"}", QStringLiteral("Test"));
    QVERIFY(r.ok());
    QCOMPARE(Lenient::string(r.value, "a"), QStringLiteral("Ünïcødé"));
}

void TestLenient::streamTakesWhatIsAsked()
{
    const QByteArray input = R"({"skip":{"a":[1,2,{"b":3}]},"list":[{"x":1.50,"y":[true,null]},"t",7],"z":1})";
    ListVisitor visitor;
    QVERIFY(!Lenient::parseStream(input, QStringLiteral("Test"), visitor));
    QCOMPARE(int(visitor.taken.size()), 3);
    // Built as parse() builds it: a float keeps its text.
    QCOMPARE(visitor.taken[0].value, Lenient::parse(R"({"x":1.50,"y":[true,null]})", QStringLiteral("T")).value);
    QCOMPARE(Lenient::string(visitor.taken[0].value, "x"), QStringLiteral("1.50"));
    QCOMPARE(visitor.taken[0].depth, 2);
    QCOMPARE(visitor.taken[0].key, std::string()); // an array element has no key
    QCOMPARE(visitor.taken[1].value, Json("t"));
    QCOMPARE(visitor.taken[2].value, Json(7));
    QCOMPARE(visitor.ends, (std::vector<int>{1, 0})); // "list" closes, then the root

    // The visitor may stop the reading: no error, nothing more taken.
    ListVisitor stopping;
    stopping.stopAfter = 1;
    QVERIFY(!Lenient::parseStream(input + "garbage", QStringLiteral("Test"), stopping));
    QCOMPARE(int(stopping.taken.size()), 1);
}

void TestLenient::streamErrorsAsParse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>");
    QTest::newRow("syntax") << QByteArray(R"({"list":[1,,2]})");
    QTest::newRow("truncated in a taken value") << QByteArray(R"({"list":[{"a":)");
    QTest::newRow("truncated in a skipped value") << QByteArray(R"({"skip":{"a":[1,)");
    QTest::newRow("deep in a skipped value") << QByteArray(R"({"skip":)") + QByteArray(200, '[');
    QTest::newRow("deep in a taken value") << QByteArray(R"({"list":)") + QByteArray(200, '[');
}

void TestLenient::streamErrorsAsParse()
{
    QFETCH(QByteArray, input);
    const auto whole = Lenient::parse(input, QStringLiteral("Test"));
    QVERIFY(!whole.ok());
    ListVisitor visitor;
    const std::optional<Error> error = Lenient::parseStream(input, QStringLiteral("Test"), visitor);
    QVERIFY(error);
    QCOMPARE(error->kind, whole.error.kind);
    QCOMPARE(error->message, whole.error.message);
    QCOMPARE(error->detail, whole.error.detail);
}

QTEST_GUILESS_MAIN(TestLenient)
#include "tst_lenient.moc"
