#include "AccessTokenService.h"

#include "AuthorizationFlow.h"
#include "common/Logging.h"
#include "providers/ErrorFormat.h"

#include <QTimer>

namespace lc {

AccessTokenService::AccessTokenService(AccountStore accountStore, QObject *parent)
    : QObject(parent)
    , store(std::move(accountStore))
{
}

void AccessTokenService::request(const ProviderProfile &profile, const QString &account,
                                 qint64 minValiditySeconds, Callback done)
{
    auto record = store.index().find(profile.id, account);
    if (!record.ok()) {
        done(record.error());
        return;
    }
    const QString key = record.value().keychainKey();
    if (m_waiting.contains(key)) {
        m_waiting[key].append(std::move(done));
        return;
    }
    auto tokens = store.tokens(record.value());
    if (!tokens.ok()) {
        done(tokens.error());
        return;
    }
    if (!tokens.value().expiresWithin(minValiditySeconds, QDateTime::currentDateTimeUtc())) {
        done(FreshAccessToken { tokens.value().accessToken, record.value(), false });
        return;
    }
    if (tokens.value().refreshToken.isEmpty()) {
        done(AuthError::loginRequired(tr("The access token of \"%1\" expires and the provider "
                                         "issued no refresh token; sign in again.")
                                          .arg(record.value().label)));
        return;
    }
    m_waiting.insert(key, { std::move(done) });
    refresh(profile, record.value(), tokens.value(), 1);
}

void AccessTokenService::refresh(const ProviderProfile &profile, const AccountRecord &account,
                                 const StoredTokens &current, int attempt)
{
    auto *flow = new AuthorizationFlow(profile, this);
    const QString key = account.keychainKey();
    connect(flow, &AuthorizationFlow::succeeded, this, [=, this](const GrantedTokens &granted) {
        flow->deleteLater();
        if (granted.idToken && !current.idToken.isEmpty()) {
            auto original = IdTokenClaims::decode(current.idToken);
            Status same = original.ok()
                ? IdTokenClaims::checkSameIdentity(original.value(), *granted.idToken)
                : Status(original.error());
            if (!same.ok()) {
                finish(key, same.error()); // keep the stored tokens: nothing of this is trusted
                return;
            }
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
        Status saved = store.updateTokens(account, updated);
        if (!saved.ok()) {
            finish(key, saved.error());
            return;
        }
        qCInfo(lcAuth) << "refreshed the access token of" << account.label;
        finish(key, FreshAccessToken { updated.accessToken, account, true });
    });
    connect(flow, &AuthorizationFlow::failed, this, [=, this](const AuthError &error) {
        flow->deleteLater();
        if (ErrorFormat::meansSignInRequired(profile.errorFormat, error.providerCode())) {
            store.markSignInRequired(account);
            finish(key,
                   AuthError(AuthError::Kind::LoginRequired,
                             tr("The provider no longer accepts the sign-in of \"%1\" (%3); "
                                "run \"login-companion login --profile %2 --account %1\".")
                                 .arg(account.label, account.profileId, error.providerCode()),
                             error.providerCode()));
            return;
        }
        if (error.kind() == AuthError::Kind::Network && attempt < kRefreshAttempts) {
            const int delay = kFirstRetryDelayMs << (attempt - 1);
            qCInfo(lcAuth) << "refresh failed (" << error.message() << "); retrying in" << delay
                           << "ms";
            QTimer::singleShot(delay, this,
                               [=, this] { refresh(profile, account, current, attempt + 1); });
            return;
        }
        finish(key, error); // the stored tokens stay: the next attempt may work
    });
    flow->refresh(current.refreshToken);
}

void AccessTokenService::finish(const QString &accountKey, const Result<FreshAccessToken> &result)
{
    const QList<Callback> callers = m_waiting.take(accountKey);
    for (const Callback &done : callers)
        done(result);
}

} // namespace lc
