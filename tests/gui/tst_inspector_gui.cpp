// The request inspector (View → Requests), real widgets offscreen in the main window, against the in-process
// sandbox over loopback with a profile of every way Kontor signs in: Printlounge with HTTP Basic, VirtualPOS
// with its apikey in the query string, Webshippy with apiKey in the form-encoded envelope, htk with its session
// token in the body, and two profiles whose secret travels as a Bearer token and in a named key header (the
// sandbox refuses both: failing requests), plus requests retried after 503s. Then everything the inspector can
// show or copy (all model data of every role, headers, every row's detail pane, Copy and Copy as curl for every
// row, the file Save… writes, the --trace text) is searched for the secret in every form it travels in: none
// found, while the masks and $KONTOR_SECRET are there. No file the session left in its folders holds the secret.
// `screenshots` draws the dock for docs/ in English and Hungarian (and German).
#include "Await.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RequestInspector.h"
#include "RequestLogModel.h"
#include "SandboxTestBase.h"
#include "TestEnv.h"
#include "net/RequestFormat.h"
#include "net/RequestLog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CategoriesCapability.h"
#include "services/capabilities/OrdersCapability.h"
#include "services/capabilities/ProductsCapability.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace kontor;
using namespace kontor::gui;

namespace {

QList<QByteArray> secretForms()
{
    const QString secret = test::secret();
    const QString user = test::user();
    return {secret.toUtf8(),
            QUrl::toPercentEncoding(secret),
            QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
            QUrl::toPercentEncoding(secret, " ").replace(' ', '+'),
            (user + QLatin1Char(':') + secret).toUtf8().toBase64(),
            secret.toUtf8().toBase64()};
}

// Every text a widget tree shows: labels, buttons, tooltips, plain texts, window titles.
QStringList widgetTexts(QWidget* root)
{
    QStringList texts;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>() << root;
    for (QWidget* w : widgets) {
        texts << w->toolTip() << w->windowTitle() << w->statusTip() << w->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            texts << edit->toPlainText();
    }
    return texts;
}

// Strings new on a branch have no entry in translations/*.ts until the lead runs lupdate; for a screenshot taken
// before that, KONTOR_PENDING_TRANSLATIONS may name the branch's {"source": {"de": …, "hu": …}} file, whose
// entries are used where the catalog has none. Without the variable this does nothing.
class PendingTranslations : public QTranslator
{
public:
    explicit PendingTranslations(const QString& language)
        : m_language(language)
    {
        QFile file(qEnvironmentVariable("KONTOR_PENDING_TRANSLATIONS"));
        if (file.open(QIODevice::ReadOnly))
            m_entries = QJsonDocument::fromJson(file.readAll()).object();
    }
    bool isEmpty() const override { return m_entries.isEmpty(); }
    QString translate(const char*, const char* source, const char* = nullptr, int = -1) const override
    {
        return m_entries.value(QString::fromUtf8(source)).toObject().value(m_language).toString();
    }

private:
    QString m_language;
    QJsonObject m_entries;
};

} // namespace

