// ProductFields: every field of Webshippy's CreateProduct (document 003) with its kind and its group of the
// product form; the document's own example product passes the checks and goes out unchanged; decimals keep
// their digits as typed (a comma becomes a point), whole numbers, yes/no and category codes are checked
// before anything is sent, each problem under its field's wire name.
#include "Examples.h"
#include "codec/Lenient.h"
#include "products/ProductFields.h"

#include <QSet>
#include <QtTest>

using namespace kontor;

namespace {

// The document's CreateProduct example, as the draft a form would build.
ProductDraft documentExample(FieldList* all = nullptr)
{
    // In the document's order (a QJsonObject would sort the keys).
    const auto parsed =
        codec::Lenient::parse(test::readExample("webshippy", "createproduct-request.json"), QStringLiteral("example"));
    const codec::Json* product = parsed.ok() ? codec::Lenient::field(parsed.value, "product") : nullptr;
    const FieldList fields = product ? codec::Lenient::fields(*product) : FieldList();
    ProductDraft draft;
    for (const auto& [name, value] : fields) {
        if (name == QLatin1String("sku"))
            draft.sku = value;
        else
            draft.fields.append({name, value});
    }
    if (all)
        *all = fields;
    return draft;
}

QStringList fieldsOf(const QList<FieldProblem>& problems)
{
    QStringList fields;
    for (const FieldProblem& p : problems) {
        fields << p.field;
        if (p.message.trimmed().isEmpty())
            qWarning("problem without words for %s", qPrintable(p.field));
    }
    return fields;
}

ProductDraft draftWith(const QString& field, const QString& value)
{
    ProductDraft draft;
    draft.sku = QStringLiteral("SKU-1");
    draft.fields = {{field, value}};
    return draft;
}

} // namespace

class TestProductFields : public QObject
{
    Q_OBJECT
private slots:
    void theTableNamesEveryFieldOfTheDocument()
    {
        FieldList example;
        documentExample(&example);
        QSet<QString> documented;
        for (const auto& field : example)
            documented.insert(field.first);
        QSet<QString> known;
        for (const ProductFields::Field& field : ProductFields::all())
            known.insert(field.wireName);
        QCOMPARE(known, documented);
        QCOMPARE(ProductFields::all().size(), example.size());
        // The document's order.
        for (int i = 0; i < example.size(); ++i)
            QCOMPARE(ProductFields::all().at(i).wireName, example.at(i).first);

        QCOMPARE(ProductFields::find(QStringLiteral("price"))->kind, ProductFields::Kind::Decimal);
        QCOMPARE(ProductFields::find(QStringLiteral("price"))->group, ProductFields::Group::Pricing);
        QCOMPARE(ProductFields::find(QStringLiteral("lowStock"))->kind, ProductFields::Kind::WholeNumber);
        QCOMPARE(ProductFields::find(QStringLiteral("isAdr"))->kind, ProductFields::Kind::YesNo);
        QCOMPARE(ProductFields::find(QStringLiteral("isAdr"))->group, ProductFields::Group::Logistics);
        QCOMPARE(ProductFields::find(QStringLiteral("category"))->kind, ProductFields::Kind::CategoryCode);
        QCOMPARE(ProductFields::find(QStringLiteral("imageUrls"))->kind, ProductFields::Kind::UrlList);
        QCOMPARE(ProductFields::find(QStringLiteral("imageUrls"))->group, ProductFields::Group::Images);
        QCOMPARE(ProductFields::find(QStringLiteral("dropshippyPromotion"))->group, ProductFields::Group::Dropshipping);
        QVERIFY(!ProductFields::find(QStringLiteral("quantity"))); // read-only: GetProduct only
    }

    void theDocumentsExampleIsValidAndGoesOutUnchanged()
    {
        const ProductDraft draft = documentExample();
        QCOMPARE(fieldsOf(ProductFields::validate(draft)), QStringList());
        const ProductDraft wire = ProductFields::toWire(draft);
        QCOMPARE(wire.sku, draft.sku);
        QCOMPARE(wire.fields, draft.fields);
    }

