// The profile dialog against a real in-process sandbox, real files and (where it matters) the real
// keychain: the connection test answers inline, wrong secrets and bad addresses are explained in words,
// OK stores the profile without its secret, and removing a profile removes its keychain entry.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "ProfileActions.h"
#include "ProfileDialog.h"
#include "ProfileListModel.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using namespace kontor::gui;

namespace {

QString secret()
{
    return QString::fromUtf8(test::SandboxSecret);
}

template <class T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

Result<QString> readSecret(SecretStore& store, const QString& id)
{
    Result<QString> result;
    bool done = false;
    QObject context;
    store.read(id, &context, [&](const Result<QString>& r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return result;
}

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.user = QString::fromUtf8(test::SandboxUser);
        options.secret = secret();
        options.orders = 80;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QString why;
        QVERIFY2(m_sandbox->start(&why), qPrintable(why));
    }

    void testConnectionSucceedsInline()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-ok")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        fillPrintlounge(dialog, QStringLiteral("Druckerei Müller"), secret());
        QVERIFY(okButton(dialog)->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QLabel* result = child<QLabel>(&dialog, "testResultLabel");
        // The answer has not arrived yet: the dialog says it is working, and stays usable meanwhile.
        QCOMPARE(result->text(), QStringLiteral("Testing the connection…"));
        QVERIFY(child<QWidget>(&dialog, "testBusy")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "nameEdit")->isEnabled());
        QVERIFY(dialog.isTesting());

        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The connection works")), 20000);
        QVERIFY(!child<QWidget>(&dialog, "testBusy")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "testIconLabel")->isVisible());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isTesting());
        // Testing stores nothing.
        QCOMPARE(store.profiles().size(), 0);
        QVERIFY(!QFile::exists(store.filePath()));
    }

    void wrongSecretIsExplainedAndFormKept()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-wrong")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        const QString wrong = QString::fromUtf8(test::WrongSecret);
        fillPrintlounge(dialog, QStringLiteral("Druckerei Weiß"), wrong);

        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QLabel* result = child<QLabel>(&dialog, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && !result->text().startsWith(QStringLiteral("Testing")),
                                 20000);
        const QString text = result->text();
        QVERIFY2(!text.startsWith(QStringLiteral("The connection works")), qPrintable(text));
        // Plain words, no secret, no markup.
        QVERIFY2(!text.contains(wrong) && !text.contains(QLatin1Char('<')), qPrintable(text));
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("Druckerei Weiß"));
        QCOMPARE(child<QLineEdit>(&dialog, "baseUrlEdit")->text(),
                 m_sandbox->url(QStringLiteral("printlounge")).toString());
        QCOMPARE(child<QLineEdit>(&dialog, "userEdit")->text(), QString::fromUtf8(test::SandboxUser));
        QCOMPARE(child<QLineEdit>(&dialog, "secretEdit")->text(), wrong);

        // Correcting the secret clears the stale answer and the next test succeeds.
        child<QLineEdit>(&dialog, "secretEdit")->setText(secret());
        QVERIFY(result->text().isEmpty());
        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The connection works")), 20000);
    }

    void invalidUrlIsExplainedWhenLeft_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("ftp") << QStringLiteral("ftp://shop.example.com") << QStringLiteral("https://");
        QTest::newRow("garbage") << QStringLiteral("not a url at all") << QStringLiteral("https://");
        QTest::newRow("empty") << QString() << QStringLiteral("address");
        QTest::newRow("plain http") << QStringLiteral("http://shop.example.com") << QStringLiteral("http://");
    }

    // Typing is not judged; leaving the field is. Save refuses and shows the reason under the field.
    void invalidUrlIsExplainedWhenLeft()
    {
        QFETCH(QString, url);
        QFETCH(QString, reasonPart);
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-url")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        showActive(dialog);
        fillPrintlounge(dialog, QStringLiteral("Shop"), secret());
        QVERIFY(dialog.problems().isEmpty());

        auto* edit = child<QLineEdit>(&dialog, "baseUrlEdit");
        QLabel* error = child<QLabel>(&dialog, "baseUrlEditError");
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        edit->setText(url);
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(!error->isVisible()); // still typing
        QVERIFY(dialog.shownProblem(edit).isEmpty());
        QTest::keyClick(edit, Qt::Key_Tab); // leaves the field
        QVERIFY(QApplication::focusWidget() != edit);
        QVERIFY(error->isVisible());
        QVERIFY2(dialog.shownProblem(edit).contains(reasonPart), qPrintable(dialog.shownProblem(edit)));
        QCOMPARE(edit->accessibleDescription(), error->text());
        // Save refuses, however it is pressed.
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(store.profiles().size(), 0);
        QCOMPARE(QApplication::focusWidget(), edit); // Save took the person to the problem

        // Put right, the line goes at once (https:// is assumed).
        edit->setText(QStringLiteral("shop.example.com"));
        QVERIFY(!error->isVisible());
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(dialog.profileFromForm().baseUrl, QUrl(QStringLiteral("https://shop.example.com")));
    }

    // A new person opens the dialog: nothing is red until a field is left or Save is pressed; then every
    // problem shows under its field at once.
    void noProblemShownBeforeTyping()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-fresh")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        showActive(dialog);
        QVERIFY(!dialog.problems().isEmpty());
        const auto visibleErrors = [&] {
            QStringList names;
            for (QLabel* label : dialog.findChildren<QLabel*>()) {
                if (label->isVisible() && (label->objectName().endsWith(QLatin1String("Error")) ||
                                           label->objectName().contains(QLatin1String("roblem"))))
                    names << label->objectName();
            }
            return names;
        };
        QVERIFY2(visibleErrors().isEmpty(), qPrintable(visibleErrors().join(QLatin1Char(' '))));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "testButton")->isEnabled());
        QVERIFY(!dialog.isAdvancedOpen());
        QVERIFY(!child<QWidget>(&dialog, "advancedGroup")->isVisible());
        QVERIFY(!child<QWidget>(&dialog, "connectTimeoutSpin")->isVisible());
        QVERIFY(!child<QWidget>(&dialog, "insecureCheck")->isVisible());

        // Tabbing past the name leaves it empty: now, and only now, it is wrong.
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "nameEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(visibleErrors(), QStringList{QStringLiteral("nameEditError")});
        QVERIFY(dialog.shownProblem(child<QWidget>(&dialog, "nameEdit")).contains(QLatin1String("name")));

        // Save: every problem at once, each under its field, and the dialog stays.
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        for (const char* field : {"nameEdit", "baseUrlEdit", "userEdit", "secretEdit"})
            QVERIFY2(!dialog.shownProblem(child<QWidget>(&dialog, field)).isEmpty(), field);
        QVERIFY(!dialog.isAdvancedOpen()); // nothing wrong in there
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "nameEdit"));
    }

    // Save with a problem inside the folded part opens it.
    void saveOpensAdvancedWhenItHoldsAProblem()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-advanced")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        showActive(dialog);
        fillPrintlounge(dialog, QStringLiteral("Shop"), secret());
        child<QLineEdit>(&dialog, "pinEdit")->setText(QStringLiteral("not a fingerprint"));
        child<QSpinBox>(&dialog, "inactivityTimeoutSpin")->setValue(60);
        child<QSpinBox>(&dialog, "totalTimeoutSpin")->setValue(30);
        QVERIFY(!dialog.isAdvancedOpen());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isAdvancedOpen());
        QVERIFY(child<QWidget>(&dialog, "pinEdit")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "pinEditError")->isVisible());
        QVERIFY2(dialog.shownProblem(child<QWidget>(&dialog, "pinEdit")).contains(QLatin1String("SHA-256")),
                 qPrintable(dialog.shownProblem(child<QWidget>(&dialog, "pinEdit"))));
        QVERIFY(child<QLabel>(&dialog, "totalTimeoutSpinError")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "problemsLabel")->isVisible()); // each said once, under its field
        QCOMPARE(store.profiles().size(), 0);

        child<QLineEdit>(&dialog, "pinEdit")->clear();
        child<QSpinBox>(&dialog, "totalTimeoutSpin")->setValue(120);
        QVERIFY(!child<QLabel>(&dialog, "pinEditError")->isVisible());
        QVERIFY(dialog.problems().isEmpty());
        // The fold itself is a button a keyboard reaches.
        auto* toggle = child<QToolButton>(&dialog, "advancedToggle");
        QVERIFY(toggle->isCheckable() && toggle->focusPolicy() != Qt::NoFocus);
        toggle->click();
        QVERIFY(!dialog.isAdvancedOpen());
        QVERIFY(!child<QWidget>(&dialog, "pinEdit")->isVisible());
    }

    // The eye on the secret field shows what was typed, and the secret is hidden again when the dialog opens.
    void showSecretToggle()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-eye")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        auto* edit = child<QLineEdit>(&dialog, "secretEdit");
        auto* eye = dialog.findChild<QAction*>(QStringLiteral("showSecretAction"));
        QVERIFY(eye);
        QVERIFY(edit->actions().contains(eye));
        edit->setText(QStringLiteral("s3cret"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QCOMPARE(eye->text(), QStringLiteral("Show the password or key"));
        QToolButton* button = nullptr;
        for (QObject* o : eye->associatedObjects()) {
            if (auto* b = qobject_cast<QToolButton*>(o))
                button = b;
        }
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->accessibleName(), QStringLiteral("Show the password or key"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QVERIFY(eye->isChecked());
        QCOMPARE(button->accessibleName(), QStringLiteral("Hide the password or key"));
        eye->trigger();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        eye->trigger();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        // Closed and opened again: hidden.
        dialog.reject();
        dialog.show();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!eye->isChecked());
    }

    // Where the key comes from is said per service, and the recommended sign-in on a line of its own.
    void hintsFollowTheService()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-hints")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        auto* service = child<QComboBox>(&dialog, "serviceCombo");
        auto* auth = child<QComboBox>(&dialog, "authKindCombo");
        QCOMPARE(auth->itemText(auth->findData(static_cast<int>(net::AuthKind::Basic))), QStringLiteral("HTTP Basic"));
        QCOMPARE(auth->itemText(auth->findData(static_cast<int>(net::AuthKind::Bearer))),
                 QStringLiteral("Bearer token"));
        QCOMPARE(auth->itemText(auth->findData(static_cast<int>(net::AuthKind::Header))),
                 QStringLiteral("Key in a named header"));
        QSet<QString> hints;
        for (const char* id : {"printlounge", "htk", "virtpos", "webshippy"}) {
            service->setCurrentIndex(service->findData(QLatin1String(id)));
            auto* hint = child<QLabel>(&dialog, "secretHintLabel");
            QVERIFY2(hint->isVisible() && !hint->text().isEmpty(), id);
            QVERIFY2(hint->wordWrap(), id);
            hints.insert(hint->text());
            const QString recommended = child<QLabel>(&dialog, "authHintLabel")->text();
            QVERIFY2(recommended.startsWith(QLatin1String("Recommended for ")), qPrintable(recommended));
            // No list entry carries the recommendation: it would be cut off in a narrow combo.
            for (int i = 0; i < auth->count(); ++i)
                QVERIFY2(!auth->itemText(i).contains(QLatin1String("recommend")), qPrintable(auth->itemText(i)));
        }
        QCOMPARE(hints.size(), 4);
        service->setCurrentIndex(service->findData(QStringLiteral("printlounge")));
        QVERIFY(child<QLabel>(&dialog, "secretHintLabel")->text().contains(QLatin1String("API key")));
        QVERIFY(child<QLabel>(&dialog, "authHintLabel")->text().contains(QLatin1String("HTTP Basic")));
    }

    void plainHttpNeedsExplicitPermission()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-http")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        showActive(dialog);
        fillPrintlounge(dialog, QStringLiteral("Test shop"), secret());
        auto* url = child<QLineEdit>(&dialog, "baseUrlEdit");
        url->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), url);
        url->setText(QStringLiteral("http://test.example.com"));
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(!dialog.isAdvancedOpen());
        QTest::keyClick(url, Qt::Key_Tab);
        // The address's problem says to allow plain http: the part that allows it opens.
        QVERIFY(dialog.isAdvancedOpen());
        QVERIFY(child<QCheckBox>(&dialog, "insecureCheck")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "insecureWarningLabel")->isVisible());
        child<QCheckBox>(&dialog, "insecureCheck")->setChecked(true);
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(!child<QLabel>(&dialog, "baseUrlEditError")->isVisible());
        auto* warning = child<QLabel>(&dialog, "insecureWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->wordWrap());
        // Wrapped, not cut: the label is as tall as its text needs at its width.
        QTRY_VERIFY(warning->height() >= warning->heightForWidth(warning->width()));
        QVERIFY(dialog.profileFromForm().allowInsecureHttp);
    }

    void missingSecretAndDuplicateNameAreReasons()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-dup")));
        Profile existing = Profile::defaultsFor(Service::Printlounge);
        existing.name = QStringLiteral("Hauptshop");
        existing.baseUrl = QUrl(QStringLiteral("https://shop.example.com"));
        existing.user = QStringLiteral("api");
        QVERIFY(store.upsert(existing).ok());
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        fillPrintlounge(dialog, QStringLiteral("hauptshop"), QString());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        const QString name = dialog.shownProblem(child<QWidget>(&dialog, "nameEdit"));
        QVERIFY2(name.contains(QStringLiteral("already called")), qPrintable(name));
        const QString key = dialog.shownProblem(child<QWidget>(&dialog, "secretEdit"));
        QVERIFY2(key.contains(QStringLiteral("password or API key")), qPrintable(key));

        // Format is offered only where the service has a choice.
        QVERIFY(!child<QComboBox>(&dialog, "formatCombo")->isEnabled());
        auto* service = child<QComboBox>(&dialog, "serviceCombo");
        service->setCurrentIndex(service->findData(QStringLiteral("virtpos")));
        QVERIFY(child<QComboBox>(&dialog, "formatCombo")->isEnabled());
    }

    // The keychain path: the secret goes to the real keychain, never into profiles.json.
    void acceptStoresProfileAndSecret()
    {
        const QString dir = test::makeTestDir(QStringLiteral("gui-dialog-accept"));
        ProfileStore store(dir);
        SecretStore secrets(SecretStore::Backend::Keychain);
        MainWindow window(&store, &secrets);
        window.show();
        QAbstractItemModelTester tester(window.profileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QPointer<ProfileDialog> dialog = window.profileActions()->newProfile();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        fillPrintlounge(*dialog, QStringLiteral("Druckerei Schäfer"), secret());
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000); // closed (and deleted) once the secret is stored
        QVERIFY2(!secrets.sessionOnly(), "the test keyring did not accept the secret");

        // The sidebar shows it, selected, and its orders load with the stored secret.
        QCOMPARE(window.profileModel()->rowCount(), 1);
        const QModelIndex row = window.profileModel()->index(0, 0);
        QCOMPARE(row.data().toString(), QStringLiteral("Druckerei Schäfer"));
        QCOMPARE(row.data(ProfileListModel::DemoRole).toBool(), false);
        const QString id = row.data(ProfileListModel::ProfileIdRole).toString();
        QCOMPARE(window.currentProfileId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->model()->rowCount() > 0, 20000);

        // profiles.json has the profile, not the secret.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(store.filePath()), 10000);
        QByteArray json;
        QTRY_VERIFY_WITH_TIMEOUT((json = readFile(store.filePath())).contains("Druckerei Sch"), 10000);
        QVERIFY(json.contains(id.toUtf8()));
        QVERIFY(!json.contains(secret().toUtf8()));
        QVERIFY(!json.contains("Sx7+k/P")); // not even escaped differently
        QVERIFY(!readFile(dir + QStringLiteral("/kontor-gui.ini")).contains("Sx7+k/P"));

        // A fresh store (a new session) reads it from the keychain.
        SecretStore fresh(SecretStore::Backend::Keychain);
        const Result<QString> stored = readSecret(fresh, id);
        QVERIFY2(stored.ok(), qPrintable(stored.error.message));
        QCOMPARE(stored.value, secret());

        // Editing: the secret field starts empty ("unchanged") and a test uses the stored secret.
        dialog = window.profileActions()->editProfile(id);
        QVERIFY(dialog);
        auto* secretEdit = child<QLineEdit>(dialog, "secretEdit");
        QVERIFY(secretEdit->text().isEmpty());
        QCOMPARE(secretEdit->placeholderText(), QStringLiteral("unchanged"));
        QVERIFY(okButton(*dialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "testResultLabel")->text().startsWith(QStringLiteral("The connection works")), 20000);
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());

        // Remove asks first (a window-modal box, not a nested loop), then deletes the keychain entry too.
        window.profileActions()->removeProfile(id);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("removeProfileBox"))) != nullptr);
        QVERIFY(box->isVisible());
        QCOMPARE(store.profiles().size(), 1); // nothing happens before the answer
        QPushButton* removeButton = nullptr;
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                removeButton = qobject_cast<QPushButton*>(b);
        }
        QVERIFY(removeButton);
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QTRY_COMPARE(window.profileModel()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!readFile(store.filePath()).contains("Druckerei Sch"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(fresh, id).error.kind == Error::Kind::NotFound, 15000);
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    }

    void closingCancelsRunningTest()
    {
        sandbox::SandboxOptions options;
        options.user = QString::fromUtf8(test::SandboxUser);
        options.secret = secret();
        options.faults.latencyMs = 1500;
        sandbox::Sandbox slow(options);
        QString why;
        QVERIFY2(slow.start(&why), qPrintable(why));

        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-cancel")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        QPointer<ProfileDialog> dialog = new ProfileDialog(&store, &secrets);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        fillPrintlounge(*dialog, QStringLiteral("Langsam"), secret(),
                        slow.url(QStringLiteral("printlounge")).toString());
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(dialog->isTesting());
        dialog->reject();
        QVERIFY(!dialog || !dialog->isTesting());
        QTRY_VERIFY(dialog.isNull());
        QTest::qWait(2000); // the sandbox answers after the dialog is gone: nothing may crash
    }

    // Status names and the status method: edited in the dialog, stored in the profile on Save.
    void statusNamesAndMethodAreEditedAndStored()
    {
        const QString dir = test::makeTestDir(QStringLiteral("gui-dialog-status"));
        ProfileStore store(dir);
        Profile existing = Profile::defaultsFor(Service::Printlounge);
        existing.name = QStringLiteral("Druckerei Status");
        existing.baseUrl = m_sandbox->url(QStringLiteral("printlounge"));
        existing.user = QString::fromUtf8(test::SandboxUser);
        QVERIFY(store.upsert(existing).ok());
        existing = store.profiles().constFirst();
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        secrets.putSessionSecret(existing.id, secret());
        ProfileDialog dialog(&store, &secrets);
        dialog.setProfile(existing);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        auto* table = child<QTableWidget>(&dialog, "statusNamesTable");
        auto* add = child<QPushButton>(&dialog, "addStatusButton");
        auto* remove = child<QPushButton>(&dialog, "removeStatusButton");
        auto* method = child<QComboBox>(&dialog, "statusMethodCombo");
        auto* message = child<QLabel>(&dialog, "statusNamesProblemLabel");
        QVERIFY(!dialog.isAdvancedOpen()); // the method is a technical option
        dialog.setAdvancedOpen(true);
        QVERIFY(table->isVisible() && add->isVisible() && method->isVisible());
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Status code"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Name"));
        QCOMPARE(method->currentText(), QStringLiteral("PUT (default)"));
        QVERIFY(!remove->isEnabled());

        // As a person types: Add opens the code, Tab goes on to the name, Enter ends it.
        addStatus(dialog, QStringLiteral("61"), QStringLiteral("In Bearbeitung"));
        addStatus(dialog, QStringLiteral("62"), QStringLiteral("Versandt"));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(message->text()));
        QVERIFY(!message->isVisible());
        if (const QString shots = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(100); // the layout settles from the event loop
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/kontor-profiledialog-statuses.png")));
        }

        // A code that is not a whole number cannot be typed.
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7a-1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("71"));
        // An empty name is refused beside the table, and Save waits for it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), table); // the cell is closed
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("give the status code 71 a name")),
                 qPrintable(message->text()));
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(!child<QLabel>(&dialog, "problemsLabel")->isVisible()); // said once, where it is
        // A code named twice is refused the same way.
        table->item(2, 0)->setText(QStringLiteral("61"));
        table->item(2, 1)->setText(QStringLiteral("Doppelt"));
        QVERIFY2(message->text().contains(QStringLiteral("61 is named twice")), qPrintable(message->text()));
        QVERIFY(!dialog.problems().isEmpty());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(store.profiles().constFirst().statusNames.isEmpty());

        // Remove the duplicate and the first name: the selection goes, the rest stays.
        table->clearSelection();
        table->selectRow(2);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!message->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        table->clearSelection();
        table->selectRow(0);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("61"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete); // the key does what the button does
        QCOMPARE(table->rowCount(), 1);

        method->setCurrentIndex(method->findData(QStringLiteral("patch")));
        QCOMPARE(method->currentText(), QStringLiteral("PATCH"));

        // A name still being typed when Save is pressed by keyboard counts as typed.
        table->item(0, 1)->setText(QStringLiteral("Versand"));
        table->setCurrentCell(0, 1);
        table->editItem(table->item(0, 1));
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && table->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClicks(editor, QStringLiteral("t"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Versand"));

        dialog.accept();
        QVERIFY(!dialog.isVisible());
        const Profile* stored = store.findById(existing.id);
        QVERIFY(stored);
        const QMap<QString, QString> expected{{QStringLiteral("62"), QStringLiteral("Versandt")}};
        QCOMPARE(stored->statusNames, expected);
        QCOMPARE(stored->statusMethod, QStringLiteral("patch"));
        QVERIFY(stored->patchesStatus());
        // And on disk, as the next session reads it.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(store.filePath()).contains("Versandt"), 10000);
        store.waitForPendingSaves();
        ProfileStore fresh(dir);
        QVERIFY(fresh.load().ok());
        QVERIFY(fresh.findById(existing.id));
        QCOMPARE(fresh.findById(existing.id)->statusNames, expected);
        QCOMPARE(fresh.findById(existing.id)->statusMethod, QStringLiteral("patch"));

        // Opened again, the dialog shows what is stored; back to PUT stores the default.
        ProfileDialog again(&store, &secrets);
        again.setProfile(*stored);
        QCOMPARE(child<QTableWidget>(&again, "statusNamesTable")->rowCount(), 1);
        QCOMPARE(child<QTableWidget>(&again, "statusNamesTable")->item(0, 1)->text(), QStringLiteral("Versandt"));
        auto* againMethod = child<QComboBox>(&again, "statusMethodCombo");
        QCOMPARE(againMethod->currentData().toString(), QStringLiteral("patch"));
        againMethod->setCurrentIndex(againMethod->findData(QStringLiteral("put")));
        QVERIFY(!again.profileFromForm().patchesStatus());
    }

    // Shown only where they mean something: names where orders carry status codes, the method for printlounge.
    void statusOptionsFollowTheService()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-status-services")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        auto* service = child<QComboBox>(&dialog, "serviceCombo");
        auto* group = child<QWidget>(&dialog, "statusGroup");
        auto* method = child<QComboBox>(&dialog, "statusMethodCombo");
        auto* methodLabel = child<QLabel>(&dialog, "statusMethodLabel");
        const struct
        {
            const char* id;
            bool names;
            bool method;
        } cases[] = {
            {"printlounge", true, true}, {"htk", true, false}, {"virtpos", false, false}, {"webshippy", false, false}};
        for (const auto& c : cases) {
            service->setCurrentIndex(service->findData(QLatin1String(c.id)));
            QVERIFY2(group->isVisible() == c.names, c.id);
            QWidget* advanced = child<QWidget>(&dialog, "advancedGroup");
            QVERIFY2(method->isVisibleTo(advanced) == c.method && methodLabel->isVisibleTo(advanced) == c.method, c.id);
        }
        // A hidden table neither blocks saving nor changes what the profile keeps.
        Profile p = Profile::defaultsFor(Service::Virtpos);
        p.id = QStringLiteral("virtpos-status");
        p.name = QStringLiteral("Kasse");
        p.baseUrl = QUrl(QStringLiteral("https://pos.example.com"));
        p.statusNames.insert(QStringLiteral("open"), QStringLiteral("Offen"));
        ProfileDialog edit(&store, &secrets);
        edit.setProfile(p);
        QCOMPARE(edit.profileFromForm().statusNames, p.statusNames);
        QVERIFY(!edit.problems().join(QLatin1Char(' ')).contains(QLatin1String("status code")));
    }

    // Every label that names a field says which (its buddy), and Tab follows the form from top to bottom.
    void labelsHaveBuddiesAndTabFollowsTheLayout()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-buddies")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->objectName()));
        }
        QCOMPARE(child<QLabel>(&dialog, "statusNamesLabel")->buddy(), child<QWidget>(&dialog, "statusNamesTable"));
        QCOMPARE(child<QLabel>(&dialog, "statusMethodLabel")->buddy(), child<QWidget>(&dialog, "statusMethodCombo"));
        const QStringList order{QStringLiteral("secretEdit"),
                                QStringLiteral("statusNamesTable"),
                                QStringLiteral("addStatusButton"),
                                QStringLiteral("removeStatusButton"),
                                QStringLiteral("advancedToggle"),
                                QStringLiteral("formatCombo"),
                                QStringLiteral("connectTimeoutSpin"),
                                QStringLiteral("inactivityTimeoutSpin"),
                                QStringLiteral("totalTimeoutSpin"),
                                QStringLiteral("insecureCheck"),
                                QStringLiteral("pinEdit"),
                                QStringLiteral("statusMethodCombo"),
                                QStringLiteral("proxyModeCombo"),
                                QStringLiteral("proxyTypeCombo"),
                                QStringLiteral("proxyHostEdit"),
                                QStringLiteral("proxyPortEdit"),
                                QStringLiteral("proxyUserEdit"),
                                QStringLiteral("testButton")};
        for (int i = 0; i + 1 < order.size(); ++i) {
            QWidget* from = child<QWidget>(&dialog, qPrintable(order.at(i)));
            QWidget* next = from->nextInFocusChain();
            while (next && next->objectName() != order.at(i + 1) && !order.contains(next->objectName()))
                next = next->nextInFocusChain();
            QVERIFY2(next && next->objectName() == order.at(i + 1),
                     qPrintable(order.at(i) + QStringLiteral(" -> ") + (next ? next->objectName() : QString())));
        }
    }

    // Alt+letter reaches one control only, in every language, with everything the dialog can show at once on the
    // screen: Advanced open, a manual proxy, and each sign-in method's fields.
    void accessKeysAreUniqueInEveryLanguage()
    {
        QStringList problems;
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-keys-") + language));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            ProfileDialog dialog(&store, &secrets);
            showActive(dialog);
            dialog.setAdvancedOpen(true);
            auto* mode = child<QComboBox>(&dialog, "proxyModeCombo");
            mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
            auto* auth = child<QComboBox>(&dialog, "authKindCombo");
            QVERIFY(auth && auth->count() > 1);
            for (int i = 0; i < auth->count(); ++i) {
                auth->setCurrentIndex(i);
                for (const QString& clash : test::accessKeyClashes(&dialog))
                    problems << language + QStringLiteral(", ") + auth->currentText() + QStringLiteral(": ") + clash;
            }
        }
        problems.removeDuplicates();
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << "access key:" << problem;
        QVERIFY2(problems.isEmpty(), "several controls share an access key (listed above)");
    }

    // A profile's own proxy, in Advanced: its fields appear for "Manual proxy" only, and Save stores it as typed.
    void manualProxyIsSavedAsTyped()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-proxy")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        showActive(dialog);
        fillPrintlounge(dialog, QStringLiteral("Shop behind a proxy"), secret());
        dialog.setAdvancedOpen(true);
        auto* mode = child<QComboBox>(&dialog, "proxyModeCombo");
        QVERIFY(mode->isVisible());
        QCOMPARE(mode->currentData().toString(), QStringLiteral("app")); // the default
        QCOMPARE(mode->count(), 3);                                      // no "system" for a profile
        for (const char* name : {"proxyTypeCombo", "proxyHostEdit", "proxyPortEdit", "proxyUserEdit"})
            QVERIFY2(!child<QWidget>(&dialog, name)->isVisible(), name);
        QCOMPARE(dialog.profileFromForm().proxy, net::ProxyConfig());

        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        for (const char* name : {"proxyTypeCombo", "proxyHostEdit", "proxyPortEdit", "proxyUserEdit"})
            QVERIFY2(child<QWidget>(&dialog, name)->isVisible() && child<QWidget>(&dialog, name)->isEnabled(), name);
        QVERIFY(child<QLabel>(&dialog, "proxyHintLabel")->isVisible()); // where a password goes
        QVERIFY(dialog.findChildren<QLineEdit*>(QStringLiteral("proxyPasswordEdit")).isEmpty());
        auto* type = child<QComboBox>(&dialog, "proxyTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("socks5")));
        auto* host = child<QLineEdit>(&dialog, "proxyHostEdit");
        host->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), host);
        QTest::keyClicks(host, QStringLiteral("proxy.example.com"));
        QTest::keyClick(host, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1080"));
        QCOMPARE(child<QLineEdit>(&dialog, "proxyPortEdit")->text(), QStringLiteral("1080"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("anna"));
        QCOMPARE(child<QLineEdit>(&dialog, "proxyUserEdit")->text(), QStringLiteral("anna"));
        QVERIFY(dialog.problems().isEmpty());

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(store.profiles().size(), 1);
        QVERIFY(!dialog.isVisible());
        net::ProxyConfig expected;
        expected.mode = net::ProxyConfig::Mode::Manual;
        expected.type = net::ProxyConfig::Type::Socks5;
        expected.host = QStringLiteral("proxy.example.com");
        expected.port = 1080;
        expected.user = QStringLiteral("anna");
        QCOMPARE(store.profiles().first().proxy, expected);
        QCOMPARE(store.profiles().first().proxy.displayText(), QStringLiteral("socks5://anna@proxy.example.com:1080"));
        // And on disk, as a new session reads it.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(store.filePath()).contains("proxy.example.com"), 10000);
        ProfileStore reread(store.configDir());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.profiles().size(), 1);
        QCOMPARE(reread.profiles().first().proxy, expected);
    }

    // A wrong port (or host) is said under its field once it is left, and Save keeps the dialog open.
    // On a screen too small for the whole form, the form scrolls above the buttons, and Save scrolls to the
    // problem it puts the focus on. The dialog is then destroyed with that field focused: the focus leaving the
    // dying field once reached the dialog's half-destroyed tables (a crash).
    void aFormTallerThanTheDialogScrollsToItsProblem()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-scroll")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        showActive(dialog);
        fillPrintlounge(dialog, QStringLiteral("Shop"), secret());
        dialog.setAdvancedOpen(true);
        auto* mode = child<QComboBox>(&dialog, "proxyModeCombo");
        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        child<QLineEdit>(&dialog, "proxyHostEdit")->setText(QStringLiteral("proxy.example.com"));
        auto* port = child<QLineEdit>(&dialog, "proxyPortEdit");
        port->setText(QStringLiteral("70000"));
        dialog.resize(dialog.width(), 420);
        auto* scroll = child<QScrollArea>(&dialog, "formScroll");
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(port->visibleRegion().isEmpty());
        QVERIFY(okButton(dialog)->isVisible()); // the buttons stay in reach
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), port);
        QTRY_VERIFY(!port->visibleRegion().isEmpty());
        QCOMPARE(store.profiles().size(), 0);
    }

    void badProxyPortIsExplainedAndBlocksSave()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-proxy-bad")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileDialog dialog(&store, &secrets);
        showActive(dialog);
        fillPrintlounge(dialog, QStringLiteral("Shop"), secret());
        dialog.setAdvancedOpen(true);
        auto* mode = child<QComboBox>(&dialog, "proxyModeCombo");
        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        child<QLineEdit>(&dialog, "proxyHostEdit")->setText(QStringLiteral("proxy.example.com"));
        auto* port = child<QLineEdit>(&dialog, "proxyPortEdit");
        QLabel* error = child<QLabel>(&dialog, "proxyPortEditError");
        port->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), port);
        QTest::keyClicks(port, QStringLiteral("70000"));
        QVERIFY(!error->isVisible()); // still typing
        QVERIFY(!dialog.problems().isEmpty());
        QTest::keyClick(port, Qt::Key_Tab);
        QVERIFY(error->isVisible());
        QVERIFY2(dialog.shownProblem(port).contains(QLatin1String("65535")), qPrintable(dialog.shownProblem(port)));
        QCOMPARE(port->accessibleDescription(), error->text());

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(store.profiles().size(), 0);
        QCOMPARE(QApplication::focusWidget(), port); // Save took the person to the problem

        // A host with a slash is as wrong, and said on Save; put right, both lines go.
        child<QLineEdit>(&dialog, "proxyHostEdit")->setText(QStringLiteral("http://proxy"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "proxyHostEditError")->isVisible());
        child<QLineEdit>(&dialog, "proxyHostEdit")->setText(QStringLiteral("proxy.example.com"));
        port->setText(QStringLiteral("3128"));
        QVERIFY(!error->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "proxyHostEditError")->isVisible());
        QVERIFY(dialog.problems().isEmpty());
        // Back to the application's proxy: the fields (and their problems) no longer count, nor take room.
        port->setText(QStringLiteral("0"));
        const int manualHeight = dialog.height();
        mode->setCurrentIndex(mode->findData(QStringLiteral("app")));
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(!port->isVisible());
        QVERIFY2(dialog.height() < manualHeight, qPrintable(QString::number(dialog.height())));
        QCOMPARE(dialog.profileFromForm().proxy, net::ProxyConfig());
    }

    // A profile with a proxy of its own opens with Advanced unfolded and the proxy filled in.
    void profileWithProxyOpensAdvanced()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-proxy-edit")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        Profile p = Profile::defaultsFor(Service::Virtpos);
        p.id = QStringLiteral("proxy-profile");
        p.name = QStringLiteral("Kasse");
        p.baseUrl = QUrl(QStringLiteral("https://pos.example.com/"));
        p.proxy.mode = net::ProxyConfig::Mode::Manual;
        p.proxy.host = QStringLiteral("10.0.0.8");
        p.proxy.port = 8080;
        p.proxy.user = QStringLiteral("kasse");
        QVERIFY(store.upsert(p).ok());
        {
            ProfileDialog dialog(&store, &secrets);
            dialog.setProfile(p);
            showActive(dialog);
            QVERIFY(dialog.isAdvancedOpen());
            QCOMPARE(child<QComboBox>(&dialog, "proxyModeCombo")->currentData().toString(), QStringLiteral("manual"));
            QCOMPARE(child<QComboBox>(&dialog, "proxyTypeCombo")->currentData().toString(), QStringLiteral("http"));
            QCOMPARE(child<QLineEdit>(&dialog, "proxyHostEdit")->text(), QStringLiteral("10.0.0.8"));
            QCOMPARE(child<QLineEdit>(&dialog, "proxyPortEdit")->text(), QStringLiteral("8080"));
            QCOMPARE(child<QLineEdit>(&dialog, "proxyUserEdit")->text(), QStringLiteral("kasse"));
            QVERIFY(child<QLineEdit>(&dialog, "proxyHostEdit")->isVisible());
            QCOMPARE(dialog.profileFromForm(), p); // unchanged when saved as it is
        }
        {
            p.proxy = {};
            p.proxy.mode = net::ProxyConfig::Mode::None;
            ProfileDialog dialog(&store, &secrets);
            dialog.setProfile(p);
            showActive(dialog);
            QVERIFY(dialog.isAdvancedOpen());
            QCOMPARE(child<QComboBox>(&dialog, "proxyModeCombo")->currentData().toString(), QStringLiteral("none"));
            QVERIFY(!child<QLineEdit>(&dialog, "proxyHostEdit")->isVisible());
        }
        {
            p.proxy = {};
            ProfileDialog dialog(&store, &secrets);
            dialog.setProfile(p);
            showActive(dialog);
            QVERIFY(!dialog.isAdvancedOpen()); // the application's proxy is nothing unusual
        }
    }

    // For docs/: KONTOR_SCREENSHOT_DIR=... (and QT_SCALE_FACTOR=2 for the -2x files) tst_profiledialog screenshot.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set KONTOR_SCREENSHOT_DIR to write screenshots");
        const QString scale =
            qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2") ? QStringLiteral("-2x") : QString();
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            const auto save = [&](QWidget& w, const QString& what) {
                QTest::qWait(200); // the layout settles from the event loop
                QVERIFY(w.grab().save(dir + QStringLiteral("/profile-dialog%1-%2%3.png").arg(what, language, scale)));
            };
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-dialog-shot-") + language));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            {
                // As a new person meets it, then after pressing Save with nothing filled in.
                ProfileDialog fresh(&store, &secrets);
                showActive(fresh);
                save(fresh, QStringLiteral("-new"));
                QTest::mouseClick(okButton(fresh), Qt::LeftButton);
                save(fresh, QStringLiteral("-errors"));
            }
            ProfileDialog dialog(&store, &secrets);
            showActive(dialog);
            fillPrintlounge(dialog, QStringLiteral("Druckerei Müller"), secret());
            QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "testIconLabel")->isVisible(), 20000);
            save(dialog, QString());
            dialog.setAdvancedOpen(true);
            child<QCheckBox>(&dialog, "insecureCheck")->setChecked(true);
            save(dialog, QStringLiteral("-advanced"));
            // A proxy of the profile's own, its port wrong and Save pressed.
            child<QCheckBox>(&dialog, "insecureCheck")->setChecked(false);
            auto* mode = child<QComboBox>(&dialog, "proxyModeCombo");
            mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
            child<QLineEdit>(&dialog, "proxyHostEdit")->setText(QStringLiteral("proxy.example.com"));
            child<QLineEdit>(&dialog, "proxyPortEdit")->setText(QStringLiteral("70000"));
            dialog.accept();
            save(dialog, QStringLiteral("-proxy"));
        }
    }

