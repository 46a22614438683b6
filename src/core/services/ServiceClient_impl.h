#pragma once
#include "net/Redactor.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

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

template <class T>
void ServiceClient::parseOffThread(QByteArray body, std::function<Result<T>(const QByteArray&)> parse,
                                   std::function<void(const Result<T>&)> then)
{
    // The watcher is this client's child: a client deleted meanwhile takes it along, and `then` never runs.
    auto* watcher = new QFutureWatcher<Result<T>>(this);
    QObject::connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body = std::move(body), parse = std::move(parse)] { return parse(body); }));
}

} // namespace kontor
