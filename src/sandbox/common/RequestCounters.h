#pragma once
// Per-route tallies of one service port: route pattern -> outcome ("200", "401", "503", "dropped",
// "truncated", "html200", ...) -> count. Tests and benchmarks read them through the admin port.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace kontor::sandbox {

class RequestCounters
{
public:
    void add(const QString& route, const QString& outcome) { ++m_counts[route][outcome]; }
    QJsonObject toJson() const;
    void clear() { m_counts.clear(); }

private:
    QMap<QString, QMap<QString, qint64>> m_counts;
};

} // namespace kontor::sandbox
