#pragma once
// Decoding of application/x-www-form-urlencoded data (form bodies and query strings), the way PHP reads
// them: '+' is a space, %XX is a byte, the bytes are UTF-8. A client that leaves '+' unescaped therefore
// loses it here, exactly as it would against the real services.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace kontor::sandbox {

using FormFields = QList<QPair<QString, QString>>;

class FormCodec
{
public:
    static FormFields decode(const QByteArray& data);
    static QString decodeComponent(QByteArrayView component) { return QString::fromUtf8(decodeBytes(component)); }
    // The decoded bytes of one component ('+' -> space, %XX -> byte).
    static QByteArray decodeBytes(QByteArrayView component);
    // The decoded bytes of the last field named `key`, without a detour through QString: the webshippy
    // payload can be megabytes of base64.
    static QByteArray rawValue(const QByteArray& data, QByteArrayView key);
    static QString value(const FormFields& fields, const QString& key, const QString& fallback = {});
    static bool contains(const FormFields& fields, const QString& key);
};

} // namespace kontor::sandbox
