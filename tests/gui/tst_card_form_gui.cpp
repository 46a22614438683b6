// The discount card form, driven through the real window on the offscreen platform against the in-process
// sandbox: a card is created, found and changed by each of the four lookup keys, blocked and deleted; the
// uid_ean13 the shop made is the one the form showed before saving (the shop finds the card by it); a bad date
// or barcode is shown beside its field and nothing reaches the shop; the shop's refusal keeps the form; the
// preview lists the exact fields; closing with changes asks; every write leaves one history row.
#include "CardForm.h"
#include "Ean13BarcodeWidget.h"
#include "GuiTestSupport.h"
#include "I18n.h"
#include "MainWindow.h"
#include "PlaceholderPage.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "WritePreviewDialog.h"
#include "audit/AuditLog.h"
#include "domain/Ean13.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"
#include "services/ClientRegistry.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

using namespace kontor;
using namespace kontor::gui;

namespace {

qint64 requestsSeen(const sandbox::Sandbox& s)
{
    return test::requestsTo(s.counters(), QStringLiteral("virtpos"));
}

qint64 counter(const sandbox::Sandbox& s, const char* name)
{
    return s.counters().value(QStringLiteral("virtpos")).toObject().value(QLatin1String(name)).toInteger();
}

QLineEdit* edit(CardForm* form, const char* name)
{
    return form->findChild<QLineEdit*>(QLatin1String(name));
}

void setCombo(CardForm* form, const char* name, const QString& wire)
{
    auto* combo = form->findChild<QComboBox*>(QLatin1String(name));
    combo->setCurrentIndex(combo->findData(wire));
}

void press(CardForm* form, const char* button)
{
    QTest::mouseClick(form->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
}

// Presses Send in the preview that the last press opened; false when none opened.
bool sendPreview(CardForm* form)
{
    if (!QTest::qWaitFor([form] { return form->preview() != nullptr; }, 2000))
        return false;
    QTest::mouseClick(form->preview()->sendButton(), Qt::LeftButton);
    return true;
}

bool waitSent(CardForm* form)
{
    return QTest::qWaitFor([form] { return !form->isSending(); }, 20000);
}

} // namespace

class TestCardFormGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus"); }
    void init() { qputenv("KONTOR_DATA_DIR", test::makeTestDir(QStringLiteral("gui-cards-data")).toUtf8()); }

