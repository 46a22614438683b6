// profiles.json as ProfileStore reads it (a person may have edited the file), and the file it writes back:
// every profile the store accepts must survive toJson() and fromJson() unchanged.
#include "FuzzSupport.h"
#include "profile/ProfileStore.h"

#include <cstdio>

using namespace kontor;

namespace {

bool same(const Profile& a, const Profile& b)
{
    // URLs as text: QUrl's operator== also compares how a component was stored, so "#%23" read back from
    // "##" differs from it although both print (and are sent) as the same URL. Without user info, as
    // toJson() writes them: validate() refuses a user name or password but lets an empty "https://@host"
    // through, and the file then says "https://host".
    const auto url = [](const Profile& p) { return p.baseUrl.toEncoded(QUrl::RemoveUserInfo); };
    return a.id == b.id && a.name == b.name && a.service == b.service && url(a) == url(b) && a.format == b.format &&
           a.authKind == b.authKind && a.authHeaderName == b.authHeaderName && a.user == b.user &&
           a.allowInsecureHttp == b.allowInsecureHttp && a.endpoints == b.endpoints &&
           a.timeouts.connectMs == b.timeouts.connectMs && a.timeouts.inactivityMs == b.timeouts.inactivityMs &&
           a.timeouts.totalMs == b.timeouts.totalMs && a.pinnedSha256 == b.pinnedSha256;
}

// For the report of a failed round trip.
void print(const char* label, const Profile& p)
{
    std::fprintf(stderr,
                 "%s: id=%s name=%s service=%d url=%s format=%d auth=%s user=%s insecure=%d endpoints=%d "
                 "timeouts=%d/%d/%d\n",
                 label, qPrintable(p.id), qPrintable(p.name), static_cast<int>(p.service),
                 p.baseUrl.toEncoded().constData(), static_cast<int>(p.format),
                 qPrintable(authKindId(p.authKind, p.authHeaderName)), qPrintable(p.user), p.allowInsecureHttp,
                 static_cast<int>(p.endpoints.size()), p.timeouts.connectMs, p.timeouts.inactivityMs,
                 p.timeouts.totalMs);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Result<ProfileStore::File> parsed = ProfileStore::fromJson(fuzz::bytes(data, size));
    fuzz::requireWellFormed(parsed);
    if (!parsed.ok())
        return 0;

    // Never saved: the directory is only a name here.
    ProfileStore store(QStringLiteral("/nonexistent/kontor-fuzz"));
    for (const Profile& p : parsed.value.profiles) {
        p.usesInsecureHttp();
        p.endpoint(QStringLiteral("virtpos.insertCard"), QStringLiteral("fallback"));
        p.clientConfig(QStringLiteral("secret"));
        store.upsert(p); // refuses what validate() refuses, and a second profile of the same name
    }

    const Result<ProfileStore::File> reread = ProfileStore::fromJson(store.toJson());
    fuzz::require(reread.ok(), "the store cannot read its own file");
    fuzz::require(reread.value.profiles.size() == store.profiles().size(), "profiles lost in the store's own file");
    for (qsizetype i = 0; i < reread.value.profiles.size(); ++i) {
        if (!same(reread.value.profiles[i], store.profiles()[i])) {
            print("stored", store.profiles()[i]);
            print("reread", reread.value.profiles[i]);
            fuzz::require(false, "a profile changed in the store's own file");
        }
    }
    return 0;
}
