#pragma once
// EAN-13, the one routine for Kontor's discount cards (VirtualPOS): the check digit, a card's `uid_ean13` (its
// uid left-padded with zeros to 12 digits plus the check digit, as the document describes and the server
// generates when it is not sent), and the check of any barcode a person types in, with what is wrong in words.

#include <QString>
#include <optional>

namespace kontor::Ean13 {

// The check digit of 12 digits (weights 1 and 3 from the left); nothing when `digits` is not 12 digits.
std::optional<int> checkDigit(const QString& digits);

// A card's uid (1 to 12 digits) as its EAN-13; nothing for any other uid (the server refuses those too).
std::optional<QString> fromUid(const QString& uid);

enum class Problem { None, Empty, NotDigits, WrongLength, WrongCheckDigit };

// What is wrong with a barcode typed as EAN-13 (surrounding spaces ignored); Problem::None when it is right.
Problem check(const QString& barcode);

// The problem in words for the person who typed `barcode` (the right check digit named where that is wrong).
QString describe(Problem problem, const QString& barcode);

// The 95 modules of the barcode's bars for a valid EAN-13 ('1' a bar, '0' a space): start guard, six digits
// in the L/G codes the first digit chooses, centre guard, six digits in the R code, end guard. Empty when
// `ean` is not a valid EAN-13.
QString modules(const QString& ean);

} // namespace kontor::Ean13