class TestInspectorGui : public test::SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        m_root = test::makeTestDir(QStringLiteral("gui-inspector"));
        // Every folder the session could write to lies under the test's root, searched at the end.
        for (const char* var :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "KONTOR_LOG_DIR", "KONTOR_DATA_DIR"})
            qputenv(var, (m_root + QLatin1Char('/') + QLatin1String(var)).toUtf8());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_sandbox = std::make_unique<test::Sandbox>(testOptions());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = test::makeTestDir(QStringLiteral("gui-inspector-config"));
        m_store = std::make_unique<ProfileStore>(m_dir);
        m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
        m_registry = std::make_unique<ClientRegistry>(m_secrets.get());
        m_sandbox->setFaults({});
        net::RequestLog::instance()->clear();
    }

    void cleanup()
    {
        m_registry.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void nothingShownOrCopiedHoldsASecret()
    {
        auto* window = new MainWindow(m_store.get(), m_secrets.get());
        window->resize(1200, 800);
        window->show();
        auto* inspector = window->findChild<RequestInspector*>();
        QVERIFY(inspector);
        QAbstractItemModelTester tester(inspector->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAction* toggle = window->findChild<QAction*>(QStringLiteral("actionRequests"));
        QVERIFY(toggle && toggle->isCheckable());
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        toggle->trigger();
        QVERIFY(inspector->isVisible());

        makeRequestsOfEveryKind();
        const int rows = inspector->model()->rowCount();
        QVERIFY2(rows >= 9, qPrintable(QString::number(rows)));

        QStringList shown;
        QStringList curls;
        // The model: every column, every role.
        const QAbstractItemModel* model = inspector->model();
        for (int c = 0; c < model->columnCount(); ++c)
            for (int role = 0; role <= Qt::UserRole + 2; ++role)
                shown << model->headerData(c, Qt::Horizontal, role).toString();
        bool failedInRed = false;
        bool retried = false;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                for (int role = 0; role <= Qt::UserRole + 2; ++role)
                    shown << model->index(r, c).data(role).toString();
            }
            failedInRed |= model->index(r, RequestLogModel::Status).data(Qt::ForegroundRole).isValid();
            retried |= model->index(r, RequestLogModel::Retries).data().toInt() > 0;
        }
        QVERIFY(failedInRed);
        QVERIFY(retried);

        // Every row selected in turn: the detail pane, Copy and Copy as curl.
        auto* table = inspector->findChild<QTableView*>(QStringLiteral("tableView"));
        auto* copyCurl = inspector->findChild<QPushButton*>(QStringLiteral("copyCurlButton"));
        auto* copy = inspector->findChild<QPushButton*>(QStringLiteral("copyButton"));
        QVERIFY(table && copyCurl && copy);
        bool sawJsonBody = false;
        for (int r = 0; r < inspector->proxy()->rowCount(); ++r) {
            table->selectRow(r);
            QVERIFY(copyCurl->isEnabled());
            shown << widgetTexts(inspector);
            sawJsonBody |= inspector->requestText().contains(QLatin1String("\"apiKey\": \"***\""));
            QGuiApplication::clipboard()->clear();
            QTest::mouseClick(copyCurl, Qt::LeftButton);
            curls << QGuiApplication::clipboard()->text();
            QVERIFY(!curls.constLast().isEmpty());
            QTest::mouseClick(copy, Qt::LeftButton);
            shown << QGuiApplication::clipboard()->text();
        }
        QVERIFY2(sawJsonBody, "no request showed the Webshippy envelope decoded");

        // --trace prints each record with the same formatter.
        for (const net::RequestRecord& r : net::RequestLog::instance()->records())
            shown << net::RequestFormat::fullText(r, 4);

        // Save… writes the rows shown to the file the person picks.
        const QString savedPath = m_root + QStringLiteral("/saved-requests.txt");
        QSignalSpy saved(inspector, &RequestInspector::saved);
        QTest::mouseClick(inspector->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = inspector->findChild<QFileDialog*>()) && dialog->isVisible());
        dialog->selectFile(savedPath);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QVERIFY(saved.first().value(1).toBool());
        QFile file(savedPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString savedText = QString::fromUtf8(file.readAll());
        QVERIFY(savedText.contains(QLatin1String("HTTP 200 OK")));
        shown << savedText;
        file.close();
        QFile::remove(savedPath); // the person's own file; only the session's folders are searched below

        const QString all = shown.join(QLatin1Char('\n'));
        for (const QByteArray& form : secretForms()) {
            QVERIFY2(!all.toUtf8().contains(form), form.constData());
            QVERIFY2(!curls.join(QLatin1Char('\n')).toUtf8().contains(form), form.constData());
        }
        // Not vacuous: the secrets were there to be masked, and the masks show.
        QVERIFY(all.contains(QLatin1String("Authorization: Basic ***")));
        QVERIFY(all.contains(QLatin1String("Authorization: Bearer ***")));
        QVERIFY(all.contains(QLatin1String("X-Shop-Key: ***")));
        QVERIFY(all.contains(QLatin1String("apikey=***")));
        QVERIFY(all.contains(QLatin1String("\"token\": \"***\"")) || all.contains(QLatin1String("token=***")));
        const QString curlText = curls.join(QLatin1Char('\n'));
        QVERIFY(curlText.contains(QStringLiteral("-u \"%1:$KONTOR_SECRET\"").arg(test::user())));
        QVERIFY(curlText.contains(QLatin1String("Authorization: Bearer $KONTOR_SECRET")));
        QVERIFY(curlText.contains(QLatin1String("X-Shop-Key: $KONTOR_SECRET")));
        QVERIFY(curlText.contains(QLatin1String("apikey=$KONTOR_SECRET")));

        // Filter and Clear.
        auto* filter = inspector->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("Bearer profile"));
        QTRY_VERIFY(inspector->proxy()->rowCount() >= 1 && inspector->proxy()->rowCount() < rows);
        filter->clear();
        QTest::mouseClick(inspector->findChild<QPushButton*>(QStringLiteral("clearButton")), Qt::LeftButton);
        QTRY_COMPARE(inspector->model()->rowCount(), 0);

        window->close();
        delete window;
        m_registry.reset();
        QCoreApplication::processEvents();
        // Nothing of the session on disk: the config folder (kontor-gui.ini) and every XDG folder of the test.
        for (const QString& dir : {m_dir, m_root}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = f.readAll();
                for (const QByteArray& form : secretForms())
                    QVERIFY2(!content.contains(form), qPrintable(f.fileName()));
            }
        }
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KONTOR_SCREENSHOT_DIR is not set");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("hu"), QStringLiteral("de")}) {
            const test::ScopedLanguage scope(language);
            PendingTranslations pending(language);
            // Installed first, so asked last: the catalog's own translations win.
            const QList<QTranslator*> catalogs = qApp->findChildren<QTranslator*>();
            for (QTranslator* t : catalogs)
                QCoreApplication::removeTranslator(t);
            QCoreApplication::installTranslator(&pending);
            for (QTranslator* t : catalogs)
                QCoreApplication::installTranslator(t);
            net::RequestLog::instance()->clear();
            auto* window = new MainWindow(m_store.get(), m_secrets.get());
            window->resize(1280, 940);
            window->show();
            auto* inspector = window->findChild<RequestInspector*>();
            inspector->show();
            makeRequestsOfEveryKind();
            auto* table = inspector->findChild<QTableView*>(QStringLiteral("tableView"));
            // The Webshippy product list: a JSON envelope in a form body.
            for (int r = 0; r < inspector->proxy()->rowCount(); ++r) {
                table->selectRow(r);
                if (inspector->requestText().contains(QLatin1String("\"apiKey\"")))
                    break;
            }
            window->resizeDocks({inspector}, {640}, Qt::Vertical);
            QTest::qWait(200);
            inspector->grab().save(dir + QStringLiteral("/inspector-%1.png").arg(language));
            window->close();
            delete window;
            QCoreApplication::removeTranslator(&pending);
        }
    }

