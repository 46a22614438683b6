// `kontor-cli --version` and `kontor --version`, the real executables: every component with its version and
// licence, as text and as JSON, and the desktop app answers without a display (a package check or an ssh
// session has none).
#include "KontorVersion.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace kontor::test;

namespace {

QString jsonVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(NLOHMANN_JSON_VERSION_MAJOR)
        .arg(NLOHMANN_JSON_VERSION_MINOR)
        .arg(NLOHMANN_JSON_VERSION_PATCH);
}

// English text whatever the machine's locale, and the log away from the user's folders.
QStringList environment(const QString& dir)
{
    return {QStringLiteral("LANGUAGE=en"), QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("KONTOR_LOG_DIR=") + dir,
            QStringLiteral("KONTOR_CONFIG_DIR=") + dir};
}

} // namespace

class TestCliVersion : public QObject
{
    Q_OBJECT
private slots:
    void cliPrintsEveryComponentAndLicence()
    {
        const QString dir = makeTestDir(QStringLiteral("cli-version"));
        const ProcessResult r =
            runProcess(QStringLiteral(KONTOR_CLI_BIN), {QStringLiteral("--version")}, {}, environment(dir));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(
            lines,
            (QStringList{
                QStringLiteral("kontor-cli %1, licence MIT").arg(QStringLiteral(KONTOR_VERSION_STRING)),
                QStringLiteral("Qt %1 (running on %2), licence LGPL-3.0-only")
                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                QStringLiteral("QtKeychain %1, licence BSD-2-Clause").arg(QStringLiteral(KONTOR_QTKEYCHAIN_VERSION)),
                QStringLiteral("nlohmann/json %1, licence MIT").arg(jsonVersion()),
            }));
        QVERIFY(r.err.isEmpty());
    }

    void cliJsonHasTheComponents()
    {
        const QString dir = makeTestDir(QStringLiteral("cli-version-json"));
        const ProcessResult r =
            runProcess(QStringLiteral(KONTOR_CLI_BIN), {QStringLiteral("--version"), QStringLiteral("--json")}, {},
                       environment(dir));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("kontor-cli"));
        QCOMPARE(doc.value(QStringLiteral("version")).toString(), QStringLiteral(KONTOR_VERSION_STRING));
        QCOMPARE(doc.value(QStringLiteral("license")).toString(), QStringLiteral("MIT"));
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& v : doc.value(QStringLiteral("components")).toArray())
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QCOMPARE(byName.size(), 4);
        QCOMPARE(byName.value(QStringLiteral("Qt")).value(QStringLiteral("version")).toString(),
                 QStringLiteral(QT_VERSION_STR));
        QCOMPARE(byName.value(QStringLiteral("Qt")).value(QStringLiteral("runtime_version")).toString(),
                 QString::fromLatin1(qVersion()));
        QCOMPARE(byName.value(QStringLiteral("Qt")).value(QStringLiteral("license")).toString(),
                 QStringLiteral("LGPL-3.0-only"));
        QCOMPARE(byName.value(QStringLiteral("QtKeychain")).value(QStringLiteral("license")).toString(),
                 QStringLiteral("BSD-2-Clause"));
        QCOMPARE(byName.value(QStringLiteral("nlohmann/json")).value(QStringLiteral("version")).toString(),
                 jsonVersion());
    }

    void appAnswersWithoutADisplay()
    {
#ifndef KONTOR_APP_BIN
        QSKIP("built without the desktop application");
#else
        const QString dir = makeTestDir(QStringLiteral("app-version"));
        // A platform plugin that does not exist: QApplication would abort, so --version must not make one.
        QStringList env = environment(dir);
        env << QStringLiteral("QT_QPA_PLATFORM=no-such-platform") << QStringLiteral("DISPLAY")
            << QStringLiteral("WAYLAND_DISPLAY");
        const ProcessResult r = runProcess(QStringLiteral(KONTOR_APP_BIN), {QStringLiteral("--version")}, {}, env);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("kontor %1, licence MIT").arg(QStringLiteral(KONTOR_VERSION_STRING)));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("QtKeychain ")));
        const ProcessResult help = runProcess(QStringLiteral(KONTOR_APP_BIN), {QStringLiteral("--help")}, {}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--demo") && help.out.contains("--version"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliVersion)
#include "tst_cli_version.moc"
