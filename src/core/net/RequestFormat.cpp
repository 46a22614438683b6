#include "net/RequestFormat.h"

#include "net/Redactor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <nlohmann/json.hpp>

namespace kontor::net::RequestFormat {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QByteArray headerValue(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString prettyJson(const QByteArray& text, bool* ok)
{
    const auto json = nlohmann::ordered_json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    *ok = !json.is_discarded() && (json.is_object() || json.is_array());
    if (!*ok)
        return {};
    return QString::fromStdString(json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

QString prettyXml(const QByteArray& text, bool* ok)
{
    QXmlStreamReader reader(text);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace())
            continue;
        if (reader.tokenType() == QXmlStreamReader::Characters) {
            const QString t = reader.text().toString().trimmed();
            if (!t.isEmpty())
                writer.writeCharacters(t);
            continue;
        }
        writer.writeCurrentToken(reader);
    }
    *ok = !reader.hasError() && !out.isEmpty();
    return *ok ? out.trimmed() : QString();
}

// JSON or XML pretty-printed when it parses; otherwise the text as it is.
QString readable(const QByteArray& text)
{
    const QByteArray t = text.trimmed();
    bool ok = false;
    if (t.startsWith('{') || t.startsWith('[')) {
        QString pretty = prettyJson(t, &ok);
        if (ok)
            return pretty;
    } else if (t.startsWith('<')) {
        QString pretty = prettyXml(t, &ok);
        if (ok)
            return pretty;
    }
    return QString::fromUtf8(text);
}

QString indented(const QString& text, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (!line.isEmpty())
            line.prepend(pad);
    }
    return lines.join(QLatin1Char('\n'));
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QString statusText(const RequestRecord& r)
{
    if (!r.finished)
        return QCoreApplication::translate("kontor::net::RequestFormat", "Waiting");
    if (r.status == 0)
        return r.errorDetail.contains(QLatin1String("cancelled"))
                   ? QCoreApplication::translate("kontor::net::RequestFormat", "Cancelled")
                   : QCoreApplication::translate("kontor::net::RequestFormat", "Failed");
    QString words;
    switch (r.status) {
    case 200:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "OK");
        break;
    case 201:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Created");
        break;
    case 204:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "No content");
        break;
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Moved");
        break;
    case 400:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Bad request");
        break;
    case 401:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Sign-in refused");
        break;
    case 403:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Forbidden");
        break;
    case 404:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Not found");
        break;
    case 408:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Timed out");
        break;
    case 413:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Too large");
        break;
    case 422:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Refused");
        break;
    case 429:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Too many requests");
        break;
    case 503:
        words = QCoreApplication::translate("kontor::net::RequestFormat", "Unavailable");
        break;
    default:
        if (r.status >= 500)
            words = QCoreApplication::translate("kontor::net::RequestFormat", "Server error");
        else if (r.status >= 200 && r.status < 300)
            words = QCoreApplication::translate("kontor::net::RequestFormat", "OK");
    }
    return words.isEmpty() ? QString::number(r.status) : QStringLiteral("%1 %2").arg(r.status).arg(words);
}

QString summaryLine(const RequestRecord& r)
{
    QStringList parts;
    parts << statusText(r);
    if (r.finished)
        parts
            << QCoreApplication::translate("kontor::net::RequestFormat", "%1 ms").arg(QLocale().toString(r.durationMs));
    parts << QCoreApplication::translate("kontor::net::RequestFormat", "sent %1").arg(sizeText(r.requestBytes));
    if (r.finished) {
        parts
            << QCoreApplication::translate("kontor::net::RequestFormat", "received %1").arg(sizeText(r.responseBytes));
        parts << QCoreApplication::translate("kontor::net::RequestFormat", "attempts: %1").arg(r.attempts);
    }
    QString line = r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!r.profile.isEmpty())
        line += QStringLiteral(" [") + r.profile + QLatin1Char(']');
    line += QLatin1Char(' ') + QString::fromLatin1(r.method) + QLatin1Char(' ') + r.url + QStringLiteral(" → ") +
            parts.join(QStringLiteral(" · "));
    return Redactor::redact(line);
}

QString headersText(const HeaderList& headers)
{
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    return Redactor::redact(lines.join(QLatin1Char('\n')));
}

QString bodyText(const QByteArray& body, qint64 totalBytes, bool truncated, const HeaderList& headers)
{
    if (body.isEmpty() && totalBytes <= 0)
        return {};
    QString text;
    if (truncated) {
        text = QString::fromUtf8(body) + QStringLiteral("\n… ") +
               QCoreApplication::translate("kontor::net::RequestFormat", "(%1 bytes in all)")
                   .arg(QLocale().toString(totalBytes));
    } else if (headerValue(headers, "Content-Type").toLower().startsWith("application/x-www-form-urlencoded")) {
        QStringList fields;
        for (const QByteArray& field : body.split('&')) {
            const qsizetype eq = field.indexOf('=');
            QByteArray name = eq < 0 ? field : field.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : field.mid(eq + 1);
            name.replace('+', ' ');
            value.replace('+', ' ');
            fields << QString::fromUtf8(QByteArray::fromPercentEncoding(name)) + QStringLiteral(" =\n") +
                          readable(QByteArray::fromPercentEncoding(value));
        }
        text = fields.join(QStringLiteral("\n\n"));
    } else {
        text = readable(body);
    }
    // Decoding may undo an escape a secret hid behind; the text shown passes the Redactor once more.
    return Redactor::redact(text);
}

