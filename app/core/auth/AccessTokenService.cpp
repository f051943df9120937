#include "AccessTokenService.h"

#include "AuthorizationFlow.h"
#include "common/Logging.h"

#include <QCoreApplication>

namespace lc {

AccessTokenService::AccessTokenService(AccountStore store, QNetworkAccessManager *network,
                                       QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_network(network)
{
}

void AccessTokenService::request(const ProviderProfile &profile, const QString &account,
                                 qint64 minValiditySeconds)
{
    auto record = m_store.index().find(profile.id, account);
    if (!record.ok()) {
        Q_EMIT failed(record.error());
        return;
    }
    auto tokens = m_store.tokens(record.value());
    if (!tokens.ok()) {
        Q_EMIT failed(tokens.error());
        return;
    }
    if (!tokens.value().expiresWithin(minValiditySeconds, QDateTime::currentDateTimeUtc())) {
        Q_EMIT tokenReady(tokens.value().accessToken, record.value());
        return;
    }
    if (tokens.value().refreshToken.isEmpty()) {
        Q_EMIT failed(AuthError::loginRequired(
            QCoreApplication::translate("AccessTokenService",
                                        "The access token of \"%1\" expires and the provider "
                                        "issued no refresh token; sign in again.")
                .arg(record.value().label)));
        return;
    }
    refresh(profile, record.value(), tokens.value());
}

void AccessTokenService::refresh(const ProviderProfile &profile, const AccountRecord &account,
                                 const StoredTokens &current)
{
    auto *flow = new AuthorizationFlow(profile, m_network, this);
    connect(flow, &AuthorizationFlow::succeeded, this, [=, this](const GrantedTokens &granted) {
        flow->deleteLater();
        if (granted.idToken && !current.idToken.isEmpty()
            && granted.idToken->subject() != account.subject) {
            Q_EMIT failed(AuthError::provider(
                QStringLiteral("invalid_id_token"),
                QCoreApplication::translate("AccessTokenService",
                                            "The refreshed ID token names another user; the "
                                            "tokens were not stored.")));
            return;
        }
        StoredTokens updated = current;
        updated.accessToken = granted.tokens.accessToken;
        updated.expiresAt = granted.tokens.expiresAt;
        // Providers that rotate send a new refresh token; the others keep the old one valid.
        if (!granted.tokens.refreshToken.isEmpty())
            updated.refreshToken = granted.tokens.refreshToken;
        if (!granted.tokens.idToken.isEmpty())
            updated.idToken = granted.tokens.idToken;
        if (!granted.tokens.scopes.isEmpty())
            updated.scopes = granted.tokens.scopes;
        Status saved = m_store.updateTokens(account, updated);
        if (!saved.ok()) {
            Q_EMIT failed(saved.error());
            return;
        }
        qCInfo(lcAuth) << "refreshed the access token of" << account.label;
        Q_EMIT tokenReady(updated.accessToken, account);
    });
    connect(flow, &AuthorizationFlow::failed, this, [=, this](const AuthError &error) {
        flow->deleteLater();
        if (error.providerCode() == QLatin1String("invalid_grant")) {
            m_store.markSignInRequired(account);
            Q_EMIT failed(AuthError(
                AuthError::Kind::LoginRequired,
                QCoreApplication::translate("AccessTokenService",
                                            "The provider no longer accepts the sign-in of \"%1\" "
                                            "(invalid_grant); run \"login-companion login "
                                            "--profile %2 --account %1\".")
                    .arg(account.label, account.profileId),
                error.providerCode()));
            return;
        }
        Q_EMIT failed(error);
    });
    flow->refresh(current.refreshToken);
}

} // namespace lc
