#include "common/RequestCounters.h"

namespace kontor::sandbox {

QJsonObject RequestCounters::toJson() const
{
    QJsonObject routes;
    for (auto r = m_counts.cbegin(); r != m_counts.cend(); ++r) {
        QJsonObject outcomes;
        for (auto o = r.value().cbegin(); o != r.value().cend(); ++o)
            outcomes.insert(o.key(), o.value());
        routes.insert(r.key(), outcomes);
    }
    return routes;
}

} // namespace kontor::sandbox
