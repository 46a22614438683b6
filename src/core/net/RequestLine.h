#pragma once
// The parts of an HTTP/1.1 request that Kontor's own connections write themselves (KeepAliveConnection for the
// GETs of HttpClient, UploadConnection for the upload engine): the request target and the Host header, both
// derived from the request's URL the way QNetworkAccessManager derives them.

#include <QByteArray>

class QUrl;

namespace kontor::net {

// Whether the URL's scheme is https, and the port it takes when the URL names none (443 for https, 80 otherwise).
bool isTls(const QUrl& url);
int defaultPort(const QUrl& url);

// The origin-form target: the percent-encoded path ("/" when there is none) and "?query" when there is one.
QByteArray requestTarget(const QUrl& url);

// The Host header's value: the host (ASCII-compatible encoding, an IPv6 address in brackets) and the port,
// which is left out when it is the scheme's default.
QByteArray hostHeader(const QUrl& url);

} // namespace kontor::net
