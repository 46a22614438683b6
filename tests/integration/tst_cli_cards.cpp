// kontor-cli cards, the real executable against the in-process sandbox. `cards ean13` prints a card's uid_ean13
// as Kontor computes it before saving, and the sandbox's own, independent check of uid_ean13 (insertCard
// refuses a wrong check digit) accepts every one; a uid that is not 1 to 12 digits is refused with exit 2.
// `cards insert|update|delete` write a card (found by the key the options give), one audit row each with no
// secret in it; a wrong field is refused with exit 2 naming it and --dry-run prints the request: in both cases
// nothing reaches the sandbox (its counters prove it).
#include "SandboxTestBase.h"
#include "TestEnv.h"

#include <QJsonArray>
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

    void cardsAreWrittenOnceEachWithAnAuditRow()
    {
        const QString config = makeTestDir(QStringLiteral("cli-cards-config"));
        const QString data = makeTestDir(QStringLiteral("cli-cards-data"));
        const QStringList env = {QStringLiteral("KONTOR_DATA_DIR=") + data,
                                 QStringLiteral("KONTOR_TEST_CARD_KEY=") + secret()};
        auto cli = [&](const QStringList& args) {
            const ProcessResult r =
                runProcess(QStringLiteral(KONTOR_CLI_BIN),
                           QStringList{QStringLiteral("--config-dir"), config, QStringLiteral("--secret-env"),
                                       QStringLiteral("KONTOR_TEST_CARD_KEY")} +
                               args,
                           {}, env);
            if (r.out.contains(secret().toUtf8()) || r.err.contains(secret().toUtf8()))
                qWarning("the secret was printed by: %s", qPrintable(args.join(QLatin1Char(' '))));
            return r;
        };
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("kasse"),
                      QStringLiteral("--service"), QStringLiteral("virtpos"), QStringLiteral("--url"),
                      m_sandbox->url(QStringLiteral("virtpos")).toString()})
                     .exitCode,
                 0);
        auto counters = [this] { return m_sandbox->counters().value(QStringLiteral("virtpos")).toObject(); };
        const QJsonObject before = counters();

        // A wrong field: exit 2, the field named, nothing sent. --dry-run: the request, nothing sent.
        const ProcessResult bad = cli({QStringLiteral("cards"), QStringLiteral("insert"), QStringLiteral("--uid"),
                                       QStringLiteral("880001"), QStringLiteral("--medium"), QStringLiteral("PAPER")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--medium"), bad.err.constData());
        const ProcessResult dry = cli({QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("insert"),
                                       QStringLiteral("--uid"), QStringLiteral("880001"), QStringLiteral("--medium"),
                                       QStringLiteral("APP"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject request = QJsonDocument::fromJson(dry.out).object();
        QVERIFY(request.value(QStringLiteral("request")).toString().contains(QLatin1String("apikey=***")));
        QCOMPARE(request.value(QStringLiteral("fields")).toObject().value(QStringLiteral("medium")).toString(),
                 QStringLiteral("APP"));
        QCOMPARE(counters(), before);

        // Insert, update found by the external id, delete found by the uid: one write each.
        const ProcessResult inserted =
            cli({QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("insert"), QStringLiteral("--uid"),
                 QStringLiteral("880001"), QStringLiteral("--external-id"), QStringLiteral("E-880001"),
                 QStringLiteral("--medium"), QStringLiteral("APP")});
        QVERIFY2(inserted.exitCode == 0, inserted.err.constData());
        QVERIFY(QJsonDocument::fromJson(inserted.out).object().value(QStringLiteral("created")).toBool());
        const ProcessResult updated =
            cli({QStringLiteral("cards"), QStringLiteral("update"), QStringLiteral("--external-id"),
                 QStringLiteral("E-880001"), QStringLiteral("--status"), QStringLiteral("BLOCKED"),
                 QStringLiteral("--block-date"), QStringLiteral("2026-11-28")});
        QVERIFY2(updated.exitCode == 0, updated.err.constData());
        const ProcessResult deleted =
            cli({QStringLiteral("cards"), QStringLiteral("delete"), QStringLiteral("--uid"), QStringLiteral("880001")});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        const QJsonObject after = counters();
        for (const char* name : {"cardInserts", "cardUpdates", "cardDeletes"})
            QCOMPARE(after.value(QLatin1String(name)).toInteger(), before.value(QLatin1String(name)).toInteger() + 1);

        // Three audit rows, the fields sent in them, no secret anywhere.
        const ProcessResult audit = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(!audit.out.contains(secret().toUtf8()));
        QStringList actions;
        for (const QJsonValue& row :
             QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("entries")).toArray())
            actions << row.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions, QStringList({QStringLiteral("card.insert"), QStringLiteral("card.update"),
                                       QStringLiteral("card.delete")}));
        QVERIFY(audit.out.contains("E-880001"));
    }

    // From the command line, as from the form: inserted, found and changed by each of the four keys alone (the
    // barcode key is the EAN-13 `cards ean13` printed before the card existed), blocked, deleted; a bad
    // medium, status, date or barcode is refused with exit 2 and the sandbox's counters do not move.
    void everyKeyFindsTheCardAndBadInputNeverLeaves()
    {
        const QString config = makeTestDir(QStringLiteral("cli-cards-keys-config"));
        const QString data = makeTestDir(QStringLiteral("cli-cards-keys-data"));
        const QStringList env = {QStringLiteral("KONTOR_DATA_DIR=") + data,
                                 QStringLiteral("KONTOR_TEST_CARD_KEY=") + secret()};
        auto cli = [&](const QStringList& args) {
            return runProcess(QStringLiteral(KONTOR_CLI_BIN),
                              QStringList{QStringLiteral("--config-dir"), config, QStringLiteral("--secret-env"),
                                          QStringLiteral("KONTOR_TEST_CARD_KEY")} +
                                  args,
                              {}, env);
        };
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("kasse"),
                      QStringLiteral("--service"), QStringLiteral("virtpos"), QStringLiteral("--url"),
                      m_sandbox->url(QStringLiteral("virtpos")).toString()})
                     .exitCode,
                 0);
        auto counters = [this] { return m_sandbox->counters().value(QStringLiteral("virtpos")).toObject(); };

        const QString uid = QStringLiteral("770042");
        const ProcessResult ean = cli({QStringLiteral("cards"), QStringLiteral("ean13"), uid});
        QCOMPARE(ean.exitCode, 0);
        const QString shown = QString::fromUtf8(ean.out.trimmed());
        QCOMPARE(shown.size(), 13);

        const QJsonObject before = counters();
        const QList<QStringList> bad = {
            {QStringLiteral("--medium"), QStringLiteral("PAPER")},
            {QStringLiteral("--status"), QStringLiteral("LOST")},
            {QStringLiteral("--block-date"), QStringLiteral("31.12.2026")},
            {QStringLiteral("--barcode"), QStringLiteral("5901234123458")},
        };
        for (const QStringList& option : bad) {
            const ProcessResult r = cli(
                QStringList{QStringLiteral("cards"), QStringLiteral("insert"), QStringLiteral("--uid"), uid} + option);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(option.first().toUtf8()), r.err.constData());
        }
        QCOMPARE(counters(), before);

        const ProcessResult inserted =
            cli({QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("insert"), QStringLiteral("--uid"),
                 uid, QStringLiteral("--external-id"), QStringLiteral("E-") + uid, QStringLiteral("--medium"),
                 QStringLiteral("PLASTIC"), QStringLiteral("--status"), QStringLiteral("NEW")});
        QVERIFY2(inserted.exitCode == 0, inserted.err.constData());
        const QString cardId =
            QJsonDocument::fromJson(inserted.out).object().value(QStringLiteral("card_id")).toString();
        QVERIFY(!cardId.isEmpty());
        const QList<QStringList> keys = {{QStringLiteral("--card-id"), cardId},
                                         {QStringLiteral("--uid"), uid},
                                         {QStringLiteral("--external-id"), QStringLiteral("E-") + uid},
                                         {QStringLiteral("--card-barcode"), shown}};
        for (const QStringList& key : keys) {
            const ProcessResult r =
                cli(QStringList{QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("update"),
                                QStringLiteral("--status"), QStringLiteral("ACTIVE")} +
                    key);
            QVERIFY2(r.exitCode == 0, qPrintable(key.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.err));
            QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("card_id")).toString(), cardId);
        }
        QCOMPARE(cli({QStringLiteral("cards"), QStringLiteral("update"), QStringLiteral("--card-id"), cardId,
                      QStringLiteral("--status"), QStringLiteral("BLOCKED"), QStringLiteral("--block-date"),
                      QStringLiteral("2026-11-28")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("cards"), QStringLiteral("delete"), QStringLiteral("--card-barcode"), shown}).exitCode,
            0);
        const QJsonObject after = counters();
        QCOMPARE(after.value(QStringLiteral("cardInserts")).toInteger(),
                 before.value(QStringLiteral("cardInserts")).toInteger() + 1);
        QCOMPARE(after.value(QStringLiteral("cardUpdates")).toInteger(),
                 before.value(QStringLiteral("cardUpdates")).toInteger() + 5);
        QCOMPARE(after.value(QStringLiteral("cardDeletes")).toInteger(),
                 before.value(QStringLiteral("cardDeletes")).toInteger() + 1);
        // Gone: no key finds it any more.
        const ProcessResult again = cli({QStringLiteral("cards"), QStringLiteral("update"), QStringLiteral("--uid"),
                                         uid, QStringLiteral("--status"), QStringLiteral("ACTIVE")});
        QVERIFY(again.exitCode != 0);
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
