#include "net/NetworkAccess.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

namespace kontor::net {

QNetworkAccessManager* sharedNetworkAccess()
{
    thread_local QPointer<QNetworkAccessManager> manager;
    if (manager)
        return manager;
    QThread* thread = QThread::currentThread();
    QCoreApplication* app = QCoreApplication::instance();
    if (app && app->thread() == thread) {
        manager = new QNetworkAccessManager(app);
    } else {
        auto* nam = new QNetworkAccessManager;
        // finished() is emitted by the ending thread itself, the only one allowed to delete its QNAM.
        QObject::connect(
            thread, &QThread::finished, nam, [nam] { delete nam; }, Qt::DirectConnection);
        manager = nam;
    }
    return manager;
}

} // namespace kontor::net
