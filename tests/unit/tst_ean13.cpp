// Ean13: check digits of barcodes printed on goods, in the ISBN standard and in GS1's own example, a card's uid_ean13
// as the VirtualPOS document describes it (uid left-padded with zeros to 12 digits, then the check digit), and what is
// wrong with a mistyped barcode, in words.
#include "domain/Ean13.h"

#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestEan13)
#include "tst_ean13.moc"
