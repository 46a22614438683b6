// Components: the list behind --version and the About dialog names Kontor and the three libraries it ships
// with, each at the version this build was compiled against and under its licence.
#include "Components.h"
#include "KontorVersion.h"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace kontor;

class TestComponents : public QObject
{
    Q_OBJECT
private slots:
    void listsKontorAndTheLibrariesWithTheirLicences()
    {
        const QList<Component> all = components();
        QStringList names;
        for (const Component& c : all) {
            names << c.name;
            QVERIFY2(!c.version.isEmpty(), qPrintable(c.name));
            QVERIFY2(!c.licence.isEmpty(), qPrintable(c.name));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Kontor"), QStringLiteral("Qt"), QStringLiteral("QtKeychain"),
                                     QStringLiteral("nlohmann/json")}));
        QCOMPARE(all.at(0).version, QStringLiteral(KONTOR_VERSION_STRING));
        QCOMPARE(all.at(0).licence, QStringLiteral("MIT"));
        QCOMPARE(all.at(1).version, QStringLiteral(QT_VERSION_STR));
        QCOMPARE(all.at(1).runtimeVersion, QString::fromLatin1(qVersion()));
        QCOMPARE(all.at(1).licence, QStringLiteral("LGPL-3.0-only"));
        QCOMPARE(all.at(2).version, QStringLiteral(KONTOR_QTKEYCHAIN_VERSION));
        QVERIFY(QVersionNumber::fromString(all.at(2).version).majorVersion() == 0 &&
                QVersionNumber::fromString(all.at(2).version).minorVersion() >= 10);
        QCOMPARE(all.at(2).licence, QStringLiteral("BSD-2-Clause"));
        QCOMPARE(all.at(3).version, QStringLiteral("%1.%2.%3")
                                        .arg(NLOHMANN_JSON_VERSION_MAJOR)
                                        .arg(NLOHMANN_JSON_VERSION_MINOR)
                                        .arg(NLOHMANN_JSON_VERSION_PATCH));
        QCOMPARE(all.at(3).licence, QStringLiteral("MIT"));
    }

    void textHasOneLinePerComponentWithTheProgramFirst()
    {
        const QStringList lines = componentsText(QStringLiteral("kontor-cli")).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("kontor-cli %1, licence MIT").arg(QStringLiteral(KONTOR_VERSION_STRING)));
        QCOMPARE(lines.at(1), QStringLiteral("Qt %1 (running on %2), licence LGPL-3.0-only")
                                  .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
        QVERIFY(
            lines.at(2).startsWith(QStringLiteral("QtKeychain %1, ").arg(QStringLiteral(KONTOR_QTKEYCHAIN_VERSION))));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("nlohmann/json %1.").arg(NLOHMANN_JSON_VERSION_MAJOR)));
        QVERIFY(lines.at(3).endsWith(QStringLiteral("licence MIT")));
    }
};

QTEST_GUILESS_MAIN(TestComponents)
#include "tst_components.moc"
