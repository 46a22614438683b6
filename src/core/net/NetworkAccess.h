#pragma once
// The QNetworkAccessManager every HttpClient of a thread shares, so connections and TLS sessions to a
// shop are reused across calls, views and refreshes. A QNAM belongs to the thread that made it: each
// thread gets its own, made on first use and deleted with the thread (with the application for the
// main thread). A profile with a pinned certificate does not share it (see HttpClient).

class QNetworkAccessManager;

namespace kontor::net {

QNetworkAccessManager* sharedNetworkAccess();

// At the end of main(), after everything that used it is gone and before the application object goes:
// delivers what stopped replies still have queued, then deletes this thread's shared manager (which ends
// Qt's HTTP thread of it), so the process's teardown never races a live network thread.
void releaseSharedNetworkAccess();

} // namespace kontor::net
