// SecretStore against the real Secret Service (gnome-keyring on the private bus that
// tests/run-with-keyring.sh starts): write, read back, overwrite, delete.
#include "TestSecrets.h"
#include "profile/SecretStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace kontor;

namespace {
template <class T>
Result<T> wait(std::function<void(Callback<T>)> start)
{
    Result<T> out;
    bool done = false;
    start([&](const Result<T>& r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("keychain call did not finish");
    return out;
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs tests/run-with-keyring.sh (a session bus with gnome-keyring)");
    }

    void writeReadRemove()
    {
        SecretStore store;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QString::fromUtf8(test::SandboxSecret);

        auto w = wait<bool>([&](Callback<bool> cb) { store.write(key, secret, this, cb); });
        QVERIFY2(w.ok(), qPrintable(w.error.message));
        QVERIFY2(w.value, "the keychain should hold the secret, not the session memory");
        QVERIFY(!store.sessionOnly());

        // A second store (as after a restart) reads it from the keychain, not from memory.
        SecretStore fresh;
        auto r = wait<QString>([&](Callback<QString> cb) { fresh.read(key, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value, secret);

        // The Secret Service really holds it (checked with libsecret's own tool when present).
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("user"), QStringLiteral("profile:") + key});
        if (lookup.waitForStarted(3000)) {
            lookup.waitForFinished(10000);
            const QByteArray out = lookup.readAllStandardOutput();
            if (!out.isEmpty())
                QCOMPARE(QString::fromUtf8(out), secret);
        }

        auto w2 =
            wait<bool>([&](Callback<bool> cb) { fresh.write(key, QStringLiteral("second-value-123"), this, cb); });
        QVERIFY(w2.ok());
        auto r2 = wait<QString>([&](Callback<QString> cb) { store.read(key, this, cb); });
        QCOMPARE(r2.value, QStringLiteral("second-value-123"));

        auto d = wait<bool>([&](Callback<bool> cb) { store.remove(key, this, cb); });
        QVERIFY(d.ok());
        auto r3 = wait<QString>([&](Callback<QString> cb) { fresh.read(key, this, cb); });
        QCOMPARE(r3.error.kind, Error::Kind::NotFound);
    }

    void missingEntryIsNotFound()
    {
        SecretStore store;
        auto r = wait<QString>([&](Callback<QString> cb) { store.read(QStringLiteral("no-such-profile"), this, cb); });
        QCOMPARE(r.error.kind, Error::Kind::NotFound);
        QVERIFY(!store.sessionOnly());
    }

    void removingMissingEntrySucceeds()
    {
        SecretStore store;
        auto d = wait<bool>([&](Callback<bool> cb) { store.remove(QStringLiteral("never-written"), this, cb); });
        QVERIFY(d.ok());
    }

    void callbackSkippedWhenContextIsGone()
    {
        SecretStore store;
        bool called = false;
        auto* ctx = new QObject;
        store.read(QStringLiteral("whatever"), ctx, [&](const Result<QString>&) { called = true; });
        delete ctx;
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
