#include "settings/LocalData.h"

#include "Logging.h"
#include "settings/DataPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kontor {

LocalData::Places LocalData::currentPlaces(const QString& configDir)
{
    return {dataDirectory(), logDirectory(), configDir};
}

QList<LocalData::Item> LocalData::allItems()
{
    return {Item::UploadJournal, Item::AuditHistory, Item::Logs, Item::LayoutSettings, Item::Profiles};
}

QStringList LocalData::filesOf(const Places& places, Item item)
{
    const auto sqlite = [](const QString& dir, const QString& name) {
        QStringList files;
        if (dir.isEmpty())
            return files;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            files << QDir(dir).filePath(name + QLatin1String(suffix));
        return files;
    };
    QStringList files;
    switch (item) {
    case Item::UploadJournal:
        files = sqlite(places.dataDir, QStringLiteral("uploads.sqlite"));
        break;
    case Item::AuditHistory:
        files = sqlite(places.dataDir, QStringLiteral("audit.sqlite"));
        break;
    case Item::Logs:
        if (!places.logDir.isEmpty()) {
            const QDir dir(places.logDir);
            for (const QString& name :
                 dir.entryList({QStringLiteral("kontor*.log"), QStringLiteral("kontor*.log.*")}, QDir::Files))
                files << dir.filePath(name);
        }
        break;
    case Item::LayoutSettings:
        if (!places.configDir.isEmpty())
            files << QDir(places.configDir).filePath(QStringLiteral("kontor-gui.ini"));
        break;
    case Item::Profiles:
        if (!places.configDir.isEmpty())
            files << QDir(places.configDir).filePath(QStringLiteral("profiles.json"));
        break;
    }
    QStringList existing;
    for (const QString& f : std::as_const(files)) {
        const QFileInfo info(f);
        if (info.exists() || info.isSymLink())
            existing << f;
    }
    return existing;
}

QList<LocalData::Entry> LocalData::survey(const Places& places)
{
    QList<Entry> entries;
    for (Item item : allItems()) {
        Entry e{item, filesOf(places, item), 0};
        for (const QString& f : std::as_const(e.files)) {
            const QFileInfo info(f);
            if (!info.isSymLink())
                e.bytes += info.size();
        }
        entries << e;
    }
    return entries;
}

LocalData::Outcome LocalData::clear(const Places& places, const QList<Item>& items)
{
    Outcome outcome;
    for (Item item : items) {
        for (const QString& f : filesOf(places, item)) {
            // QFile::remove unlinks a symbolic link itself, never what it points to.
            if (QFile::remove(f)) {
                outcome.removed << f;
            } else {
                outcome.failed << f;
                qCWarning(lcApp).noquote() << "could not remove" << f;
            }
        }
    }
    qCInfo(lcApp).noquote() << "local data cleared:" << outcome.removed.size() << "files removed,"
                            << outcome.failed.size() << "not";
    return outcome;
}

} // namespace kontor
