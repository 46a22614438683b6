#include "common/SeededRandom.h"

namespace kontor::sandbox {

quint32 SeededRandom::derive(quint32 seed, quint32 salt)
{
    // splitmix-style finaliser: nearby seeds and salts give unrelated streams.
    quint64 z = (static_cast<quint64>(seed) << 32) ^ (salt * 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<quint32>(z ^ (z >> 32));
}

int SeededRandom::bounded(int n)
{
    if (n <= 1)
        return 0;
    return static_cast<int>((static_cast<quint64>(next()) * static_cast<quint64>(n)) >> 32);
}

int SeededRandom::range(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + bounded(hi - lo + 1);
}

double SeededRandom::unit()
{
    return static_cast<double>(next()) / 4294967296.0;
}

QString SeededRandom::hex(int digits)
{
    static const char kHex[] = "0123456789abcdef";
    QString out;
    out.reserve(digits);
    for (int i = 0; i < digits; ++i)
        out.append(QLatin1Char(kHex[bounded(16)]));
    return out;
}

QString SeededRandom::letters(int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(static_cast<char>('A' + bounded(26))));
    return out;
}

} // namespace kontor::sandbox
