// kontor-cli cards ean13: the real executable prints a card's uid_ean13 as Kontor computes it before saving,
// and the sandbox's own, independent check of uid_ean13 (insertCard refuses a wrong check digit) accepts every
// one of them; a uid that is not 1 to 12 digits is refused with exit 2, naming the field, nothing sent.
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kontor;
using namespace kontor::test;

class TestCliCards : public SandboxTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { startSandbox(); }

    void theSandboxAcceptsKontorsEan13()
    {
        const QStringList uids = {QStringLiteral("7"), QStringLiteral("4711"), QStringLiteral("123456789"),
                                  QStringLiteral("590123412345")};
        for (const QString& uid : uids) {
            const ProcessResult r =
                runProcess(QStringLiteral(KONTOR_CLI_BIN),
                           {QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("ean13"), uid});
            QCOMPARE(r.exitCode, 0);
            const QString code = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("uid_ean13")).toString();
            QCOMPARE(code.size(), 13);
            QCOMPARE(code.left(12), uid.rightJustified(12, QLatin1Char('0')));
            const Reply accepted = virtpos(QStringLiteral("/api/customer/insertCard"),
                                           {{QStringLiteral("format"), QStringLiteral("json")},
                                            {QStringLiteral("uid"), QStringLiteral("9") + uid.right(11)},
                                            {QStringLiteral("uid_ean13"), code}});
            QVERIFY2(accepted.body.contains("\"success\":1"), accepted.body.constData());
            // The same with the check digit changed: the sandbox refuses it.
            QString wrong = code;
            wrong[12] = QChar(u'0' + (code.at(12).digitValue() + 1) % 10);
            const Reply refused = virtpos(QStringLiteral("/api/customer/insertCard"),
                                          {{QStringLiteral("format"), QStringLiteral("json")},
                                           {QStringLiteral("uid"), QStringLiteral("8") + uid.right(11)},
                                           {QStringLiteral("uid_ean13"), wrong}});
            QVERIFY2(refused.body.contains("Invalid uid_ean13"), refused.body.constData());
        }
        QCOMPARE(runProcess(QStringLiteral(KONTOR_CLI_BIN),
                            {QStringLiteral("cards"), QStringLiteral("ean13"), QStringLiteral("123456789")})
                     .out.trimmed(),
                 QByteArray("0001234567895"));
    }

    void aBadUidIsRefusedLocally()
    {
        for (const QString& uid : {QStringLiteral("12a"), QStringLiteral("1234567890123"), QStringLiteral("12 34")}) {
            const ProcessResult r =
                runProcess(QStringLiteral(KONTOR_CLI_BIN), {QStringLiteral("cards"), QStringLiteral("ean13"), uid});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("uid"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }
};

QTEST_MAIN(TestCliCards)
#include "tst_cli_cards.moc"
