#pragma once
// The QNetworkAccessManager every HttpClient of a thread shares, so connections and TLS sessions to a
// shop are reused across calls, views and refreshes. A QNAM belongs to the thread that made it: each
// thread gets its own, made on first use and deleted with the thread (with the application for the
// main thread). A profile with a pinned certificate does not share it (see HttpClient).

class QNetworkAccessManager;

namespace kontor::net {

QNetworkAccessManager* sharedNetworkAccess();

} // namespace kontor::net
