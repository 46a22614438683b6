// TransactionsView, real widgets on the offscreen platform against the in-process sandbox's Webshippy
// marketplace: every seeded transaction is listed, dates in the user's locale and the invoice's state as a badge
// in words; the filter bar's invoice state and days reach the sandbox (the list is exactly what the sandbox finds
// with them) and a filter nothing matches says so; the search narrows the loaded rows; Ctrl+C and the CSV export
// give the rows shown; a failing service is said in words; the main window offers the view as a tab of a
// Webshippy profile and forgets it on another tab.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlaceholderPage.h"
#include "SandboxTestBase.h"
#include "StatusBadgeDelegate.h"
#include "TestEnv.h"
#include "TransactionFilterBar.h"
#include "TransactionsTableModel.h"
#include "TransactionsView.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"
#include "services/ClientRegistry.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace kontor;
using namespace kontor::gui;

namespace {

constexpr int SandboxTransactions = 40;

// RFC 4180: fields split at commas outside quotes, "" inside quotes is one quote, records end with CRLF.
QList<QStringList> parseCsv(const QString& text, bool* wellFormed)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *wellFormed = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                *wellFormed = false; // a quote inside an unquoted field
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            *wellFormed = false; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *wellFormed = false; // the last record must end with CRLF
    return records;
}

} // namespace

