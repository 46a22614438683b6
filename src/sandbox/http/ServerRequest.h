#pragma once
// One HTTP request as the sandbox's server received it.

#include "common/FormCodec.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace kontor::sandbox {

struct ServerRequest
{
    QByteArray method;
    QByteArray target;                            // the request target exactly as received: path and query
    QByteArray rawPath;                           // the target up to '?', still percent-encoded
    QByteArray rawQuery;                          // the target after '?'
    QString path;                                 // percent-decoded rawPath
    int httpMinor = 1;                            // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const;
    FormFields query() const { return FormCodec::decode(rawQuery); }
    // The form fields of an application/x-www-form-urlencoded body; empty for any other body.
    FormFields form() const;
};

} // namespace kontor::sandbox
