// UploadWindow, real widgets on the offscreen platform against the in-process sandbox's Webshippy marketplace:
// files dropped on the window (a real QDropEvent, a folder and single files) are matched to the shop's
// transactions; an unmatched file, two files for one transaction, a file that is not a PDF and one for a
// transaction already invoiced are shown with their problems and never sent, while a match fixed by hand in
// the transaction cell is (the sandbox's counters and transactions); the report is a CSV with a BOM. Then 100
// invoices with the sandbox slowed down: closing asks first, Cancel halfway leaves the batch resumable, the
// window offers it, Resume finishes it, and the shop has every invoice exactly once (invoicesStored,
// duplicateUploads) and the summary says so. `screenshots` draws the window for docs/ in English, German and Russian.
#include "Await.h"
#include "GuiTestSupport.h"
#include "InvoiceMatchModel.h"
#include "MainWindow.h"
#include "SandboxTestBase.h"
#include "TestEnv.h"
#include "UploadWindow.h"
#include "net/RequestFormat.h"
#include "net/RequestLog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"
#include "services/capabilities/TransactionsCapability.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::gui;
using RowState = InvoiceMatchModel::RowState;

namespace {

constexpr int SandboxTransactions = 220; // about two thirds of them wait for an invoice

// A PDF by its first bytes, then `size` random bytes.
void writePdf(const QString& path, int size)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray bytes("%PDF-1.4\n");
    bytes.reserve(bytes.size() + size);
    for (int i = 0; i < size; ++i)
        bytes.append(char(QRandomGenerator::global()->bounded(256)));
    f.write(bytes);
}

} // namespace

