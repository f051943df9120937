// SignIn with CallbackDelivery::EmbeddedView against the in-memory provider and keychain
// (tests/support/FakeServices.h): the test plays the web view, calling handleRedirect().
#include "FakeServices.h"
#include "operations/SignIn.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace lc;
using namespace lc::testing;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void embeddedSignInStoresAccountAfterTokenAndUserinfo();
    void callbackWithWrongStateFailsWithoutExchange();
    void cancelAtEveryStepStoresNothing_data();
    void cancelAtEveryStepStoresNothing();
    void labelOfAnotherSubjectIsRefusedAndNewTokensRevoked();
    void signingInAgainAsTheSameSubjectKeepsUpdatingItsAccount();
    void profileWithoutScopesSendsNoScopeParameter();

private:
    SignIn *newSignIn(const QString &label = QString())
    {
        return new SignIn(m_profile, m_fake->services(), label,
                          SignIn::CallbackDelivery::EmbeddedView);
    }
    // Starts `signIn`, plays the web view up to the callback, and waits for the result.
    Result<AccountRecord> runToEnd(SignIn *signIn)
    {
        QSignalSpy urlReady(signIn, &SignIn::authorizationUrlReady);
        Catcher<AccountRecord> caught;
        caught.attach(signIn, this);
        signIn->start();
        if (!QTest::qWaitFor([&] { return urlReady.size() == 1; }, 10'000))
            return AuthError::network(QStringLiteral("no authorization URL"));
        const QString state
            = QUrlQuery(urlReady.at(0).at(0).toUrl()).queryItemValue("state", QUrl::FullyDecoded);
        signIn->handleRedirect(callback(signIn->redirectUri(), "the-code", state));
        if (!QTest::qWaitFor([&] { return caught.done(); }, 10'000))
            return AuthError::network(QStringLiteral("no result"));
        return caught.result();
    }
    static QUrl callback(const QUrl &redirectUri, const QString &code, const QString &state)
    {
        QUrl url = redirectUri;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("code"), code);
        query.addQueryItem(QStringLiteral("state"), state);
        url.setQuery(query);
        return url;
    }
    void routeTokenAndUserinfo()
    {
        m_fake->provider()->on("POST", m_profile.tokenEndpoint,
                               FakeResponse::json({ { "access_token", "a1" },
                                                    { "token_type", "Bearer" },
                                                    { "expires_in", 3600 },
                                                    { "refresh_token", "r1" },
                                                    { "scope", "profile offline_access" } }));
        m_fake->provider()->on("GET", m_profile.userinfoEndpoint,
                               FakeResponse::json({ { "sub", "user-42" },
                                                    { "name", "Player One" },
                                                    { "preferred_username", "player1" },
                                                    { "email", "p1@acme.test" } }));
    }
    void verifyNothingStored() const
    {
        // Not even the writability probe may be left behind.
        const QStringList keys = m_fake->keychain()->keys();
        QVERIFY2(keys.isEmpty(), qPrintable(keys.join(QStringLiteral(", "))));
        const auto rows = m_fake->services().accountIndex.load();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 0);
    }

    std::unique_ptr<FakeServices> m_fake;
    ProviderProfile m_profile;
};

void TestSignIn::init()
{
    m_fake = std::make_unique<FakeServices>();
    m_profile = plainProfile();
}

void TestSignIn::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_fake.reset();
}

