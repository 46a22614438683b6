#include "Logging.h"

#include "net/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <cstdio>

Q_LOGGING_CATEGORY(lcNet, "kontor.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "kontor.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "kontor.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "kontor.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "kontor.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kontor.cli", QtInfoMsg)

namespace kontor {

namespace {

struct LogSink
{
    QMutex mutex;
    QFile file;
    bool toStderr = true;
};

LogSink& sink()
{
    static LogSink s;
    return s;
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
    LogSink& s = sink();
    QMutexLocker lock(&s.mutex);
    if (s.toStderr) {
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file.isOpen()) {
        s.file.write(line);
        s.file.flush();
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
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("Kontor/logs"));
}

void installLogHandler(const QString& logFile, bool toStderr)
{
    LogSink& s = sink();
    {
        QMutexLocker lock(&s.mutex);
        s.toStderr = toStderr;
        if (!logFile.isEmpty() && !s.file.isOpen()) {
            QDir().mkpath(QFileInfo(logFile).absolutePath());
            s.file.setFileName(logFile);
            // Keep the log from growing without bound: start afresh past 5 MB.
            const QIODevice::OpenMode mode =
                QFileInfo(logFile).size() > 5 * 1024 * 1024 ? QIODevice::WriteOnly : QIODevice::Append;
            if (s.file.open(mode | QIODevice::Text))
                s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    qInstallMessageHandler(handler);
}

} // namespace kontor
