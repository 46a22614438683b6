// htk categories as a tree, with real widgets on the offscreen platform and the in-process sandbox: the
// tree has exactly the sandbox's categories under their parents (the answer lists children before their
// parents), active and inactive in words, the filter keeps a match's parents, and an unreachable service
// is explained in words with Retry.
#include "CategoriesTreeModel.h"
#include "CategoriesView.h"
#include "MessageBanner.h"
#include "PlaceholderPage.h"
#include "SandboxTestBase.h"
#include "TestEnv.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTcpServer>
#include <QToolButton>
#include <QTreeView>

using namespace kontor;
using namespace kontor::gui;
using namespace kontor::test;

namespace {

struct Raw
{
    QString parentId;
    QString name;
    bool active = true;
};

Profile htkProfile(const QUrl& url, const QString& id)
{
    Profile p = Profile::defaultsFor(Service::Htk);
    p.id = id;
    p.name = QStringLiteral("Omni Shop");
    p.baseUrl = url;
    p.user = user();
    p.timeouts.connectMs = 2000;
    p.timeouts.inactivityMs = 2000;
    p.timeouts.totalMs = 4000;
    return p;
}

// Every index of `model` below `parent`, depth first.
void collect(const QAbstractItemModel* model, const QModelIndex& parent, QList<QModelIndex>* out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out->append(index);
        collect(model, index, out);
    }
}

QString idOf(const QModelIndex& index)
{
    return index.data(CategoriesTreeModel::CategoryIdRole).toString();
}

