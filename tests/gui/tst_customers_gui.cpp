// CustomersView and CustomerForm, real widgets on the offscreen platform against the in-process sandbox: the
// view lists every customer of the VirtualPOS profile (all pages, each once) and the search narrows it; the
// form with "create if it does not exist" creates a customer and then updates it (the sandbox's list shows
// both), one audit row per write; an existing customer's age is shown read-only and never reaches the
// server; a bad birth date is shown beside its field and nothing is sent (the sandbox's counters).
#include "CustomerForm.h"
#include "CustomersTableModel.h"
#include "CustomersView.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace kontor;
using namespace kontor::gui;

namespace {

constexpr int SandboxCustomers = 230; // three pages of 100

} // namespace

class TestCustomersGui : public test::SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::SandboxOptions options = testOptions();
        options.customers = SandboxCustomers;
        m_sandbox = std::make_unique<test::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = test::makeTestDir(QStringLiteral("gui-customers"));
        m_store = std::make_unique<ProfileStore>(m_dir);
        m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
        m_registry = std::make_unique<ClientRegistry>(m_secrets.get());
        m_audit = std::make_unique<AuditLog>(m_dir + QStringLiteral("/audit.sqlite"));
        m_profile = test::addSandboxProfile(*m_store, *m_secrets, Service::Virtpos, QStringLiteral("vpos"),
                                            QStringLiteral("Касса"), m_sandbox->url(QStringLiteral("virtpos")));
    }
    void cleanup()
    {
        m_audit.reset();
        m_registry.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void theViewListsEveryCustomerAndSearches()
    {
        CustomersView view(m_registry.get());
        view.setAuditLog(m_audit.get());
        view.resize(1100, 700);
        view.show();
        view.showProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() > 0, 30000);
        // Every page: exactly the sandbox's customers, each once.
        QCOMPARE(view.model()->rowCount(), SandboxCustomers);
        QSet<QString> ids;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            ids.insert(view.model()->index(row, CustomersTableModel::Id).data().toString());
        QCOMPARE(ids.size(), SandboxCustomers);
        const QJsonObject first = firstCustomer();
        const QString id = QString::number(first.value(QStringLiteral("id")).toInt());
        QVERIFY(ids.contains(id));

        // The birth date in the user's locale (en_US here), with the whole year.
        const int row = view.model()->rowOfId(id);
        const QDate birth = QDate::fromString(first.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        QVERIFY(birth.isValid());
        QCOMPARE(view.model()->index(row, CustomersTableModel::BirthDate).data().toString(),
                 QStringLiteral("%1/%2/%3").arg(birth.month()).arg(birth.day()).arg(birth.year()));

        // The search narrows to the customer by e-mail, and by phone.
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("customersFilter"));
        QVERIFY(filter);
        const QString email = first.value(QStringLiteral("email")).toString();
        QVERIFY(!email.isEmpty());
        QTest::keyClicks(filter, email);
        QTRY_COMPARE(view.proxyModel()->rowCount(), 1);
        QCOMPARE(view.proxyModel()->index(0, CustomersTableModel::Id).data().toString(), id);
        filter->clear();
        QTRY_COMPARE(view.proxyModel()->rowCount(), SandboxCustomers);
        QTest::keyClicks(filter, first.value(QStringLiteral("phone")).toString());
        QTRY_VERIFY(view.proxyModel()->rowCount() >= 1 && view.proxyModel()->rowCount() < 5);
        filter->clear();

        // Enter on a row opens its form.
        QTRY_COMPARE(view.proxyModel()->rowCount(), SandboxCustomers);
        CustomerForm* form = view.openCustomer(row);
        QVERIFY(form);
        QVERIFY(!form->isNew());
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->text(), email);
        form->close();
    }

    void aNewCustomerIsCreatedThenUpdated()
    {
        CustomersView view(m_registry.get());
        view.setAuditLog(m_audit.get());
        view.show();
        view.showProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() == SandboxCustomers, 30000);
        QVERIFY(view.newCustomerButton()->isEnabled());
        QTest::mouseClick(view.newCustomerButton(), Qt::LeftButton);
        auto* form = view.findChild<CustomerForm*>();
        QVERIFY(form);
        QVERIFY(form->isNew());
        QVERIFY(!form->ageShown());
        form->setFieldText(QStringLiteral("fname"), QStringLiteral("Анна"));
        form->setFieldText(QStringLiteral("lname"), QStringLiteral("Петрова"));
        form->findChild<QLineEdit*>(QStringLiteral("groupEdit"))->setText(QStringLiteral("Постоянные"));

        // A bad birth date: said beside the field, nothing sent.
        const qint64 requestsBefore = test::requestsTo(m_sandbox->counters(), QStringLiteral("virtpos"));
        const qint64 updatesBefore = customerUpdates();
        form->setFieldText(QStringLiteral("birth_date"), QStringLiteral("17.05.1980"));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QCOMPARE(form->fieldsWithErrors(), QStringList{QStringLiteral("birth_date")});
        QVERIFY(form->fieldError(QStringLiteral("birth_date")).contains(QStringLiteral("17.05.1980")));
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("error_birth_date"))->isVisible());
        QVERIFY(!form->preview());
        QTest::qWait(100);
        QCOMPARE(test::requestsTo(m_sandbox->counters(), QStringLiteral("virtpos")), requestsBefore);

        // Without "create if it does not exist" and without an id, there is nobody to update.
        form->setFieldText(QStringLiteral("birth_date"), QStringLiteral("1980-05-17"));
        form->setCreateIfNotExist(false);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QCOMPARE(form->fieldsWithErrors(), QStringList{QStringLiteral("id")});
        QVERIFY(!form->preview());
        form->setCreateIfNotExist(true);

        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY(form->fieldsWithErrors().isEmpty());
        QVERIFY(form->preview());
        const QStringList sent = form->preview()->rowsText();
        QVERIFY2(sent.contains(QStringLiteral("create_if_not_exist\t1")), qPrintable(sent.join(QLatin1Char('|'))));
        QVERIFY(sent.contains(QStringLiteral("group_name\tПостоянные")));
        QVERIFY(sent.contains(QStringLiteral("birth_date\t1980-05-17")));
        QTest::mouseClick(form->preview()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isSending(), 20000);
        QCOMPARE(customerUpdates(), updatesBefore + 1);
        const QString id = form->findChild<QLineEdit*>(QStringLiteral("idEdit"))->text();
        QVERIFY(!id.isEmpty());
        QCOMPARE(form->banner()->text(), QStringLiteral("Customer %1 created.").arg(id));
        QVERIFY(!form->isNew());
        // The sandbox has her, in her group; the list shows her too.
        QJsonObject stored = customer(id);
        QCOMPARE(stored.value(QStringLiteral("fname")).toString(), QStringLiteral("Анна"));
        QCOMPARE(stored.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-05-17"));
        QCOMPARE(stored.value(QStringLiteral("group_name")).toString(), QStringLiteral("Постоянные"));
        QCOMPARE(view.model()->rowCount(), SandboxCustomers + 1);
        QVERIFY(view.model()->rowOfId(id) >= 0);

        // The same form updates her now: only the e-mail changes, old and new in the preview.
        form->setFieldText(QStringLiteral("email"), QStringLiteral("anna@example.org"));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY(form->preview());
        const QStringList changed = form->preview()->rowsText();
        QVERIFY2(changed.contains(QStringLiteral("email\t\tanna@example.org*")),
                 qPrintable(changed.join(QLatin1Char('|'))));
        QVERIFY(!changed.join(QLatin1Char('\n')).contains(QStringLiteral("fname")));
        QTest::mouseClick(form->preview()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isSending(), 20000);
        QCOMPARE(form->banner()->text(), QStringLiteral("Customer %1 updated.").arg(id));
        QCOMPARE(customerUpdates(), updatesBefore + 2);
        stored = customer(id);
        QCOMPARE(stored.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.org"));
        QCOMPARE(stored.value(QStringLiteral("fname")).toString(), QStringLiteral("Анна"));
        QCOMPARE(view.model()->rowCount(), SandboxCustomers + 1);

        // One audit row per write.
        const QList<AuditEntry> rows = test::auditRows(m_audit.get());
        QCOMPARE(rows.size(), 2);
        for (const AuditEntry& row : rows) {
            QCOMPARE(row.action, QStringLiteral("customer.update"));
            QCOMPARE(row.target, id);
            for (const auto& [name, value] : row.fields)
                QVERIFY(!value.contains(test::secret()));
        }
        form->close();
    }

    void theAgeIsShownButNeverSent()
    {
        CustomersView view(m_registry.get());
        view.setAuditLog(m_audit.get());
        view.show();
        view.showProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() >= SandboxCustomers, 30000);
        const QJsonObject first = firstCustomer();
        const QString id = QString::number(first.value(QStringLiteral("id")).toInt());
        const QString age = QString::number(first.value(QStringLiteral("age")).toInt());
        // Double-click on the row opens the form.
        const QModelIndex index =
            view.proxyModel()->mapFromSource(view.model()->index(view.model()->rowOfId(id), CustomersTableModel::Name));
        view.table()->scrollTo(index);
        QTRY_VERIFY(view.table()->viewport()->rect().contains(view.table()->visualRect(index).center()));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, view.table()->visualRect(index).center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, view.table()->visualRect(index).center());
        auto* form = view.findChild<CustomerForm*>();
        QVERIFY(form);
        QVERIFY(form->ageShown());
        QVERIFY2(form->ageText().startsWith(age + QLatin1Char(' ')), qPrintable(form->ageText()));
        QVERIFY(form->ageText().contains(QStringLiteral("never sent")));

        const qint64 updatesBefore = customerUpdates();
        form->setFieldText(QStringLiteral("birth_date"), QStringLiteral("1990-01-02"));
        form->setFieldText(QStringLiteral("phone"), QStringLiteral("+7 900 000-00-00"));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY(form->preview());
        const QString preview = form->preview()->rowsText().join(QLatin1Char('\n'));
        QVERIFY2(!preview.contains(QStringLiteral("age")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("birth_date\t") + first.value(QStringLiteral("birth_date")).toString() +
                                 QStringLiteral("\t1990-01-02*")));
        QTest::mouseClick(form->preview()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isSending(), 20000);
        // The sandbox refuses any update that carries age: this one went through, and the age follows the date.
        QCOMPARE(form->banner()->text(), QStringLiteral("Customer %1 updated.").arg(id));
        QCOMPARE(customerUpdates(), updatesBefore + 1);
        const QJsonObject stored = customer(id);
        QCOMPARE(stored.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-01-02"));
        QCOMPARE(stored.value(QStringLiteral("age")).toInt(), 35); // the sandbox's today is 2025-06-30
        const QList<AuditEntry> rows = test::auditRows(m_audit.get());
        QCOMPARE(rows.size(), 1);
        for (const auto& [name, value] : rows.first().fields)
            QVERIFY(name != QLatin1String("age"));
        form->close();
    }

    // The customer form, for docs/: KONTOR_SCREENSHOT_DIR=docs/screenshots tests/tst_customers_gui screenshots.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        const test::ScopedLanguage scope(QStringLiteral("en"));
        {
            CustomersView view(m_registry.get());
            view.setAuditLog(m_audit.get());
            view.resize(1100, 700);
            view.show();
            view.showProfile(m_profile);
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy() && view.model()->rowCount() >= SandboxCustomers, 30000);
            view.grab().save(dir + QStringLiteral("/customers-en.png"));
            CustomerForm* form = view.openCustomer(
                view.model()->rowOfId(QString::number(firstCustomer().value(QStringLiteral("id")).toInt())));
            QVERIFY(form);
            // An edit not sent yet, and what Save shows before anything goes out.
            form->setFieldText(QStringLiteral("phone"), QStringLiteral("+7 912 345-67-89"));
            QTest::qWait(200);
            form->grab().save(dir + QStringLiteral("/customer-form-en.png"));
            QTest::mouseClick(form->saveButton(), Qt::LeftButton);
            QVERIFY(form->preview());
            QTest::qWait(200);
            form->preview()->grab().save(dir + QStringLiteral("/customer-preview-en.png"));
            form->preview()->reject();
        }
    }

