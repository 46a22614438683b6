#pragma once
// The API documents' examples (tests/data/examples/<service>/) for the parser tests, and a field lookup
// for their results.

#include "domain/Records.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace kontor::test {

inline QByteArray readExample(const char* service, const QString& name)
{
    QFile f(QStringLiteral(KONTOR_SOURCE_DIR "/tests/data/examples/") + QLatin1String(service) + QLatin1Char('/') +
            name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s/%s", service, qPrintable(name));
    return f.readAll();
}

// The value of `key` in `fields`, or "<absent>" when there is none.
inline QString valueOf(const FieldList& fields, const QString& key)
{
    for (const auto& [k, v] : fields) {
        if (k == key)
            return v;
    }
    return QStringLiteral("<absent>");
}

} // namespace kontor::test