class TestTransactionsGui : public test::SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::SandboxOptions options = testOptions();
        options.transactions = SandboxTransactions;
        m_sandbox = std::make_unique<test::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        clearFaults();
        m_dir = test::makeTestDir(QStringLiteral("gui-transactions"));
        m_store = std::make_unique<ProfileStore>(m_dir);
        m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
        m_registry = std::make_unique<ClientRegistry>(m_secrets.get());
        m_profile = test::addSandboxProfile(*m_store, *m_secrets, Service::Webshippy, QStringLiteral("wspy"),
                                            QStringLiteral("Piactér"), m_sandbox->url(QStringLiteral("webshippy")));
    }
    void cleanup()
    {
        clearFaults();
        m_registry.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void everySeededTransactionIsListedInWords()
    {
        TransactionsView view(m_registry.get());
        view.resize(1300, 700);
        view.show();
        view.showProfile(m_profile);
        QVERIFY(view.isBusy()); // the answer comes later: nothing waited
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        const QJsonArray all = sandboxTransactions({});
        QCOMPARE(all.size(), SandboxTransactions);
        QCOMPARE(view.model()->rowCount(), SandboxTransactions);
        QCOMPARE(idsInView(view), idsOf(all));

        // The badge on the invoice column, its text in words; the date in the user's locale (en_US).
        QVERIFY(
            qobject_cast<StatusBadgeDelegate*>(view.table()->itemDelegateForColumn(TransactionsTableModel::Invoice)));
        const QHash<QString, QString> words{{QStringLiteral("invoiced"), QStringLiteral("Invoiced")},
                                            {QStringLiteral("uninvoiced"), QStringLiteral("Not invoiced")},
                                            {QStringLiteral("error"), QStringLiteral("Error")}};
        QSet<QString> statesSeen;
        int multiProduct = 0;
        for (const QJsonValue& value : all) {
            const QJsonObject t = value.toObject();
            const QString id = t.value(QStringLiteral("transactionId")).toString();
            const int row = view.model()->rowOfId(id);
            QVERIFY(row >= 0);
            const QString status =
                t.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("status")).toString();
            statesSeen.insert(status);
            QCOMPARE(cell(view, row, TransactionsTableModel::Invoice), words.value(status));
            const QDateTime date = QDateTime::fromString(t.value(QStringLiteral("date")).toString(),
                                                         QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            QVERIFY(date.isValid());
            const QString shown = cell(view, row, TransactionsTableModel::Date);
            QVERIFY2(shown.startsWith(QStringLiteral("%1/%2/%3 ")
                                          .arg(date.date().month())
                                          .arg(date.date().day())
                                          .arg(date.date().year())),
                     qPrintable(shown));
            QVERIFY2(shown.endsWith(QLatin1String("AM")) || shown.endsWith(QLatin1String("PM")), qPrintable(shown));
            const QJsonArray products = t.value(QStringLiteral("products")).toArray();
            const QString productsText = cell(view, row, TransactionsTableModel::Products);
            const QString tooltip =
                view.model()->index(row, TransactionsTableModel::Products).data(Qt::ToolTipRole).toString();
            for (const QJsonValue& p : products) {
                const QString name = p.toObject().value(QStringLiteral("name")).toString();
                QVERIFY2(productsText.contains(name), qPrintable(productsText));
                QVERIFY2(tooltip.contains(name), qPrintable(tooltip));
            }
            if (products.size() > 1) {
                ++multiProduct;
                QVERIFY2(productsText.startsWith(QStringLiteral("%1 products: ").arg(products.size())),
                         qPrintable(productsText));
            }
            const QString payment = t.value(QStringLiteral("paymentStatus")).toString();
            if (payment == QLatin1String("paid"))
                QCOMPARE(cell(view, row, TransactionsTableModel::Payment), QStringLiteral("Paid"));
            QCOMPARE(cell(view, row, TransactionsTableModel::PaymentId),
                     QString::number(
                         t.value(QStringLiteral("payment")).toObject().value(QStringLiteral("paymentId")).toInteger()));
        }
        QCOMPARE(statesSeen.size(), 3); // the seed has every state
        QVERIFY(multiProduct > 0);

        // The search narrows the loaded rows: by an invoice number, by a party, and back.
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("transactionsFilter"));
        QVERIFY(search && search->isEnabled());
        const QJsonObject invoiced = firstWith(all, QStringLiteral("invoiced"));
        const QString number =
            invoiced.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("serialNumber")).toString();
        QVERIFY(!number.isEmpty());
        QTest::keyClicks(search, number);
        QTRY_COMPARE(view.proxyModel()->rowCount(), 1);
        QCOMPARE(view.proxyModel()->index(0, TransactionsTableModel::Id).data().toString(),
                 invoiced.value(QStringLiteral("transactionId")).toString());
        search->clear();
        const QString retailer = invoiced.value(QStringLiteral("parties"))
                                     .toObject()
                                     .value(QStringLiteral("retailer"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
        type(search, retailer);
        QTRY_VERIFY(view.proxyModel()->rowCount() >= 1 && view.proxyModel()->rowCount() < SandboxTransactions);
        for (int row = 0; row < view.proxyModel()->rowCount(); ++row) {
            const QString parties = view.proxyModel()->index(row, TransactionsTableModel::Supplier).data().toString() +
                                    view.proxyModel()->index(row, TransactionsTableModel::Retailer).data().toString();
            QVERIFY(parties.contains(retailer));
        }
        search->clear();
        QTRY_COMPARE(view.proxyModel()->rowCount(), SandboxTransactions);
    }

    void theServerFiltersReachTheSandbox()
    {
        TransactionsView view(m_registry.get());
        view.resize(1300, 700);
        view.show();
        view.showProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxTransactions, 30000);

        // "Not invoiced": the marketplace sends only those, exactly the ones it holds in that state.
        TransactionFilterBar* bar = view.filterBar();
        bar->invoiceInput()->setCurrentIndex(bar->invoiceInput()->findText(QStringLiteral("Not invoiced")));
        QVERIFY(bar->invoiceInput()->currentIndex() > 0);
        const qint64 before = test::requestsTo(m_sandbox->counters(), QStringLiteral("webshippy"));
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QCOMPARE(view.appliedFilter().invoiceStatus, QStringLiteral("uninvoiced"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() > 0, 30000);
        QVERIFY(test::requestsTo(m_sandbox->counters(), QStringLiteral("webshippy")) > before);
        const QJsonArray uninvoiced =
            sandboxTransactions({{QStringLiteral("invoiceStatus"), QStringLiteral("uninvoiced")}});
        QVERIFY(uninvoiced.size() > 0 && uninvoiced.size() < SandboxTransactions);
        QCOMPARE(view.model()->rowCount(), uninvoiced.size());
        QCOMPARE(idsInView(view), idsOf(uninvoiced));
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            QCOMPARE(cell(view, row, TransactionsTableModel::Invoice), QStringLiteral("Not invoiced"));
            QCOMPARE(view.model()->index(row, 0).data(TransactionsTableModel::InvoiceStatusRole).toString(),
                     QStringLiteral("uninvoiced"));
        }

        // And the days: from and to the day of one transaction, with any invoice state.
        const QJsonArray all = sandboxTransactions({});
        const QString day =
            all.at(SandboxTransactions / 2).toObject().value(QStringLiteral("date")).toString().left(10);
        bar->invoiceInput()->setCurrentIndex(0);
        bar->fromInput()->setDate(QDate::fromString(day, Qt::ISODate));
        bar->toInput()->setDate(QDate::fromString(day, Qt::ISODate));
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QCOMPARE(view.appliedFilter().dateFrom, day);
        QCOMPARE(view.appliedFilter().dateTo, day);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        const QJsonArray thatDay =
            sandboxTransactions({{QStringLiteral("dateFrom"), day}, {QStringLiteral("dateTo"), day}});
        QVERIFY(thatDay.size() >= 1 && thatDay.size() < SandboxTransactions);
        QCOMPARE(idsInView(view), idsOf(thatDay));

        // Nothing matches: the page says so in words, with the filters.
        bar->fromInput()->setDate(QDate(2099, 1, 1));
        bar->toInput()->setDate(QDate(2099, 1, 31));
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.placeholder()->kind(), PlaceholderPage::Kind::Empty);
        QVERIFY(view.placeholder()->isVisible());
        QCOMPARE(view.placeholder()->title(), QStringLiteral("No transactions"));
        QVERIFY2(view.placeholder()->text().contains(QStringLiteral("has no transactions that match the filters")),
                 qPrintable(view.placeholder()->text()));
        QVERIFY2(view.placeholder()->text().contains(QStringLiteral("from 1/1/2099")),
                 qPrintable(view.placeholder()->text()));

        // Clear: every transaction again.
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("transactionFilterClear")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxTransactions, 30000);

        // A "from" after the "to" is said at once and cannot be applied.
        bar->fromInput()->setDate(QDate(2025, 6, 30));
        bar->toInput()->setDate(QDate(2025, 6, 1));
        QVERIFY(!bar->applyButton()->isEnabled());
        QVERIFY2(bar->applyButton()->toolTip().contains(QStringLiteral("is after the “to” day")),
                 qPrintable(bar->applyButton()->toolTip()));
        bar->toInput()->setDate(QDate(2025, 7, 1));
        QVERIFY(bar->applyButton()->isEnabled());
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        QCOMPARE(view.appliedFilter().dateFrom, QStringLiteral("2025-06-30"));

        // The filters belong to the profile they were chosen for: another profile's list comes without them.
        const Profile other =
            test::addSandboxProfile(*m_store, *m_secrets, Service::Webshippy, QStringLiteral("wspy-2"),
                                    QStringLiteral("Zweiter Markt"), m_sandbox->url(QStringLiteral("webshippy")));
        view.showProfile(other);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxTransactions, 30000);
        QVERIFY(view.appliedFilter().dateFrom.isEmpty() && view.appliedFilter().dateTo.isEmpty());
        QVERIFY(bar->filter().dateFrom.isEmpty() && bar->summary().isEmpty());
    }

    void copyAndExportGiveTheRowsShown()
    {
        TransactionsView view(m_registry.get());
        view.resize(1300, 700);
        view.show();
        view.showProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxTransactions, 30000);
        // Narrowed to the transactions with more than one product: their product cells hold commas.
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("transactionsFilter"));
        QTest::keyClicks(search, QStringLiteral("Kontor Demo"));
        QTRY_COMPARE(view.proxyModel()->rowCount(), SandboxTransactions); // every transaction has us as a party
        search->clear();
        const QString someProduct = firstProductName(view);
        type(search, someProduct);
        QTRY_VERIFY(view.proxyModel()->rowCount() < SandboxTransactions);
        const int shown = view.proxyModel()->rowCount();
        QVERIFY(shown >= 1);
        // Sorted by date, newest first.
        view.table()->sortByColumn(TransactionsTableModel::Date, Qt::DescendingOrder);

        // Ctrl+C on the first row shown: the header and that row, tab-separated.
        QTableView* table = view.table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().split(QLatin1Char('\t')), view.visibleHeader());
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')), view.visibleRows(true).first());

        // The CSV export: a BOM, then RFC 4180 records, exactly the header and the rows shown in their order.
        const QString path = m_dir + QStringLiteral("/transactions.csv");
        QSignalSpy exported(&view, &RecordsView::exported);
        view.exportCsvTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QVERIFY(exported.first().at(2).value<Error>().ok());
        QCOMPARE(exported.first().at(1).toInt(), shown);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bool wellFormed = false;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), &wellFormed);
        QVERIFY(wellFormed);
        QCOMPARE(records.size(), shown + 1);
        QCOMPARE(records.first(), view.visibleHeader());
        QCOMPARE(records.mid(1), view.visibleRows(false));
        QVERIFY(records.first().contains(QStringLiteral("Invoice")));
        QVERIFY(records.first().contains(QStringLiteral("Date")));
        const int dateColumn = static_cast<int>(records.first().indexOf(QStringLiteral("Date")));
        QVERIFY(!records.at(1).at(dateColumn).startsWith(QLatin1String("20"))); // as shown, not as sent
    }

    void aFailingServiceIsSaidInWords()
    {
        TransactionsView view(m_registry.get());
        view.resize(1100, 600);
        view.show();
        view.showProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxTransactions, 30000);

        test::FaultOptions faults;
        faults.rate503 = 1;
        m_sandbox->setFaults(faults);
        QSignalSpy failed(&view, &RecordsView::loadFailed);
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(!view.isBusy());
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.placeholder()->isVisible());
        QCOMPARE(view.placeholder()->kind(), PlaceholderPage::Kind::Error);
        QCOMPARE(view.placeholder()->title(), QStringLiteral("The transactions could not be loaded"));
        const QString text = view.placeholder()->text();
        QVERIFY2(text.contains(QStringLiteral("is having trouble right now")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('<')), qPrintable(text)); // not the service's HTML page
        QCOMPARE(view.placeholder()->button()->text(), QStringLiteral("Retry"));
        // The filter bar stays to change, and Retry brings the list once the service is back.
        QVERIFY(view.filterBar()->isVisible());
        clearFaults();
        QTest::mouseClick(view.placeholder()->button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxTransactions, 30000);
        QVERIFY(!view.placeholder()->isVisible());
    }

    void theMainWindowHasATabForIt()
    {
        MainWindow window(m_store.get(), m_secrets.get());
        window.show();
        window.selectProfile(m_profile.id);
        QTabBar* tabs = window.capabilityTabs();
        int transactionsTab = -1;
        int productsTab = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            const auto c = static_cast<Capability>(tabs->tabData(i).toInt());
            if (c == Capability::Transactions)
                transactionsTab = i;
            if (c == Capability::Products)
                productsTab = i;
        }
        QVERIFY(transactionsTab >= 0);
        QVERIFY(productsTab >= 0);
        QCOMPARE(tabs->tabText(transactionsTab), capabilityName(Capability::Transactions));
        tabs->setCurrentIndex(transactionsTab);
        TransactionsView* view = window.transactionsView();
        QVERIFY(view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->model()->rowCount() == SandboxTransactions, 30000);
        QCOMPARE(view->profileId(), m_profile.id);
        QTRY_COMPARE(window.shownText().section(QLatin1Char(' '), 0, 1),
                     QStringLiteral("%1 transactions").arg(SandboxTransactions));
        // Another tab: the transactions forget the profile (only one list works at a time).
        tabs->setCurrentIndex(productsTab);
        QVERIFY(!view->isVisible());
        QVERIFY(view->profileId().isEmpty());
        QCOMPARE(view->model()->rowCount(), 0);
    }

    // For docs/: KONTOR_SCREENSHOT_DIR=docs/screenshots tests/tst_transactions_gui screenshots.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")}) {
            const test::ScopedLanguage scope(language);
            TransactionsView view(m_registry.get());
            view.resize(1300, 700);
            view.show();
            view.showProfile(m_profile);
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxTransactions, 30000);
            view.table()->selectRow(1);
            QTest::qWait(200);
            QVERIFY(view.grab().save(dir + QStringLiteral("/transactions-%1.png").arg(language)));
        }
    }

