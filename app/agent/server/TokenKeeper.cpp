#include "TokenKeeper.h"

#include "AgentLogging.h"

#include <QRandomGenerator>

#include <algorithm>
#include <climits>

namespace lc::agent {

namespace {

bool sameSecond(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && b.isValid() && a.toSecsSinceEpoch() == b.toSecsSinceEpoch();
}

// Best effort: the characters are overwritten where this copy owns them, before the memory
// goes back to the allocator.
void wipe(std::optional<StoredTokens> &tokens)
{
    if (!tokens)
        return;
    for (QString *secret : { &tokens->accessToken, &tokens->refreshToken, &tokens->idToken })
        secret->fill(QChar(u'\0'));
    tokens.reset();
}

int timerInterval(qint64 milliseconds)
{
    return int(std::clamp<qint64>(milliseconds, 0, INT_MAX));
}

} // namespace

TokenKeeper::TokenKeeper(Services services, ProfileLookup profileFor, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_profileFor(std::move(profileFor))
{
}

TokenKeeper::~TokenKeeper()
{
    for (const std::shared_ptr<Entry> &entry : std::as_const(m_entries))
        wipe(entry->tokens);
}

TokenKeeper::Entry &TokenKeeper::entryFor(const AccountRecord &account)
{
    const QString key = account.keychainKey();
    std::shared_ptr<Entry> &slot = m_entries[key];
    if (!slot) {
        slot = std::make_shared<Entry>();
        slot->refreshTimer.setSingleShot(true);
        slot->deadlineTimer.setSingleShot(true);
        connect(&slot->refreshTimer, &QTimer::timeout, this,
                [this, key] { refreshInBackground(key); });
        connect(&slot->deadlineTimer, &QTimer::timeout, this, [this, key] { expireWaiters(key); });
    }
    slot->account = account;
    return *slot;
}

bool TokenKeeper::isCurrent(const Entry &entry) const
{
    // The list's expiry is written after the keychain by whoever stores tokens: another one
    // than ours means another process stored newer tokens.
    return entry.tokens && sameSecond(entry.tokens->expiresAt, entry.account.expiresAt);
}

FreshAccessToken TokenKeeper::fromMemory(const Entry &entry) const
{
    return FreshAccessToken { entry.tokens->accessToken, entry.account, false, *entry.tokens };
}

void TokenKeeper::request(const ProviderProfile &profile, const AccountRecord &account,
                          qint64 minValiditySeconds, int deadlineMs, QObject *context,
                          Handler done)
{
    Entry &entry = entryFor(account);
    entry.profile = profile;
    if (isCurrent(entry)
        && !entry.tokens->expiresWithin(minValiditySeconds, m_services.clock->now())) {
        done(fromMemory(entry));
        return;
    }
    entry.waiters.append(
        Waiter { minValiditySeconds, deadlineMs, QDeadlineTimer(deadlineMs), context,
                 std::move(done) });
    armDeadline(entry);
    startForWaiters(entry);
}

void TokenKeeper::startForWaiters(Entry &entry)
{
    if (entry.running || entry.waiters.isEmpty())
        return;
    qint64 needed = 0;
    for (const Waiter &waiter : std::as_const(entry.waiters))
        needed = std::max(needed, waiter.minValiditySeconds);
    startRefresh(entry, needed);
}

void TokenKeeper::startRefresh(Entry &entry, qint64 minValiditySeconds)
{
    if (!entry.profile) {
        entry.profile = m_profileFor(entry.account.profileId);
        if (!entry.profile)
            return; // nobody asked for it yet, and its profile is not installed: on request
    }
    entry.refreshTimer.stop();
    entry.refreshDue = {};
    const QString key = entry.account.keychainKey();
    const bool background = entry.waiters.isEmpty();
    auto *operation = new RefreshTokens(*entry.profile, entry.account, minValiditySeconds,
                                        m_services, this);
    entry.running = operation;
    operation->then(this, [this, key, generation = entry.generation,
                           background](const Result<FreshAccessToken> &result) {
        onRefreshed(key, generation, result, background);
    });
    // Memory already says these tokens must go: straight to the lock and the read under it.
    if (isCurrent(entry) && !entry.tokens->refreshToken.isEmpty()
        && entry.tokens->expiresWithin(minValiditySeconds, m_services.clock->now()))
        operation->startUnderLock(entry.tokens->accessToken);
    else
        operation->start();
}

void TokenKeeper::onRefreshed(const QString &key, quint64 generation,
                              const Result<FreshAccessToken> &result, bool wasBackground)
{
    const std::shared_ptr<Entry> held = m_entries.value(key);
    if (!held)
        return;
    Entry &entry = *held;
    entry.running = nullptr;
    const bool current = generation == entry.generation;
    QList<Waiter> waiting = std::exchange(entry.waiters, {});
    if (result.ok()) {
        const FreshAccessToken &fresh = result.value();
        if (current) {
            if (fresh.refreshed || !isCurrent(entry))
                wipe(entry.tokens);
            entry.tokens = fresh.tokens;
            entry.account = fresh.account;
            planRefresh(entry);
        }
        if (fresh.refreshed)
            qCInfo(lcAgent) << "refreshed" << entry.account.label << "of"
                            << entry.account.profileId << (wasBackground ? "ahead of expiry" : "");
        const QDateTime now = m_services.clock->now();
        for (Waiter &waiter : waiting) {
            // A refresh is as fresh as it gets; a token another process stored may not be.
            if (fresh.refreshed || !fresh.tokens.expiresWithin(waiter.minValiditySeconds, now)) {
                if (waiter.context)
                    waiter.done(result);
            } else {
                entry.waiters.append(std::move(waiter));
            }
        }
    } else {
        const AuthError &error = result.error();
        qCInfo(lcAgent) << "no token for" << entry.account.label << "of"
                        << entry.account.profileId << ":" << error.message();
        if (error.kind() == AuthError::Kind::LoginRequired)
            wipe(entry.tokens); // signed out, or the provider refused the refresh token
        else if (current)
            planRetry(entry);
        for (Waiter &waiter : waiting) {
            if (waiter.context)
                waiter.done(error);
        }
    }
    armDeadline(entry);
    startForWaiters(entry);
}

void TokenKeeper::planRefresh(Entry &entry)
{
    if (!entry.tokens || entry.tokens->refreshToken.isEmpty())
        return; // nothing to refresh with: it stays valid until it expires
    const QDateTime now = m_services.clock->now();
    const qint64 leftMs = now.msecsTo(entry.tokens->expiresAt);
    const qint64 jitterMs = leftMs > 20 ? QRandomGenerator::global()->bounded(leftMs / 20) : 0;
    const qint64 delayMs = std::max<qint64>(leftMs * 4 / 5 - jitterMs, kMinimumRefreshDelayMs);
    entry.refreshDue = now.addMSecs(delayMs);
    entry.refreshTimer.start(timerInterval(delayMs));
}

void TokenKeeper::planRetry(Entry &entry)
{
    if (!entry.tokens || entry.tokens->refreshToken.isEmpty())
        return;
    const QDateTime now = m_services.clock->now();
    const qint64 delayMs = std::clamp<qint64>(now.msecsTo(entry.tokens->expiresAt) / 2,
                                              kMinimumRetryDelayMs, kMaximumRetryDelayMs);
    entry.refreshDue = now.addMSecs(delayMs);
    entry.refreshTimer.start(timerInterval(delayMs));
}

void TokenKeeper::refreshInBackground(const QString &key)
{
    const std::shared_ptr<Entry> entry = m_entries.value(key);
    if (!entry || entry->running || !entry->tokens)
        return;
    // Asking for one second more than the token has makes RefreshTokens refresh it, unless
    // another process already stored a newer one, which it then reads instead.
    const qint64 leftSeconds
        = std::max<qint64>(0, m_services.clock->now().secsTo(entry->tokens->expiresAt));
    startRefresh(*entry, leftSeconds + 1);
}

void TokenKeeper::keepAll(const QList<AccountRecord> &accounts)
{
    for (const AccountRecord &account : accounts) {
        if (!account.signInRequired)
            keep(entryFor(account));
    }
}

void TokenKeeper::keep(Entry &entry)
{
    if (!entry.running && !isCurrent(entry)) {
        wipe(entry.tokens);
        startRefresh(entry, 0); // reads the keychain; refreshes only an expired token
    }
}

void TokenKeeper::apply(const QList<AccountChange> &changes)
{
    for (const AccountChange &change : changes) {
        const QString key = change.account.keychainKey();
        switch (change.kind) {
        case AccountChange::Kind::SignedOut:
        case AccountChange::Kind::SignInRequired:
            if (const std::shared_ptr<Entry> entry = m_entries.value(key)) {
                entry->account = change.account;
                forget(*entry);
            }
            break;
        case AccountChange::Kind::Added:
        case AccountChange::Kind::Changed:
        case AccountChange::Kind::Refreshed:
            if (!change.account.signInRequired)
                keep(entryFor(change.account));
            break;
        }
    }
}

void TokenKeeper::forget(Entry &entry)
{
    wipe(entry.tokens);
    entry.refreshTimer.stop();
    entry.refreshDue = {};
    ++entry.generation;
    qCInfo(lcAgent) << "dropped the tokens of" << entry.account.label << "of"
                    << entry.account.profileId;
    if (!entry.running && entry.waiters.isEmpty())
        m_entries.remove(entry.account.keychainKey());
}

void TokenKeeper::armDeadline(Entry &entry)
{
    qint64 soonest = -1;
    for (const Waiter &waiter : std::as_const(entry.waiters)) {
        const qint64 remaining = waiter.deadline.remainingTime();
        if (soonest < 0 || remaining < soonest)
            soonest = remaining;
    }
    if (soonest < 0)
        entry.deadlineTimer.stop();
    else
        entry.deadlineTimer.start(timerInterval(soonest));
}

void TokenKeeper::expireWaiters(const QString &key)
{
    const std::shared_ptr<Entry> entry = m_entries.value(key);
    if (!entry)
        return;
    QList<Waiter> overdue;
    entry->waiters.removeIf([&overdue](const Waiter &waiter) {
        if (!waiter.deadline.hasExpired())
            return false;
        overdue.append(waiter);
        return true;
    });
    armDeadline(*entry);
    // The refresh goes on (it has deadlines of its own); only these callers stop waiting.
    for (const Waiter &waiter : std::as_const(overdue)) {
        if (waiter.context)
            waiter.done(AuthError::network(tr("The command did not finish within %n second(s).",
                                              nullptr, int(waiter.deadlineMs / 1000))));
    }
}

bool TokenKeeper::holdsTokens(const QString &accountKey) const
{
    const std::shared_ptr<Entry> entry = m_entries.value(accountKey);
    return entry && entry->tokens.has_value();
}

std::optional<QDateTime> TokenKeeper::refreshDue(const QString &accountKey) const
{
    const std::shared_ptr<Entry> entry = m_entries.value(accountKey);
    if (!entry || !entry->refreshDue.isValid())
        return std::nullopt;
    return entry->refreshDue;
}

} // namespace lc::agent