    void decimalsKeepTheirDigits()
    {
        QCOMPARE(ProductFields::toWire(draftWith(QStringLiteral("price"), QStringLiteral("12.10"))).fields,
                 (FieldList{{QStringLiteral("price"), QStringLiteral("12.10")}}));
        QCOMPARE(ProductFields::toWire(draftWith(QStringLiteral("price"), QStringLiteral(" 12,10 "))).fields,
                 (FieldList{{QStringLiteral("price"), QStringLiteral("12.10")}}));
        QCOMPARE(ProductFields::toWire(draftWith(QStringLiteral("vat"), QStringLiteral("0,270"))).fields,
                 (FieldList{{QStringLiteral("vat"), QStringLiteral("0.270")}}));
        QVERIFY(ProductFields::validate(draftWith(QStringLiteral("price"), QStringLiteral("12,10"))).isEmpty());
        for (const QString& bad : {QStringLiteral("12,1x"), QStringLiteral("1e3"), QStringLiteral("-5"),
                                   QStringLiteral("1.234,56"), QStringLiteral("12.10 Ft")}) {
            const QList<FieldProblem> problems =
                ProductFields::validate(draftWith(QStringLiteral("dropshippyWholesalePrice"), bad));
            QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("dropshippyWholesalePrice")});
            QVERIFY2(problems.first().message.contains(bad), qPrintable(problems.first().message));
        }
        // The VAT is a fraction in Webshippy's document (0.27), so 27 is a mistake worth stopping.
        QCOMPARE(fieldsOf(ProductFields::validate(draftWith(QStringLiteral("vat"), QStringLiteral("27")))),
                 QStringList{QStringLiteral("vat")});
    }

    void wholeNumbersYesNoAndCodes()
    {
        QVERIFY(ProductFields::validate(draftWith(QStringLiteral("lowStock"), QStringLiteral("12"))).isEmpty());
        for (const QString& bad : {QStringLiteral("1.5"), QStringLiteral("-1"), QStringLiteral("five")})
            QCOMPARE(fieldsOf(ProductFields::validate(draftWith(QStringLiteral("adrQuantity"), bad))),
                     QStringList{QStringLiteral("adrQuantity")});
        QVERIFY(ProductFields::validate(draftWith(QStringLiteral("isFragile"), QStringLiteral("yes"))).isEmpty());
        for (const QString& bad : {QStringLiteral("Yes"), QStringLiteral("1"), QStringLiteral("true")})
            QCOMPARE(fieldsOf(ProductFields::validate(draftWith(QStringLiteral("isFragile"), bad))),
                     QStringList{QStringLiteral("isFragile")});
        QVERIFY(ProductFields::validate(draftWith(QStringLiteral("category"), QStringLiteral("3-406"))).isEmpty());
        QCOMPARE(fieldsOf(ProductFields::validate(
                     draftWith(QStringLiteral("category"), QStringLiteral("Divat és ruházat")))),
                 QStringList{QStringLiteral("category")});
    }

    void theSkuIsRequiredAndUnknownFieldsAreNamed()
    {
        ProductDraft draft = draftWith(QStringLiteral("productName"), QStringLiteral("Póló"));
        draft.sku = QStringLiteral("  ");
        QCOMPARE(fieldsOf(ProductFields::validate(draft)), QStringList{QStringLiteral("sku")});
        QCOMPARE(fieldsOf(ProductFields::validate(draftWith(QStringLiteral("stock"), QStringLiteral("5")))),
                 QStringList{QStringLiteral("stock")});
    }

    void imageUrlsOnePerLine()
    {
        const QString lines = QStringLiteral("https://img.example.com/a.png\n\n  https://img.example.com/b.jpg  \n");
        QCOMPARE(ProductFields::joinUrls(lines),
                 QStringLiteral("https://img.example.com/a.png;https://img.example.com/b.jpg"));
        QCOMPARE(
            ProductFields::splitUrls(QStringLiteral("https://img.example.com/a.png;https://img.example.com/b.jpg")),
            (QStringList{QStringLiteral("https://img.example.com/a.png"),
                         QStringLiteral("https://img.example.com/b.jpg")}));
        QVERIFY(ProductFields::validate(draftWith(QStringLiteral("imageUrls"), lines)).isEmpty());
        const QList<FieldProblem> bad = ProductFields::validate(
            draftWith(QStringLiteral("imageUrls"), QStringLiteral("https://img.example.com/a.png\nbild.png")));
        QCOMPARE(fieldsOf(bad), QStringList{QStringLiteral("imageUrls")});
        QVERIFY(bad.first().message.contains(QLatin1String("bild.png")));
    }

    void emptyFieldsAreNotSent()
    {
        ProductDraft draft;
        draft.sku = QStringLiteral(" SKU-2 ");
        draft.fields = {{QStringLiteral("productName"), QStringLiteral(" Póló ")},
                        {QStringLiteral("price"), QString()},
                        {QStringLiteral("imageUrls"), QStringLiteral("\n")}};
        const ProductDraft wire = ProductFields::toWire(draft);
        QCOMPARE(wire.sku, QStringLiteral("SKU-2"));
        QCOMPARE(wire.fields, (FieldList{{QStringLiteral("productName"), QStringLiteral("Póló")}}));
    }
};

QTEST_GUILESS_MAIN(TestProductFields)
#include "tst_productfields.moc"
