// CSV and TSV of table rows: RFC 4180 quoting, CRLF, the UTF-8 byte-order mark Excel needs for umlauts, and
// a TSV a spreadsheet pastes into the right cells; text a spreadsheet would run as a formula stays text.
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

    void formulasStayText()
    {
        const QList<QStringList> rows = {{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("-12.50")},
                                         {QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("+36 1 234 5678")},
                                         {QStringLiteral("@SUM(A1)"), QStringLiteral("-")},
                                         {QStringLiteral("a=b"), QStringLiteral("-1.234,56")}};
        const QString csv = QString::fromUtf8(TableText::csv({}, rows).mid(3));
        QCOMPARE(csv, QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.50\r\n"
                                     "'+cmd|' /C calc'!A0,+36 1 234 5678\r\n"
                                     "'@SUM(A1),'-\r\n"
                                     "a=b,\"-1.234,56\"\r\n"));
        const QString tsv = TableText::tsv({}, rows);
        QCOMPARE(tsv, QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")\t-12.50\n"
                                     "'+cmd|' /C calc'!A0\t+36 1 234 5678\n"
                                     "'@SUM(A1)\t'-\n"
                                     "a=b\t-1.234,56\n"));
    }
};

QTEST_GUILESS_MAIN(TestTableText)
#include "tst_tabletext.moc"
