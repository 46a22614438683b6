#include "OutputWriter.h"

#include "ExitCode.h"
#include "TextTable.h"
#include "net/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace kontor::cli {

namespace {

void writeBytes(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString withNewline(QString text)
{
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

} // namespace

void OutputWriter::printJson(const QJsonObject& document)
{
    writeBytes(stdout, QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void OutputWriter::printJson(const QJsonArray& document)
{
    writeBytes(stdout, QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void OutputWriter::printText(const QString& text)
{
    writeBytes(stdout, withNewline(text).toUtf8());
}

void OutputWriter::printTable(const TextTable& table)
{
    writeBytes(stdout, table.render().toUtf8());
}

void OutputWriter::printDryRun(const QString& request, const QList<QPair<QString, QString>>& fields,
                               const QJsonObject& extra, const QStringList& notes)
{
    if (m_json) {
        QJsonObject form;
        for (const auto& [name, value] : fields)
            form.insert(name, value);
        QJsonObject doc = extra;
        doc.insert(QStringLiteral("request"), request);
        doc.insert(QStringLiteral("fields"), form);
        doc.insert(QStringLiteral("sent"), false);
        printJson(doc);
        return;
    }
    QStringList lines = {request};
    for (const auto& [name, value] : fields)
        lines << QStringLiteral("  %1=%2").arg(name, value);
    lines += notes;
    lines << QCoreApplication::translate("kontor::cli::OutputWriter", "Nothing was sent (--dry-run).");
    printText(lines.join(QLatin1Char('\n')));
}

bool OutputWriter::stderrIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

void OutputWriter::progress(const QString& text)
{
    if (!stderrIsTerminal())
        return;
    writeBytes(stderr, (QStringLiteral("\r\x1b[K") + text).toUtf8());
}

void OutputWriter::warn(const QString& text)
{
    writeBytes(stderr, withNewline(text).toUtf8());
}

QString OutputWriter::kindName(const Error& error)
{
    // The core's "refused before it was sent" is, from a script's point of view, a usage error.
    if (error.kind == Error::Kind::InvalidInput)
        return QStringLiteral("usage");
    return Error::kindName(error.kind);
}

int OutputWriter::fail(const Error& error)
{
    return fail(error, exitCodeFor(error));
}

int OutputWriter::fail(const Error& error, int code)
{
    report(kindName(error), error.message, error.reason);
    return code;
}

QJsonObject OutputWriter::errorJson(const Error& error)
{
    QJsonObject o{{QStringLiteral("kind"), kindName(error)},
                  {QStringLiteral("message"), net::Redactor::redact(error.message)}};
    if (!error.reason.isEmpty())
        o.insert(QStringLiteral("reason"), error.reason);
    return o;
}

int OutputWriter::failUsage(const QString& message)
{
    report(QStringLiteral("usage"), message);
    return ExitUsage;
}

void OutputWriter::report(const QString& kind, const QString& rawMessage, const QString& reason)
{
    // Core messages are redacted already; this also covers text the CLI composed itself.
    const QString message = net::Redactor::redact(rawMessage);
    if (m_json) {
        QJsonObject error{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}};
        if (!reason.isEmpty())
            error.insert(QStringLiteral("reason"), reason);
        printJson(QJsonObject{{QStringLiteral("error"), error}});
    } else {
        warn(message);
    }
}

} // namespace kontor::cli
