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

AuthError OperationBase::cancelledError(const QString &reason) const
{
    return AuthError::cancelled(reason.isEmpty() ? tr("Sign-in was cancelled.") : reason);
}

void OperationBase::markFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace lc
