// BundleForm, real widgets on the offscreen platform against the in-process sandbox: the form loads every
// product page in the background, three products are picked by SKU and by name (the same SKU twice raises
// its quantity), the totals under the table are right, and the bundle is created in both wire formats (the
// sandbox records bundleSku in JSON, bundleSKU in XML, with the three products and their quantities), with
// one audit row per write and no API key in it. A missing name is shown under its field and nothing reaches
// the sandbox (its request counter); the shop's refusal keeps the form; closing with changes asks first.
#include "BundleForm.h"
#include "GuiTestSupport.h"
#include "I18n.h"
#include "SandboxTestBase.h"
#include "TestEnv.h"
#include "WritePreviewDialog.h"
#include "audit/AuditLog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <cmath>

using namespace kontor;
using namespace kontor::gui;

namespace {

struct Picked
{
    QString sku;
    QString name;
    double price = 0;
};

} // namespace

class TestBundleFormGui : public test::SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Enough products that the key's own store (the ones a bundle may hold) spans more than one page.
        test::SandboxOptions options = testOptions();
        options.products = 400;
        m_sandbox = std::make_unique<test::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_catalogSize = ownProducts();
        QVERIFY2(m_catalogSize > 100, qPrintable(QString::number(m_catalogSize)));
    }

    void init()
    {
        m_dir = test::makeTestDir(QStringLiteral("gui-bundle-form"));
        m_store = std::make_unique<ProfileStore>(m_dir);
        m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
        m_registry = std::make_unique<ClientRegistry>(m_secrets.get());
        m_audit = std::make_unique<AuditLog>(m_dir + QStringLiteral("/audit.sqlite"));
    }
    void cleanup()
    {
        m_audit.reset();
        m_registry.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void aBundleOfThreePickedProductsIsCreated_data()
    {
        QTest::addColumn<WireFormat>("format");
        QTest::addColumn<QString>("skuField");
        QTest::newRow("json") << WireFormat::Json << QStringLiteral("bundleSku");
        QTest::newRow("xml") << WireFormat::Xml << QStringLiteral("bundleSKU");
    }
    void aBundleOfThreePickedProductsIsCreated()
    {
        QFETCH(WireFormat, format);
        QFETCH(QString, skuField);
        const Profile profile = webshippyProfile(format);
        const QList<Picked> picked = threeProducts();
        QCOMPARE(picked.size(), 3);

        BundleForm form(m_registry.get(), m_audit.get(), profile, nullptr);
        form.show();
        // Every page of the catalogue (more than one page of 100) arrives in the background.
        QTRY_VERIFY_WITH_TIMEOUT(form.catalogLoaded(), 20000);
        QCOMPARE(form.catalogSize(), m_catalogSize);
        QCOMPARE(form.catalogStatus(), QStringLiteral("Products in the shop: %1").arg(m_catalogSize));

        auto* matches = form.findChild<QListWidget*>(QStringLiteral("matchesList"));
        auto* add = form.findChild<QPushButton*>(QStringLiteral("addButton"));
        QVERIFY(matches && add);
        // The first by SKU and the Add button.
        form.setSearchText(picked[0].sku);
        QVERIFY(form.matchSkus().contains(picked[0].sku));
        QVERIFY(form.matchSkus().size() < m_catalogSize);
        matches->setCurrentRow(static_cast<int>(form.matchSkus().indexOf(picked[0].sku)));
        QTest::mouseClick(add, Qt::LeftButton);
        // The second by (part of) its name, with a double-click.
        form.setSearchText(picked[1].name.left(picked[1].name.size() - 1).toUpper());
        QVERIFY2(form.matchSkus().contains(picked[1].sku), qPrintable(form.matchSkus().join(QLatin1Char(','))));
        QListWidgetItem* item = matches->item(static_cast<int>(form.matchSkus().indexOf(picked[1].sku)));
        matches->scrollToItem(item);
        QTRY_VERIFY(matches->viewport()->rect().contains(matches->visualItemRect(item).center()));
        // A real double-click: a click, then the double-click event.
        QTest::mouseClick(matches->viewport(), Qt::LeftButton, {}, matches->visualItemRect(item).center());
        QTest::mouseDClick(matches->viewport(), Qt::LeftButton, {}, matches->visualItemRect(item).center());
        // The third by SKU, added twice: one line, quantity 2.
        form.setSearchText(picked[2].sku);
        matches->setCurrentRow(static_cast<int>(form.matchSkus().indexOf(picked[2].sku)));
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        form.setQuantity(picked[0].sku, 3);
        QCOMPARE(form.parts(), (QStringList{picked[0].sku + QStringLiteral("=3"), picked[1].sku + QStringLiteral("=1"),
                                            picked[2].sku + QStringLiteral("=2")}));

        // The totals, in the user's locale (en_US here).
        const double total = picked[0].price * 3 + picked[1].price + picked[2].price * 2;
        QVERIFY(total > 2000);
        // Cents are shown when some price has them.
        const bool cents =
            std::any_of(picked.cbegin(), picked.cend(), [](const Picked& p) { return std::floor(p.price) != p.price; });
        const int decimals = cents ? 2 : 0;
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(form.partsTotalText(),
                 QStringLiteral("Parts' total at their own prices: %1 HUF").arg(en.toString(total, 'f', decimals)));
        const double price = std::floor(total) - 1200;
        const QString priceText = QString::number(price, 'f', 0);
        auto* priceEdit = form.findChild<QLineEdit*>(QStringLiteral("priceEdit"));
        QTest::keyClicks(priceEdit, priceText);
        QCOMPARE(form.comparisonText(),
                 QStringLiteral("Bundle price %1 HUF — %2 HUF below the parts' total")
                     .arg(en.toString(price, 'f', decimals), en.toString(total - price, 'f', decimals)));

        // Nothing sent while the name is missing: the error is under the name, the counter does not move.
        const QString sku = QStringLiteral("GUI-BUNDLE-%1").arg(skuField);
        QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("skuEdit")), sku);
        const qint64 requestsBefore = test::requestsTo(m_sandbox->counters(), QStringLiteral("webshippy"));
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        QCOMPARE(form.fieldsWithErrors(), QStringList{QStringLiteral("bundleName")});
        QVERIFY(!form.fieldError(QStringLiteral("bundleName")).isEmpty());
        QVERIFY(form.findChild<QLabel*>(QStringLiteral("error_bundleName"))->isVisible());
        QVERIFY(!form.preview());
        QTest::qWait(100);
        QCOMPARE(test::requestsTo(m_sandbox->counters(), QStringLiteral("webshippy")), requestsBefore);

        // Named: the preview shows the exact request, in this profile's spelling.
        form.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Nyári csomag"));
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        QVERIFY(form.fieldsWithErrors().isEmpty());
        QVERIFY(form.preview());
        const QStringList rows = form.preview()->rowsText();
        QVERIFY2(rows.contains(skuField + QLatin1Char('\t') + sku), qPrintable(rows.join(QLatin1Char('|'))));
        QVERIFY(rows.contains(QStringLiteral("bundlePriceNet\t") + priceText));
        const qint64 createdBefore = bundlesCreated();
        QTest::mouseClick(form.preview()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form.isSending(), 20000);
        QVERIFY2(form.banner()->text().startsWith(QStringLiteral("Bundle %1 created (Webshippy id ").arg(sku)),
                 qPrintable(form.banner()->text()));
        QVERIFY(!form.isDirty());

        // The sandbox got it, spelt as this format spells it, with the three products and their quantities.
        QCOMPARE(bundlesCreated(), createdBefore + 1);
        const QJsonArray bundles = m_sandbox->counters()
                                       .value(QStringLiteral("webshippy"))
                                       .toObject()
                                       .value(QStringLiteral("bundles"))
                                       .toArray();
        QVERIFY(!bundles.isEmpty());
        const QJsonObject arrived = bundles.last().toObject();
        QCOMPARE(arrived.value(QStringLiteral("sku")).toString(), sku);
        QCOMPARE(arrived.value(QStringLiteral("skuField")).toString(), skuField);
        QStringList parts;
        for (const QJsonValue& p : arrived.value(QStringLiteral("products")).toArray())
            parts << p.toObject().value(QStringLiteral("productSku")).toString() + QLatin1Char('=') +
                         p.toObject().value(QStringLiteral("quantity")).toString();
        QCOMPARE(parts, form.parts());

        // One audit row, without the key.
        const QList<AuditEntry> rowsLogged = test::auditRows(m_audit.get());
        QCOMPARE(rowsLogged.size(), 1);
        QCOMPARE(rowsLogged.first().action, QStringLiteral("bundle.create"));
        QCOMPARE(rowsLogged.first().target, sku);
        const QString key = test::secret();
        for (const auto& [name, value] : rowsLogged.first().fields)
            QVERIFY(!value.contains(key));
        QVERIFY(!rowsLogged.first().message.contains(key));
        QFile file(m_dir + QStringLiteral("/audit.sqlite"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key.toUtf8()));

        // The same SKU again: the shop refuses in its words, the form keeps everything, no new audit row.
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        QVERIFY(form.preview());
        QTest::mouseClick(form.preview()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form.isSending(), 20000);
        QCOMPARE(form.banner()->type(), MessageBanner::Type::Error);
        QVERIFY2(form.banner()->text().contains(sku), qPrintable(form.banner()->text()));
        QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Nyári csomag"));
        QCOMPARE(form.parts().size(), 3);
        QCOMPARE(bundlesCreated(), createdBefore + 1);
    }

    void aBundleWithoutProductsIsNotSent()
    {
        BundleForm form(m_registry.get(), m_audit.get(), webshippyProfile(WireFormat::Json), nullptr);
        form.show();
        QTRY_VERIFY_WITH_TIMEOUT(form.catalogLoaded(), 20000);
        QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("skuEdit")), QStringLiteral("GUI-EMPTY"));
        form.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Üres"));
        QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("priceEdit")), QStringLiteral("12,10"));
        const qint64 before = test::requestsTo(m_sandbox->counters(), QStringLiteral("webshippy"));
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        QCOMPARE(form.fieldsWithErrors(), QStringList{QStringLiteral("products")});
        QVERIFY(form.findChild<QLabel*>(QStringLiteral("error_products"))->isVisible());
        QVERIFY(!form.preview());
        // A price with a decimal comma is fine; "12.10 Ft" is not, and says so under the price.
        auto* price = form.findChild<QLineEdit*>(QStringLiteral("priceEdit"));
        price->setText(QStringLiteral("12.10 Ft"));
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        QVERIFY(form.fieldsWithErrors().contains(QStringLiteral("bundlePriceNet")));
        QTest::qWait(100);
        QCOMPARE(test::requestsTo(m_sandbox->counters(), QStringLiteral("webshippy")), before);
        QVERIFY(test::auditRows(m_audit.get()).isEmpty());
    }

    void closingWithChangesAsksFirst()
    {
        BundleForm form(m_registry.get(), m_audit.get(), webshippyProfile(WireFormat::Json), nullptr);
        form.show();
        QTRY_VERIFY_WITH_TIMEOUT(form.catalogLoaded(), 20000);
        QVERIFY(!form.isDirty());
        // A product picked is a change too.
        QVERIFY(form.addProduct(threeProducts().first().sku));
        QVERIFY(form.isDirty());
        QTest::keyClick(&form, Qt::Key_Escape);
        QVERIFY(form.closeQuestion());
        QVERIFY(form.closeQuestion()->isVisible());
        QTest::mouseClick(form.closeQuestion()->findChild<QPushButton*>(QStringLiteral("keepEditing")), Qt::LeftButton);
        QTRY_VERIFY(!form.closeQuestion());
        QVERIFY(form.isVisible());
        QCOMPARE(form.parts().size(), 1);
        form.close();
        QVERIFY(form.closeQuestion());
        QTest::mouseClick(form.closeQuestion()->findChild<QPushButton*>(QStringLiteral("discardChanges")),
                          Qt::LeftButton);
        QTRY_VERIFY(!form.isVisible());

        // A form with nothing changed closes at once.
        BundleForm clean(m_registry.get(), m_audit.get(), webshippyProfile(WireFormat::Json), nullptr);
        clean.show();
        clean.close();
        QVERIFY(!clean.closeQuestion());
        QVERIFY(!clean.isVisible());
    }

    // The form with three products picked, for docs/: KONTOR_SCREENSHOT_DIR=docs/screenshots
    // tests/tst_bundle_form_gui screenshots. Skipped otherwise.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        const test::ScopedLanguage scope(language);
        QVERIFY2(scope.ok(), qPrintable(scope.loaded()));
        {
            BundleForm form(m_registry.get(), m_audit.get(), webshippyProfile(WireFormat::Json), nullptr);
            form.show();
            QTRY_VERIFY_WITH_TIMEOUT(form.catalogLoaded(), 20000);
            const QList<Picked> picked = threeProducts();
            form.findChild<QLineEdit*>(QStringLiteral("skuEdit"))->setText(QStringLiteral("NYARI-CSOMAG-01"));
            form.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Nyári csomag"));
            for (const Picked& p : picked)
                form.addProduct(p.sku);
            form.setQuantity(picked[2].sku, 2);
            const double total = picked[0].price + picked[1].price + picked[2].price * 2;
            form.findChild<QLineEdit*>(QStringLiteral("priceEdit"))
                ->setText(QString::number(std::floor(total * 0.85 / 100) * 100, 'f', 0));
            form.setSearchText(picked[0].name.left(3));
            QTest::qWait(200);
            form.grab().save(dir + QStringLiteral("/bundle-form-%1.png").arg(language));
        }
    }

