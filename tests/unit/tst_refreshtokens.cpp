// RefreshTokens, AccessTokenService and the Operation contract, against the in-memory provider
// and keychain (tests/support/FakeServices.h): no socket, no keychain daemon, no real time.
#include "FakeServices.h"
#include "operations/AccessTokenService.h"
#include "operations/RefreshTokens.h"
#include "storage/AccountLock.h"
#include "storage/ClientSecrets.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace lc;
using namespace lc::testing;

namespace {
QJsonObject tokenJson(const QString &accessToken, const QString &refreshToken = {},
                      int expiresIn = 3600)
{
    QJsonObject object { { "access_token", accessToken },
                         { "token_type", "Bearer" },
                         { "expires_in", expiresIn } };
    if (!refreshToken.isEmpty())
        object.insert("refresh_token", refreshToken);
    return object;
}
} // namespace

class TestRefreshTokens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tokenWithEnoughValidityIsReturnedWithoutRequest();
    void refreshRetriesServerErrorsWithDoublingBackoff();
    void refreshRetriesServerErrorCarryingOAuthErrorBody();
    void refreshStoresRotatedTokensAndIndexExpiry();
    void tokenRefreshedByAnotherProcessWhileWaitingIsHandedOut();
    void startUnderLockReadsOnceUnderTheLock();
    void startUnderLockHandsOutAnotherProcessesRefresh();
    void refreshThatMayHaveReachedTheProviderIsNotRepeated_data();
    void refreshThatMayHaveReachedTheProviderIsNotRepeated();
    void refreshFailingOnNetworkEveryTimeKeepsStoredTokens();
    void refreshRefusedWithInvalidGrantMarksAccountSignInRequired();
    void refreshWithLockedKeychainIsStorageErrorAndSendsNothing();
    void refreshCancelledWhileWaitingForProviderWritesNothing();
    void refreshSendsClientSecretBasicInAuthorizationHeader();

    void concurrentRequestsForOneAccountShareOneRefresh();

    void thenAddedAfterFinishRunsOnceFromEventLoop();
    void operationDeletesItselfAfterFinishing();

private:
    RefreshTokens *newRefresh(const AccountRecord &account, qint64 minValiditySeconds = 60)
    {
        return new RefreshTokens(m_profile, account, minValiditySeconds, m_fake->services());
    }
    // An account whose access token expires in 30 s: any minValidity of 60 s refreshes it.
    AccountRecord seedExpiringAccount()
    {
        StoredTokens tokens;
        tokens.accessToken = QStringLiteral("old-access");
        tokens.refreshToken = QStringLiteral("old-refresh");
        tokens.expiresAt = m_fake->clock()->now().addSecs(30);
        tokens.scopes = m_profile.scopes;
        return m_fake->seedAccount(m_profile, QStringLiteral("main"), QStringLiteral("user-1"),
                                   tokens);
    }
    QUrl tokenEndpoint() const { return m_profile.tokenEndpoint; }

    std::unique_ptr<FakeServices> m_fake;
    ProviderProfile m_profile;
};

void TestRefreshTokens::init()
{
    m_fake = std::make_unique<FakeServices>();
    m_profile = plainProfile();
}

void TestRefreshTokens::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_fake.reset();
}

void TestRefreshTokens::tokenWithEnoughValidityIsReturnedWithoutRequest()
{
    StoredTokens tokens;
    tokens.accessToken = QStringLiteral("still-good");
    tokens.refreshToken = QStringLiteral("r");
    tokens.expiresAt = m_fake->clock()->now().addSecs(3600);
    const AccountRecord account
        = m_fake->seedAccount(m_profile, QStringLiteral("main"), QStringLiteral("user-1"), tokens);

    auto *refresh = newRefresh(account, 60);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());

    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QCOMPARE(caught.result().value().accessToken, QStringLiteral("still-good"));
    QVERIFY(!caught.result().value().refreshed);
    QCOMPARE(m_fake->provider()->attempts().size(), 0);
    QCOMPARE(m_fake->keychain()->writeCount(account.keychainKey()), 0);
}