private:
    // Typed key by key where QTest can (ASCII), else set as a paste would.
    static void type(QLineEdit* edit, const QString& text)
    {
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }

    QJsonArray sandboxTransactions(const QJsonObject& filters)
    {
        const QJsonObject answer =
            wspyJson(QStringLiteral("getMarketplaceTransactions"), QJsonObject{{QStringLiteral("filters"), filters}});
        return answer.value(QStringLiteral("result")).toArray();
    }

    static QSet<QString> idsOf(const QJsonArray& transactions)
    {
        QSet<QString> ids;
        for (const QJsonValue& t : transactions)
            ids.insert(t.toObject().value(QStringLiteral("transactionId")).toString());
        return ids;
    }

    static QSet<QString> idsInView(const TransactionsView& view)
    {
        QSet<QString> ids;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            ids.insert(view.model()->index(row, TransactionsTableModel::Id).data().toString());
        return ids;
    }

    static QString cell(const TransactionsView& view, int row, int column)
    {
        return view.model()->index(row, column).data().toString();
    }

    static QJsonObject firstWith(const QJsonArray& transactions, const QString& status)
    {
        for (const QJsonValue& t : transactions) {
            if (t.toObject().value(QStringLiteral("invoice")).toObject().value(QStringLiteral("status")).toString() ==
                status)
                return t.toObject();
        }
        return {};
    }

    // The name of a product of a transaction that has several: narrows the list without emptying it.
    static QString firstProductName(const TransactionsView& view)
    {
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const Transaction* t = view.model()->transactionAt(row);
            if (t && t->products.size() > 1) {
                for (const auto& [key, value] : t->products.first()) {
                    if (key == QLatin1String("name"))
                        return value;
                }
            }
        }
        return {};
    }

    QString m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClientRegistry> m_registry;
    Profile m_profile;
};

QTEST_MAIN(TestTransactionsGui)
#include "tst_transactions_gui.moc"