private:
    Profile webshippyProfile(WireFormat format)
    {
        Profile p = test::addSandboxProfile(
            *m_store, *m_secrets, Service::Webshippy,
            format == WireFormat::Xml ? QStringLiteral("wspy-xml") : QStringLiteral("wspy-json"),
            format == WireFormat::Xml ? QStringLiteral("Raktár XML") : QStringLiteral("Raktár"),
            m_sandbox->url(QStringLiteral("webshippy")));
        p.format = format;
        return p;
    }

    // Three products of the sandbox's catalogue with distinct names, as GetProduct lists them.
    QList<Picked> threeProducts()
    {
        const QJsonObject page = wspyJson(QStringLiteral("GetProduct"),
                                          QJsonObject{{QStringLiteral("page"), 0}, {QStringLiteral("limit"), 20}});
        QList<Picked> out;
        QSet<QString> names;
        for (const QJsonValue& v : page.value(QStringLiteral("result")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("productName")).toString();
            if (names.contains(name) || o.value(QStringLiteral("type")).toString() == QLatin1String("bundle"))
                continue;
            names.insert(name);
            out.append({o.value(QStringLiteral("sku")).toString(), name,
                        o.value(QStringLiteral("price")).toString().toDouble()});
            if (out.size() == 3)
                break;
        }
        return out;
    }

    // How many products GetProduct lists for the key's own store, page after page.
    int ownProducts()
    {
        int count = 0;
        for (int page = 0; page < 50; ++page) {
            const QJsonArray rows = wspyJson(QStringLiteral("GetProduct"), QJsonObject{{QStringLiteral("page"), page},
                                                                                       {QStringLiteral("limit"), 100}})
                                        .value(QStringLiteral("result"))
                                        .toArray();
            if (rows.isEmpty())
                break;
            count += static_cast<int>(rows.size());
        }
        return count;
    }

    qint64 bundlesCreated() const
    {
        return m_sandbox->counters()
            .value(QStringLiteral("webshippy"))
            .toObject()
            .value(QStringLiteral("bundlesCreated"))
            .toInteger();
    }

    int m_catalogSize = 0;
    QString m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClientRegistry> m_registry;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestBundleFormGui)
#include "tst_bundle_form_gui.moc"
