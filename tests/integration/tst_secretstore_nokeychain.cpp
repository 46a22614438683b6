// SecretStore where no keychain works: the secret is kept in memory for the session only, the store
// says so (the GUI shows a banner), and nothing is written to disk.
#include "TestEnv.h"
#include "TestSecrets.h"
#include "profile/SecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;

class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void sessionOnlyFallback()
    {
        SecretStore store;
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
        const QString secret = QString::fromUtf8(test::SandboxSecret);

        Result<bool> written;
        bool done = false;
        store.write(QStringLiteral("p1"), secret, this, [&](const Result<bool>& r) {
            written = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(written.ok(), qPrintable(written.error.message));
        QCOMPARE(written.value, false); // kept in memory, not in a keychain
        QVERIFY(store.sessionOnly());
        QCOMPARE(sessionOnly.count(), 1);

        Result<QString> read;
        done = false;
        store.read(QStringLiteral("p1"), this, [&](const Result<QString>& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(read.value, secret);

        // A second store (a new session) knows nothing of it.
        SecretStore next;
        done = false;
        next.read(QStringLiteral("p1"), this, [&](const Result<QString>& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(read.error.kind, Error::Kind::NotFound);
        QVERIFY(next.sessionOnly());

        // Nothing reached the disk under HOME.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 10 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

int main(int argc, char** argv)
{
    // No session bus: QtKeychain 0.13 reports OtherError, as on a desktop without a keyring.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kontor-test-bus");
    QCoreApplication app(argc, argv);
    TestSecretStoreNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secretstore_nokeychain.moc"
