// SignOut against the in-memory provider and keychain (tests/support/FakeServices.h).
#include "FakeServices.h"
#include "operations/SignOut.h"

#include <QTest>
#include <QUrlQuery>

using namespace lc;
using namespace lc::testing;

class TestSignOut : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signOutRevokesRefreshTokenThenAccessTokenAndRemovesAccount();
    void revocationFailureStillRemovesAccountLocally();
    void lockedKeychainIsStorageErrorAndKeepsAccount();
    void endSessionOpensBrowserWithIdTokenHintAndClientId();

private:
    Catcher<SignOutOutcome> signOut(const AccountRecord &account, SignOut::Options options = {})
    {
        auto *operation = new SignOut(m_profile, account, m_fake->services(), options);
        Catcher<SignOutOutcome> caught;
        caught.attach(operation, this);
        operation->start();
        return caught;
    }
    AccountRecord seed()
    {
        StoredTokens tokens;
        tokens.accessToken = QStringLiteral("the-access");
        tokens.refreshToken = QStringLiteral("the-refresh");
        tokens.idToken = QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTEifQ.");
        tokens.expiresAt = m_fake->clock()->now().addSecs(600);
        return m_fake->seedAccount(m_profile, QStringLiteral("main"), QStringLiteral("user-1"),
                                   tokens);
    }

    std::unique_ptr<FakeServices> m_fake;
    ProviderProfile m_profile;
};

void TestSignOut::init()
{
    m_fake = std::make_unique<FakeServices>();
    m_profile = plainProfile();
}

void TestSignOut::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_fake.reset();
}

void TestSignOut::signOutRevokesRefreshTokenThenAccessTokenAndRemovesAccount()
{
    const AccountRecord account = seed();
    m_fake->provider()->on("POST", m_profile.revocationEndpoint, FakeResponse::http(200, ""));

    const auto caught = signOut(account);
    QTRY_VERIFY(caught.done());

    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QVERIFY(caught.result().value().revocationProblem.isEmpty());
    const auto revocations = m_fake->provider()->requests("POST", m_profile.revocationEndpoint);
    QCOMPARE(revocations.size(), 2);
    QCOMPARE(revocations[0].formValue("token_type_hint"), QStringLiteral("refresh_token"));
    QCOMPARE(revocations[0].formValue("token"), QStringLiteral("the-refresh"));
    QCOMPARE(revocations[1].formValue("token_type_hint"), QStringLiteral("access_token"));
    QCOMPARE(revocations[1].formValue("token"), QStringLiteral("the-access"));
    QCOMPARE(revocations[0].formValue("client_id"), QStringLiteral("launcher"));
    QVERIFY(!m_fake->keychain()->contains(account.keychainKey()));
    QVERIFY(!m_fake->indexRow(account));
    QVERIFY(m_fake->openedUrls().isEmpty()); // no end_session unless asked for
}

void TestSignOut::revocationFailureStillRemovesAccountLocally()
{
    const AccountRecord account = seed();
    m_fake->provider()->on("POST", m_profile.revocationEndpoint,
                           FakeResponse::http(500, "Internal Server Error"));

    const auto caught = signOut(account);
    QTRY_VERIFY(caught.done());

    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QVERIFY(!caught.result().value().revocationProblem.isEmpty());
    QVERIFY(!m_fake->keychain()->contains(account.keychainKey()));
    QVERIFY(!m_fake->indexRow(account));
}

void TestSignOut::lockedKeychainIsStorageErrorAndKeepsAccount()
{
    const AccountRecord account = seed();
    const QByteArray before = m_fake->keychain()->value(account.keychainKey());
    m_fake->keychain()->setMode(MemoryKeychain::Mode::Locked);
    m_fake->provider()->on("POST", m_profile.revocationEndpoint, FakeResponse::http(200, ""));

    const auto caught = signOut(account);
    QTRY_VERIFY(caught.done());

    QVERIFY(!caught.result().ok());
    QCOMPARE(caught.result().error().kind(), AuthError::Kind::Storage);
    QCOMPARE(m_fake->keychain()->value(account.keychainKey()), before);
    QVERIFY(m_fake->indexRow(account));
    // Stopped before the provider: revoked tokens kept locally would be an account that only
    // fails later.
    QCOMPARE(m_fake->provider()->count("POST", m_profile.revocationEndpoint), 0);
}

void TestSignOut::endSessionOpensBrowserWithIdTokenHintAndClientId()
{
    const AccountRecord account = seed();
    const QString idToken = m_fake->storedTokens(account)->idToken;
    m_fake->provider()->on("POST", m_profile.revocationEndpoint, FakeResponse::http(200, ""));

    SignOut::Options options;
    options.endSession = true;
    const auto caught = signOut(account, options);
    QTRY_VERIFY(caught.done());

    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    QVERIFY(caught.result().value().endSessionOpened);
    QVERIFY(caught.result().value().endSessionProblem.isEmpty());
    QCOMPARE(m_fake->openedUrls().size(), 1);
    const QUrl opened = m_fake->openedUrls().constFirst();
    QCOMPARE(opened.adjusted(QUrl::RemoveQuery), m_profile.endSessionEndpoint);
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue("id_token_hint", QUrl::FullyDecoded), idToken);
    QCOMPARE(query.queryItemValue("client_id", QUrl::FullyDecoded), QStringLiteral("launcher"));
    QVERIFY(!m_fake->keychain()->contains(account.keychainKey()));
}

QTEST_GUILESS_MAIN(TestSignOut)
#include "tst_signout.moc"
