#pragma once
#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace kontor {

template <class T>
void ServiceClient::deliver(QObject* context, const Callback<T>& done, Result<T> result)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        context ? context : static_cast<QObject*>(QCoreApplication::instance()),
        [guard, hadContext, done, result = std::move(result)]() {
            if (hadContext && !guard)
                return;
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

} // namespace kontor
