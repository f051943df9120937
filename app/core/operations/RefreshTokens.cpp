#include "RefreshTokens.h"

#include "auth/AuthorizationFlow.h"
#include "common/Logging.h"
#include "providers/ErrorFormat.h"
#include "storage/AccountLock.h"
#include "storage/AccountStore.h"
#include "storage/ClientSecrets.h"

namespace lc {

RefreshTokens::RefreshTokens(const ProviderProfile &profile, AccountRecord account,
                             qint64 minValiditySeconds, Services services, QObject *parent)
    : Operation(parent)
    , m_profile(profile)
    , m_account(std::move(account))
    , m_minValiditySeconds(minValiditySeconds)
    , m_services(std::move(services))
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
}

AuthError RefreshTokens::cancelledError(const QString &reason) const
{
    return AuthError::cancelled(reason.isEmpty() ? tr("The token refresh was cancelled.") : reason);
}

void RefreshTokens::readStoredTokens(std::function<void()> then)
{
    m_services.keychain->read(
        m_account.keychainKey(), this, [this, then = std::move(then)](const Result<QByteArray> &secret) {
            if (isStopped())
                return;
            if (!secret.ok()) {
                finish(secret.error());
                return;
            }
            auto tokens = AccountStore::tokensFrom(m_account, secret.value());
            if (!tokens.ok()) {
                finish(tokens.error()); // signed out or rejected, maybe while we waited
                return;
            }
            m_current = tokens.value();
            then();
        });
}

void RefreshTokens::start()
{
    readStoredTokens([this] {
        if (!m_current.expiresWithin(m_minValiditySeconds, m_services.clock->now())) {
            finish(FreshAccessToken { m_current.accessToken, m_account, false, m_current });
            return;
        }
        if (m_current.refreshToken.isEmpty()) {
            finish(AuthError::loginRequired(tr("The access token of \"%1\" expires and the "
                                               "provider issued no refresh token; sign in again.")
                                                .arg(m_account.label)));
            return;
        }
        lockAndReadAgain(m_current.accessToken);
    });
}

void RefreshTokens::startUnderLock(const QString &accessTokenBefore)
{
    lockAndReadAgain(accessTokenBefore);
}

void RefreshTokens::lockAndReadAgain(const QString &accessTokenBefore)
{
    // Refresh tokens are often single-use: only one process at a time may spend one.
    m_lock = new AccountLock(m_services.lockDirectory, m_account.keychainKey(), this);
    m_lock->acquire(m_services.timeouts.accountLockWaitMs,
                    [this, accessTokenBefore](const Status &locked) {
                        if (isStopped())
                            return;
                        if (!locked.ok())
                            finish(locked.error());
                        else
                            readAgainUnderLock(accessTokenBefore);
                    });
}

void RefreshTokens::readAgainUnderLock(const QString &accessTokenBefore)
{
    readStoredTokens([this, accessTokenBefore] {
        // Another process refreshed while this one waited: its token is as fresh as ours would
        // be, and asking again would spend the rotated refresh token twice.
        if (m_current.accessToken != accessTokenBefore
            || !m_current.expiresWithin(m_minValiditySeconds, m_services.clock->now())) {
            qCInfo(lcAuth) << "another process refreshed" << m_account.label
                           << "meanwhile; using its token";
            finish(FreshAccessToken { m_current.accessToken, m_account, false, m_current });
            return;
        }
        prepareRefresh();
    });
}

void RefreshTokens::prepareRefresh()
{
    // The refreshed tokens must have somewhere to go before the old refresh token is spent: a
    // rotating provider will not take it again.
    m_services.keychain->checkWritable(this, [this](const Status &writable) {
        if (isStopped())
            return;
        if (!writable.ok()) {
            finish(writable.error());
            return;
        }
        if (!m_profile.needsClientSecret()) {
            refresh({});
            return;
        }
        ClientSecrets::secretFor(m_profile, m_services.keychain, this,
                                 [this](const Result<QString> &clientSecret) {
                                     if (isStopped())
                                         return;
                                     if (!clientSecret.ok())
                                         finish(clientSecret.error());
                                     else
                                         refresh(clientSecret.value());
                                 });
    });
}

void RefreshTokens::releaseResources()
{
    if (m_lock)
        m_lock->release();
}

