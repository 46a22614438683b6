#pragma once
// Runs one asynchronous core call and waits for its callback. Tests may spin the event loop this way; the
// application never does. A call that does not answer in time gives a Timeout error naming the test's wait.

#include "Result.h"

#include <QObject>
#include <QTest>
#include <optional>

namespace kontor::test {

template <class T, class Start>
Result<T> await(Start start, int timeoutMs = 30'000)
{
    std::optional<Result<T>> out;
    QObject context;
    start(&context, Callback<T>([&out](const Result<T>& r) { out = r; }));
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Result<T>::failure(
            Error::make(Error::Kind::Timeout, QStringLiteral("no answer within the test's time")));
    return *out;
}

} // namespace kontor::test
