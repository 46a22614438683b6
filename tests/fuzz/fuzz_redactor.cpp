// The one redaction routine, over any text and any URL. One secret is registered; it is also inserted into
// every input in each form the code puts on the wire (plain, percent-encoded, '+' for space, JSON-escaped,
// percent-encoded twice), and no form of it may survive redaction.
#include "FuzzSupport.h"
#include "net/Redactor.h"

#include <QStringList>
#include <QUrl>

using namespace kontor;
using net::Redactor;

namespace {

// Shaped like a real API key: base64's '/', '+' and '=' are what the encoded forms differ in.
const QString Secret = QStringLiteral("Zq7/xP+2=kR9");

QStringList wireForms()
{
    const QByteArray encoded = QUrl::toPercentEncoding(Secret);
    QString json = Secret;
    json.replace(QLatin1Char('/'), QStringLiteral("\\/"));
    return {Secret, QString::fromLatin1(encoded),
            QString::fromLatin1(QUrl::toPercentEncoding(Secret, " ")).replace(QLatin1Char(' '), QLatin1Char('+')), json,
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(encoded)))};
}

void requireClean(const QString& redacted, const QStringList& forms, const char* what)
{
    for (const QString& form : forms)
        fuzz::require(!redacted.contains(form), what);
    // The matching happens inside Qt, which is not instrumented. Counting the masks here lets libFuzzer's
    // hit counters of this loop tell an input that masks more from one that masks less.
    const QString mask = QString::fromLatin1(Redactor::Mask);
    for (qsizetype at = redacted.indexOf(mask); at >= 0; at = redacted.indexOf(mask, at + mask.size())) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QStringList forms = [] {
        Redactor::registerSecret(Secret);
        return wireForms();
    }();

    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray redactedBytes = Redactor::redact(input);
    for (const QString& form : forms)
        fuzz::require(!redactedBytes.contains(form.toUtf8()), "redact(bytes) left the secret");

    const QString text = QString::fromUtf8(input);
    requireClean(Redactor::redact(text), forms, "redact(text) left the secret");
    requireClean(Redactor::redactUrl(QUrl(text)), forms, "redactUrl left the secret");

    // The same input with the secret inside it, at a place the first two bytes choose.
    const qsizetype at =
        size < 2 ? 0 : static_cast<qsizetype>((data[0] | (data[1] << 8)) % (static_cast<size_t>(text.size()) + 1));
    for (const QString& form : forms) {
        QString withSecret = text;
        withSecret.insert(at, form);
        requireClean(Redactor::redact(withSecret), forms, "redact(text) left an inserted secret");
        requireClean(Redactor::redactUrl(QUrl(withSecret)), forms, "redactUrl left an inserted secret");
    }
    return 0;
}
