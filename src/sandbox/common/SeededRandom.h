#pragma once
// A small deterministic random source for the sandbox's data and faults. std::mt19937's output is fixed by
// the C++ standard, while the standard distributions are not; so everything here is derived from raw 32-bit
// draws, and a given seed yields the same data on every compiler and platform.

#include <QString>
#include <QtGlobal>
#include <random>

namespace kontor::sandbox {

class SeededRandom
{
public:
    explicit SeededRandom(quint32 seed = 42)
        : m_engine(seed)
    {}

    // A seed for an independent stream (one per service, one per order...), so that changing how much of
    // one kind of data is generated does not shift any other.
    static quint32 derive(quint32 seed, quint32 salt);

    quint32 next() { return static_cast<quint32>(m_engine()); }
    int bounded(int n);        // [0, n), n > 0
    int range(int lo, int hi); // [lo, hi]
    double unit();             // [0, 1)
    bool chance(double p) { return unit() < p; }
    QString hex(int digits);    // lower-case hex digits
    QString letters(int count); // upper-case A-Z

    template <typename T, int N>
    const T& pick(const T (&array)[N])
    {
        return array[bounded(N)];
    }

private:
    std::mt19937 m_engine;
};

} // namespace kontor::sandbox