// Only answers that prove the refresh token was not used are retried: 503 ("not handled",
// RFC 9110) and a refused connection (tested below, where nothing reaches the provider).
void TestRefreshTokens::refreshRetriesServerErrorsWithDoublingBackoff()
{
    const AccountRecord account = seedExpiringAccount();
    int calls = 0;
    m_fake->provider()->on("POST", tokenEndpoint(), [&calls](const FakeRequest &) {
        ++calls;
        if (calls <= 2)
            return FakeResponse::http(503, "Service Unavailable");
        return FakeResponse::json(tokenJson("new-access", "new-refresh"));
    });

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());

    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QCOMPARE(caught.result().value().accessToken, QStringLiteral("new-access"));
    QVERIFY(caught.result().value().refreshed);
    const auto requests = m_fake->provider()->requests("POST", tokenEndpoint());
    QCOMPARE(requests.size(), 3);
    for (const FakeRequest &request : requests) {
        QCOMPARE(request.formValue("grant_type"), QStringLiteral("refresh_token"));
        QCOMPARE(request.formValue("refresh_token"), QStringLiteral("old-refresh"));
    }
    // firstRetryDelayMs is 20 in FakeServices; then doubled. Lower bounds only (coarse timers
    // may fire a little early, a busy machine a lot later).
    const qint64 firstGap = requests[1].elapsedMs - requests[0].elapsedMs;
    const qint64 secondGap = requests[2].elapsedMs - requests[1].elapsedMs;
    QVERIFY2(firstGap >= 18, qPrintable(QString::number(firstGap)));
    QVERIFY2(secondGap >= 36, qPrintable(QString::number(secondGap)));
}

void TestRefreshTokens::refreshRetriesServerErrorCarryingOAuthErrorBody()
{
    // RFC 6749 §5.2 errors may come with a 5xx (temporarily_unavailable): still a 5xx, retried.
    const AccountRecord account = seedExpiringAccount();
    int calls = 0;
    m_fake->provider()->on("POST", tokenEndpoint(), [&calls](const FakeRequest &) {
        if (++calls == 1)
            return FakeResponse::json(503, { { "error", "temporarily_unavailable" } });
        return FakeResponse::json(tokenJson("new-access"));
    });

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());

    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QCOMPARE(m_fake->provider()->count("POST", tokenEndpoint()), 2);
}

void TestRefreshTokens::refreshStoresRotatedTokensAndIndexExpiry()
{
    const AccountRecord account = seedExpiringAccount();
    m_fake->provider()->on("POST", tokenEndpoint(),
                           FakeResponse::json(tokenJson("new-access", "new-refresh", 1800)));

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());
    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());

    const QDateTime expected = m_fake->clock()->now().addSecs(1800);
    const auto stored = m_fake->storedTokens(account);
    QVERIFY(stored);
    QCOMPARE(stored->accessToken, QStringLiteral("new-access"));
    QCOMPARE(stored->refreshToken, QStringLiteral("new-refresh")); // the rotated one replaces it
    QCOMPARE(stored->expiresAt, expected); // from Services::clock, not the system clock
    QCOMPARE(m_fake->keychain()->writeCount(account.keychainKey()), 1); // one write
    const auto row = m_fake->indexRow(account);
    QVERIFY(row);
    QCOMPARE(row->expiresAt, expected);
    QVERIFY(!row->signInRequired);
    QCOMPARE(caught.result().value().account.expiresAt, expected);
}

