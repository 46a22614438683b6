#pragma once
// RequestFormat: the one way a RequestRecord becomes text, shared by the request inspector (its detail pane,
// Copy, Copy as curl, Save) and `kontor-cli --trace`. Records are already redacted (RequestLog); the texts made
// here pass the Redactor once more, because pretty-printing decodes escapes a secret could hide behind.

#include "net/RequestLog.h"

#include <QString>

namespace kontor::net::RequestFormat {

// The environment variable "Copy as curl" puts in place of every masked secret.
inline constexpr const char* SecretVariable = "KONTOR_SECRET";

// "200 OK", "404 Not found", "Failed" (no answer): the status in the user's language.
QString statusText(const RequestRecord& r);
// "GET https://host/api/orders?apikey=*** → 200 OK · 123 ms · sent 0 bytes · received 1.2 KB · 1 attempt"
// preceded by the local time and the profile.
QString summaryLine(const RequestRecord& r);
// "Name: value" lines.
QString headersText(const HeaderList& headers);
// The body for reading: JSON and XML pretty-printed when the excerpt is whole and parses, form fields one per
// line with their values decoded (and pretty-printed); otherwise the text as it is. A cut excerpt ends with
// "… (N bytes in all)".
QString bodyText(const QByteArray& body, qint64 totalBytes, bool truncated, const HeaderList& headers);
// The request side (headers, then the body) and the response side (status, headers, body, error).
QString requestText(const RequestRecord& r);
QString responseText(const RequestRecord& r);
// Everything about the request: the summary line, then both sides indented by `indent` spaces.
QString fullText(const RequestRecord& r, int indent = 2);

// A bash command line that repeats the request, every secret replaced by $KONTOR_SECRET: Basic as
// -u "user:$KONTOR_SECRET", a masked header value or URL/body part as "$KONTOR_SECRET" inside double quotes,
// everything else single-quoted. A cut body is left out with a comment saying its size.
QString curlCommand(const RequestRecord& r);

// `text` as one shell word: single-quoted, or double-quoted with $KONTOR_SECRET where the text holds the mask.
QString shellWord(const QString& text);

} // namespace kontor::net::RequestFormat
