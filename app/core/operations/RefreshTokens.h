#pragma once

#include "Operation.h"
#include "Services.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"
#include "storage/StoredTokens.h"

#include <QPointer>
#include <QTimer>

#include <functional>

namespace lc {

class AccountLock;
class AuthorizationFlow;
struct GrantedTokens;

struct FreshAccessToken
{
    QString accessToken;
    AccountRecord account;
    bool refreshed = false;
    StoredTokens tokens; // the whole set the access token belongs to (token --json)
};

// A valid access token for one account, without any UI:
//
//   ReadingTokens   the keychain entry; a token with at least minValiditySeconds left is the
//                   result as it is
//   Locking         the account's cross-process lock (AccountLock); then the entry is read
//                   again: when another process refreshed meanwhile, its token is the result
//                   and no second refresh reaches the provider
//   Refreshing      the refresh grant (client secret, discovery, ID token checks as at sign-in;
//                   the refreshed ID token must name the same issuer, subject and audience)
//                   · retried (Timeouts::refreshAttempts, backoff doubling) only when the
//                     request provably had no effect (refused connection, unknown host, TLS
//                     failure, 503): a refresh token is never sent twice when the first one
//                     may have reached the provider
//                   · invalid_grant (or the envelope's equivalent): the account is marked
//                     "sign-in required" and its tokens removed
//   Storing         the new tokens (a rotated refresh token included) in one keychain write,
//                   then the index row's expiry
//
// Cancel: nothing is written unless the tokens were already being stored.
class RefreshTokens : public Operation<FreshAccessToken>
{
    Q_OBJECT

public:
    RefreshTokens(const ProviderProfile &profile, AccountRecord account, qint64 minValiditySeconds,
                  Services services, QObject *parent = nullptr);

    void start();
    // For a caller that already holds the tokens and knows they need refreshing (the agent): the
    // first, unlocked read is skipped; the account lock is taken at once and the keychain read
    // under it, and a token other than `accessTokenBefore` there is another process's refresh.
    void startUnderLock(const QString &accessTokenBefore);
    // How many refresh requests were started (1 + retries); for tests and logs.
    int attempts() const { return m_attempt; }

protected:
    void abortWork() override;
    bool canCancel() const override { return !m_storing; }
    void releaseResources() override;
    AuthError cancelledError(const QString &reason) const override;

private:
    // Reads and parses the account's stored tokens into m_current, then calls `then`; a
    // failure finishes the operation.
    void readStoredTokens(std::function<void()> then);
    void lockAndReadAgain(const QString &accessTokenBefore);
    void readAgainUnderLock(const QString &accessTokenBefore);
    void prepareRefresh();
    void refresh(const QString &clientSecret);
    void onRefreshFailed(const AuthError &error, const QString &clientSecret);
    void store(const GrantedTokens &granted);
    void markSignInRequired(const AuthError &error);

    ProviderProfile m_profile;
    AccountRecord m_account;
    qint64 m_minValiditySeconds;
    Services m_services;
    StoredTokens m_current;
    QPointer<AccountLock> m_lock;
    QPointer<AuthorizationFlow> m_flow;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_storing = false;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::FreshAccessToken)
