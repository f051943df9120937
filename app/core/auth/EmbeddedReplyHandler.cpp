#include "EmbeddedReplyHandler.h"

#include "common/Logging.h"
#include "common/ReplyProblem.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace lc {

EmbeddedReplyHandler::EmbeddedReplyHandler(const QUrl &redirectUri,
                                           ProviderProfile::ErrorFormat errorFormat,
                                           std::shared_ptr<const Clock> clock, QObject *parent)
    : QOAuthOobReplyHandler(parent)
    , m_redirectUri(redirectUri)
    , m_errorFormat(errorFormat)
    , m_clock(std::move(clock))
{
}

QString EmbeddedReplyHandler::callback() const
{
    return m_redirectUri.toString(QUrl::FullyEncoded);
}

void EmbeddedReplyHandler::deliverCallback(const QVariantMap &parameters)
{
    Q_EMIT callbackReceived(parameters);
}

void EmbeddedReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Before reading: an aborted reply (deadline, size) has nothing to read.
    if (ReplyProblem::isFailure(reply)) {
        Q_EMIT tokenRequestFailed(
            ReplyProblem::describe(reply, tr("The token endpoint (%1)").arg(reply->url().host())));
        return;
    }
    const QByteArray body = reply->readAll();
    qCDebug(lcAuth) << "token endpoint answered HTTP" << status << "with" << body.size() << "bytes";
    auto response = TokenResponse::parse(status, body, m_clock->now(), m_errorFormat);
    if (!response.ok()) {
        Q_EMIT tokenRequestFailed(response.error());
        return;
    }
    // The base flow keeps its own token state from this; our callers use tokenResponseReceived.
    Q_EMIT tokensReceived(response.value().toVariantMap());
    Q_EMIT tokenResponseReceived(response.value());
}

} // namespace lc
