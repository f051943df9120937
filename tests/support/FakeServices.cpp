#include "FakeServices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace lc::testing {

namespace {
// Runs `call` from the event loop in `context`'s thread; dropped when `context` is gone.
template<typename Call> void later(QObject *context, Call call)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, call = std::move(call)] {
            if (guard)
                call();
        },
        Qt::QueuedConnection);
}
} // namespace

// --- MemoryKeychain ------------------------------------------------------------------------

AuthError MemoryKeychain::failure() const
{
    return m_mode == Mode::Locked
        ? AuthError::storage(QStringLiteral("The keychain is locked (MemoryKeychain)."))
        : AuthError::storage(QStringLiteral("No keychain is available (MemoryKeychain)."));
}

void MemoryKeychain::read(const QString &key, QObject *context, ReadCallback done)
{
    ++m_reads;
    Result<QByteArray> answer = QByteArray();
    if (m_mode == Mode::Absent || (m_mode == Mode::Locked && !m_entries.contains(key)))
        answer = failure();
    else
        answer = m_entries.value(key);
    later(context, [done = std::move(done), answer] { done(answer); });
}

void MemoryKeychain::write(const QString &key, const QByteArray &value, QObject *context,
                           StatusCallback done)
{
    m_writes.append(key);
    Status answer = Done {};
    if (m_mode != Mode::Unlocked)
        answer = failure();
    else
        m_entries.insert(key, value);
    later(context, [done = std::move(done), answer] { done(answer); });
}

void MemoryKeychain::remove(const QString &key, QObject *context, StatusCallback done)
{
    m_removes.append(key);
    Status answer = Done {};
    if (m_mode != Mode::Unlocked)
        answer = failure();
    else
        m_entries.remove(key);
    later(context, [done = std::move(done), answer] { done(answer); });
}

// --- FakeServices --------------------------------------------------------------------------

QDateTime FakeServices::defaultNow()
{
    return QDateTime(QDate(2031, 3, 14), QTime(9, 26, 53), Qt::UTC);
}

FakeServices::FakeServices()
    : m_provider(std::make_shared<FakeProvider>())
    , m_keychain(std::make_shared<MemoryKeychain>())
    , m_clock(std::make_shared<FakeClock>(defaultNow()))
    , m_openedUrls(std::make_shared<QList<QUrl>>())
    , m_networkAccesses(std::make_shared<int>(0))
{
    Q_ASSERT(m_directory.isValid());
    m_services.networkAccess = [provider = m_provider, created = m_networkAccesses](
                                   const ProviderProfile &profile, QObject *parent) {
        ++*created;
        return new FakeNetworkAccess(provider, profile, parent);
    };
    m_services.metadataCache = MetadataCache(path(QStringLiteral("metadata")));
    m_services.keychain = m_keychain;
    m_services.accountIndex = AccountIndex(path(QStringLiteral("accounts.json")));
    m_services.webSessions = WebSessionStore(path(QStringLiteral("web-sessions")));
    m_services.lockDirectory = path(QStringLiteral("locks"));
    m_services.clock = m_clock;
    m_services.openBrowser = [opened = m_openedUrls](const QUrl &url) -> Status {
        opened->append(url);
        return Done {};
    };
    // Short enough that a test with retries stays well under a second.
    m_services.timeouts.requestMs = 2'000;
    m_services.timeouts.firstRetryDelayMs = 20;
    m_services.timeouts.loopbackReadMs = 1'000;
    m_services.timeouts.loopbackResponseMs = 1'000;
}

FakeNetworkAccess *FakeServices::newNetworkAccess(QObject *parent,
                                                  const ProviderProfile &profile) const
{
    return new FakeNetworkAccess(m_provider, profile, parent);
}

AccountRecord FakeServices::seedAccount(const ProviderProfile &profile, const QString &label,
                                        const QString &subject, const StoredTokens &tokens) const
{
    AccountRecord account;
    account.profileId = profile.id;
    account.label = label;
    account.subject = subject;
    account.displayName = label + QStringLiteral(" (display)");
    account.expiresAt = tokens.expiresAt;
    auto rows = m_services.accountIndex.load();
    QList<AccountRecord> accounts = rows.ok() ? rows.value() : QList<AccountRecord>();
    accounts.append(account);
    const Status saved = m_services.accountIndex.save(accounts);
    Q_ASSERT(saved.ok());
    m_keychain->set(account.keychainKey(), tokens.toJson());
    return account;
}

std::optional<StoredTokens> FakeServices::storedTokens(const AccountRecord &account) const
{
    if (!m_keychain->contains(account.keychainKey()))
        return std::nullopt;
    auto tokens = StoredTokens::fromJson(m_keychain->value(account.keychainKey()));
    if (!tokens.ok())
        return std::nullopt;
    return tokens.value();
}

std::optional<AccountRecord> FakeServices::indexRow(const AccountRecord &account) const
{
    auto rows = m_services.accountIndex.load();
    if (!rows.ok())
        return std::nullopt;
    for (const AccountRecord &row : rows.value()) {
        if (row.profileId == account.profileId && row.subject == account.subject)
            return row;
    }
    return std::nullopt;
}

ProviderProfile plainProfile()
{
    ProviderProfile profile;
    profile.id = QStringLiteral("acme");
    profile.displayName = QStringLiteral("Acme");
    profile.authorizationEndpoint = QUrl(QStringLiteral("https://id.acme.test/authorize"));
    profile.tokenEndpoint = QUrl(QStringLiteral("https://id.acme.test/token"));
    profile.userinfoEndpoint = QUrl(QStringLiteral("https://id.acme.test/userinfo"));
    profile.revocationEndpoint = QUrl(QStringLiteral("https://id.acme.test/revoke"));
    profile.endSessionEndpoint = QUrl(QStringLiteral("https://id.acme.test/logout"));
    profile.clientId = QStringLiteral("launcher");
    profile.redirectUri = QUrl(QStringLiteral("http://localhost/callback"));
    profile.scopes = { QStringLiteral("profile"), QStringLiteral("offline_access") };
    profile.source = QStringLiteral("test");
    return profile;
}

ProviderProfile demoProfileWithEndpoints()
{
    // Not a raw string literal: moc (6.4) reads the "//" in a raw string's URLs as a comment
    // and then sees none of a test class's functions.
    const QJsonObject json {
        { "id", "demo" },
        { "displayName", "Login Companion Demo" },
        { "issuer", "http://127.0.0.1:4380" },
        { "authorizationEndpoint", "http://127.0.0.1:4380/auth" },
        { "tokenEndpoint", "http://127.0.0.1:4380/token" },
        { "jwksUri", "http://127.0.0.1:4380/jwks" },
        { "clientId", "login-companion-demo" },
        { "redirectUri", "http://localhost/callback" },
        { "scopes", QJsonArray { "openid" } },
    };
    auto profile
        = ProviderProfile::fromJson(QJsonDocument(json).toJson(), QStringLiteral("test profile"));
    if (!profile.ok())
        qFatal("demo profile: %s", qPrintable(profile.error().message()));
    return profile.value();
}

} // namespace lc::testing