void TestSignIn::embeddedSignInStoresAccountAfterTokenAndUserinfo()
{
    routeTokenAndUserinfo();
    SignIn *signIn = newSignIn();
    QSignalSpy urlReady(signIn, &SignIn::authorizationUrlReady);
    Catcher<AccountRecord> caught;
    caught.attach(signIn, this);
    signIn->start();
    QTRY_COMPARE(urlReady.size(), 1);
    QCOMPARE(signIn->step(), SignIn::Step::Authorizing);

    const QUrl authorizationUrl = urlReady.at(0).at(0).toUrl();
    QCOMPARE(authorizationUrl.adjusted(QUrl::RemoveQuery), m_profile.authorizationEndpoint);
    const QUrlQuery query(authorizationUrl);
    QCOMPARE(query.queryItemValue("response_type"), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue("client_id"), QStringLiteral("launcher"));
    QCOMPARE(query.queryItemValue("code_challenge_method"), QStringLiteral("S256"));
    QVERIFY(!query.queryItemValue("code_challenge").isEmpty());
    const QString state = query.queryItemValue("state", QUrl::FullyDecoded);
    QVERIFY(!state.isEmpty());
    QVERIFY(m_fake->provider()->attempts().isEmpty()); // nothing fetched: no discovery needed

    QVERIFY(!signIn->handleRedirect(QUrl(QStringLiteral("https://id.acme.test/login"))));
    QVERIFY(signIn->handleRedirect(callback(signIn->redirectUri(), "the-code", state)));
    QTRY_VERIFY(caught.done());

    QVERIFY2(caught.result().ok(), describe(caught.result()).constData());
    const AccountRecord account = caught.result().value();
    QCOMPARE(account.profileId, m_profile.id);
    QCOMPARE(account.subject, QStringLiteral("user-42"));
    QVERIFY(!account.label.isEmpty());

    const auto tokenRequests = m_fake->provider()->requests("POST", m_profile.tokenEndpoint);
    QCOMPARE(tokenRequests.size(), 1);
    QCOMPARE(tokenRequests[0].formValue("grant_type"), QStringLiteral("authorization_code"));
    QCOMPARE(tokenRequests[0].formValue("code"), QStringLiteral("the-code"));
    QVERIFY(!tokenRequests[0].formValue("code_verifier").isEmpty());
    const auto userinfo = m_fake->provider()->requests("GET", m_profile.userinfoEndpoint);
    QCOMPARE(userinfo.size(), 1);
    QCOMPARE(userinfo[0].header("Authorization"), QByteArray("Bearer a1"));

    const auto stored = m_fake->storedTokens(account);
    QVERIFY(stored);
    QCOMPARE(stored->accessToken, QStringLiteral("a1"));
    QCOMPARE(stored->refreshToken, QStringLiteral("r1"));
    QCOMPARE(stored->expiresAt, m_fake->clock()->now().addSecs(3600));
    const auto row = m_fake->indexRow(account);
    QVERIFY(row);
    QCOMPARE(row->label, account.label);
    QCOMPARE(row->email, QStringLiteral("p1@acme.test"));
    QCOMPARE(row->expiresAt, m_fake->clock()->now().addSecs(3600));
    QVERIFY(!row->signInRequired);
}

void TestSignIn::callbackWithWrongStateFailsWithoutExchange()
{
    routeTokenAndUserinfo();
    SignIn *signIn = newSignIn();
    QSignalSpy urlReady(signIn, &SignIn::authorizationUrlReady);
    Catcher<AccountRecord> caught;
    caught.attach(signIn, this);
    signIn->start();
    QTRY_COMPARE(urlReady.size(), 1);

    QVERIFY(signIn->handleRedirect(callback(signIn->redirectUri(), "the-code", "forged-state")));
    QTRY_VERIFY(caught.done());

    QVERIFY(!caught.result().ok());
    QCOMPARE(caught.result().error().providerCode(), QStringLiteral("invalid_state"));
    QCOMPARE(m_fake->provider()->count("POST", m_profile.tokenEndpoint), 0);
    verifyNothingStored();
}

void TestSignIn::cancelAtEveryStepStoresNothing_data()
{
    QTest::addColumn<SignIn::Step>("step");
    QTest::newRow("checking keychain") << SignIn::Step::CheckingKeychain;
    QTest::newRow("preparing (discovery hangs)") << SignIn::Step::Preparing;
    QTest::newRow("authorizing") << SignIn::Step::Authorizing;
    QTest::newRow("exchanging (token endpoint hangs)") << SignIn::Step::Exchanging;
    QTest::newRow("identifying (userinfo hangs)") << SignIn::Step::Identifying;
}

void TestSignIn::cancelAtEveryStepStoresNothing()
{
    QFETCH(SignIn::Step, step);
    routeTokenAndUserinfo();
    const QUrl discovery(QStringLiteral("https://id.acme.test/.well-known/openid-configuration"));
    if (step == SignIn::Step::Preparing) {
        m_profile.issuer = QStringLiteral("https://id.acme.test");
        m_fake->provider()->on("GET", discovery, FakeResponse::hang());
    }
    if (step == SignIn::Step::Exchanging)
        m_fake->provider()->on("POST", m_profile.tokenEndpoint, FakeResponse::hang());
    if (step == SignIn::Step::Identifying)
        m_fake->provider()->on("GET", m_profile.userinfoEndpoint, FakeResponse::hang());

    SignIn *signIn = newSignIn();
    QSignalSpy urlReady(signIn, &SignIn::authorizationUrlReady);
    QSignalSpy finished(signIn, &OperationBase::finished);
    Catcher<AccountRecord> caught;
    caught.attach(signIn, this);
    signIn->start();

    switch (step) {
    case SignIn::Step::CheckingKeychain:
        break; // the keychain answers from the event loop: still checking
    case SignIn::Step::Preparing:
        QTRY_COMPARE(m_fake->provider()->count("GET", discovery), 1);
        break;
    case SignIn::Step::Authorizing:
        QTRY_COMPARE(urlReady.size(), 1);
        break;
    case SignIn::Step::Exchanging:
    case SignIn::Step::Identifying: {
        QTRY_COMPARE(urlReady.size(), 1);
        const QString state
            = QUrlQuery(urlReady.at(0).at(0).toUrl()).queryItemValue("state", QUrl::FullyDecoded);
        QVERIFY(signIn->handleRedirect(callback(signIn->redirectUri(), "the-code", state)));
        if (step == SignIn::Step::Exchanging)
            QTRY_COMPARE(m_fake->provider()->count("POST", m_profile.tokenEndpoint), 1);
        else
            QTRY_COMPARE(m_fake->provider()->count("GET", m_profile.userinfoEndpoint), 1);
        break;
    }
    case SignIn::Step::Storing:
        QFAIL("not a cancellable step");
    }
    QVERIFY(!caught.done());
    QCOMPARE(signIn->step(), step);

    signIn->cancel();
    QTRY_VERIFY(caught.done());
    QVERIFY(!caught.result().ok());
    QCOMPARE(caught.result().error().kind(), AuthError::Kind::Cancelled);
    QTest::qWait(30); // anything still under way would finish now
    QCOMPARE(caught.calls(), 1);
    QCOMPARE(finished.size(), 1);
    verifyNothingStored();
}