private:
    QJsonObject firstCustomer()
    {
        const test::Reply r =
            virtpos(QStringLiteral("/api/customer"), {{QStringLiteral("format"), QStringLiteral("json")},
                                                      {QStringLiteral("page"), QStringLiteral("1")},
                                                      {QStringLiteral("page_size"), QStringLiteral("1")}});
        return r.object().value(QStringLiteral("customers")).toArray().first().toObject();
    }

    // The customer as the sandbox lists it now (every page read).
    QJsonObject customer(const QString& id)
    {
        for (int page = 1; page < 20; ++page) {
            const test::Reply r =
                virtpos(QStringLiteral("/api/customer"), {{QStringLiteral("format"), QStringLiteral("json")},
                                                          {QStringLiteral("page"), QString::number(page)},
                                                          {QStringLiteral("page_size"), QStringLiteral("100")}});
            const QJsonArray customers = r.object().value(QStringLiteral("customers")).toArray();
            if (customers.isEmpty())
                break;
            for (const QJsonValue& c : customers) {
                if (QString::number(c.toObject().value(QStringLiteral("id")).toInt()) == id)
                    return c.toObject();
            }
        }
        return {};
    }

    qint64 customerUpdates() const
    {
        return m_sandbox->counters()
            .value(QStringLiteral("virtpos"))
            .toObject()
            .value(QStringLiteral("customerUpdates"))
            .toInteger();
    }

    QString m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClientRegistry> m_registry;
    std::unique_ptr<AuditLog> m_audit;
    Profile m_profile;
};

QTEST_MAIN(TestCustomersGui)
#include "tst_customers_gui.moc"
