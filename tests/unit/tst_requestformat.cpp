// The request log and its texts (net::RequestLog, net::RequestFormat): what is stored is redacted before it is
// stored, bodies are cut to an excerpt without leaving half a secret, and "Copy as curl" is a bash command that
// holds no secret but $KONTOR_SECRET, and that bash reads back as the request (a stand-in `curl` function
// prints the arguments bash hands it).

#include "net/Redactor.h"
#include "net/RequestFormat.h"
#include "net/RequestLog.h"

#include <QProcess>
#include <QTest>

using namespace kontor::net;

namespace {

// Awkward on purpose for a shell and a form: a quote, '!', '$', '+', '/', '=', non-ASCII.
const QString Secret = QStringLiteral("Ab'c!e$f+g/h=iä9Z");
const QString User = QStringLiteral("shop-user");

QList<QByteArray> secretForms()
{
    const QByteArray plain = Secret.toUtf8();
    return {plain, QUrl::toPercentEncoding(Secret), (User + QLatin1Char(':') + Secret).toUtf8().toBase64(),
            plain.left(8)};
}

void verifyClean(const QString& text, const char* what)
{
    for (const QByteArray& form : secretForms())
        QVERIFY2(!text.toUtf8().contains(form),
                 qPrintable(QStringLiteral("%1 holds a secret:\n%2").arg(QLatin1String(what), text)));
}

struct Bash
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `script` in bash with KONTOR_SECRET set and a `curl` function that prints each argument on its own line.
Bash runBash(const QString& script, bool syntaxOnly)
{
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KONTOR_SECRET"), Secret);
    bash.setProcessEnvironment(env);
    const QString program =
        syntaxOnly ? script : QStringLiteral("curl() { printf '%s\\n' \"$@\"; }\n") + script + QLatin1Char('\n');
    bash.start(QStringLiteral("bash"), syntaxOnly ? QStringList{QStringLiteral("-n")} : QStringList{});
    bash.write(program.toUtf8());
    bash.closeWriteChannel();
    bash.waitForFinished(10'000);
    return {bash.exitCode(), QString::fromUtf8(bash.readAllStandardOutput()),
            QString::fromUtf8(bash.readAllStandardError())};
}

RequestRecord logged(RequestLog::Start start, RequestLog::End end)
{
    RequestLog* log = RequestLog::instance();
    const quint64 id = log->begin(start);
    log->finish(id, end);
    return *log->record(id);
}

} // namespace

class TestRequestFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void basicAuthIsStoredMaskedAndCurlUsesDashU();
    void apikeyInQueryAndKeyInBody();
    void keyHeaderAndBearer();
    void bigBodiesAreCutWithTheirSize();
    void shellWordsSurviveBash();
    void ringIsBounded();
    void excerptsHoldNoSpareRoom();
};

void TestRequestFormat::initTestCase()
{
    Redactor::registerSecret(Secret);
    Redactor::registerBasicCredentials(User, Secret);
}

