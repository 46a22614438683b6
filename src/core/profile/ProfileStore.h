#pragma once
// ProfileStore: the list of profiles, kept as profiles.json in the config directory. Never holds a
// secret. Writes are atomic (QSaveFile). The GUI saves through saveAsync() so the disk is never
// touched on the GUI thread; the CLI saves synchronously; the destructor waits for pending saves.
// Another version of Kontor may share the file (a newer GUI beside an older CLI): profiles of services
// this version does not know, fields it does not know, and unknown top-level members are kept verbatim.

#include "Result.h"
#include "profile/Profile.h"

#include <QList>
#include <QObject>

namespace kontor {

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The config directory: `explicitDir` if given, else $KONTOR_CONFIG_DIR, else the per-user config location.
    static QString resolveConfigDir(const QString& explicitDir = {});

    // What profiles.json holds, as this version reads it.
    struct File
    {
        QList<Profile> profiles;
        // Entries this version cannot use (a service it does not know), verbatim, with their place in the list.
        QList<QPair<qsizetype, QByteArray>> foreign;
        QByteArray document; // the whole file as read (compact), for its unknown top-level members
    };

    explicit ProfileStore(QString configDir, QObject* parent = nullptr);
    ~ProfileStore() override;

    QString configDir() const { return m_dir; }
    QString filePath() const;

    // Reads profiles.json. A missing file is an empty list; a damaged file is an error (and is not overwritten).
    Error load();
    Error save() const;
    void saveAsync(); // emits saved(error) when done
    // Blocks until every saveAsync() so far is on disk (at quit; never while the event loop runs).
    void waitForPendingSaves();

    const QList<Profile>& profiles() const { return m_profiles; }
    const Profile* find(const QString& name) const;
    const Profile* findById(const QString& id) const;

    // Adds (a new id is assigned when empty) or replaces the profile with the same id.
    Error upsert(Profile profile);
    bool remove(const QString& id);

    // Demo profiles live in memory only and are never written.
    void addEphemeral(const Profile& profile);

    QByteArray toJson() const;
    static Result<File> fromJson(const QByteArray& json);

signals:
    void changed();
    void saved(const kontor::Error& error);

private:
    QString m_dir;
    QList<Profile> m_profiles;
    QList<QPair<qsizetype, QByteArray>> m_foreign;
    QByteArray m_document;
    int m_pendingSaves = 0;
    bool m_loadFailed = false;
};

} // namespace kontor
