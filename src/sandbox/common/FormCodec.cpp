#include "common/FormCodec.h"

namespace kontor::sandbox {

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray FormCodec::decodeBytes(QByteArrayView component)
{
    QByteArray out(component.size(), Qt::Uninitialized);
    char* o = out.data();
    const char* in = component.data();
    const qsizetype n = component.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in[i];
        if (c == '+') {
            *o++ = ' ';
        } else if (c == '%' && i + 2 < n && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            *o++ = static_cast<char>(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
            i += 2;
        } else {
            // PHP keeps a malformed escape as it is; so do we.
            *o++ = c;
        }
    }
    out.truncate(o - out.constData());
    return out;
}

template <typename Visit>
static void forEachPair(const QByteArray& data, Visit visit)
{
    const QByteArrayView all(data);
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf('&', start);
        if (end < 0)
            end = all.size();
        if (end > start) {
            const QByteArrayView pair = all.sliced(start, end - start);
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                visit(pair, QByteArrayView());
            else
                visit(pair.first(eq), pair.sliced(eq + 1));
        }
        start = end + 1;
    }
}

FormFields FormCodec::decode(const QByteArray& data)
{
    FormFields fields;
    forEachPair(data, [&fields](QByteArrayView key, QByteArrayView value) {
        fields.append({decodeComponent(key), decodeComponent(value)});
    });
    return fields;
}

QByteArray FormCodec::rawValue(const QByteArray& data, QByteArrayView key)
{
    QByteArray found;
    forEachPair(data, [&](QByteArrayView k, QByteArrayView value) {
        if (decodeBytes(k) == key)
            found = decodeBytes(value);
    });
    return found;
}

QString FormCodec::value(const FormFields& fields, const QString& key, const QString& fallback)
{
    // PHP lets the last occurrence win.
    for (qsizetype i = fields.size() - 1; i >= 0; --i) {
        if (fields.at(i).first == key)
            return fields.at(i).second;
    }
    return fallback;
}

bool FormCodec::contains(const FormFields& fields, const QString& key)
{
    for (const auto& f : fields) {
        if (f.first == key)
            return true;
    }
    return false;
}

} // namespace kontor::sandbox
