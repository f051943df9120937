// CheckAccounts (`status`) against the in-memory keychain and clock
// (tests/support/FakeServices.h): which accounts can get a token without a sign-in, read
// without refreshing anything, and a missing keychain reported as such, never as "sign in".
#include "FakeServices.h"
#include "operations/CheckAccounts.h"

#include <QTest>

using namespace lc;
using namespace lc::testing;

class TestCheckAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServices> m_fake;
    ProviderProfile m_profile;

    Catcher<QList<AccountCheck>> check(const QList<AccountRecord> &accounts)
    {
        auto *operation = new CheckAccounts(accounts, m_fake->services());
        Catcher<QList<AccountCheck>> caught;
        caught.attach(operation, this);
        operation->start();
        return caught;
    }

    AccountRecord seed(const QString &label, qint64 secondsLeft, bool withRefreshToken)
    {
        StoredTokens tokens;
        tokens.accessToken = QStringLiteral("access-") + label;
        if (withRefreshToken)
            tokens.refreshToken = QStringLiteral("refresh-") + label;
        tokens.expiresAt = m_fake->clock()->now().addSecs(secondsLeft);
        return m_fake->seedAccount(m_profile, label, QStringLiteral("sub-") + label, tokens);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeServices>();
        m_profile = plainProfile();
    }

    void cleanup()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_fake.reset();
    }

    void tellsWhichAccountsAreUsableInTheirOrder()
    {
        QList<AccountRecord> accounts {
            seed(QStringLiteral("valid-with-refresh"), 600, true),
            seed(QStringLiteral("valid-without-refresh"), 600, false),
            seed(QStringLiteral("expired-with-refresh"), -600, true),
            seed(QStringLiteral("expired-without-refresh"), -600, false),
        };
        AccountRecord rejected = seed(QStringLiteral("rejected"), 600, true);
        rejected.signInRequired = true; // the provider refused its refresh token
        AccountRecord noEntry = seed(QStringLiteral("no-entry"), 600, true);
        m_fake->keychain()->set(noEntry.keychainKey(), QByteArray());
        AccountRecord damaged = seed(QStringLiteral("damaged"), 600, true);
        m_fake->keychain()->set(damaged.keychainKey(), "{\"accessToken\": 1");
        accounts << rejected << noEntry << damaged;
        // More accounts than reads in flight, so that the later ones wait their turn.
        for (int i = 0; i < 9; ++i)
            accounts.append(seed(QStringLiteral("more-%1").arg(i), 600, true));

        auto caught = check(accounts);
        QVERIFY(QTest::qWaitFor([&] { return caught.done(); }, 5'000));
        QVERIFY(caught.result().ok());
        const QList<AccountCheck> checks = caught.result().value();
        QCOMPARE(checks.size(), accounts.size());
        for (qsizetype i = 0; i < checks.size(); ++i)
            QCOMPARE(checks.at(i).account.label, accounts.at(i).label);

        const auto at = [&checks](int i) { return checks.at(i); };
        QVERIFY(at(0).usable() && at(0).refreshTokenHeld && at(0).accessTokenValid);
        QCOMPARE(at(0).accessTokenExpiresAt, m_fake->clock()->now().addSecs(600));
        QVERIFY(at(1).usable() && !at(1).refreshTokenHeld); // until it expires
        QVERIFY(at(2).usable() && !at(2).accessTokenValid); // refreshes on next use
        QVERIFY(!at(3).usable() && at(3).tokensStored);
        QVERIFY(!at(4).usable() && at(4).refreshTokenHeld);
        QVERIFY(!at(5).usable() && !at(5).tokensStored);
        QVERIFY(!at(6).usable() && !at(6).tokensStored);
        for (int i = 7; i < checks.size(); ++i)
            QVERIFY(at(i).usable());

        // Read once each, and nothing refreshed or written.
        QCOMPARE(m_fake->keychain()->readCount(), int(accounts.size()));
        QCOMPARE(m_fake->keychain()->writeCount(), 0);
        QCOMPARE(m_fake->provider()->requests().size(), 0);
    }

    void noKeychainIsAStorageErrorNotASignIn()
    {
        const QList<AccountRecord> accounts { seed(QStringLiteral("main"), 600, true) };
        m_fake->keychain()->setMode(MemoryKeychain::Mode::Absent);
        auto caught = check(accounts);
        QVERIFY(QTest::qWaitFor([&] { return caught.done(); }, 5'000));
        QVERIFY(!caught.result().ok());
        QCOMPARE(caught.result().error().kind(), AuthError::Kind::Storage);
        QCOMPARE(caught.calls(), 1);
    }

    void noAccountsFinishesWithAnEmptyList()
    {
        auto caught = check({});
        QVERIFY(!caught.done()); // answers later, never from inside start()
        QVERIFY(QTest::qWaitFor([&] { return caught.done(); }, 5'000));
        QVERIFY(caught.result().ok());
        QVERIFY(caught.result().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckAccounts)
#include "tst_checkaccounts.moc"