// The request reached the provider, which may have rotated the refresh token before the
// connection broke: sending it again could make a rotating provider revoke the whole grant.
// Another process holds the account's lock and refreshes; this one waits, reads the keychain
// again and hands out that token: one refresh at the provider, not two.
void TestRefreshTokens::tokenRefreshedByAnotherProcessWhileWaitingIsHandedOut()
{
    const AccountRecord account = seedExpiringAccount();
    m_fake->provider()->on("POST", tokenEndpoint(), FakeResponse::json(tokenJson("ours")));
    AccountLock otherProcess(m_fake->services().lockDirectory, account.keychainKey());
    bool held = false;
    otherProcess.acquire(1000, [&held](const Status &locked) { held = locked.ok(); });
    QVERIFY(held);

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTest::qWait(100);
    QVERIFY(!caught.done()); // waiting for the lock

    StoredTokens theirs;
    theirs.accessToken = QStringLiteral("refreshed-elsewhere");
    theirs.refreshToken = QStringLiteral("rotated-elsewhere");
    theirs.expiresAt = m_fake->clock()->now().addSecs(3600);
    m_fake->keychain()->set(account.keychainKey(), theirs.toJson());
    otherProcess.release();

    QTRY_VERIFY(caught.done());
    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QCOMPARE(caught.result().value().accessToken, QStringLiteral("refreshed-elsewhere"));
    QCOMPARE(m_fake->provider()->attempts().size(), 0);
}

// The agent, which holds the tokens in memory, goes straight to the lock: one keychain read,
// under it.
void TestRefreshTokens::startUnderLockReadsOnceUnderTheLock()
{
    const AccountRecord account = seedExpiringAccount();
    m_fake->provider()->on("POST", tokenEndpoint(),
                           FakeResponse::json(tokenJson("new-access", "new-refresh")));
    const int readsBefore = m_fake->keychain()->readCount();
    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->startUnderLock(QStringLiteral("old-access"));
    QTRY_VERIFY(caught.done());
    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QCOMPARE(caught.result().value().accessToken, QStringLiteral("new-access"));
    QVERIFY(caught.result().value().refreshed);
    QCOMPARE(m_fake->keychain()->readCount() - readsBefore, 1);
    QCOMPARE(m_fake->provider()->count("POST", tokenEndpoint()), 1);
    QCOMPARE(m_fake->storedTokens(account)->refreshToken, QStringLiteral("new-refresh"));
}

void TestRefreshTokens::startUnderLockHandsOutAnotherProcessesRefresh()
{
    const AccountRecord account = seedExpiringAccount();
    StoredTokens theirs;
    theirs.accessToken = QStringLiteral("refreshed-elsewhere");
    theirs.refreshToken = QStringLiteral("rotated-elsewhere");
    theirs.expiresAt = m_fake->clock()->now().addSecs(3600);
    m_fake->keychain()->set(account.keychainKey(), theirs.toJson());
    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->startUnderLock(QStringLiteral("old-access")); // what the caller's memory held
    QTRY_VERIFY(caught.done());
    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QCOMPARE(caught.result().value().accessToken, QStringLiteral("refreshed-elsewhere"));
    QVERIFY(!caught.result().value().refreshed);
    QCOMPARE(m_fake->provider()->attempts().size(), 0);
}

void TestRefreshTokens::refreshThatMayHaveReachedTheProviderIsNotRepeated_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("connection closed after sending") << 0;
    QTest::newRow("HTTP 500") << 500;
    QTest::newRow("HTTP 502") << 502;
}

void TestRefreshTokens::refreshThatMayHaveReachedTheProviderIsNotRepeated()
{
    QFETCH(int, status);
    const AccountRecord account = seedExpiringAccount();
    const QByteArray before = m_fake->keychain()->value(account.keychainKey());
    m_fake->provider()->on(
        "POST", tokenEndpoint(),
        status == 0 ? FakeResponse::failAfterSending(QNetworkReply::RemoteHostClosedError)
                    : FakeResponse::http(status, "<html>oops</html>", "text/html"));

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());

    QVERIFY(!caught.result().ok());
    QCOMPARE(caught.result().error().kind(), AuthError::Kind::Network);
    QCOMPARE(m_fake->provider()->count("POST", tokenEndpoint()), 1);
    QCOMPARE(m_fake->keychain()->value(account.keychainKey()), before);
    QCOMPARE(m_fake->keychain()->writeCount(account.keychainKey()), 0);
    const auto row = m_fake->indexRow(account);
    QVERIFY(row);
    QVERIFY(!row->signInRequired);
}