private:
    // Requests of every service and every way of signing in, a refused one and retried ones; returns when the
    // inspector's model shows them all finished.
    void makeRequestsOfEveryKind()
    {
        const QUrl pl = m_sandbox->url(QStringLiteral("printlounge"));
        QList<Profile> profiles;
        profiles << test::addSandboxProfile(*m_store, *m_secrets, Service::Printlounge, QStringLiteral("pl"),
                                            QStringLiteral("Printlounge"), pl);
        profiles << test::addSandboxProfile(*m_store, *m_secrets, Service::Virtpos, QStringLiteral("vp"),
                                            QStringLiteral("VirtualPOS"), m_sandbox->url(QStringLiteral("virtpos")));
        profiles << test::addSandboxProfile(*m_store, *m_secrets, Service::Webshippy, QStringLiteral("ws"),
                                            QStringLiteral("Webshippy"), m_sandbox->url(QStringLiteral("webshippy")));
        profiles << test::addSandboxProfile(*m_store, *m_secrets, Service::Htk, QStringLiteral("htk"),
                                            QStringLiteral("htk"), m_sandbox->url(QStringLiteral("htk")));
        Profile bearer = test::addSandboxProfile(*m_store, *m_secrets, Service::Printlounge, QStringLiteral("bearer"),
                                                 QStringLiteral("Bearer profile"), pl);
        bearer.authKind = net::AuthKind::Bearer;
        m_store->upsert(bearer);
        profiles << bearer;
        Profile keyed = test::addSandboxProfile(*m_store, *m_secrets, Service::Printlounge, QStringLiteral("keyed"),
                                                QStringLiteral("Key header profile"), pl);
        keyed.authKind = net::AuthKind::Header;
        keyed.authHeaderName = "X-Shop-Key";
        m_store->upsert(keyed);
        profiles << keyed;

        int pending = 0;
        auto done = [&pending](auto&&...) { --pending; };
        for (const Profile& p : std::as_const(profiles)) {
            ServiceClient* client = nullptr;
            m_registry->acquire(p, this, [&client](const Result<ServiceClient*>& r) {
                if (r.ok())
                    client = r.value;
            });
            QTRY_VERIFY(client);
            ++pending;
            client->testConnection(this, done);
            if (OrdersCapability* orders = client->orders()) {
                ++pending;
                OrderQuery query;
                query.limit = 5;
                orders->listOrders(query, this, done);
            }
            if (ProductsCapability* products = client->products()) {
                ++pending;
                ProductQuery query;
                query.limit = 5;
                products->listProducts(query, this, done);
            }
            if (CategoriesCapability* categories = client->categories()) {
                ++pending;
                categories->listCategories(this, done);
            }
            QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 30000);
        }
        // Retries: VirtualPOS answers 503 now and then; a read is tried again.
        test::FaultOptions faults;
        faults.rate503 = 0.5;
        m_sandbox->setFaults(faults);
        ServiceClient* vp = nullptr;
        m_registry->acquire(profiles[1], this,
                            [&vp](const Result<ServiceClient*>& r) { vp = r.ok() ? r.value : nullptr; });
        QTRY_VERIFY(vp);
        for (int i = 0; i < 8; ++i) {
            ++pending;
            vp->testConnection(this, done);
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 60000);
        m_sandbox->setFaults({});
        auto* inspector = qApp->activeWindow() ? qApp->activeWindow()->findChild<RequestInspector*>() : nullptr;
        if (!inspector) {
            for (QWidget* w : QApplication::topLevelWidgets())
                if ((inspector = w->findChild<RequestInspector*>()))
                    break;
        }
        QVERIFY(inspector);
        QTRY_COMPARE_WITH_TIMEOUT(inspector->model()->rowCount(), int(net::RequestLog::instance()->records().size()),
                                  10000);
    }

    QString m_root;
    QString m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ClientRegistry> m_registry;
};

QTEST_MAIN(TestInspectorGui)
#include "tst_inspector_gui.moc"
