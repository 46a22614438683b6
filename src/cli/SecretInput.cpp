#include "SecretInput.h"

#include <QByteArray>
#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace kontor::cli {

namespace {

// Turns terminal echo off for its lifetime; does nothing when stdin is not a terminal.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (_isatty(_fileno(stdin)) && GetConsoleMode(m_handle, &m_mode)) {
            m_active = SetConsoleMode(m_handle, m_mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
        }
#else
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#if defined(Q_OS_WIN)
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        std::fputc('\n', stderr); // the Enter the person typed was not echoed either
        std::fflush(stderr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool active() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

QString SecretInput::readLine(const QString& prompt)
{
    EchoOff echoOff;
    if (echoOff.active() && !prompt.isEmpty()) {
        const QByteArray p = prompt.toUtf8();
        std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), stderr);
        std::fflush(stderr);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(static_cast<char>(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace kontor::cli
