#include "settings/DataPaths.h"

#include <QDir>
#include <QMutex>
#include <QStandardPaths>

namespace kontor {

namespace {
QMutex g_mutex;
QString g_preferred;
} // namespace

QString defaultDataDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("Kontor"));
}

QString dataDirectory()
{
    const QString fromEnv = qEnvironmentVariable("KONTOR_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    {
        QMutexLocker lock(&g_mutex);
        if (!g_preferred.isEmpty())
            return g_preferred;
    }
    return defaultDataDirectory();
}

void setDataDirectoryPreference(const QString& dir)
{
    QMutexLocker lock(&g_mutex);
    g_preferred = dir.isEmpty() ? QString() : QDir::cleanPath(QDir(dir).absolutePath());
}

} // namespace kontor
