#include "Logging.h"

#include "net/Redactor.h"
#include "settings/DataPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcNet, "kontor.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "kontor.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "kontor.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "kontor.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "kontor.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kontor.cli", QtInfoMsg)

namespace kontor {

namespace {

// Lines are formatted and redacted on the thread that logs, then written by one writer thread, so no
// thread (the GUI thread least of all) ever waits for the disk to log. A fatal message is written
// synchronously before the process aborts.
class LogWriter
{
public:
    LogWriter()
        : m_thread([this] { run(); })
    {}

    ~LogWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
        closeFile();
        s_gone.store(true);
    }

    void configure(const QString& logFile, bool toStderr)
    {
        std::lock_guard lock(m_mutex);
        m_toStderr = toStderr;
        if (logFile.isEmpty() || m_file)
            return;
        QDir().mkpath(QFileInfo(logFile).absolutePath());
        // Keep the log from growing without bound: start afresh past 5 MB.
        const bool fresh = QFileInfo(logFile).size() > 5 * 1024 * 1024;
        m_file = std::fopen(QFile::encodeName(logFile).constData(), fresh ? "w" : "a");
        if (m_file)
            QFile::setPermissions(logFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void post(QByteArray line)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(line));
        }
        m_wake.notify_one();
    }

    // Returns once every line posted before the call is written.
    void flush()
    {
        std::unique_lock lock(m_mutex);
        const quint64 target = posted();
        m_done.wait(lock, [&] { return m_written >= target; });
    }

    // For a fatal message: write everything now, on this thread.
    void writeNow(const QByteArray& line)
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(line);
        std::deque<QByteArray> batch;
        batch.swap(m_queue);
        m_writtenOrQueued += batch.size();
        write(batch);
        m_written += batch.size();
    }

    static bool gone() { return s_gone.load(); }

private:
    quint64 posted() const { return m_writtenOrQueued + m_queue.size(); }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty() && m_stop)
                return;
            std::deque<QByteArray> batch;
            batch.swap(m_queue);
            m_writtenOrQueued += batch.size();
            const bool toStderr = m_toStderr;
            std::FILE* file = m_file;
            lock.unlock();
            write(batch, toStderr, file);
            lock.lock();
            m_written += batch.size();
            m_done.notify_all();
        }
    }

    void write(const std::deque<QByteArray>& batch) { write(batch, m_toStderr, m_file); }

    static void write(const std::deque<QByteArray>& batch, bool toStderr, std::FILE* file)
    {
        for (const QByteArray& line : batch) {
            const auto size = static_cast<size_t>(line.size());
            if (toStderr)
                std::fwrite(line.constData(), 1, size, stderr);
            if (file)
                std::fwrite(line.constData(), 1, size, file);
        }
        if (toStderr)
            std::fflush(stderr);
        if (file)
            std::fflush(file);
    }

    void closeFile()
    {
        if (m_file)
            std::fclose(m_file);
        m_file = nullptr;
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<QByteArray> m_queue;
    quint64 m_writtenOrQueued = 0; // lines taken from the queue (being written or written)
    quint64 m_written = 0;
    bool m_stop = false;
    bool m_toStderr = true;
    std::FILE* m_file = nullptr;
    std::thread m_thread; // last: starts once every other member exists
    static inline std::atomic<bool> s_gone{false};
};

LogWriter& writer()
{
    static LogWriter w;
    return w;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "log";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // Every line passes the one redaction routine, whoever wrote it (Qt itself included).
    const QString clean = net::Redactor::redact(message);
    const QByteArray line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QString::fromLatin1(levelName(type)),
                 QString::fromLatin1(context.category ? context.category : "default"), clean)
            .toUtf8();
    if (LogWriter::gone()) {
        // After the writer's end (static destruction at exit): stderr only, synchronously.
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    } else if (type == QtFatalMsg) {
        writer().writeNow(line);
    } else {
        writer().post(line);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString logDirectory()
{
    const QString fromEnv = qEnvironmentVariable("KONTOR_LOG_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

void installLogHandler(const QString& logFile, bool toStderr)
{
    writer().configure(logFile, toStderr);
    qInstallMessageHandler(handler);
}

void flushLog()
{
    if (!LogWriter::gone())
        writer().flush();
}

} // namespace kontor
