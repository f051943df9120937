#pragma once

// Everything an operation takes from the outside world (lc::Services), faked for unit tests:
// an in-memory keychain, a clock the test moves, the FakeProvider network, and caches and the
// account index in a temporary directory.

#include "FakeNetworkAccess.h"
#include "common/Clock.h"
#include "operations/Operation.h"
#include "operations/Services.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"
#include "storage/Keychain.h"
#include "storage/StoredTokens.h"

#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lc::testing {

// The keychain in memory. Every answer comes from the event loop, never from inside the call,
// like QtKeychain's jobs.
class MemoryKeychain : public Keychain
{
public:
    enum class Mode {
        Unlocked,
        // Writes and removes fail (kind Storage); so do reads of entries that do not exist,
        // which must never look like "signed out".
        Locked,
        // No keychain at all: every call fails.
        Absent,
    };

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               StatusCallback done) override;
    void remove(const QString &key, QObject *context, StatusCallback done) override;

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }

    // Direct access for a test's set-up and assertions (synchronous, not counted).
    void set(const QString &key, const QByteArray &value) { m_entries.insert(key, value); }
    QByteArray value(const QString &key) const { return m_entries.value(key); }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QStringList keys() const { return m_entries.keys(); }

    int writeCount() const { return int(m_writes.size()); }
    int writeCount(const QString &key) const { return int(m_writes.count(key)); }
    const QStringList &writtenKeys() const { return m_writes; } // in order, failed ones included
    int removeCount() const { return int(m_removes.size()); }
    int readCount() const { return m_reads; }

private:
    AuthError failure() const;

    QHash<QString, QByteArray> m_entries;
    Mode m_mode = Mode::Unlocked;
    QStringList m_writes;
    QStringList m_removes;
    int m_reads = 0;
};

class FakeClock : public Clock
{
public:
    explicit FakeClock(QDateTime now)
        : m_now(std::move(now))
    {
    }

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// One test's world. Create it in init(), drop it in cleanup(); services() hands copies out.
class FakeServices
{
public:
    // A fixed, arbitrary "now" far from the real time, so that code reading the system clock
    // instead of Services::clock shows up in the results.
    static QDateTime defaultNow();

    FakeServices();

    Services services() const { return m_services; }
    Services &mutableServices() { return m_services; }

    const std::shared_ptr<FakeProvider> &provider() const { return m_provider; }
    const std::shared_ptr<MemoryKeychain> &keychain() const { return m_keychain; }
    const std::shared_ptr<FakeClock> &clock() const { return m_clock; }
    QList<QUrl> openedUrls() const { return *m_openedUrls; }
    // How many network accesses the operations created (one per provider per operation).
    int networkAccessesCreated() const { return *m_networkAccesses; }

    // Where MetadataCache, AccountIndex and WebSessionStore keep their files.
    QString path(const QString &name) const { return m_directory.filePath(name); }
    // A FakeNetworkAccess for classes that take a QNetworkAccessManager (discovery, keys).
    FakeNetworkAccess *newNetworkAccess(QObject *parent, const ProviderProfile &profile = {}) const;

    // An account as a finished sign-in leaves it: the index row and its keychain entry.
    AccountRecord seedAccount(const ProviderProfile &profile, const QString &label,
                              const QString &subject, const StoredTokens &tokens) const;
    // The stored tokens of `account` (nullopt when there is no entry or it does not parse).
    std::optional<StoredTokens> storedTokens(const AccountRecord &account) const;
    // The index row of the same profile and subject, as saved.
    std::optional<AccountRecord> indexRow(const AccountRecord &account) const;

private:
    QTemporaryDir m_directory;
    std::shared_ptr<FakeProvider> m_provider;
    std::shared_ptr<MemoryKeychain> m_keychain;
    std::shared_ptr<FakeClock> m_clock;
    std::shared_ptr<QList<QUrl>> m_openedUrls;
    std::shared_ptr<int> m_networkAccesses;
    Services m_services;
};

// A plain OAuth 2.0 profile (no issuer, no `openid` scope, so no discovery and no ID token) with
// every endpoint under https://id.acme.test and a public client using PKCE.
ProviderProfile plainProfile();

// The demo provider's profile with every endpoint given (so no discovery, no network call), as
// the login window's controller tests use it.
ProviderProfile demoProfileWithEndpoints();

// For QVERIFY2(result.ok(), describe(result)): the error's message, or "ok".
template<typename T> QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().message().toUtf8();
}

// Collects an operation's result: `Catcher<T> caught; caught.attach(op);` then
// QTRY_VERIFY(caught.done()).
template<typename T> class Catcher
{
public:
    void attach(Operation<T> *operation, QObject *context)
    {
        auto state = m_state;
        operation->then(context,
                        [state](const Result<T> &result) { state->results.append(result); });
    }
    bool done() const { return !m_state->results.isEmpty(); }
    int calls() const { return int(m_state->results.size()); }
    const Result<T> &result() const { return m_state->results.constFirst(); }

private:
    struct State
    {
        QList<Result<T>> results;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace lc::testing
