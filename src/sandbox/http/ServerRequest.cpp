#include "http/ServerRequest.h"

namespace kontor::sandbox {

QByteArray ServerRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

FormFields ServerRequest::form() const
{
    const QByteArray type = header("content-type").toLower();
    if (!type.startsWith("application/x-www-form-urlencoded"))
        return {};
    return FormCodec::decode(body);
}

} // namespace kontor::sandbox