QString cell(const QModelIndex& index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestCategoriesGui : public SandboxTestBase
{
    Q_OBJECT

    // The sandbox's own answer to function 5, read without Kontor's client.
    QHash<QString, Raw> rawCategories()
    {
        const Reply token = htk(*m_sandbox, "Tokenrequest.php", {{"apiuser", user()}, {"apipass", secret()}});
        const QString t = token.object().value("token").toObject().value("token").toString();
        const Reply r = htk(*m_sandbox, "HTKService4.php", {{"token", t}, {"function", "5"}, {"data", ""}});
        QHash<QString, Raw> out;
        for (const QJsonValue& v : r.object().value("data").toArray()) {
            const QJsonObject c = v.toObject();
            Raw raw;
            raw.parentId = c.value("ParentID").toString();
            if (raw.parentId == QLatin1String("oxrootID"))
                raw.parentId.clear();
            raw.name = c.value("Name").toString();
            const QJsonValue aktiv = c.value("Aktiv");
            raw.active = aktiv.isBool() ? aktiv.toBool() : aktiv.toInt() != 0;
            out.insert(c.value("ID").toString(), raw);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
        SandboxOptions o = testOptions();
        o.categories = 40;
        m_sandbox = std::make_unique<Sandbox>(o);
        QString why;
        QVERIFY2(m_sandbox->start(&why), qPrintable(why));
    }

    void treeHasTheSandboxCategories()
    {
        const QHash<QString, Raw> raw = rawCategories();
        QCOMPARE(raw.size(), 40);

        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile p = htkProfile(m_sandbox->url(QStringLiteral("htk")), QStringLiteral("categories-gui-1"));
        secrets.putSessionSecret(p.id, secret());
        ClientRegistry registry(&secrets);
        CategoriesView view(&registry);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 600);
        view.show();
        QSignalSpy busy(&view, &CategoriesView::busyChanged);
        QSignalSpy loaded(&view, &CategoriesView::loaded);

        view.showProfile(p);
        // The answer comes later: meanwhile the view says it is loading and the window goes on.
        QVERIFY(view.isBusy());
        QCOMPARE(view.placeholder()->kind(), PlaceholderPage::Kind::Loading);
        QVERIFY(!busy.isEmpty() && busy.last().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(1).toInt(), 40);
        QVERIFY(view.tree()->isVisible());

        // Every category once, under the parent the service names, its state in words.
        QList<QModelIndex> all;
        collect(view.model(), {}, &all);
        QCOMPARE(all.size(), raw.size());
        int children = 0, inactive = 0, deep = 0;
        for (const QModelIndex& index : std::as_const(all)) {
            const QString id = idOf(index);
            QVERIFY2(raw.contains(id), qPrintable(id));
            const Raw& r = raw[id];
            QCOMPARE(idOf(index.parent()), r.parentId);
            QCOMPARE(cell(index, CategoriesTreeModel::Name), r.name);
            QCOMPARE(cell(index, CategoriesTreeModel::Id), id);
            QCOMPARE(cell(index, CategoriesTreeModel::State),
                     r.active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
            // Inactive ones are greyed, active ones drawn as usual.
            QCOMPARE(index.siblingAtColumn(CategoriesTreeModel::State).data(Qt::ForegroundRole).isValid(), !r.active);
            children += r.parentId.isEmpty() ? 0 : 1;
            inactive += r.active ? 0 : 1;
            deep += index.parent().parent().isValid() ? 1 : 0;
        }
        QVERIFY(children > 0 && inactive > 0 && deep > 0); // the sandbox's data shows every case

        // Expand all opens every branch.
        QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("categoriesExpand")), Qt::LeftButton);
        QList<QModelIndex> shown;
        collect(view.proxyModel(), {}, &shown);
        for (const QModelIndex& index : std::as_const(shown)) {
            if (view.proxyModel()->rowCount(index) > 0)
                QVERIFY(view.tree()->isExpanded(index));
        }

        screenshot(view, QStringLiteral("categories.png"));

        // The filter keeps a match with every category above it, and nothing else.
        QModelIndex target;
        for (const QModelIndex& index : std::as_const(all)) {
            if (index.parent().parent().isValid()) {
                target = index;
                break;
            }
        }
        QVERIFY(target.isValid());
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("categoriesFilter"));
        QTest::keyClicks(filter, idOf(target).left(20));
        QSet<QString> expected;
        for (QModelIndex i = target; i.isValid(); i = i.parent())
            expected.insert(idOf(i));
        QTRY_COMPARE(view.proxyModel()->rowCount(), 1);
        QList<QModelIndex> filtered;
        collect(view.proxyModel(), {}, &filtered);
        QSet<QString> filteredIds;
        for (const QModelIndex& index : std::as_const(filtered)) {
            filteredIds.insert(idOf(index));
            QVERIFY(index.parent().isValid() == false || view.tree()->isExpanded(index.parent()));
        }
        QCOMPARE(filteredIds, expected);
        // The match stands out from the parents shown around it.
        for (const QModelIndex& index : std::as_const(filtered))
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), idOf(index) == idOf(target));
        screenshot(view, QStringLiteral("categories-filtered.png"));
        // By name too, case aside.
        filter->setText(raw[idOf(target)].name.toUpper());
        QTRY_VERIFY(view.proxyModel()->rowCount() >= 1);
        filtered.clear();
        collect(view.proxyModel(), {}, &filtered);
        filteredIds.clear();
        for (const QModelIndex& index : std::as_const(filtered))
            filteredIds.insert(idOf(index));
        QVERIFY(filteredIds.contains(idOf(target)) && filteredIds.contains(idOf(target.parent())));
        filter->clear();
        QTRY_COMPARE(view.proxyModel()->rowCount(), view.model()->rowCount());
    }

    void unreachableServiceOffersRetry()
    {
        // A port nobody listens on.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();

        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile p = htkProfile(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)),
                                     QStringLiteral("categories-gui-unreachable"));
        secrets.putSessionSecret(p.id, secret());
        ClientRegistry registry(&secrets);
        CategoriesView view(&registry);
        view.resize(900, 600);
        view.show();
        QSignalSpy failed(&view, &CategoriesView::loadFailed);

        view.showProfile(p);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().at(0).toString(), p.id);
        PlaceholderPage* page = view.placeholder();
        QCOMPARE(page->kind(), PlaceholderPage::Kind::Error);
        QVERIFY(page->isVisible());
        QCOMPARE(page->title(), QStringLiteral("The categories could not be loaded"));
        QVERIFY2(!page->text().isEmpty() && !page->text().contains(secret()), qPrintable(page->text()));
        QVERIFY(page->button()->isVisible());
        QCOMPARE(page->button()->text(), QStringLiteral("Retry"));
        screenshot(view, QStringLiteral("categories-error.png"));

        // Retry asks again (and, the service still away, says so again).
        QTest::mouseClick(page->button(), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 20000);
        QCOMPARE(page->kind(), PlaceholderPage::Kind::Error);
    }

    void failedRefreshKeepsTheTree()
    {
        Sandbox own(testOptions());
        QVERIFY(own.start());
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile p = htkProfile(own.url(QStringLiteral("htk")), QStringLiteral("categories-gui-refresh"));
        secrets.putSessionSecret(p.id, secret());
        ClientRegistry registry(&secrets);
        CategoriesView view(&registry);
        view.resize(900, 600);
        view.show();
        QSignalSpy failed(&view, &CategoriesView::loadFailed);
        view.showProfile(p);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.model()->categoryCount(), 20);

        // The service answers with a maintenance page from now on: the tree stays, the banner says why.
        FaultOptions faults;
        faults.rateHtml200 = 1.0;
        own.setFaults(faults);
        QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("categoriesRefresh")), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(view.tree()->isVisible()); // what was there stays while the new list is on its way
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(view.model()->categoryCount(), 20);
        QVERIFY(view.tree()->isVisible());
        QVERIFY(view.banner()->isVisible());
        QVERIFY2(view.banner()->text().startsWith(QStringLiteral("The categories could not be loaded again.")),
                 qPrintable(view.banner()->text()));
        QCOMPARE(view.banner()->actionButton()->text(), QStringLiteral("Retry"));
        screenshot(view, QStringLiteral("categories-refresh-failed.png"));

        // The service is back: Retry brings the list and the banner goes.
        own.setFaults({});
        QTest::mouseClick(view.banner()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!view.banner()->isVisible());
        QCOMPARE(view.model()->categoryCount(), 20);
    }

    void answersForAnotherProfileAreDropped()
    {
        SandboxOptions o = testOptions();
        o.faults.latencyMs = 800;
        Sandbox slow(o);
        QVERIFY(slow.start());
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const Profile first = htkProfile(slow.url(QStringLiteral("htk")), QStringLiteral("categories-gui-slow"));
        const Profile second = htkProfile(m_sandbox->url(QStringLiteral("htk")), QStringLiteral("categories-gui-2"));
        secrets.putSessionSecret(first.id, secret());
        secrets.putSessionSecret(second.id, secret());
        ClientRegistry registry(&secrets);
        CategoriesView view(&registry);
        view.show();
        QSignalSpy loaded(&view, &CategoriesView::loaded);

        view.showProfile(first);
        view.showProfile(second);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QCOMPARE(loaded.first().at(0).toString(), second.id);
        QTest::qWait(2500); // the slow profile's answer arrives and is dropped
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(view.model()->categoryCount(), 40);

        view.clearProfile();
        QCOMPARE(view.model()->categoryCount(), 0);
        QCOMPARE(view.placeholder()->kind(), PlaceholderPage::Kind::Info);
    }

private:
    static void screenshot(QWidget& view, const QString& name)
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        view.grab().save(dir + QLatin1Char('/') + name);
    }
};

QTEST_MAIN(TestCategoriesGui)
#include "tst_categories_gui.moc"
