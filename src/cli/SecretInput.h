#pragma once
// SecretInput: reads one secret line from standard input. When stdin is a terminal the typed
// characters are not echoed; when it is a pipe (the usual case for scripts) nothing is printed at all.

#include <QString>

namespace kontor::cli {

class SecretInput
{
public:
    // One line without its trailing "\n" or "\r\n". `prompt` goes to stderr, only for a terminal.
    // Returns an empty string at end of input.
    static QString readLine(const QString& prompt);
};

} // namespace kontor::cli
