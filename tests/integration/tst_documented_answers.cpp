// The service clients against the simulator now that it answers as the vendor documents show: a mixed
// invoice upload read item by item in JSON and XML, a category code recognised when it reads back as names,
// a children-first htk category list still making the right tree, VirtualPOS orders without a guid staying
// distinct, empty values as null or "", and getAllProduct as a filter that still pages.

#include "Await.h"
#include "Sandbox.h"
#include "TestSecrets.h"
#include "domain/CategoryTree.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CategoriesCapability.h"
#include "services/capabilities/InvoicesCapability.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/capabilities/ProductUploadCapability.h"
#include "services/capabilities/ProductsCapability.h"
#include "services/capabilities/TransactionsCapability.h"
#include "services/virtpos/VirtposClient.h"
#include "services/webshippy/WebshippyClient.h"

#include <QSet>
#include <QtTest>

using namespace kontor;
using kontor::sandbox::Sandbox;
using kontor::sandbox::SandboxOptions;
using kontor::test::await;
using Outcome = InvoiceResult::Outcome;

Q_DECLARE_METATYPE(kontor::WireFormat)

namespace {

Profile profileAt(const Sandbox& sandbox, Service service, WireFormat format = WireFormat::Json)
{
    Profile p = Profile::defaultsFor(service);
    p.id = QStringLiteral("documented-") + serviceId(service) + formatId(format);
    p.name = serviceDisplayName(service);
    p.baseUrl = sandbox.url(serviceId(service));
    p.user = QString::fromUtf8(test::SandboxUser);
    p.format = format;
    return p;
}

QString secret()
{
    return QString::fromUtf8(test::SandboxSecret);
}

} // namespace

class TestDocumentedAnswers : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void mixedUploadReadItemByItem_data();
    void mixedUploadReadItemByItem();
    void resentBatchIsAlreadyPresent_data();
    void resentBatchIsAlreadyPresent();
    void categoryCodeRecognisedWhenReadBackAsNames_data();
    void categoryCodeRecognisedWhenReadBackAsNames();
    void unknownCategoryCodeIsRefusedInTheServicesWords();
    void htkCategoriesChildrenFirstMakeTheRightTree();
    void virtposOrdersWithoutGuidStayDistinct_data();
    void virtposOrdersWithoutGuidStayDistinct();
    void getAllProductIsAFilterThatPages();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestDocumentedAnswers::init()
{
    // Fresh data for every test: uploads and product writes change it.
    SandboxOptions o;
    o.user = QString::fromUtf8(test::SandboxUser);
    o.secret = secret();
    m_sandbox = std::make_unique<Sandbox>(o);
    QString why;
    QVERIFY2(m_sandbox->start(&why), qPrintable(why));
}

void TestDocumentedAnswers::mixedUploadReadItemByItem_data()
{
    QTest::addColumn<WireFormat>("format");
    QTest::newRow("json") << WireFormat::Json;
    QTest::newRow("xml") << WireFormat::Xml;
}

void TestDocumentedAnswers::mixedUploadReadItemByItem()
{
    QFETCH(WireFormat, format);
    auto client = ServiceClient::create(profileAt(*m_sandbox, Service::Webshippy, format), secret());
    // As the upload window will: list the transactions to match the files.
    const auto listed = await<QList<Transaction>>(
        [&](QObject* ctx, Callback<QList<Transaction>> cb) { client->transactions()->listTransactions({}, ctx, cb); });
    QVERIFY2(listed.ok(), qPrintable(listed.error.detail));
    const Transaction* open = nullptr;
    const Transaction* done = nullptr;
    for (const Transaction& t : listed.value) {
        if (!open && t.invoiceStatus == QLatin1String("uninvoiced"))
            open = &t;
        if (!done && t.invoiceStatus == QLatin1String("invoiced") && !t.invoiceSerialNumber.isEmpty())
            done = &t;
    }
    QVERIFY(open && done);
    const QByteArray pdf = QByteArray("%PDF-1.4 invoice").toBase64();
    const QList<InvoiceFile> batch = {
        {open->id, QStringLiteral("R-2026-0001"), pdf},              // stored now
        {done->id, done->invoiceSerialNumber, pdf},                  // the same invoice again: already there
        {QStringLiteral("DSPY0000000"), QStringLiteral("R-X"), pdf}, // no such transaction
    };
    const auto results = await<QList<InvoiceResult>>(
        [&](QObject* ctx, Callback<QList<InvoiceResult>> cb) { client->invoices()->uploadInvoices(batch, ctx, cb); });
    QVERIFY2(results.ok(), qPrintable(results.error.detail));
    QCOMPARE(results.value.size(), 3);
    QCOMPARE(results.value.at(0).outcome, Outcome::Stored);
    QCOMPARE(results.value.at(1).outcome, Outcome::AlreadyPresent);
    QCOMPARE(results.value.at(2).outcome, Outcome::Failed);
    QVERIFY2(results.value.at(2).message.contains(QLatin1String("Transaction not found")),
             qPrintable(results.value.at(2).message));
}

