#include "Operation.h"

namespace lc {

void OperationBase::cancel(const QString &reason)
{
    if (m_finished || m_cancelled || !canCancel())
        return;
    m_cancelled = true;
    abortWork();
    finishWithError(cancelledError(reason));
}

void OperationBase::abandon(const AuthError &error)
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    abortWork();
    finishWithError(error);
}

AuthError OperationBase::cancelledError(const QString &reason) const
{
    return AuthError::cancelled(reason.isEmpty() ? tr("Sign-in was cancelled.") : reason);
}

void OperationBase::markFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    releaseResources();
    Q_EMIT finished();
    deleteLater();
}

} // namespace lc
