#include "BackendTokenExchange.h"

#include "common/Logging.h"
#include "common/ReplyProblem.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace lc {

BackendTokenExchange::BackendTokenExchange(const QUrl &backendUrl,
                                           ProviderProfile::ErrorFormat errorFormat,
                                           QNetworkAccessManager *network,
                                           std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_backendUrl(backendUrl)
    , m_errorFormat(errorFormat)
    , m_network(network)
    , m_clock(std::move(clock))
{
}

void BackendTokenExchange::exchangeCode(const QString &code, const QString &codeVerifier,
                                        const QString &redirectUri)
{
    QJsonObject body { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                       { QStringLiteral("code"), code },
                       { QStringLiteral("code_verifier"), codeVerifier } };
    if (!redirectUri.isEmpty())
        body.insert(QStringLiteral("redirect_uri"), redirectUri);
    post(body);
}

void BackendTokenExchange::refresh(const QString &refreshToken)
{
    post({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
           { QStringLiteral("refresh_token"), refreshToken } });
}

void BackendTokenExchange::post(const QJsonObject &body)
{
    QNetworkRequest request(m_backendUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (ReplyProblem::isFailure(reply)) {
            Q_EMIT failed(
                ReplyProblem::describe(reply, tr("The token backend %1").arg(m_backendUrl.host())));
            return;
        }
        auto response
            = TokenResponse::parse(status, reply->readAll(), m_clock->now(), m_errorFormat);
        if (!response.ok()) {
            Q_EMIT failed(response.error());
            return;
        }
        Q_EMIT tokenResponseReceived(response.value());
    });
}

} // namespace lc