void TestRefreshTokens::refreshFailingOnNetworkEveryTimeKeepsStoredTokens()
{
    const AccountRecord account = seedExpiringAccount();
    const QByteArray before = m_fake->keychain()->value(account.keychainKey());
    m_fake->provider()->on("POST", tokenEndpoint(), FakeResponse::refuseConnection());

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());

    QVERIFY(!caught.result().ok());
    QCOMPARE(caught.result().error().kind(), AuthError::Kind::Network);
    QCOMPARE(m_fake->provider()->attempts().size(), m_fake->services().timeouts.refreshAttempts);
    QCOMPARE(m_fake->keychain()->value(account.keychainKey()), before);
    QCOMPARE(m_fake->keychain()->writeCount(account.keychainKey()), 0);
    const auto row = m_fake->indexRow(account);
    QVERIFY(row);
    QVERIFY(!row->signInRequired);
    QCOMPARE(row->expiresAt, account.expiresAt);
}

void TestRefreshTokens::refreshRefusedWithInvalidGrantMarksAccountSignInRequired()
{
    const AccountRecord account = seedExpiringAccount();
    m_fake->provider()->on(
        "POST", tokenEndpoint(),
        FakeResponse::json(400,
                           { { "error", "invalid_grant" }, { "error_description", "revoked" } }));

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());

    QVERIFY(!caught.result().ok());
    QCOMPARE(caught.result().error().kind(), AuthError::Kind::LoginRequired);
    QCOMPARE(caught.result().error().providerCode(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_fake->provider()->count("POST", tokenEndpoint()), 1); // not retried
    QTRY_VERIFY(!m_fake->keychain()->contains(account.keychainKey()));
    const auto row = m_fake->indexRow(account);
    QVERIFY(row);
    QVERIFY(row->signInRequired);
}

void TestRefreshTokens::refreshWithLockedKeychainIsStorageErrorAndSendsNothing()
{
    const AccountRecord account = seedExpiringAccount();
    const QByteArray before = m_fake->keychain()->value(account.keychainKey());
    m_fake->keychain()->setMode(MemoryKeychain::Mode::Locked);
    m_fake->provider()->on("POST", tokenEndpoint(), FakeResponse::json(tokenJson("new-access")));

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());

    QVERIFY(!caught.result().ok());
    QCOMPARE(caught.result().error().kind(), AuthError::Kind::Storage);
    // A refresh token spent without a place to store its successor would lose the account.
    QCOMPARE(m_fake->provider()->attempts().size(), 0);
    QCOMPARE(m_fake->keychain()->value(account.keychainKey()), before);
    const auto row = m_fake->indexRow(account);
    QVERIFY(row);
    QVERIFY(!row->signInRequired);
}

void TestRefreshTokens::refreshCancelledWhileWaitingForProviderWritesNothing()
{
    const AccountRecord account = seedExpiringAccount();
    const QByteArray before = m_fake->keychain()->value(account.keychainKey());
    m_fake->provider()->on("POST", tokenEndpoint(), FakeResponse::hang());

    auto *refresh = newRefresh(account);
    QPointer<RefreshTokens> guard(refresh);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_COMPARE(m_fake->provider()->count("POST", tokenEndpoint()), 1);
    QVERIFY(guard);
    refresh->cancel();

    QTRY_VERIFY(caught.done());
    QCOMPARE(caught.result().error().kind(), AuthError::Kind::Cancelled);
    QTest::qWait(30); // any late answer would arrive now
    QCOMPARE(caught.calls(), 1);
    QCOMPARE(m_fake->keychain()->value(account.keychainKey()), before);
    QCOMPARE(m_fake->keychain()->writeCount(account.keychainKey()), 0);
    QCOMPARE(m_fake->provider()->count("POST", tokenEndpoint()), 1); // no retry after cancel
}

