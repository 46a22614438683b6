// CSV and TSV of table rows: RFC 4180 quoting, CRLF, the UTF-8 byte-order mark Excel needs for umlauts, and
// a TSV a spreadsheet pastes into the right cells.
#include "domain/TableText.h"

#include <QTest>

using namespace kontor;

class TestTableText : public QObject
{
    Q_OBJECT
private slots:
    void csvFollowsRfc4180WithBom()
    {
        const QByteArray out = TableText::csv({QStringLiteral("Nummer"), QStringLiteral("Kunde")},
                                              {{QStringLiteral("PL1"), QStringLiteral("Müller, Jürgen")},
                                               {QStringLiteral("PL2"), QStringLiteral("Sagte \"Hallo\"")},
                                               {QStringLiteral("PL3"), QStringLiteral("Zeile 1\nZeile 2")},
                                               {QStringLiteral("PL4"), QString()}});
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(out.mid(3));
        QCOMPARE(text, QStringLiteral("Nummer,Kunde\r\n"
                                      "PL1,\"Müller, Jürgen\"\r\n"
                                      "PL2,\"Sagte \"\"Hallo\"\"\"\r\n"
                                      "PL3,\"Zeile 1\nZeile 2\"\r\n"
                                      "PL4,\r\n"));
    }

    void tsvKeepsEveryValueInItsCell()
    {
        const QString out =
            TableText::tsv({QStringLiteral("A"), QStringLiteral("B")},
                           {{QStringLiteral("x\ty"), QStringLiteral("1\n2")}, {QStringLiteral("Ё"), {}}});
        QCOMPARE(out, QStringLiteral("A\tB\nx y\t1 2\nЁ\t\n"));
    }
};

QTEST_GUILESS_MAIN(TestTableText)
#include "tst_tabletext.moc"
