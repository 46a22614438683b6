#pragma once
// KeychainProbe: what QtKeychain 0.13 cannot tell. Its libsecret backend reports a locked keyring as
// "entry not found" on read and as success on delete (nothing was found to delete), and "no keychain at
// all" as OtherError, like any other failure. The probe asks the desktop's Secret Service itself, over
// D-Bus and asynchronously, whether it exists and whether the entry is there but locked. On systems
// without D-Bus (Windows, macOS) it answers Unknown and QtKeychain's own codes are taken at their word.

#include <QObject>
#include <QString>
#include <functional>

namespace kontor {

class KeychainProbe
{
public:
    enum class State {
        Unknown,          // no way to ask (no D-Bus support), or the answer was not understood
        Absent,           // no session bus, or no Secret Service on it
        Unlocked,         // the Secret Service answers; no locked entry for the key, the default keyring is open
        EntryLocked,      // an entry for the key exists but is locked
        CollectionLocked, // no entry for the key, and the default keyring (where a new one would go) is locked
    };

    // Looks up the entry QtKeychain keeps for (service, key) and calls `done` on `context`'s thread.
    static void probe(const QString& service, const QString& key, QObject* context, std::function<void(State)> done);
};

} // namespace kontor