void TestDocumentedAnswers::resentBatchIsAlreadyPresent_data()
{
    mixedUploadReadItemByItem_data();
}

void TestDocumentedAnswers::resentBatchIsAlreadyPresent()
{
    // The batch QNAM may send twice by itself: the second copy must read as done, not as failed.
    QFETCH(WireFormat, format);
    auto client = ServiceClient::create(profileAt(*m_sandbox, Service::Webshippy, format), secret());
    TransactionFilter uninvoiced;
    uninvoiced.invoiceStatus = QStringLiteral("uninvoiced");
    const auto listed = await<QList<Transaction>>([&](QObject* ctx, Callback<QList<Transaction>> cb) {
        client->transactions()->listTransactions(uninvoiced, ctx, cb);
    });
    QVERIFY(listed.ok() && listed.value.size() >= 2);
    const QList<InvoiceFile> batch = {{listed.value.at(0).id, QStringLiteral("R-1"), "JVBERi0x"},
                                      {listed.value.at(1).id, QStringLiteral("R-2"), "JVBERi0y"}};
    const auto first = await<QList<InvoiceResult>>(
        [&](QObject* ctx, Callback<QList<InvoiceResult>> cb) { client->invoices()->uploadInvoices(batch, ctx, cb); });
    QVERIFY(first.ok());
    for (const InvoiceResult& r : first.value)
        QCOMPARE(r.outcome, Outcome::Stored);
    const auto again = await<QList<InvoiceResult>>(
        [&](QObject* ctx, Callback<QList<InvoiceResult>> cb) { client->invoices()->uploadInvoices(batch, ctx, cb); });
    QVERIFY(again.ok());
    for (const InvoiceResult& r : again.value)
        QCOMPARE(r.outcome, Outcome::AlreadyPresent);
}

void TestDocumentedAnswers::categoryCodeRecognisedWhenReadBackAsNames_data()
{
    QTest::addColumn<WireFormat>("format");
    QTest::addColumn<QString>("code");
    QTest::newRow("document's code, json") << WireFormat::Json << QStringLiteral("3-406");
    QTest::newRow("document's code, xml") << WireFormat::Xml << QStringLiteral("3-406");
    // A code Kontor has never seen: learnt from the write and its read-back.
    QTest::newRow("another code, json") << WireFormat::Json << QStringLiteral("5-502");
}

void TestDocumentedAnswers::categoryCodeRecognisedWhenReadBackAsNames()
{
    QFETCH(WireFormat, format);
    QFETCH(QString, code);
    auto client = ServiceClient::create(profileAt(*m_sandbox, Service::Webshippy, format), secret());
    ProductDraft draft;
    draft.sku = QStringLiteral("kontor-test-") + code;
    draft.fields = {{QStringLiteral("productName"), QStringLiteral("Gyerek overál")},
                    {QStringLiteral("price"), QStringLiteral("1200.50")},
                    {QStringLiteral("category"), code}};
    const auto saved = await<ProductSaveResult>(
        [&](QObject* ctx, Callback<ProductSaveResult> cb) { client->productUpload()->saveProduct(draft, ctx, cb); });
    QVERIFY2(saved.ok(), qPrintable(saved.error.message));
    QCOMPARE(saved.value.outcome, ProductSaveResult::Outcome::Created);
    QVERIFY(!saved.value.wspyId.isEmpty());
    QVERIFY(saved.value.stored.has_value());
    const Product& stored = *saved.value.stored;
    QVERIFY2(stored.category != code && !stored.category.isEmpty(), qPrintable(stored.category)); // names, not the code
    if (code == QLatin1String("3-406")) {
        QCOMPARE(stored.category, QStringLiteral("Divat és ruházat"));
        QCOMPARE(stored.subCategory, QStringLiteral("Gyermek divat"));
    }
    auto* webshippy = qobject_cast<WebshippyClient*>(client.get());
    QVERIFY(webshippy->categoryNames().same(code, stored));
    // Sent again unchanged: the service says so, and the category still reads as the same.
    const auto again = await<ProductSaveResult>(
        [&](QObject* ctx, Callback<ProductSaveResult> cb) { client->productUpload()->saveProduct(draft, ctx, cb); });
    QVERIFY(again.ok());
    QCOMPARE(again.value.outcome, ProductSaveResult::Outcome::Unchanged);
    QVERIFY(webshippy->categoryNames().same(code, *again.value.stored));
}

void TestDocumentedAnswers::unknownCategoryCodeIsRefusedInTheServicesWords()
{
    auto client = ServiceClient::create(profileAt(*m_sandbox, Service::Webshippy), secret());
    ProductDraft draft;
    draft.sku = QStringLiteral("kontor-test-unknown");
    draft.fields = {{QStringLiteral("productName"), QStringLiteral("X")},
                    {QStringLiteral("category"), QStringLiteral("7-777")}};
    const auto saved = await<ProductSaveResult>(
        [&](QObject* ctx, Callback<ProductSaveResult> cb) { client->productUpload()->saveProduct(draft, ctx, cb); });
    QCOMPARE(saved.error.kind, Error::Kind::Service);
    QVERIFY2(saved.error.message.contains(QLatin1String("[field:category]")), qPrintable(saved.error.message));
}

