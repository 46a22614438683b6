// WebshippyClient::createBundle against the sandbox over loopback: a bundle of three products is created in
// both wire formats (bundleSku in JSON, bundleSKU in XML, as the document's examples spell it) and then reads
// back as a bundle; a bundle with a bad quantity, price or currency is refused before anything is sent (the
// sandbox's counters do not move). The request's own form is pinned in tst_bundle.
#include "Await.h"
#include "SandboxTestBase.h"
#include "services/webshippy/WebshippyClient.h"

#include <QtTest>

using namespace kontor;
using namespace kontor::test;

class TestWebshippyBundles : public SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { startSandbox(); }

    void aBundleOfThreeProducts_data()
    {
        QTest::addColumn<WireFormat>("format");
        QTest::newRow("json") << WireFormat::Json;
        QTest::newRow("xml") << WireFormat::Xml;
    }
    void aBundleOfThreeProducts()
    {
        QFETCH(WireFormat, format);
        WebshippyClient client(profile(format), secret());
        ProductQuery query;
        query.limit = 3;
        const Result<ProductPage> page = test::await<ProductPage>(
            [&](QObject* ctx, Callback<ProductPage> cb) { client.listProducts(query, ctx, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        QCOMPARE(page.value.products.size(), 3);

        BundleDraft draft;
        draft.sku =
            QStringLiteral("BUNDLE-%1").arg(format == WireFormat::Xml ? QStringLiteral("XML") : QStringLiteral("JSON"));
        draft.name = QStringLiteral("Akciós csomag");
        draft.priceNet = QStringLiteral("5000,50");
        draft.vat = QStringLiteral("27");
        draft.currency = QStringLiteral("HUF");
        int quantity = 1;
        for (const Product& p : page.value.products)
            draft.parts.append({p.sku, QString::number(quantity++)});
        const qint64 before = bundlesCreated();
        const Result<BundleResult> made = test::await<BundleResult>(
            [&](QObject* ctx, Callback<BundleResult> cb) { client.createBundle(draft, ctx, cb); });
        QVERIFY2(made.ok(), qPrintable(made.error.detail));
        QVERIFY(!made.value.wspyId.isEmpty());
        QCOMPARE(bundlesCreated(), before + 1);

        // It reads back as a product of its own, the bundle, with the price sent.
        ProductQuery bySku;
        bySku.filter.sku = draft.sku;
        const Result<ProductPage> back = test::await<ProductPage>(
            [&](QObject* ctx, Callback<ProductPage> cb) { client.listProducts(bySku, ctx, cb); });
        QVERIFY2(back.ok(), qPrintable(back.error.detail));
        QCOMPARE(back.value.products.size(), 1);
        QCOMPARE(back.value.products.first().wspyId, made.value.wspyId);
        QCOMPARE(back.value.products.first().price, QStringLiteral("5000.50"));

        // The same SKU again: the shop refuses, in its words.
        const Result<BundleResult> again = test::await<BundleResult>(
            [&](QObject* ctx, Callback<BundleResult> cb) { client.createBundle(draft, ctx, cb); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error.kind, Error::Kind::Service);
        QVERIFY2(again.error.detail.contains(draft.sku), qPrintable(again.error.detail));
    }

    void badBundlesAreNotSent()
    {
        WebshippyClient client(profile(WireFormat::Json), secret());
        BundleDraft good;
        good.sku = QStringLiteral("B-LOCAL");
        good.name = QStringLiteral("Csomag");
        good.priceNet = QStringLiteral("100");
        good.parts = {{QStringLiteral("any"), QStringLiteral("1")}};
        QList<BundleDraft> bad;
        BundleDraft quantity = good;
        quantity.parts = {{QStringLiteral("any"), QStringLiteral("0")}};
        BundleDraft price = good;
        price.priceNet = QStringLiteral("12.10 Ft");
        BundleDraft currency = good;
        currency.currency = QStringLiteral("forint");
        BundleDraft empty = good;
        empty.parts.clear();
        bad << quantity << price << currency << empty;
        const QJsonObject before = m_sandbox->counters().value(QStringLiteral("webshippy")).toObject();
        for (const BundleDraft& draft : bad) {
            const Result<BundleResult> r = test::await<BundleResult>(
                [&](QObject* ctx, Callback<BundleResult> cb) { client.createBundle(draft, ctx, cb); });
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, Error::Kind::InvalidInput);
        }
        QCOMPARE(m_sandbox->counters().value(QStringLiteral("webshippy")).toObject(), before);
    }

private:
    Profile profile(WireFormat format) const
    {
        Profile p = Profile::defaultsFor(Service::Webshippy);
        p.id = QStringLiteral("bundles");
        p.name = QStringLiteral("Raktár");
        p.baseUrl = m_sandbox->url(QStringLiteral("webshippy"));
        p.format = format;
        return p;
    }
    qint64 bundlesCreated() const
    {
        return m_sandbox->counters()
            .value(QStringLiteral("webshippy"))
            .toObject()
            .value(QStringLiteral("bundlesCreated"))
            .toInteger();
    }
};

QTEST_MAIN(TestWebshippyBundles)
#include "tst_webshippy_bundles.moc"
