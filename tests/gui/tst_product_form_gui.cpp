// The product form and the products list against the in-process sandbox on loopback, with real widgets on the
// offscreen platform: an upsert from the form reports creation, then modification, then "no changes", and the
// sandbox holds the values; a price typed 12.10 arrives as 12.10; a barcode the shop refuses to change keeps
// everything typed and shows the shop's reason with its rule; a field found wrong before sending is marked
// under its input and nothing is sent; each write leaves one audit row without the API key; closing with
// unsaved changes asks; the preview lists the exact fields and marks those that change; "Delete product" is
// shown disabled with the reason; the list holds every page of products without a click.
#include "GuiTestSupport.h"
#include "I18n.h"
#include "MessageBanner.h"
#include "ProductForm.h"
#include "ProductsTableModel.h"
#include "ProductsView.h"
#include "SandboxTestBase.h"
#include "TestEnv.h"
#include "WritePreviewDialog.h"
#include "audit/AuditLog.h"
#include "products/ProductFields.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"
#include "services/ClientRegistry.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <memory>

using namespace kontor;
using namespace kontor::gui;

class TestProductFormGui : public test::SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        sandbox::SandboxOptions o = test::sandboxOptions(10);
        o.products = 320; // some 270 in the key's store: three pages of 100
        m_sandbox = std::make_unique<sandbox::Sandbox>(o);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = test::makeTestDir(QStringLiteral("gui-product-form"));
        m_store = std::make_unique<ProfileStore>(m_dir);
        m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
        m_clients = std::make_unique<ClientRegistry>(m_secrets.get());
        m_audit = std::make_unique<AuditLog>(m_dir + QStringLiteral("/audit.sqlite"));
        m_profile = test::addSandboxProfile(*m_store, *m_secrets, Service::Webshippy, QStringLiteral("wspy-1"),
                                            QStringLiteral("Raktár"), m_sandbox->url(QStringLiteral("webshippy")));
        m_view = std::make_unique<ProductsView>(m_clients.get());
        m_view->setAuditLog(m_audit.get());
        m_view->resize(1000, 600);
        m_view->show();
        m_view->showProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy() && m_view->model()->rowCount() > 0, 30000);
    }

    void cleanup()
    {
        m_view.reset();
        m_clients.reset();
        m_audit.reset();
        m_secrets.reset();
        m_store.reset();
    }

    // (i) Every page, by itself, with the count on the way.
    void theListHoldsEveryPageWithoutAClick()
    {
        m_view->reload();
        QSignalSpy busy(m_view.get(), &RecordsView::busyChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        const QStringList skus = sandboxSkus();
        QVERIFY(skus.size() > 200);
        QCOMPARE(m_view->model()->rowCount(), skus.size());
        QStringList shown;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            shown << m_view->model()->productAt(row)->sku;
        QCOMPARE(shown, skus);
        QStringList texts;
        for (const QList<QVariant>& args : std::as_const(busy))
            texts << args.at(1).toString();
        QVERIFY2(texts.contains(QStringLiteral("Loading products… 100 so far")), qPrintable(texts.join(" | ")));
        QVERIFY2(texts.contains(QStringLiteral("Loading products… 200 so far")), qPrintable(texts.join(" | ")));
        QVERIFY(m_view->newProductButton()->isEnabled());
    }

    // Cancel keeps what came; "Load more products" goes on from there to the end.
    void cancelKeepsWhatCameAndLoadMoreGoesOn()
    {
        sandbox::FaultOptions slow;
        slow.latencyMs = 250;
        m_sandbox->setFaults(slow);
        m_view->reload();
        auto* cancel = m_view->findChild<QPushButton*>(QStringLiteral("productsCancel"));
        auto* more = m_view->findChild<QPushButton*>(QStringLiteral("productsMore"));
        QVERIFY(cancel && more);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() >= 100 && cancel->isVisible(), 10000);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 10000);
        m_sandbox->setFaults(sandbox::FaultOptions());
        const int kept = m_view->model()->rowCount();
        const int all = sandboxSkus().size();
        QVERIFY2(kept >= 100 && kept < all, qPrintable(QString::number(kept)));
        QVERIFY(more->isVisible());
        QVERIFY(!cancel->isVisible());
        more->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy() && m_view->model()->rowCount() == all, 20000);
        QVERIFY(!more->isVisible());
        QStringList shown;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            shown << m_view->model()->productAt(row)->sku;
        QCOMPARE(shown, sandboxSkus());
    }

    // (a) (b) (e) (g) Created, modified, unchanged; the exact fields in the preview; one audit row each.
    void createdThenModifiedThenNoChanges()
    {
        m_view->newProductButton()->click();
        ProductForm* form = m_view->lastForm();
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QVERIFY(!form->isModal());
        QVERIFY(!form->isExisting());
        form->setValue(QStringLiteral("sku"), QStringLiteral("GUI-FORM-1"));
        form->setValue(QStringLiteral("productName"), QStringLiteral("Póló GUI"));
        QTest::keyClicks(form->input(QStringLiteral("price")), QStringLiteral("12.10"));
        form->setValue(QStringLiteral("isFragile"), QStringLiteral("yes"));
        form->setValue(QStringLiteral("imageUrls"),
                       QStringLiteral("https://img.example.com/a.png\nhttps://img.example.com/b.png"));
        QVERIFY(form->isDirty());

        QCOMPARE(previewRows(form),
                 (QStringList{QStringLiteral("sku\tGUI-FORM-1"), QStringLiteral("productName\tPóló GUI"),
                              QStringLiteral("price\t12.10"), QStringLiteral("isFragile\tyes"),
                              QStringLiteral("imageUrls\thttps://img.example.com/a.png;"
                                             "https://img.example.com/b.png")}));
        QVERIFY(send(form));
        QVERIFY2(form->banner()->text().contains(QLatin1String("created")), qPrintable(form->banner()->text()));
        QCOMPARE(form->banner()->type(), MessageBanner::Type::Positive);
        QVERIFY(!form->isDirty());
        QVERIFY(form->isExisting());
        QVERIFY(qobject_cast<QLineEdit*>(form->input(QStringLiteral("sku")))->isReadOnly());
        // (b) The request carried the digits as typed; the shop holds them.
        QCOMPARE(lastProductSent().value(QStringLiteral("price")).toString(), QStringLiteral("12.10"));
        QJsonObject stored = storedProduct(QStringLiteral("GUI-FORM-1"));
        QCOMPARE(stored.value(QStringLiteral("price")).toString(), QStringLiteral("12.10"));
        QCOMPARE(stored.value(QStringLiteral("productName")).toString(), QStringLiteral("Póló GUI"));
        QCOMPARE(stored.value(QStringLiteral("isFragile")).toString(), QStringLiteral("yes"));
        // The list shows the new product (read back after the save).
        QTRY_VERIFY(rowOf(QStringLiteral("GUI-FORM-1")) >= 0);

        // (g) Now an existing product: old and new, the changed field marked.
        form->setValue(QStringLiteral("productName"), QStringLiteral("Póló GUI kék"));
        const QStringList rows = previewRows(form);
        QVERIFY2(rows.contains(QStringLiteral("productName\tPóló GUI\tPóló GUI kék*")), qPrintable(rows.join('\n')));
        QVERIFY2(rows.contains(QStringLiteral("price\t12.10\t12.10")), qPrintable(rows.join('\n')));
        QCOMPARE(rows.filter(QStringLiteral("*")).size(), 1);
        QVERIFY(send(form));
        QVERIFY2(form->banner()->text().contains(QLatin1String("modified")), qPrintable(form->banner()->text()));
        QCOMPARE(storedProduct(QStringLiteral("GUI-FORM-1")).value(QStringLiteral("productName")).toString(),
                 QStringLiteral("Póló GUI kék"));

        // Nothing changed: the shop says so, and the form says it in words.
        QCOMPARE(previewRows(form).filter(QStringLiteral("*")).size(), 0);
        QVERIFY(send(form));
        QVERIFY2(form->banner()->text().contains(QLatin1String("found no changes")),
                 qPrintable(form->banner()->text()));

        // (e) One audit row per write, in order, none with the API key.
        const QList<AuditEntry> entries = history();
        QCOMPARE(entries.size(), 3);
        QStringList outcomes;
        for (const AuditEntry& entry : entries) {
            QCOMPARE(entry.action, QStringLiteral("product.upsert"));
            QCOMPARE(entry.target, QStringLiteral("GUI-FORM-1"));
            outcomes << entry.message;
            for (const auto& field : entry.fields)
                QVERIFY(!field.second.contains(test::secret()));
        }
        std::sort(outcomes.begin(), outcomes.end());
        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("unchanged")}));
        QVERIFY(!auditFileHoldsSecret());
        form->close();
        QTRY_VERIFY(!m_view->lastForm());
    }

    // (c) The shop refuses a barcode change: its reason and the rule, everything typed kept, Save again.
    void aRefusedBarcodeKeepsWhatWasTyped()
    {
        const QJsonObject received = receivedProduct();
        QVERIFY(!received.isEmpty());
        const QString sku = received.value(QStringLiteral("sku")).toString();
        const QString barcode = received.value(QStringLiteral("barcode")).toString();
        // Enter on its row opens the form.
        const int row = rowOf(sku);
        QVERIFY(row >= 0);
        QTableView* table = m_view->table();
        table->setFocus();
        table->setCurrentIndex(m_view->proxyModel()->mapFromSource(m_view->model()->index(row, 0)));
        QTest::keyClick(table, Qt::Key_Return);
        ProductForm* form = m_view->lastForm();
        QVERIFY(form);
        QVERIFY(form->isExisting());
        QCOMPARE(form->value(QStringLiteral("sku")), sku);
        QCOMPARE(form->value(QStringLiteral("barcode")), barcode);
        QVERIFY(!form->isDirty());

        form->setValue(QStringLiteral("barcode"), QStringLiteral("5999999999999"));
        form->setValue(QStringLiteral("productName"), QStringLiteral("Typed, not lost"));
        const QStringList rows = previewRows(form);
        QVERIFY2(rows.contains(QStringLiteral("barcode\t%1\t5999999999999*").arg(barcode)),
                 qPrintable(rows.join('\n')));
        QVERIFY(send(form));
        const QString banner = form->banner()->text();
        QCOMPARE(form->banner()->type(), MessageBanner::Type::Error);
        QVERIFY2(banner.contains(QLatin1String("barcode cannot be modified after a goods receipt")),
                 qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("only while it is empty or before any goods receipt")),
                 qPrintable(banner));
        QVERIFY2(!form->fieldError(QStringLiteral("barcode")).isEmpty(), "no error under the barcode");
        QCOMPARE(form->value(QStringLiteral("barcode")), QStringLiteral("5999999999999"));
        QCOMPARE(form->value(QStringLiteral("productName")), QStringLiteral("Typed, not lost"));
        QVERIFY(form->isDirty());
        QVERIFY(form->saveButton()->isEnabled());
        QCOMPARE(storedProduct(sku).value(QStringLiteral("barcode")).toString(), barcode);
        QCOMPARE(history().size(), 1); // the refusal is recorded too
        QCOMPARE(history().first().outcome, AuditEntry::Outcome::Refused);

        // Save works again.
        form->setValue(QStringLiteral("barcode"), barcode);
        QVERIFY(send(form));
        QVERIFY2(form->banner()->text().contains(QLatin1String("modified")), qPrintable(form->banner()->text()));
        QVERIFY(form->fieldError(QStringLiteral("barcode")).isEmpty());
        QCOMPARE(storedProduct(sku).value(QStringLiteral("productName")).toString(), QStringLiteral("Typed, not lost"));
        QCOMPARE(history().size(), 2);
        QVERIFY(!auditFileHoldsSecret());
    }

    // (d) A price that is not a number: marked under the price, nothing sent, no row.
    void aLocalErrorIsMarkedAndNothingIsSent()
    {
        ProductForm* form = m_view->openNewProduct();
        QVERIFY(form);
        form->setValue(QStringLiteral("sku"), QStringLiteral("GUI-LOCAL-1"));
        form->setValue(QStringLiteral("productName"), QStringLiteral("Local"));
        // Letters cannot be typed into a decimal field...
        auto* price = qobject_cast<QLineEdit*>(form->input(QStringLiteral("price")));
        QTest::keyClicks(price, QStringLiteral("12,1x"));
        QCOMPARE(price->text(), QStringLiteral("12,1"));
        // ...but text can arrive otherwise (pasted by a program): Save checks again.
        price->setText(QStringLiteral("12,1x"));
        const QJsonObject before = webshippyCounters();
        form->saveButton()->click();
        QVERIFY(!form->preview());
        QCOMPARE(form->fieldsWithErrors(), QStringList{QStringLiteral("price")});
        QVERIFY2(form->fieldError(QStringLiteral("price")).contains(QLatin1String("12,1x")),
                 qPrintable(form->fieldError(QStringLiteral("price"))));
        auto* label = form->findChild<QLabel*>(QStringLiteral("error_price"));
        QVERIFY(label && label->isVisible());
        // Right under the price input.
        QVERIFY(label->mapTo(form, QPoint(0, 0)).y() > price->mapTo(form, QPoint(0, 0)).y());
        QVERIFY(label->mapTo(form, QPoint(0, 0)).y() <
                form->input(QStringLiteral("vat"))->mapTo(form, QPoint(0, 0)).y());
        QCOMPARE(form->banner()->type(), MessageBanner::Type::Error);
        QTest::qWait(200);
        const QJsonObject after = webshippyCounters();
        QCOMPARE(after.value(QStringLiteral("productWrites")), before.value(QStringLiteral("productWrites")));
        QCOMPARE(createProductRequests(after), createProductRequests(before));
        QCOMPARE(history().size(), 0);

        // Corrected: the comma goes out as a point.
        price->setText(QStringLiteral("12,10"));
        QVERIFY(previewRows(form).contains(QStringLiteral("price\t12.10")));
        QVERIFY(send(form));
        QVERIFY(form->fieldError(QStringLiteral("price")).isEmpty());
        QCOMPARE(lastProductSent().value(QStringLiteral("price")).toString(), QStringLiteral("12.10"));
        QCOMPARE(createProductRequests(webshippyCounters()), createProductRequests(before) + 1);
    }

    // (f) Unsaved changes: asked before they go; "Keep editing" keeps the form, "Discard changes" closes it.
    void closingWithUnsavedChangesAsks()
    {
        QPointer<ProductForm> clean = m_view->openNewProduct();
        clean->close();
        QVERIFY(!clean->closeQuestion());
        QTRY_VERIFY(!clean);

        QPointer<ProductForm> form = m_view->openNewProduct();
        form->setValue(QStringLiteral("productName"), QStringLiteral("Unsaved"));
        QTest::keyClick(form, Qt::Key_Escape);
        QTRY_VERIFY(form->closeQuestion() && form->closeQuestion()->isVisible());
        form->closeQuestion()->findChild<QPushButton*>(QStringLiteral("keepEditing"))->click();
        QTest::qWait(50);
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QCOMPARE(form->value(QStringLiteral("productName")), QStringLiteral("Unsaved"));

        form->close();
        QTRY_VERIFY(form->closeQuestion() && form->closeQuestion()->isVisible());
        form->closeQuestion()->findChild<QPushButton*>(QStringLiteral("discardChanges"))->click();
        QTRY_VERIFY(!form);
    }

    // (h) Deleting is shown, disabled, with the reason in words.
    void deleteIsShownAsNotOffered()
    {
        ProductForm* form = m_view->openProduct(0);
        QVERIFY(form);
        const QString reason = notOfferedText(Service::Webshippy, Capability::ProductDelete);
        QVERIFY(!reason.isEmpty());
        QVERIFY(form->deleteButton()->isVisible());
        QVERIFY(!form->deleteButton()->isEnabled());
        QCOMPARE(form->deleteButton()->toolTip(), reason);
        auto* note = form->findChild<QLabel*>(QStringLiteral("deleteNoteLabel"));
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->text(), reason);
        // Every input has its label (buddy), the SKU is the key.
        for (const ProductFields::Field& field : ProductFields::all()) {
            QWidget* input = form->input(field.wireName);
            QVERIFY2(input, qPrintable(field.wireName));
            bool labelled = false;
            for (QLabel* label : form->findChildren<QLabel*>())
                labelled = labelled || label->buddy() == input;
            QVERIFY2(labelled, qPrintable(field.wireName));
        }
        QVERIFY(qobject_cast<QLineEdit*>(form->input(QStringLiteral("sku")))->isReadOnly());
        // Tab goes down the left column's groups, then down the right column's.
        const QStringList expected = {QStringLiteral("sku"),
                                      QStringLiteral("productName"),
                                      QStringLiteral("variantName"),
                                      QStringLiteral("referenceId"),
                                      QStringLiteral("barcode"),
                                      QStringLiteral("type"),
                                      QStringLiteral("productType"),
                                      QStringLiteral("productDescription"),
                                      QStringLiteral("price"),
                                      QStringLiteral("vat"),
                                      QStringLiteral("currency"),
                                      QStringLiteral("category"),
                                      QStringLiteral("imageUrls"),
                                      QStringLiteral("lowStock"),
                                      QStringLiteral("keepQuantity"),
                                      QStringLiteral("hasSerial"),
                                      QStringLiteral("dutiable"),
                                      QStringLiteral("taricCode"),
                                      QStringLiteral("isFragile"),
                                      QStringLiteral("coolingDemand"),
                                      QStringLiteral("isAdr"),
                                      QStringLiteral("adrCode"),
                                      QStringLiteral("adrQuantity"),
                                      QStringLiteral("dropshippyWholesalePrice"),
                                      QStringLiteral("dropshippyWholesaleVat"),
                                      QStringLiteral("dropshippyRecommendedPrice"),
                                      QStringLiteral("dropshippyPromotion")};
        QHash<QWidget*, QString> names;
        for (const QString& name : expected)
            names.insert(form->input(name), name);
        QStringList chain;
        QWidget* w = form->input(QStringLiteral("sku"));
        for (int step = 0; step < 500 && chain.size() < expected.size(); ++step, w = w->nextInFocusChain()) {
            if (names.contains(w) && !chain.contains(names.value(w)))
                chain << names.value(w);
        }
        QCOMPARE(chain, expected);
        form->close();
    }

    // The screenshots in docs/: KONTOR_SCREENSHOT_DIR=docs/screenshots tests/tst_product_form_gui screenshots.
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
            // Translations apply to widgets made after they are loaded: a view of its own.
            ProductsView view(m_clients.get());
            view.setAuditLog(m_audit.get());
            view.showProfile(m_profile);
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() > 0, 30000);
            const QJsonObject received = receivedProduct();
            ProductForm* form = view.openProduct(rowOf(received.value(QStringLiteral("sku")).toString(), &view));
            QVERIFY(form);
            if (language == QLatin1String("en")) {
                // A product as the shop has it, with a price typed wrong.
                form->setValue(QStringLiteral("price"), QStringLiteral("12,1x"));
                form->save();
                QVERIFY(!form->fieldError(QStringLiteral("price")).isEmpty());
            }
            QTest::qWait(300);
            QVERIFY(form->grab().save(dir + QStringLiteral("/product-form-%1.png").arg(language)));
            if (language == QLatin1String("en")) {
                form->setValue(QStringLiteral("price"), QStringLiteral("12.10"));
                form->setValue(QStringLiteral("productName"), QStringLiteral("Szuperhős Póló"));
                form->save();
                QTRY_VERIFY(form->preview() && form->preview()->isVisible());
                QTest::qWait(200);
                QVERIFY(form->preview()->grab().save(dir + QStringLiteral("/product-form-preview-en.png")));
                form->preview()->reject();
            }
            QTRY_VERIFY(!form->preview());
            QTimer::singleShot(0, form, [form] {
                if (form->closeQuestion())
                    form->closeQuestion()->findChild<QPushButton*>(QStringLiteral("discardChanges"))->click();
            });
            form->close();
            QTRY_VERIFY(!view.lastForm());
        }
    }