class TestUploadGui : public test::SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<kontor::upload::UploadSummary>();
        test::SandboxOptions options = testOptions();
        options.transactions = SandboxTransactions;
        m_sandbox = std::make_unique<test::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = test::makeTestDir(QStringLiteral("gui-upload"));
        m_store = std::make_unique<ProfileStore>(m_dir);
        m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
        m_registry = std::make_unique<ClientRegistry>(m_secrets.get());
        m_profile =
            test::addSandboxProfile(*m_store, *m_secrets, Service::Webshippy, QStringLiteral("ws"),
                                    QStringLiteral("Webshippy Kft."), m_sandbox->url(QStringLiteral("webshippy")));
        m_sandbox->setFaults({});
        m_sandbox->resetData();
        m_sandbox->resetCounters();
        QVERIFY(m_files.isValid());
    }
    void cleanup()
    {
        m_registry.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void problemsAreShownAndNotSent()
    {
        const QList<Transaction> before = transactions();
        const QStringList open = ids(before, QStringLiteral("uninvoiced"));
        const QStringList invoiced = ids(before, QStringLiteral("invoiced"));
        QVERIFY(open.size() >= 110 && !invoiced.isEmpty());

        // A folder (with a subfolder) and two single files.
        const QString folder = m_files.filePath(QStringLiteral("march"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/copies")));
        writePdf(folder + QStringLiteral("/%1_Invoice-1001.pdf").arg(open[0]), 3000);
        writePdf(folder + QStringLiteral("/%1_Invoice-1002.pdf").arg(open[1]), 4000);
        writePdf(folder + QStringLiteral("/%1_Invoice-1003.pdf").arg(open[2]), 5000);
        writePdf(folder + QStringLiteral("/scan-0004.pdf"), 3500);
        writePdf(folder + QStringLiteral("/%1_Invoice-2001.pdf").arg(open[3]), 2000);
        writePdf(folder + QStringLiteral("/copies/%1_Invoice-2001-copy.pdf").arg(open[3]), 2000);
        const QString notPdf = m_files.filePath(QStringLiteral("%1_Invoice-3001.pdf").arg(open[4]));
        {
            QFile f(notPdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Rechnung 3001 as plain text, not a PDF\n");
        }
        const QString done = m_files.filePath(QStringLiteral("%1_Invoice-4001.pdf").arg(invoiced[0]));
        writePdf(done, 2500);

        UploadWindow* window = openWindow();
        QAbstractItemModelTester tester(window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A map that cannot be read says so in words and what to do; nothing else changes.
        window->useMap(m_files.filePath(QStringLiteral("no-such-map.csv")));
        QTRY_VERIFY(!window->isBusy());
        QVERIFY2(window->banner()->text().contains(QStringLiteral("cannot be opened")) &&
                     window->banner()->text().contains(QStringLiteral("choose another map")),
                 qPrintable(window->banner()->text()));
        drop(window, {folder, notPdf, done});
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy() && window->model()->rowCount() == 8, 20000);
        InvoiceMatchModel* model = window->model();
        QCOMPARE(window->countText(), QStringLiteral("Files: 8 — ready: 3, with problems: 5"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(model->rowState(rowOf(model, QStringLiteral("Invoice-100%1").arg(i + 1))), RowState::Ready);
        const int scan = rowOf(model, QStringLiteral("scan-0004"));
        QCOMPARE(model->rowState(scan), RowState::NotSent);
        QVERIFY2(model->problemsText(scan).contains(QStringLiteral("No transaction of the shop is named")),
                 qPrintable(model->problemsText(scan)));
        for (const QString& name : {QStringLiteral("Invoice-2001.pdf"), QStringLiteral("Invoice-2001-copy")}) {
            const int row = rowOf(model, name);
            QCOMPARE(model->rowState(row), RowState::NotSent);
            QVERIFY2(model->problemsText(row).contains(QStringLiteral("Two files for transaction %1").arg(open[3])),
                     qPrintable(model->problemsText(row)));
        }
        const int notPdfRow = rowOf(model, QStringLiteral("Invoice-3001"));
        QCOMPARE(model->rowState(notPdfRow), RowState::NotSent);
        QVERIFY(model->problemsText(notPdfRow).contains(QStringLiteral("is not a PDF")));
        const int doneRow = rowOf(model, QStringLiteral("Invoice-4001"));
        QCOMPARE(model->rowState(doneRow), RowState::NotSent);
        QVERIFY(model->problemsText(doneRow).contains(QStringLiteral("has its invoice already")));
        // The size in the locale's words; problem rows are marked.
        QCOMPARE(model->index(rowOf(model, QStringLiteral("Invoice-1001")), InvoiceMatchModel::Size).data().toString(),
                 QLocale().formattedDataSize(3009, 1, QLocale::DataSizeSIFormat));
        QVERIFY(model->index(scan, InvoiceMatchModel::File).data(Qt::DecorationRole).isValid());
        QVERIFY(model->index(scan, InvoiceMatchModel::File).data(Qt::BackgroundRole).isValid());

        // The unmatched scan is fixed by hand: the transaction cell's combo box, Enter.
        QTableView* table = window->table();
        auto* proxy = table->model();
        QModelIndex cell;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, InvoiceMatchModel::File).data().toString() == QStringLiteral("scan-0004.pdf"))
                cell = proxy->index(r, InvoiceMatchModel::Transaction);
        }
        QVERIFY(cell.isValid());
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto* combo = table->findChild<QComboBox*>(QStringLiteral("transactionEditor"));
        QVERIFY(combo);
        QVERIFY(combo->findData(invoiced[0]) < 0); // only transactions still waiting for an invoice are offered
        const int choice = combo->findData(open[5]);
        QVERIFY(choice > 0);
        combo->setCurrentIndex(choice);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(model->rowState(scan), RowState::Ready);
        QCOMPARE(model->index(scan, InvoiceMatchModel::Transaction).data().toString(), open[5]);
        QCOMPARE(window->countText(), QStringLiteral("Files: 8 — ready: 4, with problems: 4"));

        // Upload: only the four ready ones reach the shop.
        QVERIFY(window->uploadButton()->isEnabled());
        QTest::mouseClick(window->uploadButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->lastSummary().has_value(), 60000);
        const upload::UploadSummary summary = *window->lastSummary();
        QCOMPARE(summary.stored, 4);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(window->banner()->text(), QStringLiteral("Upload finished: 4 stored, 0 already there, 0 failed."));
        QCOMPARE(model->countIn(RowState::Stored), 4);
        QCOMPARE(model->countIn(RowState::NotSent), 4);
        QCOMPARE(storedCount(), 4);
        QVERIFY(duplicates().isEmpty());
        // The request log (the Requests dock, --trace) has the upload: finished, its body an excerpt with the
        // whole size, the key masked, no form of the secret anywhere in its texts.
        bool logged = false;
        for (const net::RequestRecord& r : net::RequestLog::instance()->records()) {
            if (!r.url.contains(QLatin1String("uploadMarketplaceTransactionInvoice")))
                continue;
            logged = true;
            QVERIFY(r.finished);
            QCOMPARE(r.status, 200);
            QVERIFY(r.requestBytes > 0 && r.requestBody.size() <= net::RequestLog::kBodyExcerptBytes);
            QCOMPARE(r.requestTruncated, r.requestBytes > net::RequestLog::kBodyExcerptBytes);
            QVERIFY(r.requestBody.startsWith("request=") && r.requestBody.contains("***"));
            const QByteArray text = (net::RequestFormat::fullText(r) + net::RequestFormat::curlCommand(r)).toUtf8();
            QVERIFY(!text.contains(test::secret().toUtf8()));
            QVERIFY(!text.contains(QUrl::toPercentEncoding(test::secret())));
        }
        QVERIFY(logged);
        const QList<Transaction> after = transactions();
        for (const QString& id : {open[0], open[1], open[2], open[5]})
            QCOMPARE(statusOf(after, id), QStringLiteral("invoiced"));
        QCOMPARE(serialOf(after, open[5]), QStringLiteral("scan-0004"));
        for (const QString& id : {open[3], open[4]})
            QCOMPARE(statusOf(after, id), QStringLiteral("uninvoiced"));
        QCOMPARE(serialOf(after, invoiced[0]), serialOf(before, invoiced[0]));

        // The report: UTF-8 with a BOM, RFC 4180, one line per file.
        const QString report = m_dir + QStringLiteral("/report.csv");
        QVERIFY(window->reportButton()->isVisible());
        window->saveReport(report);
        QTRY_VERIFY(QFileInfo::exists(report));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "File,Transaction,Invoice number,State,Message\r\n"));
        QCOMPARE(csv.count("\r\n"), 9);
        QVERIFY(csv.contains(QStringLiteral(",%1,scan-0004,Stored,").arg(open[5]).toUtf8()));
        QVERIFY(csv.contains(QStringLiteral(",%1,%1_Invoice-3001,Not sent,").arg(open[4]).toUtf8()));
        window->close();
    }

    void aHundredInvoicesCancelledHalfwayThenResumed()
    {
        const QStringList open = ids(transactions(), QStringLiteral("uninvoiced"));
        QVERIFY(open.size() >= 100);
        const QString folder = m_files.filePath(QStringLiteral("hundred"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < 100; ++i)
            writePdf(folder + QStringLiteral("/%1_Invoice-%2.pdf").arg(open[i]).arg(5000 + i), 20000 + 97 * i);

        // Slowed down so that Cancel lands halfway: 25 requests of 4, two at a time.
        test::FaultOptions slow;
        slow.latencyMs = 150;
        m_sandbox->setFaults(slow);
        UploadWindow* window = openWindow();
        upload::UploadSettings settings;
        settings.parallel = 2;
        settings.limits.maxItems = 4;
        window->setUploadSettings(settings);
        QSignalSpy finished(window, &UploadWindow::uploadFinished);
        drop(window, {folder});
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy() && window->model()->rowCount() == 100, 20000);
        QCOMPARE(window->countText(), QStringLiteral("Files: 100 — ready: 100, with problems: 0"));
        QTest::mouseClick(window->uploadButton(), Qt::LeftButton);
        InvoiceMatchModel* model = window->model();
        QTRY_VERIFY_WITH_TIMEOUT(window->isUploading() && model->countIn(RowState::Stored) >= 10, 30000);
        QVERIFY(window->progressBar()->isVisible());
        QVERIFY(window->cancelButton()->isVisible());
        QVERIFY(!window->uploadButton()->isEnabled());

        // Pause: no new request starts (those under way may end); Continue goes on.
        QTest::mouseClick(window->pauseButton(), Qt::LeftButton);
        QCOMPARE(window->pauseButton()->text(), QStringLiteral("&Continue"));
        QTest::qWait(400); // the requests under way end
        const int whilePaused = model->countIn(RowState::Stored);
        QTest::qWait(800);
        QCOMPARE(model->countIn(RowState::Stored), whilePaused);
        QVERIFY(window->progressText().contains(QStringLiteral("paused")));
        QTest::mouseClick(window->pauseButton(), Qt::LeftButton);
        QCOMPARE(window->pauseButton()->text(), QStringLiteral("&Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(model->countIn(RowState::Stored) > whilePaused, 10000);

        // Closing while it runs asks first; "Keep uploading" keeps it going.
        window->close();
        auto* box = window->findChild<QMessageBox*>(QStringLiteral("stopUploadBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("It can be resumed later")));
        QVERIFY(window->isVisible());
        QPushButton* keep = nullptr;
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                keep = qobject_cast<QPushButton*>(b);
        }
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QVERIFY(window->isVisible());
        QVERIFY(window->isUploading());

        // Cancel halfway.
        QTRY_VERIFY_WITH_TIMEOUT(model->countIn(RowState::Stored) >= 45, 30000);
        QTest::mouseClick(window->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto cancelled = finished.at(0).at(0).value<upload::UploadSummary>();
        QVERIFY(cancelled.cancelled);
        QVERIFY2(cancelled.stored >= 45 && cancelled.stored < 100, qPrintable(QString::number(cancelled.stored)));
        QVERIFY(!window->isUploading());
        QVERIFY(storedCount() < 100);
        qInfo("cancelled with %d of 100 stored (the shop has %lld)", cancelled.stored, storedCount());
        QVERIFY(window->banner()->text().startsWith(QStringLiteral("Upload stopped: ")));

        // The window offers the batch again; Resume finishes it.
        QTRY_VERIFY_WITH_TIMEOUT(window->resumeBanner()->isVisible(), 10000);
        QVERIFY2(window->resumeBanner()->text().startsWith(QStringLiteral("An earlier upload did not finish: ")) &&
                     window->resumeBanner()->text().endsWith(QStringLiteral(" of 100 invoices sent.")),
                 qPrintable(window->resumeBanner()->text()));
        QVERIFY(window->discardButton()->isVisible());
        QTest::mouseClick(window->resumeBanner()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        const auto resumed = finished.at(1).at(0).value<upload::UploadSummary>();
        QVERIFY(resumed.complete());
        QCOMPARE(resumed.failed, 0);

        // Every invoice once in the shop: none sent twice, none lost.
        QCOMPARE(storedCount(), 100);
        QVERIFY2(duplicates().isEmpty(), QJsonDocument(duplicates()).toJson().constData());
        const QList<Transaction> after = transactions();
        for (int i = 0; i < 100; ++i)
            QCOMPARE(statusOf(after, open[i]), QStringLiteral("invoiced"));
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(model->countIn(RowState::Stored), 100);
        QCOMPARE(resumed.stored, 100);
        QCOMPARE(window->banner()->text(), QStringLiteral("Upload finished: 100 stored, 0 already there, 0 failed."));
        QVERIFY(!window->resumeBanner()->isVisible());
        window->close();

        // Nothing is offered any more.
        auto* again = new UploadWindow(m_profile, m_registry.get(), m_secrets.get());
        again->setAttribute(Qt::WA_DeleteOnClose);
        again->setJournalPath(m_dir + QStringLiteral("/uploads.sqlite"));
        QSignalSpy checked(again, &UploadWindow::resumeChecked);
        again->show();
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(checked.at(0).at(0).toInt(), 0);
        QVERIFY(!again->resumeBanner()->isVisible());
        again->close();
    }

    // Every button has an access key, and Alt+letter reaches one control only, in every language.
    void accessKeysAreUniqueInEveryLanguage()
    {
        QStringList problems;
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            UploadWindow* window = openWindow();
            for (const QString& clash : test::accessKeyClashes(window))
                problems << language + QStringLiteral(": ") + clash;
            // Every button of the window's daily work has one.
            for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
                if (button->isVisibleTo(window) && !button->text().isEmpty() &&
                    QKeySequence::mnemonic(button->text()).isEmpty())
                    problems << language + QStringLiteral(": no access key on ") + button->text();
            }
            window->close();
        }
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << "access key:" << problem;
        QVERIFY2(problems.isEmpty(), "several controls share an access key (listed above)");
    }

    void theMainWindowOpensOneWindowPerProfile()
    {
        const Profile vpos =
            test::addSandboxProfile(*m_store, *m_secrets, Service::Virtpos, QStringLiteral("vpos"),
                                    QStringLiteral("Kasse"), m_sandbox->url(QStringLiteral("virtpos")));
        MainWindow main(m_store.get(), m_secrets.get());
        main.show();
        main.selectProfile(vpos.id);
        QVERIFY(!main.uploadAction()->isEnabled()); // VirtualPOS takes no invoices
        main.selectProfile(m_profile.id);
        QVERIFY(main.uploadAction()->isEnabled());
        main.uploadAction()->trigger();
        QList<UploadWindow*> windows = main.findChildren<UploadWindow*>();
        QCOMPARE(windows.size(), 1);
        QVERIFY(windows.first()->isVisible());
        QVERIFY(windows.first()->isWindow());
        QCOMPARE(windows.first()->profileId(), m_profile.id);
        main.uploadAction()->trigger();
        QCOMPARE(main.findChildren<UploadWindow*>().size(), 1);
        windows.first()->close();
        QTRY_COMPARE(main.findChildren<UploadWindow*>().size(), 0);
    }

    // The window for docs/: KONTOR_SCREENSHOT_DIR=docs/screenshots tests/tst_upload_gui screenshots.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")}) {
            m_sandbox->setFaults({});
            m_sandbox->resetData();
            const test::ScopedLanguage scope(language);
            const QList<Transaction> shop = transactions();
            const QStringList open = ids(shop, QStringLiteral("uninvoiced"));
            const QStringList invoiced = ids(shop, QStringLiteral("invoiced"));
            const QString folder = m_files.filePath(QStringLiteral("shots-") + language);
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < 24; ++i)
                writePdf(folder + QStringLiteral("/%1_Invoice-2025-%2.pdf").arg(open[i]).arg(301 + i),
                         60000 + 7919 * i);
            writePdf(folder + QStringLiteral("/%1_Invoice-2025-325.pdf").arg(invoiced[0]), 48000);
            writePdf(folder + QStringLiteral("/Scan 2025-03-31.pdf"), 210000);
            QFile text(folder + QStringLiteral("/%1_Invoice-2025-326.pdf").arg(open[30]));
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("not a PDF\n");
            text.close();

            UploadWindow* window = openWindow();
            drop(window, {folder});
            QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy() && window->model()->rowCount() == 27, 20000);
            // Problems first, as the person would sort them.
            window->table()->sortByColumn(InvoiceMatchModel::Problems, Qt::DescendingOrder);
            QTest::qWait(200);
            window->grab().save(dir + QStringLiteral("/upload-match-%1.png").arg(language));

            test::FaultOptions slow;
            slow.latencyMs = 400;
            m_sandbox->setFaults(slow);
            upload::UploadSettings settings;
            settings.parallel = 1;
            settings.limits.maxItems = 3;
            window->setUploadSettings(settings);
            QSignalSpy finished(window, &UploadWindow::uploadFinished);
            QTest::mouseClick(window->uploadButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(window->model()->countIn(RowState::Stored) >= 9, 30000);
            QTRY_VERIFY(window->progressText().contains(QLatin1Char('/')));
            window->grab().save(dir + QStringLiteral("/upload-running-%1.png").arg(language));
            m_sandbox->setFaults({});
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QTest::qWait(200);
            window->grab().save(dir + QStringLiteral("/upload-summary-%1.png").arg(language));
            delete window;
        }
    }

private:
    UploadWindow* openWindow()
    {
        auto* window = new UploadWindow(m_profile, m_registry.get(), m_secrets.get());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setJournalPath(m_dir + QStringLiteral("/uploads.sqlite"));
        window->show();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(window->model()->transactionsKnown() && !window->isBusy(), 20000); }();
        return window;
    }

    // A real drag of `paths` over the window and a drop on it.
    static void drop(QWidget* window, const QStringList& paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        const QPoint at = window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &dropped);
        QVERIFY(dropped.isAccepted());
    }

    static int rowOf(const InvoiceMatchModel* model, const QString& namePart)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, InvoiceMatchModel::File).data().toString().contains(namePart))
                return r;
        }
        qWarning("no row for %s", qPrintable(namePart));
        return -1;
    }

    QList<Transaction> transactions()
    {
        const auto client = test::await<ServiceClient*>(
            [&](QObject* context, Callback<ServiceClient*> done) { m_registry->acquire(m_profile, context, done); });
        if (!client.ok() || !client.value->transactions())
            return {};
        const auto list = test::await<QList<Transaction>>([&](QObject* context, Callback<QList<Transaction>> done) {
            client.value->transactions()->listTransactions({}, context, done);
        });
        return list.ok() ? list.value : QList<Transaction>();
    }

    static QStringList ids(const QList<Transaction>& list, const QString& status)
    {
        QStringList out;
        for (const Transaction& t : list) {
            if (t.invoiceStatus == status)
                out << t.id;
        }
        return out;
    }
    static QString statusOf(const QList<Transaction>& list, const QString& id)
    {
        for (const Transaction& t : list) {
            if (t.id == id)
                return t.invoiceStatus;
        }
        return {};
    }
    static QString serialOf(const QList<Transaction>& list, const QString& id)
    {
        for (const Transaction& t : list) {
            if (t.id == id)
                return t.invoiceSerialNumber;
        }
        return {};
    }

    QJsonObject webshippy() const { return m_sandbox->counters().value(QStringLiteral("webshippy")).toObject(); }
    qint64 storedCount() const { return webshippy().value(QStringLiteral("invoicesStored")).toInteger(); }
    QJsonObject duplicates() const { return webshippy().value(QStringLiteral("duplicateUploads")).toObject(); }

    QString m_dir;
    QTemporaryDir m_files;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClientRegistry> m_registry;
    Profile m_profile;
};

QTEST_MAIN(TestUploadGui)
#include "tst_upload_gui.moc"