void TestDocumentedAnswers::htkCategoriesChildrenFirstMakeTheRightTree()
{
    auto client = ServiceClient::create(profileAt(*m_sandbox, Service::Htk), secret());
    const auto categories = await<QList<Category>>(
        [&](QObject* ctx, Callback<QList<Category>> cb) { client->categories()->listCategories(ctx, cb); });
    QVERIFY2(categories.ok(), qPrintable(categories.error.detail));
    // The simulator sends them in ID order, so some child comes before its parent.
    QHash<QString, int> position;
    for (int i = 0; i < categories.value.size(); ++i)
        position.insert(categories.value.at(i).id, i);
    bool childFirst = false;
    for (int i = 0; i < categories.value.size(); ++i) {
        const QString parent = categories.value.at(i).parentId;
        if (!parent.isEmpty() && position.value(parent, -1) > i)
            childFirst = true;
    }
    QVERIFY2(childFirst, "the list came parents first: this proves nothing");
    const CategoryTree tree(categories.value);
    const auto walk = tree.preorder();
    QCOMPARE(walk.size(), categories.value.size());
    for (int i = 0; i < tree.size(); ++i) {
        const QString parent = tree.at(i).parentId;
        if (parent.isEmpty()) {
            QCOMPARE(tree.parent(i), -1);
        } else {
            QVERIFY2(tree.parent(i) >= 0, qPrintable(tree.at(i).id)); // every parent found
            QCOMPARE(tree.at(tree.parent(i)).id, parent);
        }
    }
    // Parents come before their children in the walk.
    QHash<int, int> walkPosition;
    for (int i = 0; i < walk.size(); ++i)
        walkPosition.insert(walk.at(i).first, i);
    for (int i = 0; i < tree.size(); ++i) {
        if (tree.parent(i) >= 0)
            QVERIFY(walkPosition.value(tree.parent(i)) < walkPosition.value(i));
    }
}

void TestDocumentedAnswers::virtposOrdersWithoutGuidStayDistinct_data()
{
    mixedUploadReadItemByItem_data();
}

void TestDocumentedAnswers::virtposOrdersWithoutGuidStayDistinct()
{
    QFETCH(WireFormat, format);
    auto client = ServiceClient::create(profileAt(*m_sandbox, Service::Virtpos, format), secret());
    auto* virtpos = qobject_cast<VirtposClient*>(client.get());
    const auto orders = await<QList<OrderSummary>>(
        [&](QObject* ctx, Callback<QList<OrderSummary>> cb) { virtpos->allOrders({}, ctx, cb); });
    QVERIFY2(orders.ok(), qPrintable(orders.error.detail));
    QSet<QString> ids;
    int withoutGuid = 0;
    int emptyImages = 0;
    for (const OrderSummary& o : orders.value) {
        QVERIFY(!o.id.isEmpty());
        QVERIFY2(!ids.contains(o.id), qPrintable(o.id));
        ids.insert(o.id);
        bool hasGuid = false;
        for (const auto& [key, value] : o.extra)
            hasGuid = hasGuid || (key == QLatin1String("guid") && !value.isEmpty());
        withoutGuid += hasGuid ? 0 : 1;
        for (const CartItem& item : o.items) {
            for (const auto& [key, value] : item.extra) {
                if (key == QLatin1String("image") && value.isEmpty())
                    ++emptyImages; // null and "" both arrive as empty text
            }
        }
    }
    QVERIFY2(withoutGuid > orders.value.size() / 5, qPrintable(QString::number(withoutGuid)));
    QVERIFY(emptyImages > 0);
}

void TestDocumentedAnswers::getAllProductIsAFilterThatPages()
{
    auto client = ServiceClient::create(profileAt(*m_sandbox, Service::Webshippy), secret());
    ProductQuery query;
    query.limit = 10;
    query.filter.getAllProduct = true;
    QSet<QString> seen;
    int pages = 0;
    for (;;) {
        const auto page = await<ProductPage>(
            [&](QObject* ctx, Callback<ProductPage> cb) { client->products()->listProducts(query, ctx, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        QVERIFY(page.value.products.size() <= 10); // paging still applies
        for (const Product& p : page.value.products) {
            QVERIFY(!seen.contains(p.wspyId));
            seen.insert(p.wspyId);
        }
        ++pages;
        if (page.value.endReached || page.value.nextCursor.isEmpty() || pages > 100)
            break;
        query.cursor = page.value.nextCursor;
    }
    QVERIFY(pages > 1);
    // Without the filter, only this key's store: fewer products.
    ProductQuery own;
    own.limit = 100;
    const auto ownPage = await<ProductPage>(
        [&](QObject* ctx, Callback<ProductPage> cb) { client->products()->listProducts(own, ctx, cb); });
    QVERIFY(ownPage.ok());
    QVERIFY(ownPage.value.products.size() < seen.size());
}

QTEST_GUILESS_MAIN(TestDocumentedAnswers)
#include "tst_documented_answers.moc"
