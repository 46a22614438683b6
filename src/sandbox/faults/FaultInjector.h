#pragma once
// Decides, per request on a service port, whether and how to misbehave. One generator for all four
// services, seeded from the sandbox seed and re-seeded on every change of the fault options, so that a
// given seed and request sequence always yield the same faults.

#include "SandboxOptions.h"
#include "common/SeededRandom.h"

#include <QByteArray>

namespace kontor::sandbox {

class FaultInjector
{
public:
    enum class Kind { None, Status503, Drop, Truncate, Html200 };

    explicit FaultInjector(quint32 seed = 42);

    void setOptions(const FaultOptions& options);
    const FaultOptions& options() const { return m_options; }
    // Exactly one draw per request, fault or not, so that the sequence does not depend on the outcomes.
    Kind roll();

    static QByteArray unavailablePage();
    static QByteArray maintenancePage();

private:
    quint32 m_seed;
    FaultOptions m_options;
    SeededRandom m_random;
};

} // namespace kontor::sandbox
