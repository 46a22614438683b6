// The Settings dialog offscreen: OK writes kontor.ini (and never the proxy password), the proxy fields are
// enabled only for a manual proxy and checked as typed, clearing removes exactly the chosen items and is
// refused while an upload runs; screenshots in English, Hungarian, German and Russian.
#include "GuiTestSupport.h"
#include "SettingsDialog.h"
#include "TestEnv.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace kontor;
using namespace kontor::gui;

namespace {
void touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write("x");
}
} // namespace

class TestSettingsGui : public QObject
{
    Q_OBJECT
private slots:
    void okWritesTheIniButNeverThePassword()
    {
        const QString root = test::makeTestDir(QStringLiteral("gui-settings-ok"));
        ProfileStore store(root + "/config");
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        SettingsDialog dialog(&store, &secrets);
        dialog.setPlaces({root + "/data", root + "/data/logs", root + "/config"});
        dialog.open();
        auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("proxyHostEdit"));
        auto* port = dialog.findChild<QLineEdit*>(QStringLiteral("proxyPortEdit"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!host->isEnabled()); // system proxy by default
        dialog.findChild<QRadioButton*>(QStringLiteral("proxyManualRadio"))->setChecked(true);
        QVERIFY(host->isEnabled());
        QVERIFY(!ok->isEnabled()); // no host yet
        QTest::keyClicks(host, QStringLiteral("bad host"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("proxyHostError"))->isVisibleTo(&dialog));
        host->clear();
        QTest::keyClicks(host, QStringLiteral("proxy.example"));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("proxyHostError"))->isVisibleTo(&dialog));
        QTest::keyClicks(port, QStringLiteral("99999"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("proxyPortError"))->isVisibleTo(&dialog));
        QVERIFY(!ok->isEnabled());
        port->setText(QStringLiteral("3128"));
        QVERIFY(ok->isEnabled());
        dialog.findChild<QLineEdit*>(QStringLiteral("proxyUserEdit"))->setText(QStringLiteral("anna"));
        dialog.findChild<QLineEdit*>(QStringLiteral("proxyPasswordEdit"))->setText(QStringLiteral("proxy-pw-4711"));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("hu")));
        dialog.findChild<QSpinBox*>(QStringLiteral("parallelSpin"))->setValue(6);
        dialog.findChild<QSpinBox*>(QStringLiteral("connectSpin"))->setValue(7);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const AppPreferences::Values back = AppPreferences(root + "/config").load();
        QCOMPARE(back.language, QStringLiteral("hu"));
        QCOMPARE(back.parallelUploads, 6);
        QCOMPARE(back.timeouts.connectMs, 7000);
        QCOMPARE(back.proxy.displayText(), QStringLiteral("http://anna@proxy.example:3128"));
        QCOMPARE(AppPreferences::current().parallelUploads, 6);
        QCOMPARE(Profile::defaultsFor(Service::Htk).timeouts.connectMs, 7000); // new profiles
        bool read = false;
        secrets.read(AppPreferences::proxyPasswordKey(), this, [&read](const Result<QString>& r) {
            QCOMPARE(r.value, QStringLiteral("proxy-pw-4711"));
            read = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return read; }, 5000));
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("proxy-pw-4711"), qPrintable(f.fileName()));
        }
        net::applyApplicationProxy({}); // back to the system's for the other tests
        AppPreferences::applyToProcess({});
    }

    void clearingRemovesTheTickedItemsOnly()
    {
        const QString root = test::makeTestDir(QStringLiteral("gui-settings-clear"));
        ProfileStore store(root + "/config");
        Profile p = Profile::defaultsFor(Service::Htk);
        p.id = QStringLiteral("keep-me");
        p.name = QStringLiteral("Kept");
        p.baseUrl = QUrl(QStringLiteral("https://h.example"));
        p.user = QStringLiteral("anna");
        QVERIFY(store.upsert(p).ok());
        QVERIFY(store.save().ok());
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        touch(root + "/data/uploads.sqlite");
        touch(root + "/data/audit.sqlite");
        touch(root + "/data/logs/kontor.log");
        touch(root + "/config/kontor-gui.ini");
        SettingsDialog dialog(&store, &secrets);
        dialog.setPlaces({root + "/data", root + "/data/logs", root + "/config"});
        bool running = true;
        dialog.setUploadRunning([&running] { return running; });
        dialog.show();
        dialog.clearItems({LocalData::Item::UploadJournal});
        QVERIFY(dialog.clearResultText().contains(QStringLiteral("upload is running")));
        QVERIFY(QFile::exists(root + "/data/uploads.sqlite"));
        running = false;

        // The confirmation: profiles unticked by default; the rest ticked. Untick the audit history.
        dialog.confirmClear();
        QDialog* confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (confirm = dialog.findChild<QDialog*>(QStringLiteral("clearDataDialog"))); }, 5000));
        auto box = [confirm](LocalData::Item item) {
            return confirm->findChild<QCheckBox*>(QStringLiteral("clearItem%1").arg(static_cast<int>(item)));
        };
        QVERIFY(!box(LocalData::Item::Profiles)->isChecked());
        QVERIFY(box(LocalData::Item::UploadJournal)->isChecked());
        box(LocalData::Item::AuditHistory)->setChecked(false);
        QSignalSpy cleared(&dialog, &SettingsDialog::cleared);
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("clearConfirmButton")), Qt::LeftButton);
        QVERIFY(cleared.wait(5000));
        QVERIFY(!QFile::exists(root + "/data/uploads.sqlite"));
        QVERIFY(!QFile::exists(root + "/data/logs/kontor.log"));
        QVERIFY(!QFile::exists(root + "/config/kontor-gui.ini"));
        QVERIFY(QFile::exists(root + "/data/audit.sqlite"));
        QVERIFY(store.findById(QStringLiteral("keep-me")));
        QVERIFY(QFile::exists(root + "/config/profiles.json"));
        QVERIFY2(cleared.at(0).at(0).toString().contains(QStringLiteral("3")),
                 qPrintable(cleared.at(0).at(0).toString()));
    }

    // KONTOR_SCREENSHOT_DIR=docs/screenshots tests/tst_settings_gui screenshots
    // A proxy error appearing, in every language, pushes no line of the Network group out of sight.
    // Alt+letter reaches one control only, on every page of the dialog, in every language, with a manual proxy.
    void accessKeysAreUniqueInEveryLanguage()
    {
        QStringList problems;
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-settings-keys")));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            SettingsDialog dialog(&store, &secrets);
            dialog.show();
            dialog.findChild<QRadioButton*>(QStringLiteral("proxyManualRadio"))->setChecked(true);
            const QList<QTabWidget*> tabs = dialog.findChildren<QTabWidget*>();
            const int pages = tabs.isEmpty() ? 1 : tabs.first()->count();
            for (int page = 0; page < pages; ++page) {
                if (!tabs.isEmpty())
                    tabs.first()->setCurrentIndex(page);
                for (const QString& clash : test::accessKeyClashes(&dialog))
                    problems << language + QStringLiteral(", page ") + QString::number(page) + QStringLiteral(": ") +
                                    clash;
            }
        }
        problems.removeDuplicates();
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << "access key:" << problem;
        QVERIFY2(problems.isEmpty(), "several controls share an access key (listed above)");
    }

    void linesStayWholeWhenAnErrorAppears()
    {
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("hu")}) {
            const test::ScopedLanguage scope(language);
            ProfileStore store(test::makeTestDir(QStringLiteral("gui-settings-fit")));
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            SettingsDialog dialog(&store, &secrets);
            dialog.show();
            dialog.findChild<QRadioButton*>(QStringLiteral("proxyManualRadio"))->setChecked(true);
            dialog.findChild<QLineEdit*>(QStringLiteral("proxyHostEdit"))->setText(QStringLiteral("proxy.example"));
            dialog.findChild<QLineEdit*>(QStringLiteral("proxyPortEdit"))->setText(QStringLiteral("3128x"));
            QTest::qWait(50);
            for (const QString& name : {QStringLiteral("proxyPortError"), QStringLiteral("proxyPasswordNote")}) {
                auto* label = dialog.findChild<QLabel*>(name);
                QVERIFY2(label && label->isVisible(), qPrintable(name));
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1 (%2): %3 < %4")
                                        .arg(name, language)
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
                const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
                QVERIFY2(dialog.rect().contains(inDialog), qPrintable(name + QLatin1Char(' ') + language));
            }
        }
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("hu"), QStringLiteral("de"), QStringLiteral("ru")}) {
            const test::ScopedLanguage scope(language);
            const QString root = test::makeTestDir(QStringLiteral("gui-settings-shot"));
            ProfileStore store(root);
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            SettingsDialog dialog(&store, &secrets);
            dialog.findChild<QRadioButton*>(QStringLiteral("proxyManualRadio"))->setChecked(true);
            dialog.findChild<QLineEdit*>(QStringLiteral("proxyHostEdit"))->setText(QStringLiteral("proxy.example"));
            dialog.findChild<QLineEdit*>(QStringLiteral("proxyPortEdit"))->setText(QStringLiteral("3128x"));
            dialog.show();
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("settings-%1.png").arg(language))));
        }
    }
};

QTEST_MAIN(TestSettingsGui)
#include "tst_settings_gui.moc"
