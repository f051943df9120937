#pragma once

#include "Operation.h"
#include "Services.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"
#include "storage/StoredTokens.h"

#include <QPointer>
#include <QTimer>

namespace lc {

class AuthorizationFlow;
struct GrantedTokens;

struct FreshAccessToken
{
    QString accessToken;
    AccountRecord account;
    bool refreshed = false;
};

// A valid access token for one account, without any UI:
//
//   ReadingTokens   the keychain entry; a token with at least minValiditySeconds left is the
//                   result as it is
//   Refreshing      the refresh grant (client secret, discovery, ID token checks as at sign-in;
//                   the refreshed ID token must name the same issuer, subject and audience)
//                   · network error or 5xx: retried (Timeouts::refreshAttempts, backoff doubling)
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
    // How many refresh requests were started (1 + retries); for tests and logs.
    int attempts() const { return m_attempt; }

protected:
    void abortWork() override;
    bool canCancel() const override { return !m_storing; }
    AuthError cancelledError(const QString &reason) const override;

private:
    void refresh(const QString &clientSecret);
    void onRefreshFailed(const AuthError &error, const QString &clientSecret);
    void store(const GrantedTokens &granted);
    void markSignInRequired(const AuthError &error);

    ProviderProfile m_profile;
    AccountRecord m_account;
    qint64 m_minValiditySeconds;
    Services m_services;
    StoredTokens m_current;
    QPointer<AuthorizationFlow> m_flow;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_storing = false;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::FreshAccessToken)