private:
    // Opens the preview, returns its rows and goes back to the form.
    QStringList previewRows(ProductForm* form)
    {
        form->saveButton()->click();
        if (!QTest::qWaitFor([form] { return form->preview() && form->preview()->isVisible(); }, 5000))
            return {QStringLiteral("<no preview>")};
        const QStringList rows = form->preview()->rowsText();
        form->preview()->reject();
        if (!QTest::qWaitFor([form] { return !form->preview(); }, 5000))
            qWarning("the preview did not close");
        return rows;
    }

    // Save, Send in the preview, and wait for the answer.
    bool send(ProductForm* form)
    {
        form->saveButton()->click();
        if (!QTest::qWaitFor([form] { return form->preview() && form->preview()->isVisible(); }, 5000))
            return false;
        form->preview()->sendButton()->click();
        return QTest::qWaitFor([form] { return !form->isSending() && !form->preview(); }, 15000);
    }

    QStringList sandboxSkus()
    {
        QStringList skus;
        for (int page = 0; page < 100; ++page) {
            const QJsonArray rows =
                wspyJson(QStringLiteral("GetProduct"), QJsonObject{{QStringLiteral("page"), QString::number(page)},
                                                                   {QStringLiteral("limit"), QStringLiteral("100")}})
                    .value(QStringLiteral("result"))
                    .toArray();
            if (rows.isEmpty())
                break;
            for (const QJsonValue& row : rows)
                skus << row.toObject().value(QStringLiteral("sku")).toString();
        }
        return skus;
    }

    QJsonObject storedProduct(const QString& sku)
    {
        const QJsonArray rows =
            wspyJson(QStringLiteral("GetProduct"),
                     QJsonObject{{QStringLiteral("filters"), QJsonObject{{QStringLiteral("sku"), sku}}}})
                .value(QStringLiteral("result"))
                .toArray();
        return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
    }

    // A product goods were received for (stock on hand), with a barcode: its barcode is locked.
    QJsonObject receivedProduct()
    {
        const QJsonArray rows =
            wspyJson(QStringLiteral("GetProduct"), QJsonObject{{QStringLiteral("page"), QStringLiteral("0")},
                                                               {QStringLiteral("limit"), QStringLiteral("100")}})
                .value(QStringLiteral("result"))
                .toArray();
        for (const QJsonValue& v : rows) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("quantity")).toString().toInt() > 0 &&
                !p.value(QStringLiteral("barcode")).toString().isEmpty() &&
                !p.value(QStringLiteral("imageUrls")).toString().isEmpty())
                return p;
        }
        return {};
    }

    int rowOf(const QString& sku, ProductsView* view = nullptr) const
    {
        ProductsView* v = view ? view : m_view.get();
        for (int row = 0; row < v->model()->rowCount(); ++row) {
            if (v->model()->productAt(row)->sku == sku)
                return row;
        }
        return -1;
    }

    QJsonObject webshippyCounters() const
    {
        return m_sandbox->counters().value(QStringLiteral("webshippy")).toObject();
    }

    QJsonObject lastProductSent() const { return webshippyCounters().value(QStringLiteral("lastProduct")).toObject(); }

    static int createProductRequests(const QJsonObject& counters)
    {
        const QJsonObject byStatus = counters.value(QStringLiteral("requests"))
                                         .toObject()
                                         .value(QStringLiteral("POST /wspyapi/CreateProduct/json"))
                                         .toObject();
        int total = 0;
        for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
            total += it.value().toInt();
        return total;
    }

    QList<AuditEntry> history() { return test::auditRows(m_audit.get()); }

    bool auditFileHoldsSecret() const
    {
        // The database and its journal, whatever SQLite keeps beside it.
        const QStringList files = QDir(m_dir).entryList({QStringLiteral("audit.sqlite*")}, QDir::Files);
        bool held = files.isEmpty(); // no file at all would prove nothing
        for (const QString& name : files) {
            QFile file(m_dir + QLatin1Char('/') + name);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(test::secret().toUtf8()))
                held = true;
        }
        return held;
    }

    QString m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClientRegistry> m_clients;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ProductsView> m_view;
    Profile m_profile;
};

QTEST_MAIN(TestProductFormGui)
#include "tst_product_form_gui.moc"