QString requestText(const RequestRecord& r)
{
    QString text = QString::fromLatin1(r.method) + QLatin1Char(' ') + Redactor::redact(r.url);
    const QString headers = headersText(r.requestHeaders);
    if (!headers.isEmpty())
        text += QLatin1Char('\n') + headers;
    const QString body = bodyText(r.requestBody, r.requestBytes, r.requestTruncated, r.requestHeaders);
    if (!body.isEmpty())
        text += QStringLiteral("\n\n") + body;
    return text;
}

QString responseText(const RequestRecord& r)
{
    if (!r.finished)
        return QCoreApplication::translate("kontor::net::RequestFormat", "No answer yet.");
    QString text;
    if (r.status != 0)
        text = QStringLiteral("HTTP ") + statusText(r);
    const QString headers = headersText(r.responseHeaders);
    if (!headers.isEmpty())
        text += QLatin1Char('\n') + headers;
    const QString body = bodyText(r.responseBody, r.responseBytes, r.responseTruncated, r.responseHeaders);
    if (!body.isEmpty())
        text += QStringLiteral("\n\n") + body;
    if (!r.errorMessage.isEmpty() || !r.errorDetail.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += QCoreApplication::translate("kontor::net::RequestFormat", "Error: %1")
                    .arg(r.errorMessage.isEmpty() ? r.errorDetail : r.errorMessage);
        if (!r.errorDetail.isEmpty() && !r.errorMessage.isEmpty())
            text += QStringLiteral("\n(") + r.errorDetail + QLatin1Char(')');
    }
    return Redactor::redact(text.trimmed());
}

QString fullText(const RequestRecord& r, int indent)
{
    QString text = summaryLine(r);
    text += QLatin1Char('\n') + indented(requestText(r), indent);
    text += QStringLiteral("\n\n") + indented(responseText(r), indent);
    return text;
}

QString shellWord(const QString& text)
{
    const QString mask = QString::fromLatin1(Redactor::Mask);
    const QString variable = QString::fromLatin1(SecretVariable);
    if (!text.contains(mask)) {
        QString quoted = text;
        quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    const QStringList parts = text.split(mask);
    // Double quotes read best ("user:$KONTOR_SECRET"), but an interactive bash expands '!' inside them: a text
    // with one is joined from single-quoted pieces and "$KONTOR_SECRET" instead.
    if (!text.contains(QLatin1Char('!'))) {
        QString out = QStringLiteral("\"");
        for (int i = 0; i < parts.size(); ++i) {
            QString literal = parts[i];
            for (const QChar c : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('$'), QLatin1Char('`')})
                literal.replace(c, QStringLiteral("\\") + c);
            if (i > 0) {
                const bool joined = !parts[i].isEmpty() && isIdentifierChar(parts[i].front());
                out += joined ? QStringLiteral("${") + variable + QLatin1Char('}') : QLatin1Char('$') + variable;
            }
            out += literal;
        }
        return out + QLatin1Char('"');
    }
    QString out;
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += QStringLiteral("\"$") + variable + QLatin1Char('"');
        if (!parts[i].isEmpty()) {
            QString quoted = parts[i];
            quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            out += QLatin1Char('\'') + quoted + QLatin1Char('\'');
        }
    }
    return out;
}

QString curlCommand(const RequestRecord& r)
{
    static const QList<QByteArray> skipped = {"host", "content-length", "connection", "accept-encoding"};
    QStringList args;
    QString comment;
    args << QStringLiteral("curl");
    if (r.method != "GET" || !r.requestBody.isEmpty())
        args << QStringLiteral("-X ") + shellWord(QString::fromLatin1(r.method));
    args << shellWord(Redactor::redact(r.url));
    if (r.auth == AuthKind::Basic)
        args << QStringLiteral("-u ") + shellWord(r.user + QLatin1Char(':') + QString::fromLatin1(Redactor::Mask));
    for (const auto& [name, value] : r.requestHeaders) {
        const QByteArray lower = name.toLower();
        if (skipped.contains(lower) || (r.auth == AuthKind::Basic && lower == "authorization"))
            continue;
        args << QStringLiteral("-H ") + shellWord(Redactor::redact(QString::fromLatin1(name) + QStringLiteral(": ") +
                                                                   QString::fromUtf8(value)));
    }
    if (r.requestTruncated) {
        comment =
            QStringLiteral("# ") +
            QCoreApplication::translate("kontor::net::RequestFormat", "The request body (%1 bytes) is not included.")
                .arg(QLocale().toString(r.requestBytes)) +
            QLatin1Char('\n');
    } else if (!r.requestBody.isEmpty()) {
        // --data-binary reads a file for a body starting with '@'; --data-raw never does.
        args << (r.requestBody.startsWith('@') ? QStringLiteral("--data-raw ") : QStringLiteral("--data-binary ")) +
                    shellWord(Redactor::redact(QString::fromUtf8(r.requestBody)));
    }
    return comment + args.join(QStringLiteral(" \\\n  "));
}

} // namespace kontor::net::RequestFormat
