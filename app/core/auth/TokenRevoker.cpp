#include "TokenRevoker.h"

#include "common/Logging.h"
#include "common/ReplyProblem.h"
#include "providers/ProviderDiscovery.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace lc {

TokenRevoker::TokenRevoker(const ProviderProfile &profile, QNetworkAccessManager *network,
                           MetadataCache cache, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network)
    , m_cache(std::move(cache))
    , m_clock(std::move(clock))
{
}

void TokenRevoker::revoke(const StoredTokens &tokens)
{
    QList<QPair<QString, QString>> pending;
    if (!tokens.refreshToken.isEmpty())
        pending.append({ QStringLiteral("refresh_token"), tokens.refreshToken });
    if (!tokens.accessToken.isEmpty())
        pending.append({ QStringLiteral("access_token"), tokens.accessToken });

    auto *discovery = new ProviderDiscovery(m_network, m_cache, m_clock, this);
    connect(discovery, &ProviderDiscovery::resolved, this,
            [this, pending, discovery](const ProviderProfile &resolved) {
                discovery->deleteLater();
                m_endSessionEndpoint = resolved.endSessionEndpoint;
                if (resolved.revocationEndpoint.isEmpty() || pending.isEmpty()) {
                    Q_EMIT finished(Outcome { false, false, {}, m_endSessionEndpoint });
                    return;
                }
                revokeNext(resolved, pending);
            });
    connect(discovery, &ProviderDiscovery::failed, this, [this, discovery](const AuthError &error) {
        discovery->deleteLater();
        Q_EMIT finished(Outcome { true, false, error.message() });
    });
    discovery->resolve(m_profile);
}

void TokenRevoker::revokeNext(const ProviderProfile &profile,
                              QList<QPair<QString, QString>> pending)
{
    if (pending.isEmpty()) {
        Q_EMIT finished(Outcome { true, true, {}, m_endSessionEndpoint });
        return;
    }
    const auto [hint, token] = pending.takeFirst();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    form.addQueryItem(QStringLiteral("token_type_hint"), hint);
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromLatin1(QUrl::toPercentEncoding(profile.clientId)));
    QNetworkRequest request(profile.revocationEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, profile, pending, hint = hint] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            const QString problem = ReplyProblem::isFailure(reply)
                ? ReplyProblem::describe(reply, tr("The revocation endpoint")).message()
                : tr("the provider answered HTTP %1 to revoking the %2").arg(status).arg(hint);
            qCInfo(lcAuth) << "revocation failed:" << problem;
            Q_EMIT finished(Outcome { true, false, problem, m_endSessionEndpoint });
            return;
        }
        revokeNext(profile, pending);
    });
}

} // namespace lc
