// Ean13: check digits of barcodes printed on goods, in the ISBN standard and in GS1's own example, a card's uid_ean13
// as the VirtualPOS document describes it (uid left-padded with zeros to 12 digits, then the check digit), and what is
// wrong with a mistyped barcode, in words.
#include "domain/Ean13.h"

#include <QtTest>
#include <algorithm>

using namespace kontor;

class TestEan13 : public QObject
{
    Q_OBJECT
private slots:
    void checkDigitsOfKnownBarcodes_data()
    {
        QTest::addColumn<QString>("barcode");
        QTest::newRow("GS1 example") << QStringLiteral("5901234123457");
        QTest::newRow("ISBN-13 example") << QStringLiteral("9780306406157");
        QTest::newRow("Stabilo pen") << QStringLiteral("4006381333931");
        QTest::newRow("all zeros, check digit 0") << QStringLiteral("0000000000000");
    }
    void checkDigitsOfKnownBarcodes()
    {
        QFETCH(QString, barcode);
        QCOMPARE(Ean13::checkDigit(barcode.left(12)), std::optional<int>(barcode.at(12).digitValue()));
        QCOMPARE(Ean13::check(barcode), Ean13::Problem::None);
        QVERIFY(Ean13::describe(Ean13::check(barcode), barcode).isEmpty());
    }

    void uidEan13IsTheUidPaddedWithItsCheckDigit()
    {
        // 12 digits: the uid itself plus the check digit; shorter: zeros in front first.
        QCOMPARE(Ean13::fromUid(QStringLiteral("590123412345")),
                 std::optional<QString>(QStringLiteral("5901234123457")));
        QCOMPARE(Ean13::fromUid(QStringLiteral("1")), std::optional<QString>(QStringLiteral("0000000000017")));
        QCOMPARE(Ean13::fromUid(QStringLiteral(" 123456789 ")),
                 std::optional<QString>(QStringLiteral("0001234567895")));
        for (const QString& uid : {QStringLiteral("1"), QStringLiteral("42"), QStringLiteral("987654321012")})
            QCOMPARE(Ean13::check(*Ean13::fromUid(uid)), Ean13::Problem::None);
        // What the server refuses too: no uid, letters, more than 12 digits.
        QCOMPARE(Ean13::fromUid(QString()), std::nullopt);
        QCOMPARE(Ean13::fromUid(QStringLiteral("12a")), std::nullopt);
        QCOMPARE(Ean13::fromUid(QStringLiteral("-12")), std::nullopt);
        QCOMPARE(Ean13::fromUid(QStringLiteral("1234567890123")), std::nullopt);
    }

    void mistypedBarcodesSayWhatIsWrong()
    {
        QCOMPARE(Ean13::check(QString()), Ean13::Problem::Empty);
        QCOMPARE(Ean13::check(QStringLiteral("590123412345X")), Ean13::Problem::NotDigits);
        QCOMPARE(Ean13::check(QStringLiteral("590123412345")), Ean13::Problem::WrongLength);
        QCOMPARE(Ean13::check(QStringLiteral("59012341234570")), Ean13::Problem::WrongLength);
        QCOMPARE(Ean13::check(QStringLiteral("5901234123458")), Ean13::Problem::WrongCheckDigit);
        // Two neighbouring digits swapped: caught by the check digit.
        QCOMPARE(Ean13::check(QStringLiteral("5901234213457")), Ean13::Problem::WrongCheckDigit);
        QCOMPARE(Ean13::describe(Ean13::Problem::WrongCheckDigit, QStringLiteral("5901234123458")),
                 QStringLiteral("The last digit of 5901234123458 should be 7: the barcode is mistyped."));
        QCOMPARE(Ean13::describe(Ean13::Problem::WrongLength, QStringLiteral("590123412345")),
                 QStringLiteral("An EAN-13 barcode has 13 digits; \"590123412345\" has 12."));
    }

    // The bars read back as the digits, through the widths printed in every EAN table (space, bar, space, bar
    // of the L code; a G code is the same widths reversed; an R code starts with a bar) and the parity of the
    // left half, which carries the first digit.
    void barsReadBackAsTheDigits_data()
    {
        QTest::addColumn<QString>("ean");
        for (const char* ean : {"5901234123457", "4006381333931", "0000000000017", "9780201379624", "8712345678906"})
            QTest::newRow(ean) << QString::fromLatin1(ean);
    }
    void barsReadBackAsTheDigits()
    {
        QFETCH(QString, ean);
        const QString bars = Ean13::modules(ean);
        QCOMPARE(bars.size(), 95);
        QCOMPARE(bars.left(3), QStringLiteral("101"));
        QCOMPARE(bars.mid(45, 5), QStringLiteral("01010"));
        QCOMPARE(bars.right(3), QStringLiteral("101"));
        const QStringList widths = {QStringLiteral("3211"), QStringLiteral("2221"), QStringLiteral("2122"),
                                    QStringLiteral("1411"), QStringLiteral("1132"), QStringLiteral("1231"),
                                    QStringLiteral("1114"), QStringLiteral("1312"), QStringLiteral("1213"),
                                    QStringLiteral("3112")};
        const QStringList parities = {QStringLiteral("OOOOOO"), QStringLiteral("OOEOEE"), QStringLiteral("OOEEOE"),
                                      QStringLiteral("OOEEEO"), QStringLiteral("OEOOEE"), QStringLiteral("OEEOOE"),
                                      QStringLiteral("OEEEOO"), QStringLiteral("OEOEOE"), QStringLiteral("OEOEEO"),
                                      QStringLiteral("OEEOEO")};
        auto runs = [](const QString& group) {
            QString w;
            int n = 1;
            for (int i = 1; i <= group.size(); ++i) {
                if (i < group.size() && group.at(i) == group.at(i - 1)) {
                    ++n;
                } else {
                    w += QString::number(n);
                    n = 1;
                }
            }
            return w;
        };
        QString digits;
        QString parity;
        for (int g = 0; g < 12; ++g) {
            const QString group = bars.mid(g < 6 ? 3 + 7 * g : 50 + 7 * (g - 6), 7);
            QCOMPARE(group.front(), g < 6 ? QLatin1Char('0') : QLatin1Char('1'));
            const QString w = runs(group);
            QCOMPARE(w.size(), 4);
            const bool odd = group.count(QLatin1Char('1')) % 2 == 1;
            if (g < 6)
                parity += odd ? QLatin1Char('O') : QLatin1Char('E');
            QString forward = w;
            if (g < 6 && !odd)
                std::reverse(forward.begin(), forward.end());
            const int digit = static_cast<int>(widths.indexOf(forward));
            QVERIFY2(digit >= 0, qPrintable(group));
            digits += QString::number(digit);
        }
        const int first = static_cast<int>(parities.indexOf(parity));
        QVERIFY(first >= 0);
        QCOMPARE(QString::number(first) + digits, ean);
        QCOMPARE(Ean13::modules(QStringLiteral("5901234123458")), QString());
    }
};

QTEST_GUILESS_MAIN(TestEan13)
#include "tst_ean13.moc"
