#include "ReplyProblem.h"

#include <QNetworkReply>

namespace lc {

namespace {
const char *const kReasonProperty = "lcCutShort";
const char *const kDeadlineProperty = "lcDeadlineSeconds";
} // namespace

void ReplyProblem::cutShort(QNetworkReply *reply, Reason reason, int deadlineSeconds)
{
    reply->setProperty(kReasonProperty, int(reason));
    reply->setProperty(kDeadlineProperty, deadlineSeconds);
    reply->abort();
}

bool ReplyProblem::isFailure(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->property(kReasonProperty).isValid() || status == 0
        || (status >= 300 && status < 400);
}

AuthError ReplyProblem::describe(QNetworkReply *reply, const QString &what)
{
    const QVariant reason = reply->property(kReasonProperty);
    if (reason.isValid() && reason.toInt() == Deadline)
        return AuthError::network(tr("%1 did not answer within %n second(s).", nullptr,
                                     reply->property(kDeadlineProperty).toInt())
                                      .arg(what));
    if (reason.isValid() && reason.toInt() == TooLarge)
        return AuthError::network(
            tr("%1 sent an answer larger than 1 MiB; it was refused.").arg(what));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        const QUrl target
            = reply->header(QNetworkRequest::LocationHeader)
                  .toUrl()
                  .adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
        return AuthError::network(tr("%1 answered HTTP %2, a redirect to %3; Login Companion "
                                     "does not follow redirects from a provider's endpoints.")
                                      .arg(what)
                                      .arg(status)
                                      .arg(target.toString()));
    }
    const AuthError error
        = AuthError::network(tr("Could not reach %1: %2").arg(what, reply->errorString()));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return error.markedSafeToRetry();
    default:
        return error;
    }
}

} // namespace lc
