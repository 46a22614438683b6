#include "upload/UploadWorker.h"

#include "upload/UploadEngine.h"

#include <QThread>

namespace kontor::upload {

UploadWorker::UploadWorker(const Profile& profile, const QString& secret, const QString& journalPath, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<kontor::upload::JournalItem>();
    qRegisterMetaType<QList<kontor::upload::JournalItem>>();
    qRegisterMetaType<kontor::upload::UploadProgress>();
    qRegisterMetaType<kontor::upload::UploadSummary>();
    qRegisterMetaType<kontor::Error>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kontor-upload"));
    m_engine = new UploadEngine(profile, secret, journalPath);
    m_engine->moveToThread(m_thread);
    connect(m_engine, &UploadEngine::batchStarted, this, &UploadWorker::batchStarted);
    connect(m_engine, &UploadEngine::itemChanged, this, &UploadWorker::itemChanged);
    connect(m_engine, &UploadEngine::progressed, this, &UploadWorker::progressed);
    connect(m_engine, &UploadEngine::failed, this, [this](const Error& error) {
        m_running = false; // a stop that ends a run is followed by finished(); a start that fails is not
        emit failed(error);
    });
    connect(m_engine, &UploadEngine::finished, this, [this](const UploadSummary& summary) {
        m_running = false;
        emit finished(summary);
    });
    m_thread->start();
}

UploadWorker::~UploadWorker()
{
    // The engine is deleted on its own thread (its sockets and timers live there); aborting its connections
    // takes no time, so the wait is short.
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(
        engine,
        [engine] {
            delete engine;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

void UploadWorker::start(const QList<InvoiceMatch>& matches, const UploadSettings& settings)
{
    m_running = true;
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, matches, settings] { engine->start(matches, settings); });
}

void UploadWorker::resume(qint64 batchId, const UploadSettings& settings)
{
    m_running = true;
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, batchId, settings] { engine->resume(batchId, settings); });
}

void UploadWorker::retryFailed()
{
    m_running = true;
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine] { engine->retryFailed(); });
}

void UploadWorker::pause()
{
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine] { engine->pause(); });
}

void UploadWorker::proceed()
{
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine] { engine->proceed(); });
}

void UploadWorker::cancel()
{
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine] { engine->cancel(); });
}

void UploadWorker::discard(qint64 batchId)
{
    UploadEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, batchId] { engine->discard(batchId); });
}

} // namespace kontor::upload
