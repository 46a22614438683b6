#pragma once
// Shared by the fuzz targets: the input as a QByteArray, property checks that stop the run, and a split of
// one input into several fields. Compiled both into the libFuzzer executables and into the replay tests
// (gcc), so nothing here may depend on clang.

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace kontor::fuzz {

// A copy, as a reply body is: QByteArray keeps a terminating NUL behind its data like QNetworkReply's do.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A property that must hold for every input. A violation is a crash, so libFuzzer keeps the input and the
// replay test fails; the message says which property it was.
inline void require(bool holds, const char* property)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property violated: %s\n", property);
        __builtin_trap();
    }
}

// Every failure a parser reports says something to the person: a kind and a sentence.
template <class T>
void requireWellFormed(const Result<T>& result)
{
    if (!result.ok())
        require(!result.error.message.isEmpty(), "an error without a message");
}

// Several fields from one input, separated by the byte 0xFF (never part of valid UTF-8, so a separator
// costs the fields nothing they could meaningfully hold). Always at least one field.
inline QList<QByteArray> split(const QByteArray& input)
{
    return input.split('\xff');
}

} // namespace kontor::fuzz
