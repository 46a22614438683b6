#pragma once
// One HTTP answer produced by a simulated service, before the server frames it.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace kontor::sandbox {

struct ServerResponse
{
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers besides type, length and connection
    QByteArray body;

    static ServerResponse json(int status, QByteArray body);
    static ServerResponse xml(int status, QByteArray body);
    static ServerResponse html(int status, QByteArray body);
    static ServerResponse text(int status, QByteArray body);
    static QByteArray reasonPhrase(int status);
};

} // namespace kontor::sandbox