    void aCardsWholeLifeFromTheForm()
    {
        sandbox::Sandbox sandbox(test::sandboxOptions(5));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-cards")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile profile =
            test::addSandboxProfile(store, secrets, Service::Virtpos, QStringLiteral("vp-1"), QStringLiteral("Kasse"),
                                    sandbox.url(QStringLiteral("virtpos")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(profile.id);

        // The profile's tabs offer the cards; the tab's page opens the form.
        QTabBar* tabs = window.capabilityTabs();
        int cardsTab = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabData(i).toInt() == static_cast<int>(Capability::Cards))
                cardsTab = i;
        }
        QVERIFY(cardsTab >= 0);
        tabs->setCurrentIndex(cardsTab);
        QVERIFY(window.cardsPage()->isVisible());
        QTest::mouseClick(window.cardsPage()->button(), Qt::LeftButton);
        auto* form = window.findChild<CardForm*>();
        QVERIFY(form);
        QVERIFY(form->isVisible());

        // The EAN-13 appears as the number is typed: digits and bars.
        QTest::keyClicks(edit(form, "uidEdit"), QStringLiteral("4711001"));
        const QString shown = form->shownEan13();
        QCOMPARE(shown, QStringLiteral("0000047110014"));
        QCOMPARE(Ean13::check(shown), Ean13::Problem::None);
        QCOMPARE(form->findChild<Ean13BarcodeWidget*>()->modules(), Ean13::modules(shown));
        QVERIFY(form->lookupText().contains(QStringLiteral("4711001")));

        edit(form, "externalIdEdit")->setText(QStringLiteral("EXT-4711001"));
        setCombo(form, "mediumCombo", QStringLiteral("PLASTIC"));
        setCombo(form, "statusCombo", QStringLiteral("NEW"));
        edit(form, "activateDateEdit")->setText(QStringLiteral("2026-11-27"));
        edit(form, "typeIdEdit")->setText(QStringLiteral("1"));

        // The preview lists exactly the fields that go, in the API's names; Back sends nothing.
        const qint64 before = requestsSeen(sandbox);
        press(form, "insertButton");
        QTRY_VERIFY(form->preview());
        const QStringList rows = form->preview()->rowsText();
        QCOMPARE(rows, QStringList({QStringLiteral("external_id\tEXT-4711001"), QStringLiteral("uid\t4711001"),
                                    QStringLiteral("medium\tPLASTIC"), QStringLiteral("status\tNEW"),
                                    QStringLiteral("activate_date\t2026-11-27"), QStringLiteral("type_id\t1")}));
        form->preview()->reject();
        QTRY_VERIFY(!form->preview());
        QCOMPARE(requestsSeen(sandbox), before);

        const qint64 inserts = counter(sandbox, "cardInserts");
        press(form, "insertButton");
        QVERIFY(sendPreview(form));
        QVERIFY(waitSent(form));
        QCOMPARE(form->banner()->type(), MessageBanner::Type::Positive);
        QCOMPARE(counter(sandbox, "cardInserts"), inserts + 1);
        const QString cardId = form->lastCardId();
        QVERIFY(!cardId.isEmpty());
        QCOMPARE(form->banner()->text(), QStringLiteral("Card %1 created.").arg(cardId));
        QVERIFY(!form->isDirty());
        form->close();
        QTRY_VERIFY(!window.findChild<CardForm*>());

        // Found and changed by each key alone; the barcode key is the EAN-13 the form showed.
        const QList<QPair<const char*, QString>> keys = {{"cardIdEdit", cardId},
                                                         {"uidEdit", QStringLiteral("4711001")},
                                                         {"externalIdEdit", QStringLiteral("EXT-4711001")},
                                                         {"cardBarcodeEdit", shown}};
        const QStringList statuses = {QStringLiteral("ACTIVE"), QStringLiteral("NEW"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("ACTIVE")};
        const qint64 updates = counter(sandbox, "cardUpdates");
        for (int i = 0; i < keys.size(); ++i) {
            QTest::mouseClick(window.cardsPage()->secondaryButton(), Qt::LeftButton);
            CardForm* f = window.findChild<CardForm*>();
            QVERIFY(f);
            edit(f, keys.at(i).first)->setText(keys.at(i).second);
            setCombo(f, "statusCombo", statuses.at(i));
            QVERIFY2(f->lookupText().contains(keys.at(i).second), qPrintable(f->lookupText()));
            press(f, "updateButton");
            QVERIFY(sendPreview(f));
            QVERIFY(waitSent(f));
            QVERIFY2(f->banner()->type() == MessageBanner::Type::Positive, qPrintable(f->banner()->text()));
            QCOMPARE(f->lastCardId(), cardId);
            f->close();
            QTRY_VERIFY(!window.findChild<CardForm*>());
        }
        QCOMPARE(counter(sandbox, "cardUpdates"), updates + 4);

        // Blocked, then deleted after a confirmation that names the card.
        CardForm* last = window.openCardForm(true);
        QVERIFY(last);
        edit(last, "cardIdEdit")->setText(cardId);
        setCombo(last, "statusCombo", QStringLiteral("BLOCKED"));
        edit(last, "blockDateEdit")->setText(QStringLiteral("2026-11-28"));
        press(last, "updateButton");
        QVERIFY(sendPreview(last));
        QVERIFY(waitSent(last));
        QCOMPARE(last->banner()->type(), MessageBanner::Type::Positive);
        // A second change of the same card previews what this form last sent beside the new value.
        setCombo(last, "statusCombo", QStringLiteral("ACTIVE"));
        press(last, "updateButton");
        QTRY_VERIFY(last->preview());
        QVERIFY2(last->preview()->rowsText().contains(QStringLiteral("status\tBLOCKED\tACTIVE*")),
                 qPrintable(last->preview()->rowsText().join(QLatin1Char('|'))));
        QVERIFY(last->preview()->rowsText().contains(QStringLiteral("card_id\t%1\t%1").arg(cardId)));
        last->preview()->reject();
        QTRY_VERIFY(!last->preview());
        setCombo(last, "statusCombo", QString());
        last->findChild<QLineEdit*>(QStringLiteral("blockDateEdit"))->clear();

        const qint64 deletes = counter(sandbox, "cardDeletes");
        press(last, "deleteButton");
        QTRY_VERIFY(last->deleteQuestion());
        QVERIFY2(last->deleteQuestion()->text().contains(cardId) &&
                     last->deleteQuestion()->text().contains(QStringLiteral("Kasse")),
                 qPrintable(last->deleteQuestion()->text()));
        QTest::mouseClick(last->deleteQuestion()->findChild<QPushButton*>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
        QTRY_VERIFY(last->isSending() || counter(sandbox, "cardDeletes") == deletes + 1);
        QVERIFY(waitSent(last));
        QCOMPARE(counter(sandbox, "cardDeletes"), deletes + 1);
        QCOMPARE(last->banner()->type(), MessageBanner::Type::Positive);

        // The card is gone: the shop refuses the next change; its words show and the form keeps the input.
        edit(last, "cardIdEdit")->setText(cardId);
        setCombo(last, "statusCombo", QStringLiteral("ACTIVE"));
        press(last, "updateButton");
        QVERIFY(sendPreview(last));
        QVERIFY(waitSent(last));
        QCOMPARE(last->banner()->type(), MessageBanner::Type::Error);
        QVERIFY2(last->banner()->text().contains(QStringLiteral("Nothing you typed was lost")),
                 qPrintable(last->banner()->text()));
        QCOMPARE(edit(last, "cardIdEdit")->text(), cardId);
        QCOMPARE(last->card().status, QStringLiteral("ACTIVE"));
        QVERIFY(last->findChild<QPushButton*>(QStringLiteral("updateButton"))->isEnabled());

        // One history row per write the shop was asked for, none with the API key.
        const QList<AuditEntry> written = test::auditRows(window.auditLog());
        QStringList actions;
        for (const AuditEntry& e : written) {
            actions << e.action + QLatin1Char(':') + outcomeId(e.outcome);
            for (const auto& field : e.fields)
                QVERIFY(!field.second.contains(QString::fromUtf8(test::SandboxSecret)));
            QVERIFY(!e.message.contains(QString::fromUtf8(test::SandboxSecret)));
        }
        QCOMPARE(actions, QStringList({QStringLiteral("card.insert:done"), QStringLiteral("card.update:done"),
                                       QStringLiteral("card.update:done"), QStringLiteral("card.update:done"),
                                       QStringLiteral("card.update:done"), QStringLiteral("card.update:done"),
                                       QStringLiteral("card.delete:done"), QStringLiteral("card.update:refused")}));
        last->findChild<QLineEdit*>(QStringLiteral("cardIdEdit"))->clear();
        setCombo(last, "statusCombo", QString());
    }

    void badInputIsShownBesideItsFieldAndNothingIsSent()
    {
        sandbox::Sandbox sandbox(test::sandboxOptions(5));
        QVERIFY(sandbox.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-cards-bad")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile profile =
            test::addSandboxProfile(store, secrets, Service::Virtpos, QStringLiteral("vp-1"), QStringLiteral("Kasse"),
                                    sandbox.url(QStringLiteral("virtpos")));
        AuditLog audit(test::makeTestDir(QStringLiteral("gui-cards-bad-audit")) + QStringLiteral("/audit.sqlite"));
        ClientRegistry clients(&secrets);
        CardForm form(&clients, &audit, profile);
        form.show();
        const qint64 before = requestsSeen(sandbox);

        edit(&form, "uidEdit")->setText(QStringLiteral("5550001"));
        edit(&form, "blockDateEdit")->setText(QStringLiteral("31.12.2026"));
        edit(&form, "barcodeEdit")->setText(QStringLiteral("5901234123458"));
        press(&form, "insertButton");
        QVERIFY(!form.preview());
        QCOMPARE(form.fieldsWithErrors(), QStringList({QStringLiteral("barcode"), QStringLiteral("block_date")}));
        QVERIFY2(form.fieldError(QStringLiteral("barcode")).contains(QStringLiteral("should be 7")),
                 qPrintable(form.fieldError(QStringLiteral("barcode"))));
        QVERIFY(!form.fieldError(QStringLiteral("block_date")).isEmpty());
        auto* label = form.findChild<QLabel*>(QStringLiteral("error_barcode"));
        QVERIFY(label->isVisible());
        // The error sits right under its field.
        const QWidget* field = edit(&form, "barcodeEdit");
        QVERIFY(qAbs(label->mapTo(&form, QPoint(0, 0)).y() - field->mapTo(&form, QPoint(0, field->height())).y()) < 20);
        QCOMPARE(form.focusWidget(), static_cast<QWidget*>(edit(&form, "barcodeEdit")));
        QCOMPARE(form.banner()->type(), MessageBanner::Type::Error);
        // A number that cannot make an EAN-13 shows no barcode.
        edit(&form, "uidEdit")->setText(QStringLiteral("12a"));
        QVERIFY(form.shownEan13().isEmpty());
        QVERIFY(form.findChild<Ean13BarcodeWidget*>()->modules().isEmpty());
        press(&form, "insertButton");
        QVERIFY(form.fieldsWithErrors().contains(QStringLiteral("uid")));
        // Changing and deleting need a key; nothing at all goes out.
        edit(&form, "uidEdit")->clear();
        press(&form, "deleteButton");
        QVERIFY(!form.deleteQuestion());
        QCOMPARE(requestsSeen(sandbox), before);

        // Fixed, the errors go.
        edit(&form, "uidEdit")->setText(QStringLiteral("5550001"));
        edit(&form, "blockDateEdit")->setText(QStringLiteral("2026-12-31"));
        edit(&form, "barcodeEdit")->setText(QStringLiteral("5901234123457"));
        press(&form, "insertButton");
        QTRY_VERIFY(form.preview());
        QVERIFY(form.fieldsWithErrors().isEmpty());
        form.preview()->reject();
        QTRY_VERIFY(!form.preview());
        QCOMPARE(requestsSeen(sandbox), before);
    }

    void closingWithChangesAsksFirst()
    {
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-cards-close")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        Profile profile = Profile::defaultsFor(Service::Virtpos);
        profile.id = QStringLiteral("vp");
        profile.name = QStringLiteral("Kasse");
        ClientRegistry clients(&secrets);
        auto* form = new CardForm(&clients, nullptr, profile);
        QPointer<CardForm> alive(form);
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        // Untouched: closes at once.
        form->close();
        QTRY_VERIFY(!alive);

        form = new CardForm(&clients, nullptr, profile);
        alive = form;
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        edit(form, "uidEdit")->setText(QStringLiteral("123"));
        QVERIFY(form->isDirty());
        form->close();
        QTRY_VERIFY(form->closeQuestion());
        QVERIFY(form->isVisible());
        QTest::mouseClick(form->closeQuestion()->findChild<QPushButton*>(QStringLiteral("keepEditing")),
                          Qt::LeftButton);
        QTRY_VERIFY(!form->closeQuestion());
        QVERIFY(form->isVisible());
        QCOMPARE(edit(form, "uidEdit")->text(), QStringLiteral("123"));
        QTest::keyClick(form, Qt::Key_Escape);
        QTRY_VERIFY(form->closeQuestion());
        QTest::mouseClick(form->closeQuestion()->findChild<QPushButton*>(QStringLiteral("discardChanges")),
                          Qt::LeftButton);
        QTRY_VERIFY(!alive);
    }

    void everyFieldHasALabel()
    {
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        Profile profile = Profile::defaultsFor(Service::Virtpos);
        ClientRegistry clients(&secrets);
        CardForm form(&clients, nullptr, profile);
        form.show();
        QSet<QWidget*> buddies;
        for (QLabel* label : form.findChildren<QLabel*>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        for (QWidget* input : form.findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(input) || qobject_cast<QComboBox*>(input))
                QVERIFY2(buddies.contains(input), qPrintable(input->objectName()));
        }
        // Tab order follows the layout: the keys, then the details, top to bottom.
        QStringList order;
        QWidget* w = edit(&form, "cardIdEdit");
        for (int i = 0; i < 6; ++i) {
            order << w->objectName();
            w = w->nextInFocusChain();
            while (w->focusPolicy() == Qt::NoFocus)
                w = w->nextInFocusChain();
        }
        QCOMPARE(order, QStringList({QStringLiteral("cardIdEdit"), QStringLiteral("uidEdit"),
                                     QStringLiteral("externalIdEdit"), QStringLiteral("cardBarcodeEdit"),
                                     QStringLiteral("uidEan13Value"), QStringLiteral("barcodeEdit")}));
    }

    // docs/screenshots/card-form-{en,ru}.png: KONTOR_SCREENSHOT_DIR=docs/screenshots tests/tst_card_form_gui
    // screenshots. Skipped otherwise. The Russian one shows a validation error.
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
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            Profile profile = Profile::defaultsFor(Service::Virtpos);
            profile.name = QStringLiteral("Kasse");
            ClientRegistry clients(&secrets);
            CardForm form(&clients, nullptr, profile);
            form.show();
            edit(&form, "uidEdit")->setText(QStringLiteral("4711001"));
            edit(&form, "externalIdEdit")->setText(QStringLiteral("EXT-4711001"));
            setCombo(&form, "mediumCombo", QStringLiteral("PLASTIC"));
            setCombo(&form, "statusCombo", QStringLiteral("ACTIVE"));
            edit(&form, "activateDateEdit")->setText(QStringLiteral("2026-11-27"));
            edit(&form, "typeNameEdit")->setText(QStringLiteral("Gold"));
            if (language == QLatin1String("ru")) {
                edit(&form, "barcodeEdit")->setText(QStringLiteral("5901234123458"));
                edit(&form, "blockDateEdit")->setText(QStringLiteral("31.12.2026"));
                form.findChild<QPushButton*>(QStringLiteral("insertButton"))->click();
            }
            form.adjustSize();
            QTest::qWait(200);
            form.grab().save(dir + QStringLiteral("/card-form-%1.png").arg(language));
            form.setCard(DiscountCard());
        }
    }
};

QTEST_MAIN(TestCardFormGui)
#include "tst_card_form_gui.moc"
