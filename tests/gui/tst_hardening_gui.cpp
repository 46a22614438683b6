// The window on two of the hardening review's findings, with real widgets and the real in-process sandbox:
// a shop on its own certificate is reached by trusting exactly that certificate from the error page, and
// loading every page from a shop that ignores paging ends the list instead of appending the same rows again.
#include "CertificateDialog.h"
#include "I18n.h"
#include "MainWindow.h"
#include "OrdersTableModel.h"
#include "OrdersView.h"
#include "PlaceholderPage.h"
#include "Sandbox.h"
#include "TestEnv.h"
#include "TestSecrets.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace kontor;
using namespace kontor::gui;

namespace {

sandbox::SandboxOptions options()
{
    sandbox::SandboxOptions o;
    o.user = QString::fromUtf8(test::SandboxUser);
    o.secret = QString::fromUtf8(test::SandboxSecret);
    o.orders = 120;
    return o;
}

QString addProfile(ProfileStore& store, SecretStore& secrets, const QUrl& url)
{
    Profile p = Profile::defaultsFor(Service::Printlounge);
    p.id = QStringLiteral("hardening-1");
    p.name = QStringLiteral("Hausdruckerei");
    p.baseUrl = url;
    p.user = QString::fromUtf8(test::SandboxUser);
    const Error e = store.upsert(p);
    if (!e.ok())
        qWarning("upsert: %s", qPrintable(e.message));
    secrets.putSessionSecret(p.id, QString::fromUtf8(test::SandboxSecret));
    return p.id;
}

void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    widget.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestHardeningGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        // KONTOR_UI_LANG=de (ru, hu) shows the screens in that language, to look at their screenshots.
        if (qEnvironmentVariableIsSet("KONTOR_UI_LANG")) {
            QLocale::setDefault(QLocale(qEnvironmentVariable("KONTOR_UI_LANG")));
            loadTranslations(QLocale());
        }
    }

    void trustACertificateFromTheErrorPage()
    {
        sandbox::SandboxOptions o = options();
        o.tls = true;
        sandbox::Sandbox tls(o);
        QString why;
        QVERIFY2(tls.start(&why), qPrintable(why));
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-trust")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const QString id = addProfile(store, secrets, tls.url(QStringLiteral("printlounge")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(id);

        PlaceholderPage* page = window.ordersView()->placeholder();
        QTRY_VERIFY_WITH_TIMEOUT(page->kind() == PlaceholderPage::Kind::Error, 20000);
        QVERIFY2(page->text().contains(tls.certificateSha256()), qPrintable(page->text()));
        QCOMPARE(page->button()->text(),
                 QCoreApplication::translate("kontor::gui::RecordsView", "Check the certificate…"));
        screenshot(window, QStringLiteral("kontor-certificate-error.png"));

        QTest::mouseClick(page->button(), Qt::LeftButton);
        CertificateDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CertificateDialog*>()) && dialog->isVisible());
        QString shown = dialog->findChild<QLabel*>(QStringLiteral("fingerprintValue"))->text();
        QCOMPARE(shown.remove(QLatin1Char(':')).remove(QLatin1Char('\n')).toLower(), tls.certificateSha256());
        QVERIFY(
            dialog->findChild<QLabel*>(QStringLiteral("subjectValue"))->text().contains(QLatin1String("127.0.0.1")));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("validityValue"))->text().isEmpty());
        // Nothing cut off: every unwrapped label has the width its text needs (in any KONTOR_UI_LANG).
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            if (!label->wordWrap() && !label->text().isEmpty()) {
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
                QVERIFY2(label->height() >= label->sizeHint().height(), qPrintable(label->text()));
            }
        }
        screenshot(*dialog, QStringLiteral("kontor-certificate-dialog.png"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("trustButton")), Qt::LeftButton);

        // The fingerprint is kept with the profile, and the orders load over the verified connection.
        QCOMPARE(store.findById(id)->pinnedSha256, tls.certificateSha256().toLatin1());
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->model()->rowCount() > 0, 20000);
    }

    void aShopThatIgnoresPagingGivesEachOrderOnce()
    {
        sandbox::SandboxOptions o = options();
        o.faults.ignorePaging = true;
        sandbox::Sandbox careless(o);
        QVERIFY(careless.start());
        ProfileStore store(test::makeTestDir(QStringLiteral("gui-paging")));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const QString id = addProfile(store, secrets, careless.url(QStringLiteral("printlounge")));
        MainWindow window(&store, &secrets);
        window.show();
        window.selectProfile(id);
        OrdersView* view = window.ordersView();
        // The view reads page after page by itself; a shop that sends its first page for every page ends the
        // list after it. Before: every order twice (then three times...).
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->isBusy(), 20000);
        QSet<QString> ids;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            ids.insert(view->model()->index(row, 0).data(OrdersTableModel::OrderIdRole).toString());
        QCOMPARE(ids.size(), view->model()->rowCount());
        auto* more = view->findChild<QPushButton*>(QStringLiteral("ordersMore"));
        QVERIFY(more && !more->isVisible());
    }
};

QTEST_MAIN(TestHardeningGui)
#include "tst_hardening_gui.moc"
