// SecretStore and kontor-cli against a real gnome-keyring that is locked. This test locks its keyring and
// cannot unlock it again headless, so CMake runs it in a keyring of its own (tests/run-with-keyring.sh
// around this executable); parallel tests keep theirs. Before, a locked keyring let remove() report success
// while the secret stayed, and `profile add --secret-stdin` exit 0 with the secret not stored.
#include "TestEnv.h"
#include "TestSecrets.h"
#include "profile/SecretStore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <optional>

using namespace kontor;
using namespace kontor::test;

namespace {

template <class T>
Result<T> wait(const std::function<void(Callback<T>)>& start)
{
    std::optional<Result<T>> out;
    start([&](const Result<T>& r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
        return Result<T>::failure(Error::make(Error::Kind::Timeout, QStringLiteral("keychain call did not finish")));
    return *out;
}

bool lockDefaultKeyring()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage alias = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> collection = bus.call(alias);
    if (!collection.isValid())
        return false;
    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath>{collection.value()});
    return bus.call(lock).type() == QDBusMessage::ReplyMessage;
}

const QString Secret = QString::fromUtf8(SandboxSecret);

} // namespace

class TestSecretStoreLocked : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs tests/run-with-keyring.sh (a session bus with gnome-keyring)");
        m_dir = makeTestDir(QStringLiteral("locked-keyring"));
        // Stored while the keyring is open: profiles whose secrets will be locked in.
        for (const QString& name : {QStringLiteral("a"), QStringLiteral("c")}) {
            const ProcessResult add =
                runProcess(QStringLiteral(KONTOR_CLI_BIN),
                           {QStringLiteral("--config-dir"), m_dir, QStringLiteral("profile"), QStringLiteral("add"),
                            name, QStringLiteral("--service"), QStringLiteral("virtpos"), QStringLiteral("--url"),
                            QStringLiteral("https://pos.example/"), QStringLiteral("--secret-stdin")},
                           Secret.toUtf8() + '\n');
            QCOMPARE(add.exitCode, 0);
        }
        SecretStore store;
        QVERIFY(wait<bool>([&](Callback<bool> cb) { store.write(QStringLiteral("kept"), Secret, this, cb); }).value);
        QVERIFY(lockDefaultKeyring());
    }

    void readOfALockedEntrySaysLocked()
    {
        SecretStore store;
        const auto r = wait<QString>([&](Callback<QString> cb) { store.read(QStringLiteral("kept"), this, cb); });
        QCOMPARE(r.error.kind, Error::Kind::Keychain); // not "nothing stored"
        QCOMPARE(r.error.reason, QStringLiteral("keychain-locked"));
        QVERIFY(!store.sessionOnly());
    }

    void writeIntoALockedKeyringFails()
    {
        SecretStore store;
        const auto w = wait<bool>([&](Callback<bool> cb) { store.write(QStringLiteral("fresh"), Secret, this, cb); });
        QVERIFY(!w.ok());
        QCOMPARE(w.error.reason, QStringLiteral("keychain-locked"));
        QVERIFY2(w.error.message.contains(QLatin1String("locked")), qPrintable(w.error.message));
        QVERIFY(!store.sessionOnly()); // a locked keychain is not "no keychain": nothing kept in memory
    }

    void removeFromALockedKeyringIsNotASuccess()
    {
        SecretStore store;
        const auto d = wait<bool>([&](Callback<bool> cb) { store.remove(QStringLiteral("kept"), this, cb); });
        QVERIFY(!d.ok());
        QCOMPARE(d.error.reason, QStringLiteral("keychain-locked"));
        QVERIFY(d.error.message.contains(QLatin1String("still stored")));
        // Removing what was never there leaves nothing behind, locked or not.
        const auto none = wait<bool>([&](Callback<bool> cb) { store.remove(QStringLiteral("never"), this, cb); });
        QVERIFY2(none.ok(), qPrintable(none.error.message));
    }

    void cliSaysTheSecretWasNotStored()
    {
        const QString cli = QStringLiteral(KONTOR_CLI_BIN);
        const ProcessResult add = runProcess(cli,
                                             {QStringLiteral("--config-dir"), m_dir, QStringLiteral("profile"),
                                              QStringLiteral("add"), QStringLiteral("b"), QStringLiteral("--service"),
                                              QStringLiteral("virtpos"), QStringLiteral("--url"),
                                              QStringLiteral("https://pos.example/"), QStringLiteral("--secret-stdin")},
                                             Secret.toUtf8() + '\n');
        QCOMPARE(add.exitCode, 3); // the profile is saved, its secret is not
        QVERIFY2(add.err.contains("locked"), add.err.constData());
        const ProcessResult set = runProcess(cli,
                                             {QStringLiteral("--config-dir"), m_dir, QStringLiteral("profile"),
                                              QStringLiteral("set-secret"), QStringLiteral("b")},
                                             Secret.toUtf8() + '\n');
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains("locked"), set.err.constData());
        const ProcessResult remove =
            runProcess(cli, {QStringLiteral("--config-dir"), m_dir, QStringLiteral("--json"), QStringLiteral("profile"),
                             QStringLiteral("remove"), QStringLiteral("a")});
        QCOMPARE(remove.exitCode, 3);
        const QJsonObject removed = QJsonDocument::fromJson(remove.out).object();
        QCOMPARE(removed.value(QStringLiteral("removed")).toBool(), true);
        QCOMPARE(removed.value(QStringLiteral("secretRemoved")).toBool(true), false);
        QCOMPARE(removed.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("keychain-locked"));
        const ProcessResult test = runProcess(cli, {QStringLiteral("--config-dir"), m_dir, QStringLiteral("profile"),
                                                    QStringLiteral("test"), QStringLiteral("c")});
        QCOMPARE(test.exitCode, 4); // its secret is there but locked: nothing to send, and the reason is the lock
        QVERIFY2(test.err.contains("locked"), test.err.constData());
    }

private:
    QString m_dir;
};

QTEST_GUILESS_MAIN(TestSecretStoreLocked)
#include "tst_secretstore_locked.moc"
