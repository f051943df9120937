#pragma once
// Shared by the libFuzzer targets in tests/fuzz: quiet Qt messages (a qWarning per input would
// dominate the run time) but keep qFatal fatal, and a check that turns a broken invariant into a
// crash libFuzzer records.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace lc::fuzz {

inline void quietMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits at the first newline: "A\nB" gives A and B; without one both are the whole input.
inline std::pair<QByteArray, QByteArray> splitOnce(const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return { input, input };
    return { input.left(newline), input.mid(newline + 1) };
}

} // namespace lc::fuzz

#define LC_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #condition, __FILE__,           \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
