#include "TestEnv.h"

#include "TestSecrets.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QUuid>

namespace kontor::test {

QString makeTestDir(const QString& name)
{
    QString root = qEnvironmentVariable("KONTOR_TEST_ROOT");
    if (root.isEmpty())
        root = QDir::temp().filePath(QStringLiteral("kontor-tests"));
    const QString dir =
        QDir(root).filePath(name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    QDir().mkpath(dir);
    return dir;
}

// Tests may spin an event loop while they wait: that is what QTRY_* does too. The app never does.
ProcessResult runProcess(const QString& program, const QStringList& args, const QByteArray& stdinData,
                         const QStringList& extraEnv, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(kv.left(eq), kv.mid(eq + 1));
        else
            env.remove(kv);
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10'000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    QDeadlineTimer deadline(timeoutMs);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(20);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5'000);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
}

bool SandboxProcess::start(const QStringList& args)
{
    m_process.setProgram(QStringLiteral(KONTOR_SANDBOX_BIN));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10'000))
        return false;
    QElapsedTimer t;
    t.start();
    QByteArray line;
    while (t.elapsed() < 20'000) {
        if (m_process.canReadLine()) {
            line = m_process.readLine();
            break;
        }
        if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
            return false;
    }
    m_endpoints = QJsonDocument::fromJson(line).object();
    return !m_endpoints.isEmpty();
}

QString SandboxProcess::url(const QString& service) const
{
    return m_endpoints.value(service).toString();
}

QString SandboxProcess::certSha256() const
{
    return m_endpoints.value(QStringLiteral("certSha256")).toString();
}

QString SandboxProcess::admin() const
{
    return url(QStringLiteral("admin"));
}

static QByteArray adminCall(const QString& base, const QByteArray& method, const QString& path)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(base + path));
    QNetworkReply* reply = nam.sendCustomRequest(req, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QJsonObject SandboxProcess::counters() const
{
    return QJsonDocument::fromJson(adminCall(admin(), "GET", QStringLiteral("/counters"))).object();
}

bool SandboxProcess::resetCounters() const
{
    return !adminCall(admin(), "POST", QStringLiteral("/reset")).isNull();
}

sandbox::SandboxOptions sandboxOptions(int orders)
{
    sandbox::SandboxOptions o;
    o.user = QString::fromUtf8(SandboxUser);
    o.secret = QString::fromUtf8(SandboxSecret);
    o.orders = orders;
    return o;
}

Profile addSandboxProfile(ProfileStore& store, SecretStore& secrets, Service service, const QString& id,
                          const QString& name, const QUrl& url)
{
    Profile p = Profile::defaultsFor(service);
    p.id = id;
    p.name = name;
    p.baseUrl = url;
    p.user = QString::fromUtf8(SandboxUser);
    if (service == Service::Printlounge)
        p.statusNames = {{QStringLiteral("61"), QStringLiteral("In Bearbeitung")},
                         {QStringLiteral("62"), QStringLiteral("Versandt")}};
    if (const Error e = store.upsert(p); !e.ok())
        qWarning("upsert: %s", qPrintable(e.message));
    secrets.putSessionSecret(p.id, QString::fromUtf8(SandboxSecret));
    return p;
}

} // namespace kontor::test