void TestSignIn::labelOfAnotherSubjectIsRefusedAndNewTokensRevoked()
{
    routeTokenAndUserinfo(); // the sign-in reaches user-42
    m_fake->provider()->on("POST", m_profile.revocationEndpoint, FakeResponse::json({}));
    StoredTokens theirs;
    theirs.accessToken = QStringLiteral("their-access");
    theirs.refreshToken = QStringLiteral("their-refresh");
    theirs.expiresAt = m_fake->clock()->now().addSecs(600);
    const AccountRecord holder
        = m_fake->seedAccount(m_profile, QStringLiteral("qa-x"), QStringLiteral("someone-else"),
                              theirs);

    const Result<AccountRecord> result = runToEnd(newSignIn(QStringLiteral("qa-x")));

    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Config); // exit 64
    QVERIFY2(result.error().message().contains(QStringLiteral("qa-x"))
                 && result.error().message().contains(QStringLiteral("someone-else"))
                 && result.error().message().contains(QStringLiteral("logout")),
             qPrintable(result.error().message()));
    // The first person's account is untouched: same row, same tokens.
    const auto row = m_fake->indexRow(holder);
    QVERIFY(row);
    QCOMPARE(row->label, QStringLiteral("qa-x"));
    QCOMPARE(m_fake->storedTokens(holder)->accessToken, QStringLiteral("their-access"));
    const auto rows = m_fake->services().accountIndex.load();
    QCOMPARE(rows.value().size(), 1);
    QVERIFY(!m_fake->keychain()->contains(m_profile.id + QStringLiteral("/user-42")));
    // The new tokens were revoked, the refresh token first.
    const auto revoked = m_fake->provider()->requests("POST", m_profile.revocationEndpoint);
    QVERIFY(!revoked.isEmpty());
    QCOMPARE(revoked.first().formValue("token"), QStringLiteral("r1"));
}

void TestSignIn::signingInAgainAsTheSameSubjectKeepsUpdatingItsAccount()
{
    routeTokenAndUserinfo();
    StoredTokens old;
    old.accessToken = QStringLiteral("old");
    old.refreshToken = QStringLiteral("old-refresh");
    const AccountRecord mine
        = m_fake->seedAccount(m_profile, QStringLiteral("qa-x"), QStringLiteral("user-42"), old);

    const Result<AccountRecord> result = runToEnd(newSignIn(QStringLiteral("qa-x")));

    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(result.value().label, QStringLiteral("qa-x"));
    QCOMPARE(m_fake->storedTokens(mine)->accessToken, QStringLiteral("a1"));
    QCOMPARE(m_fake->services().accountIndex.load().value().size(), 1);
    QCOMPARE(m_fake->provider()->count("POST", m_profile.revocationEndpoint), 0);
}

void TestSignIn::profileWithoutScopesSendsNoScopeParameter()
{
    m_profile.scopes.clear();
    SignIn *signIn = newSignIn();
    QSignalSpy urlReady(signIn, &SignIn::authorizationUrlReady);
    signIn->start();
    QTRY_COMPARE(urlReady.size(), 1);
    const QUrlQuery query(urlReady.at(0).at(0).toUrl());
    QVERIFY2(!query.hasQueryItem(QStringLiteral("scope")),
             qPrintable(urlReady.at(0).at(0).toUrl().toString()));
    signIn->cancel();
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