void TestRequestFormat::basicAuthIsStoredMaskedAndCurlUsesDashU()
{
    RequestLog::Start start;
    start.profile = QStringLiteral("Printlounge main");
    start.method = "GET";
    start.url = QUrl(QStringLiteral("https://shop.example.com/api/order/?lastSeenId=5"));
    start.auth = AuthKind::Basic;
    start.user = User;
    start.headers = {{"Authorization", "Basic " + (User + QLatin1Char(':') + Secret).toUtf8().toBase64()},
                     {"Accept", "application/json"},
                     {"Cookie", "session=abc"}};
    RequestLog::End end;
    end.status = 200;
    end.headers = {{"Content-Type", "application/json"}, {"Set-Cookie", "s=1"}};
    end.body = R"({"orders":[{"id":1,"note":"password: )" + Secret.toUtf8() + R"("}],"token":"t0k3n-value"})";
    const RequestRecord r = logged(start, end);

    QCOMPARE(r.requestHeaders.value(0).second, QByteArray("Basic ***"));
    QCOMPARE(r.requestHeaders.value(2).second, QByteArray("***"));
    QCOMPARE(r.responseHeaders.value(1).second, QByteArray("***"));
    QVERIFY(!r.responseBody.contains("t0k3n-value"));
    const QString full = RequestFormat::fullText(r);
    verifyClean(full, "fullText");
    verifyClean(RequestFormat::responseText(r), "responseText");
    QVERIFY2(full.contains(QLatin1String("***")), qPrintable(full));
    QVERIFY2(RequestFormat::responseText(r).contains(QLatin1String("\n  \"orders\": [")),
             qPrintable(RequestFormat::responseText(r))); // pretty-printed, in the server's order

    const QString curl = RequestFormat::curlCommand(r);
    verifyClean(curl, "curl");
    QVERIFY2(curl.contains(QLatin1String("$KONTOR_SECRET")), qPrintable(curl));
    QVERIFY2(!curl.contains(QLatin1String("Authorization")), qPrintable(curl));
    QCOMPARE(runBash(curl, true).exitCode, 0);
    const Bash run = runBash(curl, false);
    QCOMPARE(run.exitCode, 0);
    const QStringList args = run.out.split(QLatin1Char('\n'));
    QVERIFY2(args.contains(User + QLatin1Char(':') + Secret), qPrintable(run.out));
    QVERIFY2(args.contains(QStringLiteral("https://shop.example.com/api/order/?lastSeenId=5")), qPrintable(run.out));
}

