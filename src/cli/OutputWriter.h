#pragma once
// OutputWriter: everything kontor-cli prints goes through here. In text mode results go to stdout for
// people and failures to stderr as one plain sentence; with --json stdout carries exactly one JSON
// document with stable keys, failures included ({"error":{"kind":..,"message":..}}). Bytes are always
// UTF-8, whatever the locale of the terminal or the cron job.

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace kontor::cli {

class TextTable;

class OutputWriter
{
public:
    explicit OutputWriter(bool json = false)
        : m_json(json)
    {}

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    void printJson(const QJsonObject& document);
    void printJson(const QJsonArray& document);
    void printText(const QString& text); // a '\n' is added when missing
    void printTable(const TextTable& table);
    // --dry-run: the request that would be sent (`request`: method and URL with the key masked) and its form
    // fields in order; in JSON one object with "request", "fields", "sent": false and `extra`'s members, in text
    // one line per field, then `notes` and the words that nothing was sent.
    void printDryRun(const QString& request, const QList<QPair<QString, QString>>& fields,
                     const QJsonObject& extra = {}, const QStringList& notes = {});
    void warn(const QString& text); // stderr in both modes: a JSON reader never sees it
    // One line of progress on stderr, rewritten in place; only when stderr is a terminal (a cron job's mail
    // stays clean). An empty text clears the line.
    void progress(const QString& text);
    static bool stderrIsTerminal();

    // Reports `error` in the current mode and returns the exit code it stands for.
    int fail(const Error& error);
    // Reports `error` the same way but returns `code` (e.g. 3: the profile was saved, its secret was not).
    int fail(const Error& error, int code);
    // {"kind", "message"[, "reason"]}: how an error appears inside a JSON document.
    static QJsonObject errorJson(const Error& error);
    // A mistake on the command line: exit code 2, kind "usage".
    int failUsage(const QString& message);

    static QString kindName(const Error& error);

private:
    void report(const QString& kind, const QString& message, const QString& reason = {});

    bool m_json;
};

} // namespace kontor::cli