void TestRefreshTokens::refreshSendsClientSecretBasicInAuthorizationHeader()
{
    m_profile.clientAuthentication = ProviderProfile::ClientAuthentication::SecretBasic;
    const QByteArray variable = ClientSecrets::environmentVariableFor(m_profile.id).toLatin1();
    qputenv(variable.constData(), "s3cret/+");
    const auto unset = qScopeGuard([&] { qunsetenv(variable.constData()); });
    const AccountRecord account = seedExpiringAccount();
    m_fake->provider()->on("POST", tokenEndpoint(), FakeResponse::json(tokenJson("new-access")));

    auto *refresh = newRefresh(account);
    Catcher<FreshAccessToken> caught;
    caught.attach(refresh, this);
    refresh->start();
    QTRY_VERIFY(caught.done());
    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());

    const auto requests = m_fake->provider()->requests("POST", tokenEndpoint());
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].header("Authorization"),
             ProviderNetworkAccess::basicAuthorization("launcher", "s3cret/+"));
    QVERIFY(!requests[0].form().hasQueryItem("client_secret"));
}

void TestRefreshTokens::concurrentRequestsForOneAccountShareOneRefresh()
{
    seedExpiringAccount();
    m_fake->provider()->on("POST", tokenEndpoint(),
                           FakeResponse::json(tokenJson("shared-access")).after(20));
    AccessTokenService service(m_fake->services());

    QList<Result<FreshAccessToken>> results;
    const auto collect
        = [&results](const Result<FreshAccessToken> &result) { results.append(result); };
    service.request(m_profile, QStringLiteral("main"), 60, this, collect);
    service.request(m_profile, QStringLiteral("main"), 60, this, collect);
    QTRY_COMPARE(results.size(), 2);

    QCOMPARE(m_fake->provider()->count("POST", tokenEndpoint()), 1);
    for (const auto &result : std::as_const(results)) {
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.value().accessToken, QStringLiteral("shared-access"));
    }
    QTest::qWait(30);
    QCOMPARE(results.size(), 2); // each caller answered once
}

void TestRefreshTokens::thenAddedAfterFinishRunsOnceFromEventLoop()
{
    StoredTokens tokens;
    tokens.accessToken = QStringLiteral("still-good");
    tokens.expiresAt = m_fake->clock()->now().addSecs(3600);
    const AccountRecord account
        = m_fake->seedAccount(m_profile, QStringLiteral("main"), QStringLiteral("user-1"), tokens);

    auto *refresh = newRefresh(account);
    QSignalSpy finished(refresh, &OperationBase::finished);
    int lateCalls = 0;
    bool ranInsideThen = false;
    bool resultSurvivedCancel = false;
    connect(refresh, &OperationBase::finished, this, [&, refresh] {
        refresh->then(this, [&lateCalls](const Result<FreshAccessToken> &result) {
            QVERIFY(result.ok());
            ++lateCalls;
        });
        ranInsideThen = lateCalls > 0;
        refresh->cancel(); // after the end: does nothing
        resultSurvivedCancel = refresh->result() && refresh->result()->ok();
    });
    refresh->start();

    QTRY_COMPARE(lateCalls, 1);
    QVERIFY(!ranInsideThen);
    QVERIFY(resultSurvivedCancel);
    QTest::qWait(20);
    QCOMPARE(lateCalls, 1);
    QCOMPARE(finished.size(), 1);
}

void TestRefreshTokens::operationDeletesItselfAfterFinishing()
{
    StoredTokens tokens;
    tokens.accessToken = QStringLiteral("still-good");
    tokens.expiresAt = m_fake->clock()->now().addSecs(3600);
    const AccountRecord account
        = m_fake->seedAccount(m_profile, QStringLiteral("main"), QStringLiteral("user-1"), tokens);

    QPointer<RefreshTokens> refresh(newRefresh(account));
    bool finished = false;
    connect(refresh, &OperationBase::finished, this, [&finished] { finished = true; });
    refresh->start();
    QTRY_VERIFY(finished);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(refresh.isNull());
}

QTEST_GUILESS_MAIN(TestRefreshTokens)
#include "tst_refreshtokens.moc"
