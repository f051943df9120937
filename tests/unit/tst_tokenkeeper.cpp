// The agent's tokens in memory (TokenKeeper) against the in-memory provider and keychain
// (tests/support/FakeServices.h): answers from memory, one refresh shared by every waiting
// request, a background refresh planned at 80 % of the time left, tokens read again when
// another process stored newer ones, dropped at sign-out.
#include "FakeServices.h"
#include "server/TokenKeeper.h"

#include <QJsonObject>
#include <QTest>

using namespace lc;
using namespace lc::agent;
using namespace lc::testing;

namespace {
QJsonObject tokenJson(const QString &accessToken, const QString &refreshToken, int expiresIn)
{
    return { { "access_token", accessToken },
             { "token_type", "Bearer" },
             { "expires_in", expiresIn },
             { "refresh_token", refreshToken } };
}

struct Answers
{
    QList<Result<FreshAccessToken>> results;
    TokenKeeper::Handler handler()
    {
        return [this](const Result<FreshAccessToken> &result) { results.append(result); };
    }
};
} // namespace

class TestTokenKeeper : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServices> m_fake;
    std::unique_ptr<TokenKeeper> m_keeper;
    ProviderProfile m_profile;

    AccountRecord seed(const QString &accessToken, qint64 secondsLeft)
    {
        StoredTokens tokens;
        tokens.accessToken = accessToken;
        tokens.refreshToken = accessToken + QStringLiteral("-refresh");
        tokens.expiresAt = m_fake->clock()->now().addSecs(secondsLeft);
        return m_fake->seedAccount(m_profile, QStringLiteral("main"), QStringLiteral("user-1"),
                                   tokens);
    }

    AccountRecord loaded(const QString &accessToken, qint64 secondsLeft)
    {
        const AccountRecord account = seed(accessToken, secondsLeft);
        m_keeper->keepAll({ account });
        if (!QTest::qWaitFor([&] { return m_keeper->holdsTokens(account.keychainKey()); }))
            qFatal("the tokens were not loaded");
        return account;
    }

    int refreshRequests() const
    {
        return m_fake->provider()->count("POST", m_profile.tokenEndpoint);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeServices>();
        m_profile = plainProfile();
        m_keeper = std::make_unique<TokenKeeper>(
            m_fake->services(),
            [this](const QString &) -> std::optional<ProviderProfile> { return m_profile; });
    }

    void cleanup()
    {
        m_keeper.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_fake.reset();
    }

    void tokensInMemoryAreHandedOutWithoutTheKeychain()
    {
        const AccountRecord account = loaded(QStringLiteral("in-memory"), 3600);
        const int reads = m_fake->keychain()->readCount();
        Answers answers;
        for (int i = 0; i < 10; ++i)
            m_keeper->request(m_profile, account, 60, 5000, this, answers.handler());
        QCOMPARE(answers.results.size(), 10); // all answered before request() returned
        for (const auto &result : std::as_const(answers.results)) {
            QVERIFY2(result.ok(), describe(result).constData());
            QCOMPARE(result.value().accessToken, QStringLiteral("in-memory"));
            QVERIFY(!result.value().refreshed);
        }
        QCOMPARE(m_fake->keychain()->readCount(), reads);
        QCOMPARE(refreshRequests(), 0);
    }

    void concurrentRequestsOnAnExpiringTokenShareOneRefresh()
    {
        const AccountRecord account = loaded(QStringLiteral("expiring"), 30);
        m_fake->provider()->on("POST", m_profile.tokenEndpoint,
                               FakeResponse::json(tokenJson("fresh", "fresh-refresh", 3600)).after(50));
        Answers answers;
        for (int i = 0; i < 50; ++i)
            m_keeper->request(m_profile, account, 60, 5000, this, answers.handler());
        QTRY_COMPARE(answers.results.size(), 50);
        for (const auto &result : std::as_const(answers.results)) {
            QVERIFY2(result.ok(), describe(result).constData());
            QCOMPARE(result.value().accessToken, QStringLiteral("fresh"));
        }
        QCOMPARE(refreshRequests(), 1);
        QCOMPARE(m_fake->storedTokens(account)->refreshToken, QStringLiteral("fresh-refresh"));
    }

    void backgroundRefreshIsPlannedAtEightyPercentOfWhatIsLeft()
    {
        const AccountRecord account = loaded(QStringLiteral("hour"), 1000);
        const auto due = m_keeper->refreshDue(account.keychainKey());
        QVERIFY(due);
        const qint64 in = m_fake->clock()->now().secsTo(*due);
        // 80 % of 1000 s, up to 5 % (50 s) earlier at random.
        QVERIFY2(in >= 749 && in <= 800, qPrintable(QString::number(in)));
        QCOMPARE(refreshRequests(), 0);
    }

    void backgroundRefreshHappensBeforeExpiry()
    {
        m_fake->provider()->on("POST", m_profile.tokenEndpoint,
                               FakeResponse::json(tokenJson("renewed", "renewed-refresh", 3600)));
        const AccountRecord account = loaded(QStringLiteral("short"), 2); // due in 1.5-1.6 s
        QTRY_COMPARE_WITH_TIMEOUT(refreshRequests(), 1, 5000);
        Answers answers;
        QTRY_VERIFY(m_fake->storedTokens(account)->accessToken == QStringLiteral("renewed"));
        // Its index row carries the new expiry: what the account list says matches memory.
        AccountRecord row = *m_fake->indexRow(account);
        m_keeper->request(m_profile, row, 60, 5000, this, answers.handler());
        QCOMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results.first().value().accessToken, QStringLiteral("renewed"));
        const auto due = m_keeper->refreshDue(account.keychainKey());
        QVERIFY(due && m_fake->clock()->now().secsTo(*due) > 2000);
    }

    void tokensAnotherProcessStoredAreReadAgain()
    {
        const AccountRecord account = loaded(QStringLiteral("mine"), 3600);
        // Another process refreshed: new tokens in the keychain, then the row's new expiry.
        StoredTokens theirs;
        theirs.accessToken = QStringLiteral("theirs");
        theirs.refreshToken = QStringLiteral("theirs-refresh");
        theirs.expiresAt = m_fake->clock()->now().addSecs(7200);
        m_fake->keychain()->set(account.keychainKey(), theirs.toJson());
        AccountRecord row = account;
        row.expiresAt = theirs.expiresAt;
        QVERIFY(m_fake->services().accountIndex.replace(row).ok());

        m_keeper->apply({ { AccountChange::Kind::Refreshed, row } });
        Answers answers;
        QTRY_VERIFY(m_keeper->holdsTokens(row.keychainKey()));
        m_keeper->request(m_profile, row, 60, 5000, this, answers.handler());
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results.first().value().accessToken, QStringLiteral("theirs"));
        QCOMPARE(refreshRequests(), 0);
    }

    void signOutDropsTheTokens()
    {
        const AccountRecord account = loaded(QStringLiteral("leaving"), 3600);
        m_keeper->apply({ { AccountChange::Kind::SignedOut, account } });
        QVERIFY(!m_keeper->holdsTokens(account.keychainKey()));
        QVERIFY(!m_keeper->refreshDue(account.keychainKey()));
    }

    void refusedRefreshTokenDropsTheTokens()
    {
        const AccountRecord account = loaded(QStringLiteral("refused"), 30);
        m_fake->provider()->on("POST", m_profile.tokenEndpoint,
                               FakeResponse::json(400, { { "error", "invalid_grant" } }));
        Answers answers;
        m_keeper->request(m_profile, account, 60, 5000, this, answers.handler());
        QTRY_COMPARE(answers.results.size(), 1);
        QVERIFY(!answers.results.first().ok());
        QCOMPARE(answers.results.first().error().kind(), AuthError::Kind::LoginRequired);
        QVERIFY(!m_keeper->holdsTokens(account.keychainKey()));
    }

    void requestsPastTheirDeadlineAreAnsweredWhileTheRefreshGoesOn()
    {
        const AccountRecord account = loaded(QStringLiteral("slow"), 30);
        m_fake->provider()->on("POST", m_profile.tokenEndpoint,
                               FakeResponse::json(tokenJson("late", "late-refresh", 3600)).after(800));
        Answers answers;
        m_keeper->request(m_profile, account, 60, 100, this, answers.handler());
        QTRY_COMPARE(answers.results.size(), 1);
        QVERIFY(!answers.results.first().ok());
        QCOMPARE(answers.results.first().error().kind(), AuthError::Kind::Network);
        // The refresh ends anyway, and its tokens serve the next request from memory.
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->storedTokens(account)->accessToken,
                                  QStringLiteral("late"), 5000);
        AccountRecord row = *m_fake->indexRow(account);
        m_keeper->request(m_profile, row, 60, 100, this, answers.handler());
        QCOMPARE(answers.results.size(), 2);
        QCOMPARE(answers.results.last().value().accessToken, QStringLiteral("late"));
        QCOMPARE(refreshRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenKeeper)
#include "tst_tokenkeeper.moc"
