#pragma once

#include "common/Result.h"
#include "operations/Services.h"
#include "providers/ProviderProfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace lc {

// The command line's one top-level event loop: runs an operation to its end, or to the
// command's deadline (0: none, for a sign-in the user takes their time with).
template<typename T, typename Op> Result<T> runToEnd(Op *operation, int deadlineMs = 0)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [operation, deadlineMs] {
        operation->abandon(AuthError::network(QCoreApplication::translate(
            "lc::CliApplication", "The command did not finish within %n second(s).", nullptr,
            deadlineMs / 1000)));
    });
    if (deadlineMs > 0)
        deadline.start(deadlineMs);
    operation->then(&loop, [&](const Result<T> &finished) {
        result = finished;
        loop.quit();
    });
    operation->start();
    if (!result)
        loop.exec();
    return *result;
}

// A command's whole deadline: Timeouts::commandMs, or one and a half of the profile's own
// request deadline when it sets one (a slow provider gets its due, a short one ends sooner).
inline int commandDeadlineMs(const ProviderProfile &profile, const Services &services)
{
    return profile.requestTimeoutSeconds > 0 ? profile.requestTimeoutSeconds * 1500
                                             : services.timeouts.commandMs;
}

} // namespace lc
