#pragma once
// LocalData: what "Clear all local data" can remove, and the removal itself. Only named files in Kontor's
// own folders are touched (never a folder's whole contents, never recursively): the upload journal, the
// audit history, Kontor's log files, the window layout ini and profiles.json. The keychain secrets of the
// profiles are removed by the caller through SecretStore (asynchronous). survey() and clear() touch the
// disk: the GUI runs them on a worker thread.

#include <QList>
#include <QString>
#include <QStringList>

namespace kontor {

class LocalData
{
public:
    enum class Item { UploadJournal, AuditHistory, Logs, LayoutSettings, Profiles };

    struct Places
    {
        QString dataDir;   // uploads.sqlite, audit.sqlite
        QString logDir;    // kontor*.log*
        QString configDir; // kontor-gui.ini, profiles.json
    };

    struct Entry
    {
        Item item;
        QStringList files; // those that exist now
        qint64 bytes = 0;
    };

    struct Outcome
    {
        QStringList removed;
        QStringList failed; // files that are still there
    };

    // The places this process uses: dataDirectory(), logDirectory() and `configDir`.
    static Places currentPlaces(const QString& configDir);
    static QList<Item> allItems();
    static QStringList filesOf(const Places& places, Item item);
    static QList<Entry> survey(const Places& places);
    static Outcome clear(const Places& places, const QList<Item>& items);
};

} // namespace kontor
