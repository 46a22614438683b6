// SecretStore::judge: how a keychain answer is read, for every QtKeychain code and every Secret Service
// state. QtKeychain 0.13's libsecret backend calls a delete from a locked keyring a success and a lookup
// in one "not found"; only the probe of the Secret Service tells the truth then.
#include "profile/SecretStore.h"

#include <QTest>

using namespace kontor;
using Code = SecretStore::Code;
using Op = SecretStore::Operation;
using Verdict = SecretStore::Verdict;
using Probe = KeychainProbe::State;

Q_DECLARE_METATYPE(SecretStore::Code)
Q_DECLARE_METATYPE(SecretStore::Operation)
Q_DECLARE_METATYPE(SecretStore::Verdict)
Q_DECLARE_METATYPE(KeychainProbe::State)

class TestKeychainVerdicts : public QObject
{
    Q_OBJECT
private slots:
    void judge_data()
    {
        QTest::addColumn<Op>("operation");
        QTest::addColumn<Code>("code");
        QTest::addColumn<Probe>("probe");
        QTest::addColumn<Verdict>("verdict");

        QTest::newRow("read ok") << Op::Read << Code::NoError << Probe::Unknown << Verdict::Ok;
        QTest::newRow("read missing") << Op::Read << Code::EntryNotFound << Probe::Unlocked << Verdict::NotFound;
        QTest::newRow("read missing, keyring locked but no such entry")
            << Op::Read << Code::EntryNotFound << Probe::CollectionLocked << Verdict::NotFound;
        QTest::newRow("read 'missing' but the entry is locked")
            << Op::Read << Code::EntryNotFound << Probe::EntryLocked << Verdict::Locked;
        QTest::newRow("read denied") << Op::Read << Code::AccessDenied << Probe::Unknown << Verdict::Denied;
        QTest::newRow("read no backend") << Op::Read << Code::NoBackend << Probe::Unknown << Verdict::Absent;
        QTest::newRow("read other, no service") << Op::Read << Code::Other << Probe::Absent << Verdict::Absent;
        QTest::newRow("read other, service up") << Op::Read << Code::Other << Probe::Unlocked << Verdict::Failed;

        QTest::newRow("write ok") << Op::Write << Code::NoError << Probe::Unknown << Verdict::Ok;
        QTest::newRow("write into a locked keyring")
            << Op::Write << Code::AccessDenied << Probe::CollectionLocked << Verdict::Locked;
        QTest::newRow("write over a locked entry")
            << Op::Write << Code::AccessDenied << Probe::EntryLocked << Verdict::Locked;
        QTest::newRow("write denied (Windows, macOS)")
            << Op::Write << Code::AccessDenied << Probe::Unknown << Verdict::Denied;
        QTest::newRow("write, no keychain at all") << Op::Write << Code::Other << Probe::Absent << Verdict::Absent;
        QTest::newRow("write, no backend") << Op::Write << Code::NoBackend << Probe::Unknown << Verdict::Absent;
        QTest::newRow("write other failure") << Op::Write << Code::Other << Probe::Unlocked << Verdict::Failed;

        QTest::newRow("remove ok") << Op::Remove << Code::NoError << Probe::Unlocked << Verdict::Ok;
        QTest::newRow("remove 'ok' from a locked keyring")
            << Op::Remove << Code::NoError << Probe::EntryLocked << Verdict::Locked;
        QTest::newRow("remove of nothing from a locked keyring")
            << Op::Remove << Code::NoError << Probe::CollectionLocked << Verdict::Ok;
        QTest::newRow("remove missing") << Op::Remove << Code::EntryNotFound << Probe::Unlocked << Verdict::Ok;
        QTest::newRow("remove denied") << Op::Remove << Code::AccessDenied << Probe::Unknown << Verdict::Denied;
        QTest::newRow("remove locked") << Op::Remove << Code::AccessDenied << Probe::EntryLocked << Verdict::Locked;
        QTest::newRow("remove, no keychain at all") << Op::Remove << Code::Other << Probe::Absent << Verdict::Absent;
        QTest::newRow("remove other failure") << Op::Remove << Code::Other << Probe::Unknown << Verdict::Failed;
    }

    void judge()
    {
        QFETCH(Op, operation);
        QFETCH(Code, code);
        QFETCH(Probe, probe);
        QFETCH(Verdict, verdict);
        QCOMPARE(SecretStore::judge(operation, code, probe), verdict);
    }

    void errorsSayWhy_data()
    {
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("words");
        QTest::newRow("locked") << Verdict::Locked << QStringLiteral("keychain-locked") << QStringLiteral("locked");
        QTest::newRow("denied") << Verdict::Denied << QStringLiteral("keychain-denied") << QStringLiteral("refused");
        QTest::newRow("absent") << Verdict::Absent << QStringLiteral("keychain-absent")
                                << QStringLiteral("no system keychain");
        QTest::newRow("failed") << Verdict::Failed << QStringLiteral("keychain-failed")
                                << QStringLiteral("D-Bus timeout");
    }

    void errorsSayWhy()
    {
        QFETCH(Verdict, verdict);
        QFETCH(QString, reason);
        QFETCH(QString, words);
        for (Op op : {Op::Read, Op::Write, Op::Remove}) {
            const Error e = SecretStore::errorFor(op, verdict, QStringLiteral("D-Bus timeout"));
            QCOMPARE(e.kind, Error::Kind::Keychain);
            QCOMPARE(e.reason, reason);
            QVERIFY2(e.message.contains(words), qPrintable(e.message));
        }
        QVERIFY(SecretStore::errorFor(Op::Remove, verdict, {}).message.contains(QLatin1String("still stored")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainVerdicts)
#include "tst_keychainverdicts.moc"