private:
    // Add, the code, Tab, the name, Enter: as a person fills a row.
    void addStatus(ProfileDialog& dialog, const QString& code, const QString& name)
    {
        auto* table = child<QTableWidget>(&dialog, "statusNamesTable");
        const int rows = table->rowCount();
        QTest::mouseClick(child<QPushButton>(&dialog, "addStatusButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), rows + 1);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && table->isAncestorOf(editor));
        QTest::keyClicks(editor, code);
        QTest::keyClick(editor, Qt::Key_Tab);
        editor = QApplication::focusWidget();
        QVERIFY(editor && table->isAncestorOf(editor) && editor != table);
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(table->item(rows, 0)->text(), code);
        QTRY_COMPARE(table->item(rows, 1)->text(), name); // the view commits Enter from its event loop
        QVERIFY(dialog.isVisible());                      // Enter ends the cell, not the dialog
    }

    void fillPrintlounge(ProfileDialog& dialog, const QString& name, const QString& secretText, QString url = {})
    {
        if (url.isEmpty())
            url = m_sandbox->url(QStringLiteral("printlounge")).toString();
        auto* service = child<QComboBox>(&dialog, "serviceCombo");
        service->setCurrentIndex(service->findData(QStringLiteral("printlounge")));
        child<QLineEdit>(&dialog, "nameEdit")->setText(name);
        child<QLineEdit>(&dialog, "baseUrlEdit")->setText(url);
        auto* auth = child<QComboBox>(&dialog, "authKindCombo");
        auth->setCurrentIndex(auth->findData(static_cast<int>(net::AuthKind::Basic)));
        child<QLineEdit>(&dialog, "userEdit")->setText(QString::fromUtf8(test::SandboxUser));
        child<QLineEdit>(&dialog, "secretEdit")->setText(secretText);
    }

    static void showActive(QDialog& dialog)
    {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    static QPushButton* okButton(ProfileDialog& dialog)
    {
        return child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
