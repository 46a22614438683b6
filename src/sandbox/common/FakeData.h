#pragma once
// Seeded, multilingual fake data shared by the four simulated services: German, Russian and Hungarian
// people, addresses, companies and goods (Umlauts, ß, Cyrillic, ő/ű/á...), plus the text formats the
// services use for money and dates. All dates are relative to a fixed anchor (2025-06-30 18:00:00) so
// that a seed always yields the same data, whatever day the sandbox runs.

#include "common/SeededRandom.h"

#include <QString>

namespace kontor::sandbox {

enum class Lang { De, Ru, Hu };

struct FakePerson
{
    Lang lang = Lang::De;
    bool female = false;
    QString title; // Herr / Frau / Dr. ... (empty for Russian)
    QString first;
    QString last;
    QString fullName; // in the language's order: "Nagy Gergő" for Hungarian
    QString street;   // with house number
    QString zip;
    QString town;
    QString country;
    QString countryCode;
    QString email;
    QString phone;
    QString company; // often empty
};

struct FakeGoods
{
    QString name;
    QString slug; // ASCII, for SKUs
    qint64 priceCents = 0;
};

class FakeData
{
public:
    // The service's own language most of the time, the other two now and then.
    static Lang language(SeededRandom& random, Lang home);
    static QString languageCode(Lang lang); // "de", "ru", "hu"
    static QString currency(Lang lang);     // EUR, RUB, HUF

    static FakePerson person(SeededRandom& random, Lang lang);
    static QString company(SeededRandom& random, Lang lang);
    static QString comment(SeededRandom& random, Lang lang); // often empty
    static FakeGoods printProduct(SeededRandom& random, Lang lang);
    static FakeGoods grocery(SeededRandom& random, Lang lang);
    static FakeGoods shopProduct(SeededRandom& random, Lang lang, QString* variant, QString* variantSlug);
    static QString categoryName(SeededRandom& random, Lang lang);
    // Description of a printlounge cart item of a documented type (1..19, 101) in the given language.
    static QString cartItemText(int type, Lang lang);

    static QString money(qint64 cents);                        // "976.59", "-10.20"
    static QString decimal(qint64 thousandths);                // "3.450"
    static qint64 anchorEpoch();                               // seconds since 1970, UTC
    static QString dateTime(qint64 epochSeconds);              // "yyyy-MM-dd HH:mm:ss"
    static QString date(qint64 epochSeconds);                  // "yyyy-MM-dd"
    static QString uuid(SeededRandom& random, bool upperCase); // 8-4-4-4-12
};

} // namespace kontor::sandbox
