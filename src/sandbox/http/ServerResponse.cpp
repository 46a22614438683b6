#include "http/ServerResponse.h"

#include <utility>

namespace kontor::sandbox {

static ServerResponse make(int status, QByteArray type, QByteArray body)
{
    ServerResponse r;
    r.status = status;
    r.contentType = std::move(type);
    r.body = std::move(body);
    return r;
}

ServerResponse ServerResponse::json(int status, QByteArray body)
{
    return make(status, "application/json; charset=utf-8", std::move(body));
}

ServerResponse ServerResponse::xml(int status, QByteArray body)
{
    return make(status, "application/xml; charset=utf-8", std::move(body));
}

ServerResponse ServerResponse::html(int status, QByteArray body)
{
    return make(status, "text/html; charset=utf-8", std::move(body));
}

ServerResponse ServerResponse::text(int status, QByteArray body)
{
    return make(status, "text/plain; charset=utf-8", std::move(body));
}

QByteArray ServerResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace kontor::sandbox
