#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace lc {

// Everything in the auth core that takes time (a sign-in, a refresh, a sign-out) is an
// Operation: started once, finished exactly once with a Result, cancellable at any step, and
// deleted by itself (deleteLater) after it has finished. Callers never nest event loops: they
// call then() and return.
//
//   auto *op = new RefreshTokens(...);
//   op->then(this, [](const Result<FreshAccessToken> &result) { ... });
//   op->start();
class OperationBase : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    // Finished or being cancelled: a late answer (a reply aborted by cancel() still emits
    // finished) must do nothing.
    bool isStopped() const { return m_finished || m_cancelled; }

    // Stops the work under way and finishes with a Cancelled error. Nothing after this step is
    // done; what a step already did (a request the provider answered) stays done. Cancelling a
    // finished operation does nothing.
    void cancel(const QString &reason = {});
    // Ends the operation now with `error`, whatever step it is at (a command's deadline): like a
    // crash at that point, which the steps are built to survive.
    void abandon(const AuthError &error);

Q_SIGNALS:
    // Emitted once, after the result is set (then() callbacks have run by then).
    void finished();

protected:
    using QObject::QObject;

    // Stop timers, replies, listeners. Called once, before the Cancelled result is delivered.
    virtual void abortWork() { }
    // False once the operation is past the point of no return (it is storing its result).
    virtual bool canCancel() const { return true; }
    // Called once the result is set, before finished(): give back what others wait for (locks).
    virtual void releaseResources() { }
    virtual AuthError cancelledError(const QString &reason) const;
    // Called by Operation<T> once its result is set: emits finished(), then deleteLater().
    void markFinished();
    virtual void finishWithError(const AuthError &error) = 0;

private:
    bool m_finished = false;
    bool m_cancelled = false;
};

template<typename T> class Operation : public OperationBase
{
public:
    using Handler = std::function<void(const Result<T> &)>;

    const std::optional<Result<T>> &result() const { return m_result; }

    // `handler` runs exactly once with the result, unless `context` is destroyed first. Added
    // after the end, it runs from the event loop (never from inside then() itself).
    void then(QObject *context, Handler handler)
    {
        if (m_result) {
            QPointer<QObject> guard(context);
            Result<T> result = *m_result;
            QMetaObject::invokeMethod(
                context,
                [guard, handler = std::move(handler), result] {
                    if (guard)
                        handler(result);
                },
                Qt::QueuedConnection);
            return;
        }
        m_handlers.append({ QPointer<QObject>(context), std::move(handler) });
    }

protected:
    using OperationBase::OperationBase;

    // Delivers the result; a second call is ignored (the first answer wins).
    void finish(Result<T> result)
    {
        if (m_result)
            return;
        m_result = std::move(result);
        const auto handlers = std::move(m_handlers);
        m_handlers.clear();
        for (const auto &[context, handler] : handlers) {
            if (context)
                handler(*m_result);
        }
        markFinished();
    }

    void finishWithError(const AuthError &error) override { finish(error); }

private:
    std::optional<Result<T>> m_result;
    QList<std::pair<QPointer<QObject>, Handler>> m_handlers;
};

} // namespace lc
