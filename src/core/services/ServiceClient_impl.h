#pragma once
#include "net/Redactor.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace kontor {

template <class T>
void ServiceClient::deliver(QObject* context, const Callback<T>& done, Result<T> result)
{
    // The last gate before a person or a log sees an error: whatever a parser quoted from an answer
    // (a service's info text, a debug message) passes the redaction routine here.
    if (!result.ok()) {
        result.error.message = net::Redactor::redact(result.error.message);
        result.error.detail = net::Redactor::redact(result.error.detail);
    }
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
