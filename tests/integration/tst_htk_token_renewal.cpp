// The htk token session over a long working stretch: with a token lifetime of 2 s on the sandbox, the client
// makes calls spread over 20 s (order IDs, one order, categories in turn, one every 0.7 s). Every call
// succeeds, the token is renewed along the way (the sandbox counts token requests) and a token serves several
// calls: renewals, not one token per call. About 20 s of real time: ctest gives it a TIMEOUT of its own.

#include "Await.h"
#include "Sandbox.h"
#include "TestSecrets.h"
#include "services/ServiceClient.h"
#include "services/htk/HtkClient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QtTest>

using namespace kontor;
using kontor::sandbox::Sandbox;
using kontor::sandbox::SandboxOptions;
using kontor::test::await;

namespace {

constexpr int LifetimeSec = 2;
constexpr qint64 StretchMs = 20'000;
constexpr qint64 PaceMs = 700;

qint64 tokenRequests(const Sandbox& sandbox)
{
    return sandbox.counters()
        .value(QStringLiteral("htk"))
        .toObject()
        .value(QStringLiteral("tokenRequests"))
        .toInteger();
}

qint64 serviceRequests(const Sandbox& sandbox)
{
    const QJsonObject outcomes = sandbox.counters()
                                     .value(QStringLiteral("htk"))
                                     .toObject()
                                     .value(QStringLiteral("requests"))
                                     .toObject()
                                     .value(QStringLiteral("POST /omniseller/HTKService4.php"))
                                     .toObject();
    qint64 sum = 0;
    for (const QJsonValue& v : outcomes)
        sum += v.toInteger();
    return sum;
}

} // namespace

class TestHtkTokenRenewal : public QObject
{
    Q_OBJECT
private slots:
    void callsOverTwentySecondsRenewTheToken();
};

void TestHtkTokenRenewal::callsOverTwentySecondsRenewTheToken()
{
    SandboxOptions options;
    options.user = QString::fromUtf8(test::SandboxUser);
    options.secret = QString::fromUtf8(test::SandboxSecret);
    options.tokenLifetimeSec = LifetimeSec;
    Sandbox sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    Profile p = Profile::defaultsFor(Service::Htk);
    p.id = QStringLiteral("test-htk-renewal");
    p.name = QStringLiteral("OmniSeller");
    p.baseUrl = sandbox.url(QStringLiteral("htk"));
    p.user = QString::fromUtf8(test::SandboxUser);
    auto client = ServiceClient::create(p, QString::fromUtf8(test::SandboxSecret));
    auto* htk = qobject_cast<HtkClient*>(client.get());
    QVERIFY(htk);

    QStringList ids;
    int calls = 0;
    int orderCalls = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < StretchMs) {
        // On a fixed schedule, however long a call took: the token's age at each call does not drift.
        const qint64 due = qint64(calls) * PaceMs;
        if (clock.elapsed() < due)
            QTest::qWait(int(due - clock.elapsed()));
        const QString what = QStringLiteral("call %1 at %2 ms").arg(calls + 1).arg(clock.elapsed());
        switch (ids.isEmpty() ? 0 : calls % 3) {
        case 0: {
            const auto r = await<QList<OrderSummary>>(
                [&](QObject* ctx, Callback<QList<OrderSummary>> cb) { htk->orderIds(ctx, cb); });
            QVERIFY2(r.ok(), qPrintable(what + QStringLiteral(" (order IDs): ") + r.error.detail));
            QVERIFY(!r.value.isEmpty());
            ids.clear();
            for (const OrderSummary& o : r.value)
                ids << o.id;
            break;
        }
        case 1: {
            const QString id = ids.at(orderCalls++ % ids.size());
            const auto r = await<FieldList>([&](QObject* ctx, Callback<FieldList> cb) { htk->order(id, ctx, cb); });
            QVERIFY2(r.ok(),
                     qPrintable(what + QStringLiteral(" (order ") + id + QStringLiteral("): ") + r.error.detail));
            QVERIFY(!r.value.isEmpty());
            break;
        }
        default: {
            const auto r = await<QList<Category>>(
                [&](QObject* ctx, Callback<QList<Category>> cb) { htk->listCategories(ctx, cb); });
            QVERIFY2(r.ok(), qPrintable(what + QStringLiteral(" (categories): ") + r.error.detail));
            QVERIFY(!r.value.isEmpty());
            break;
        }
        }
        ++calls;
    }
    const qint64 tokens = tokenRequests(sandbox);
    const qint64 sent = serviceRequests(sandbox);
    qInfo("%d calls over %lld ms: %lld token requests, %lld service requests", calls,
          static_cast<long long>(clock.elapsed()), static_cast<long long>(tokens), static_cast<long long>(sent));
    QVERIFY(calls >= int(StretchMs / PaceMs) - 1);
    // Renewed along the way: a 2 s token cannot cover 20 s (at least ~20/2 - 2 renewals)...
    QVERIFY2(tokens >= StretchMs / 1000 / LifetimeSec - 2, qPrintable(QStringLiteral("%1 tokens").arg(tokens)));
    // ...and shared by the calls of its lifetime: clearly fewer tokens than calls.
    QVERIFY2(tokens * 2 <= calls, qPrintable(QStringLiteral("%1 tokens for %2 calls").arg(tokens).arg(calls)));
    // Renewed ahead of its end: hardly a call went out with a dead token and had to be repeated (one or two may,
    // when a loaded machine delays a request past the margin).
    QVERIFY2(sent <= calls + 2, qPrintable(QStringLiteral("%1 requests for %2 calls").arg(sent).arg(calls)));
}

QTEST_GUILESS_MAIN(TestHtkTokenRenewal)
#include "tst_htk_token_renewal.moc"
