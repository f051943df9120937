#pragma once

#include "AccountWatcher.h"
#include "operations/RefreshTokens.h"
#include "operations/Services.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace lc::agent {

// Each account's tokens, in the agent's memory only (never on disk, never logged):
//
//   loaded      once, from the keychain, through RefreshTokens (which refreshes them at once
//               when they have expired)
//   handed out  from memory while they have minValidity left and the account list still
//               shows the expiry they have (a different one means another process wrote new
//               tokens: they are read again)
//   refreshed   in the background at 80 % of what was left of their lifetime when they came in,
//               a little earlier at random (up to 5 % of it) so that many accounts do not go
//               at once; and when a request needs more validity than they have
//   dropped     when the account is signed out or needs signing in again, whoever did it
//
// Every keychain read and every refresh is a RefreshTokens, which takes the account's
// cross-process lock and reads the entry again under it: the agent and `token` calls of the
// command line never refresh the same account twice. One account has at most one running at a
// time; the requests that arrive meanwhile wait for it and share its result.
class TokenKeeper : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const Result<FreshAccessToken> &)>;
    // A profile for background work on accounts nobody has asked for yet.
    using ProfileLookup = std::function<std::optional<ProviderProfile>(const QString &profileId)>;

    TokenKeeper(Services services, ProfileLookup profileFor, QObject *parent = nullptr);
    ~TokenKeeper() override;

    // A token with at least `minValiditySeconds` left for `account` (a row of the current list).
    // `done` runs in `context`'s thread unless it is gone, at once when memory has the
    // answer, else when the keychain or the provider has answered, or after `deadlineMs`.
    void request(const ProviderProfile &profile, const AccountRecord &account,
                 qint64 minValiditySeconds, int deadlineMs, QObject *context, Handler done);

    // Loads these accounts' tokens ahead of any request and keeps them fresh.
    void keepAll(const QList<AccountRecord> &accounts);
    // The account list changed: drop, read again or keep each account's tokens.
    void apply(const QList<AccountChange> &changes);

    // For tests: whether memory holds tokens for the account, and when their
    // background refresh is due.
    bool holdsTokens(const QString &accountKey) const;
    std::optional<QDateTime> refreshDue(const QString &accountKey) const;

    // No background refresh sooner than this after the previous one was planned.
    static constexpr int kMinimumRefreshDelayMs = 1000;
    // After a failed background refresh, the next try: between these, half the time left.
    static constexpr int kMinimumRetryDelayMs = 5'000;
    static constexpr int kMaximumRetryDelayMs = 60'000;

private:
    struct Waiter
    {
        qint64 minValiditySeconds = 0;
        int deadlineMs = 0;
        QDeadlineTimer deadline;
        QPointer<QObject> context;
        Handler done;
    };
    struct Entry
    {
        AccountRecord account;
        std::optional<ProviderProfile> profile;
        std::optional<StoredTokens> tokens;
        QPointer<RefreshTokens> running;
        QList<Waiter> waiters;
        QTimer refreshTimer;
        QTimer deadlineTimer;
        QDateTime refreshDue;
        quint64 generation = 0; // a sign-out makes a running refresh's result stale
    };

    Entry &entryFor(const AccountRecord &account);
    bool isCurrent(const Entry &entry) const;
    void keep(Entry &entry);
    void startRefresh(Entry &entry, qint64 minValiditySeconds);
    void onRefreshed(const QString &key, quint64 generation, const Result<FreshAccessToken> &result,
                     bool wasBackground);
    void startForWaiters(Entry &entry);
    void planRefresh(Entry &entry);
    void planRetry(Entry &entry);
    void refreshInBackground(const QString &key);
    void expireWaiters(const QString &key);
    void armDeadline(Entry &entry);
    void forget(Entry &entry);
    FreshAccessToken fromMemory(const Entry &entry) const;

    Services m_services;
    ProfileLookup m_profileFor;
    QHash<QString, std::shared_ptr<Entry>> m_entries; // keychain key → entry
};

} // namespace lc::agent
