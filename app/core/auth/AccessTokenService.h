#pragma once

#include "providers/ProviderProfile.h"
#include "storage/AccountStore.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace lc {

struct FreshAccessToken
{
    QString accessToken;
    AccountRecord account;
    bool refreshed = false;
};

// Hands out a valid access token without any UI: the stored one while it has at least
// `minValiditySeconds` left, otherwise a silently refreshed one.
//
// - The new tokens (a rotated refresh token included) replace the old ones in one keychain
//   write, so a crash leaves either the old set or the new one, never neither.
// - invalid_grant: the account is marked "sign-in required" and its tokens removed.
// - Network errors and 5xx keep the tokens and are retried with backoff.
// - Requests for the same account while a refresh is under way share that refresh.
class AccessTokenService : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<FreshAccessToken> &)>;
    static constexpr int kRefreshAttempts = 3;
    static constexpr int kFirstRetryDelayMs = 500; // doubled each retry

    AccountStore store;

    explicit AccessTokenService(AccountStore accountStore, QObject *parent = nullptr);

    void request(const ProviderProfile &profile, const QString &account, qint64 minValiditySeconds,
                 Callback done);

private:
    void refresh(const ProviderProfile &profile, const AccountRecord &account,
                 const StoredTokens &current, int attempt);
    void finish(const QString &accountKey, const Result<FreshAccessToken> &result);

    QHash<QString, QList<Callback>> m_waiting; // keychain key → callers of the refresh under way
};

} // namespace lc
