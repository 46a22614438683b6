#include "net/Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>
#include <algorithm>

namespace kontor::net {

namespace {

QMutex& registryMutex()
{
    static QMutex m;
    return m;
}

// Registered secrets and the forms they take on the wire, longest first so a longer form is masked
// before a shorter one that it contains.
QStringList& registry()
{
    static QStringList list;
    return list;
}

// Names whose values are credentials wherever they appear.
const QString& credentialNames()
{
    static const QString names = QStringLiteral(
        "api[_-]?key|apipass|api[_-]?secret|pass(?:word|wd)?|secret|token|access[_-]?token|auth[_-]?token|"
        "client[_-]?secret");
    return names;
}

const QList<QRegularExpression>& patterns()
{
    static const QList<QRegularExpression> list = [] {
        const QString n = credentialNames();
        QList<QRegularExpression> l;
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        // Authorization / custom key headers: everything after the scheme word.
        l << QRegularExpression(
            QStringLiteral(R"re((\bAuthorization\s*[:=]\s*(?:Basic|Bearer|Token)?\s*)[^\s,;"']+)re"), ci);
        // JSON: "apiKey": "value"  (also escaped quotes inside logged JSON strings)
        l << QRegularExpression(QStringLiteral(R"re(("(?:%1)"\s*:\s*")(?:[^"\\]|\\.)*("))re").arg(n), ci);
        // The same inside a JSON string that was itself logged as JSON: \"apiKey\":\"value\"
        l << QRegularExpression(QStringLiteral(R"re((\\"(?:%1)\\"\s*:\s*\\")(?:(?!\\").)*(\\"))re").arg(n), ci);
        // JSON nested token object: "token": {"token": "..."} is covered above; bare numbers: "apiKey": 12345
        l << QRegularExpression(QStringLiteral(R"re(("(?:%1)"\s*:\s*)(\d+))re").arg(n), ci);
        // XML: <apiKey>value</apiKey>
        l << QRegularExpression(QStringLiteral(R"re((<(%1)>)[^<]*(</\2>))re").arg(n), ci);
        // Query strings and form bodies: apikey=value (also percent-encoded JSON/XML keys inside form values)
        l << QRegularExpression(QStringLiteral(R"re((\b(?:%1)=)[^&\s"'#]*)re").arg(n), ci);
        // Percent-encoded JSON inside a form value: %22apiKey%22%3A%22value%22
        l << QRegularExpression(QStringLiteral(R"re((%22(?:%1)%22(?:%20|\+)*%3A(?:%20|\+)*%22).*?(%22))re").arg(n), ci);
        // Percent-encoded XML inside a form value: %3CapiKey%3Evalue%3C%2FapiKey%3E. The value stops at the
        // next %3C, as [^<]* does for plain XML: a lazy .*? scanned to the end of the text from every opening
        // tag without its closing one, quadratic time (64 KB of "%3Ctoken%3E" took a second per call).
        l << QRegularExpression(QStringLiteral(R"re((%3C(%1)%3E)(?:(?!%3C).)*(%3C%2F\2%3E))re").arg(n), ci);
        return l;
    }();
    return list;
}

QString applyPatterns(QString text)
{
    const QString mask = QString::fromLatin1(Redactor::Mask);
    const auto& p = patterns();
    text.replace(p[0], QStringLiteral("\\1") + mask);
    text.replace(p[1], QStringLiteral("\\1") + mask + QStringLiteral("\\2"));
    text.replace(p[2], QStringLiteral("\\1") + mask + QStringLiteral("\\2"));
    text.replace(p[3], QStringLiteral("\\1") + mask);
    text.replace(p[4], QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    text.replace(p[5], QStringLiteral("\\1") + mask);
    text.replace(p[6], QStringLiteral("\\1") + mask + QStringLiteral("\\2"));
    text.replace(p[7], QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    return text;
}

} // namespace

void Redactor::registerSecret(const QString& secret)
{
    // Very short values would mask ordinary words; they are still caught by the name patterns.
    if (secret.size() < 4)
        return;
    QStringList forms;
    forms << secret;
    forms << QString::fromLatin1(QUrl::toPercentEncoding(secret));
    // Form encoders that write spaces as '+' and leave other bytes alone.
    forms << QString::fromLatin1(QUrl::toPercentEncoding(secret, " ")).replace(QLatin1Char(' '), QLatin1Char('+'));
    // JSON escaping of '/' as "\/".
    QString jsonEscaped = secret;
    jsonEscaped.replace(QLatin1Char('/'), QStringLiteral("\\/"));
    forms << jsonEscaped;
    // Percent-encoding twice (a percent-encoded JSON payload inside a form value).
    forms << QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
    QMutexLocker lock(&registryMutex());
    QStringList& reg = registry();
    for (const QString& f : std::as_const(forms)) {
        if (!f.isEmpty() && !reg.contains(f))
            reg << f;
    }
    std::sort(reg.begin(), reg.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void Redactor::registerBasicCredentials(const QString& user, const QString& secret)
{
    if (secret.isEmpty())
        return;
    registerSecret(QString::fromLatin1((user + QLatin1Char(':') + secret).toUtf8().toBase64()));
}

void Redactor::clearRegisteredSecrets()
{
    QMutexLocker lock(&registryMutex());
    registry().clear();
}

QString Redactor::redact(const QString& text)
{
    if (text.isEmpty())
        return text; // every successful request's error texts: nothing to look through
    QString out = text;
    {
        QMutexLocker lock(&registryMutex());
        const QString mask = QString::fromLatin1(Mask);
        for (const QString& secret : std::as_const(registry()))
            out.replace(secret, mask, Qt::CaseSensitive);
    }
    return applyPatterns(out);
}

QByteArray Redactor::redact(const QByteArray& text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

QString Redactor::redactUrl(const QUrl& url)
{
    QUrl u = url;
    if (!u.password().isEmpty())
        u.setPassword(QString::fromLatin1(Mask));
    return redact(u.toString(QUrl::FullyEncoded));
}

} // namespace kontor::net
