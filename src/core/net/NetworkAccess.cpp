#include "net/NetworkAccess.h"

#include <QCoreApplication>
#include <QEvent>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

namespace kontor::net {

namespace {
thread_local QPointer<QNetworkAccessManager> t_manager;
} // namespace

QNetworkAccessManager* sharedNetworkAccess()
{
    if (t_manager)
        return t_manager;
    QThread* thread = QThread::currentThread();
    QCoreApplication* app = QCoreApplication::instance();
    if (app && app->thread() == thread) {
        t_manager = new QNetworkAccessManager(app);
    } else {
        auto* nam = new QNetworkAccessManager;
        // finished() is emitted by the ending thread itself, the only one allowed to delete its QNAM.
        QObject::connect(
            thread, &QThread::finished, nam, [nam] { delete nam; }, Qt::DirectConnection);
        t_manager = nam;
    }
    return t_manager;
}

void releaseSharedNetworkAccess()
{
    // Replies told to stop post their last events (deleteLater, the abort for Qt's HTTP thread); they are
    // delivered while that thread still runs, or the objects they would free outlive the process's teardown.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete t_manager.data(); // ends and waits for Qt's HTTP thread of this manager
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace kontor::net