void RefreshTokens::refresh(const QString &clientSecret)
{
    ++m_attempt;
    m_flow = new AuthorizationFlow(m_profile, m_services, this);
    m_flow->setClientSecret(clientSecret);
    connect(m_flow, &AuthorizationFlow::succeeded, this, [this](const GrantedTokens &granted) {
        m_flow->deleteLater();
        store(granted);
    });
    connect(m_flow, &AuthorizationFlow::failed, this, [this, clientSecret](const AuthError &error) {
        m_flow->deleteLater();
        onRefreshFailed(error, clientSecret);
    });
    m_flow->refresh(m_current.refreshToken);
}

void RefreshTokens::onRefreshFailed(const AuthError &error, const QString &clientSecret)
{
    if (isStopped())
        return;
    if (ErrorFormat::meansSignInRequired(m_profile.errorFormat, error.providerCode())) {
        markSignInRequired(error);
        return;
    }
    if (error.isSafeToRetry() && m_attempt < m_services.timeouts.refreshAttempts) {
        const int delay = m_services.timeouts.firstRetryDelayMs << (m_attempt - 1);
        qCInfo(lcAuth) << "refresh failed (" << error.message() << "); retrying in" << delay
                       << "ms";
        m_retryTimer.disconnect(this);
        connect(&m_retryTimer, &QTimer::timeout, this,
                [this, clientSecret] { refresh(clientSecret); });
        m_retryTimer.start(delay);
        return;
    }
    finish(error); // the stored tokens stay: the next attempt may work
}

void RefreshTokens::markSignInRequired(const AuthError &error)
{
    m_storing = true;
    const AuthError signInRequired(
        AuthError::Kind::LoginRequired,
        tr("The provider no longer accepts the sign-in of \"%1\" (%3); "
           "run \"login-companion login --profile %2 --account %1\".")
            .arg(m_account.label, m_account.profileId, error.providerCode()),
        error.providerCode());
    m_services.keychain->remove(m_account.keychainKey(), this,
                                [this, signInRequired](const Status &removed) {
                                    AccountRecord updated = m_account;
                                    updated.signInRequired = true;
                                    Status saved = m_services.accountIndex.replace(updated);
                                    if (!removed.ok())
                                        qCWarning(lcStore) << "could not remove rejected tokens:"
                                                           << removed.error().message();
                                    if (!saved.ok())
                                        qCWarning(lcStore) << saved.error().message();
                                    finish(signInRequired);
                                });
}

void RefreshTokens::store(const GrantedTokens &granted)
{
    if (isStopped())
        return;
    if (granted.idToken && !m_current.idToken.isEmpty()) {
        auto original = IdTokenClaims::decode(m_current.idToken);
        Status same = original.ok()
            ? IdTokenClaims::checkSameIdentity(original.value(), *granted.idToken)
            : Status(original.error());
        if (!same.ok()) {
            finish(same.error()); // keep the stored tokens: nothing of this answer is trusted
            return;
        }
    }
    StoredTokens updated = m_current;
    updated.accessToken = granted.tokens.accessToken;
    updated.expiresAt = granted.tokens.expiresAt;
    // Providers that rotate send a new refresh token; the others keep the old one valid.
    if (!granted.tokens.refreshToken.isEmpty())
        updated.refreshToken = granted.tokens.refreshToken;
    if (!granted.tokens.idToken.isEmpty())
        updated.idToken = granted.tokens.idToken;
    if (!granted.tokens.scopes.isEmpty())
        updated.scopes = granted.tokens.scopes;

    m_storing = true;
    // One keychain write for the whole set: a crash leaves the old set or the new, never neither.
    m_services.keychain->write(
        m_account.keychainKey(), updated.toJson(), this, [this, updated](const Status &written) {
            if (!written.ok()) {
                finish(written.error());
                return;
            }
            AccountRecord row = m_account;
            row.expiresAt = updated.expiresAt;
            row.signInRequired = false;
            Status saved = m_services.accountIndex.replace(row);
            if (!saved.ok())
                qCWarning(lcStore) << saved.error().message();
            qCInfo(lcAuth) << "refreshed the access token of" << m_account.label;
            finish(FreshAccessToken { updated.accessToken, row, true, updated });
        });
}

void RefreshTokens::abortWork()
{
    m_retryTimer.stop();
    if (m_flow) {
        m_flow->disconnect(this);
        if (!m_flow->isFinished())
            m_flow->cancel();
    }
}

} // namespace lc
