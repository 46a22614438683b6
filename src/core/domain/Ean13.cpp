#include "domain/Ean13.h"

#include <QCoreApplication>
#include <algorithm>

namespace kontor::Ean13 {

namespace {

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

std::optional<int> checkDigit(const QString& digits)
{
    if (digits.size() != 12 || !allDigits(digits))
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

std::optional<QString> fromUid(const QString& uid)
{
    const QString text = uid.trimmed();
    if (text.isEmpty() || text.size() > 12 || !allDigits(text))
        return std::nullopt;
    const QString padded = text.rightJustified(12, QLatin1Char('0'));
    return padded + QString::number(*checkDigit(padded));
}

Problem check(const QString& barcode)
{
    const QString text = barcode.trimmed();
    if (text.isEmpty())
        return Problem::Empty;
    if (!allDigits(text))
        return Problem::NotDigits;
    if (text.size() != 13)
        return Problem::WrongLength;
    return *checkDigit(text.left(12)) == text.at(12).unicode() - u'0' ? Problem::None : Problem::WrongCheckDigit;
}

QString describe(Problem problem, const QString& barcode)
{
    const QString text = barcode.trimmed();
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("kontor::Ean13", "Enter the 13 digits of the barcode.");
    case Problem::NotDigits:
        return QCoreApplication::translate("kontor::Ean13",
                                           "An EAN-13 barcode has digits only; \"%1\" has other characters.")
            .arg(text);
    case Problem::WrongLength:
        return QCoreApplication::translate("kontor::Ean13", "An EAN-13 barcode has 13 digits; \"%1\" has %2.")
            .arg(text)
            .arg(text.size());
    case Problem::WrongCheckDigit:
        return QCoreApplication::translate("kontor::Ean13",
                                           "The last digit of %1 should be %2: the barcode is mistyped.")
            .arg(text)
            .arg(*checkDigit(text.left(12)));
    }
    return {};
}

QString modules(const QString& ean)
{
    const QString text = ean.trimmed();
    if (check(text) != Problem::None)
        return {};
    // The L code of each digit; the R code is its complement, the G code the R code reversed.
    static const char* const lCodes[10] = {"0001101", "0011001", "0010011", "0111101", "0100011",
                                           "0110001", "0101111", "0111011", "0110111", "0001011"};
    // Which of the left six digits use the G code, by the first digit (which has no bars of its own).
    static const char* const parity[10] = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                           "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};
    auto rCode = [](int digit) {
        QString code = QLatin1String(lCodes[digit]);
        for (QChar& c : code)
            c = c == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        return code;
    };
    const int first = text.at(0).unicode() - u'0';
    QString bars = QStringLiteral("101");
    for (int i = 1; i <= 6; ++i) {
        const int digit = text.at(i).unicode() - u'0';
        if (parity[first][i - 1] == 'L') {
            bars += QLatin1String(lCodes[digit]);
        } else {
            QString g = rCode(digit);
            std::reverse(g.begin(), g.end());
            bars += g;
        }
    }
    bars += QStringLiteral("01010");
    for (int i = 7; i <= 12; ++i)
        bars += rCode(text.at(i).unicode() - u'0');
    bars += QStringLiteral("101");
    return bars;
}

} // namespace kontor::Ean13