void TestRequestFormat::apikeyInQueryAndKeyInBody()
{
    RequestLog::Start start;
    start.method = "POST";
    start.url = QUrl(QStringLiteral("http://127.0.0.1:8080/api/orders?apikey=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(Secret)) + QStringLiteral("&days=1"));
    start.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    const QByteArray json = R"({"apiKey":")" + Secret.toUtf8() + R"(","request":{"limit":5}})";
    start.body = "request=" + QUrl::toPercentEncoding(QString::fromUtf8(json));
    const RequestRecord r = logged(start, {});
    verifyClean(r.url, "url");
    QVERIFY(r.url.contains(QLatin1String("apikey=***")));
    const QString request = RequestFormat::requestText(r);
    verifyClean(request, "requestText");
    QVERIFY2(request.contains(QLatin1String("\"apiKey\": \"***\"")), qPrintable(request)); // decoded, pretty

    const QString curl = RequestFormat::curlCommand(r);
    verifyClean(curl, "curl");
    QCOMPARE(runBash(curl, true).exitCode, 0);
    const Bash run = runBash(curl, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("apikey=") + Secret + QStringLiteral("&days=1")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("%22apiKey%22%3A%22") + Secret + QStringLiteral("%22")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("--data-binary")));
}

void TestRequestFormat::keyHeaderAndBearer()
{
    for (const AuthKind kind : {AuthKind::Header, AuthKind::Bearer}) {
        RequestLog::Start start;
        start.method = "GET";
        start.url = QUrl(QStringLiteral("https://h.example/x"));
        start.auth = kind;
        start.keyHeader = "X-Api-Key";
        start.headers = {kind == AuthKind::Header
                             ? qMakePair(QByteArray("X-Api-Key"), Secret.toUtf8())
                             : qMakePair(QByteArray("Authorization"), "Bearer " + Secret.toUtf8())};
        const RequestRecord r = logged(start, {});
        const QString curl = RequestFormat::curlCommand(r);
        verifyClean(curl, "curl");
        const Bash run = runBash(curl, false);
        QCOMPARE(run.exitCode, 0);
        const QString expected = kind == AuthKind::Header ? QStringLiteral("X-Api-Key: ") + Secret
                                                          : QStringLiteral("Authorization: Bearer ") + Secret;
        QVERIFY2(run.out.split(QLatin1Char('\n')).contains(expected), qPrintable(curl + QLatin1Char('\n') + run.out));
    }
}

void TestRequestFormat::bigBodiesAreCutWithTheirSize()
{
    // The secret straddles the cut: no half of it may survive at the excerpt's end.
    QByteArray body(RequestLog::kBodyExcerptBytes - 5, 'a');
    body += Secret.toUtf8();
    body += QByteArray(200'000, 'b');
    RequestLog::Start start;
    start.method = "POST";
    start.url = QUrl(QStringLiteral("https://h.example/upload"));
    start.body = body.left(RequestLog::kBodyExcerptBytes + 8 * 1024); // as the upload connection hands it over
    start.bodyBytes = body.size();
    RequestLog::End end;
    end.body = body;
    const RequestRecord r = logged(start, end);
    QVERIFY(r.requestTruncated && r.responseTruncated);
    QCOMPARE(r.requestBytes, qint64(body.size()));
    QCOMPARE(r.responseBytes, qint64(body.size()));
    QVERIFY(r.requestBody.size() <= RequestLog::kBodyExcerptBytes);
    verifyClean(QString::fromUtf8(r.requestBody), "request excerpt");
    verifyClean(QString::fromUtf8(r.responseBody.right(64)), "response excerpt");
    QVERIFY(!r.responseBody.contains("Ab'c"));
    const QString text = RequestFormat::requestText(r);
    QVERIFY2(text.contains(QLocale().toString(qint64(body.size()))), qPrintable(text.right(200)));
    const QString curl = RequestFormat::curlCommand(r);
    QVERIFY2(!curl.contains(QLatin1String("--data")), qPrintable(curl.left(400)));
    QVERIFY(curl.startsWith(QLatin1String("# ")));
    QCOMPARE(runBash(curl, true).exitCode, 0);
}

void TestRequestFormat::shellWordsSurviveBash()
{
    const QList<QString> texts = {QStringLiteral("plain"), QStringLiteral("it's"),     QStringLiteral("a\"b$c`d\\e"),
                                  QStringLiteral("x***y"), QStringLiteral("***_tail"), QStringLiteral("hey!***'q\"")};
    for (const QString& text : texts) {
        const Bash run = runBash(QStringLiteral("curl ") + RequestFormat::shellWord(text), false);
        QCOMPARE(run.exitCode, 0);
        QString expected = text;
        expected.replace(QLatin1String("***"), Secret);
        QCOMPARE(run.out, expected + QLatin1Char('\n'));
    }
}

void TestRequestFormat::ringIsBounded()
{
    RequestLog* log = RequestLog::instance();
    log->clear();
    RequestLog::Start start;
    start.method = "GET";
    start.url = QUrl(QStringLiteral("https://h.example/"));
    for (int i = 0; i < RequestLog::kMaxEntries + 10; ++i)
        log->begin(start);
    QCOMPARE(log->records().size(), RequestLog::kMaxEntries);
    start.body = QByteArray(RequestLog::kBodyExcerptBytes, 'z');
    for (int i = 0; i < 1000; ++i)
        log->begin(start);
    qint64 bytes = 0;
    for (const RequestRecord& r : log->records())
        bytes += r.requestBody.size();
    QVERIFY(bytes <= RequestLog::kMaxBytes);
    log->clear();
    QVERIFY(log->records().isEmpty());
}

// The ring's byte budget counts excerpt sizes; an excerpt keeping the UTF-8 conversion's spare room (three bytes per
// character) held three times that: a GUI loading 100,000 orders kept 25 MB of log instead of 8.
void TestRequestFormat::excerptsHoldNoSpareRoom()
{
    const QByteArray page = QByteArray("[{\"id\": 1, \"name\": \"M\xc3\xbcller\"}]").repeated(300);
    for (const QByteArray& raw : {page, page.repeated(40)}) {
        bool truncated = false;
        const QByteArray excerpt = RequestLog::excerpt(raw, raw.size(), &truncated);
        QVERIFY(!excerpt.isEmpty());
        QVERIFY2(excerpt.capacity() <= excerpt.size() + 64,
                 qPrintable(QStringLiteral("%1 bytes in %2 of room").arg(excerpt.size()).arg(excerpt.capacity())));
    }
}

QTEST_GUILESS_MAIN(TestRequestFormat)
#include "tst_requestformat.moc"
