// Bundles: a Webshippy bundle checked before it is sent, and its request in the service's own form: the
// decimals exactly as typed (a comma becomes a point, nothing goes through a float), bundleSku in JSON and
// bundleSKU in XML as the document's examples spell it, every value a string.
#include "products/Bundle.h"

#include <QtTest>

using namespace kontor;

class TestBundle : public QObject
{
    Q_OBJECT
private slots:
    void decimalsStayAsTyped()
    {
        QCOMPARE(Bundles::wireDecimal(QStringLiteral("12.10")), QStringLiteral("12.10"));
        QCOMPARE(Bundles::wireDecimal(QStringLiteral(" 12,10 ")), QStringLiteral("12.10"));
        QCOMPARE(Bundles::wireDecimal(QStringLiteral("5000")), QStringLiteral("5000"));
        QCOMPARE(Bundles::wireDecimal(QStringLiteral("0.300")), QStringLiteral("0.300"));
        for (const QString& bad : {QStringLiteral("12.10 Ft"), QStringLiteral("1e3"), QStringLiteral("-5"),
                                   QStringLiteral("1.234,56"), QStringLiteral(".5"), QString()})
            QVERIFY2(Bundles::wireDecimal(bad).isEmpty(), qPrintable(bad));
    }

    void theRequestInEachFormat()
    {
        BundleDraft draft;
        draft.sku = QStringLiteral("123334");
        draft.name = QStringLiteral("Akciós csomag");
        draft.priceNet = QStringLiteral("5000,10");
        draft.vat = QStringLiteral("27");
        draft.currency = QStringLiteral("HUF");
        draft.parts = {{QStringLiteral("prod001"), QStringLiteral("3")},
                       {QStringLiteral("prod002"), QStringLiteral(" 1")}};
        QVERIFY(Bundles::validate(draft).isEmpty());
        const auto json = Bundles::wireFields(draft, WireFormat::Json);
        QCOMPARE(QString::fromStdString(json.dump()),
                 QStringLiteral(R"({"bundleSku":"123334","bundleName":"Akciós csomag","bundlePriceNet":"5000.10",)"
                                R"("bundleVat":"27","bundleCurrency":"HUF","products":[{"productSku":"prod001",)"
                                R"("quantity":"3"},{"productSku":"prod002","quantity":"1"}]})"));
        const auto xml = Bundles::wireFields(draft, WireFormat::Xml);
        QVERIFY(xml.contains("bundleSKU"));
        QVERIFY(!xml.contains("bundleSku"));
    }

    void problemsNameTheirField()
    {
        BundleDraft draft;
        draft.priceNet = QStringLiteral("x");
        draft.vat = QStringLiteral("270");
        draft.currency = QStringLiteral("huf");
        draft.parts = {{QStringLiteral("a"), QStringLiteral("0")}, {QStringLiteral("a"), QStringLiteral("2")}};
        QStringList fields;
        for (const FieldProblem& p : Bundles::validate(draft))
            fields << p.field;
        QCOMPARE(fields, QStringList({QStringLiteral("bundleSku"), QStringLiteral("bundleName"),
                                      QStringLiteral("bundlePriceNet"), QStringLiteral("bundleVat"),
                                      QStringLiteral("bundleCurrency"), QStringLiteral("quantity"),
                                      QStringLiteral("productSku")}));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
