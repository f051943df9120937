// The auth core against a real OpenID provider (oidc-provider, tests/oidc) and a real Secret
// Service (gnome-keyring, tests/support/with-keyring.sh). The provider's pages are walked by
// tests/oidc/headless-user.mjs; the real login window is covered by tests/e2e.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace lc;
using namespace lc::test;

class OidcFlowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;
    ProviderProfile m_profile;

    // The whole sign-in (SignIn operation): the scripted user walks the provider's pages and
    // the callback URL goes back to the operation, which exchanges, verifies and stores.
    void runSignIn(SignInDriver &driver, const QStringList &userOptions)
    {
        const ProcessResult user = runHeadlessUser(driver.start(), userOptions);
        if (user.exitCode != 0)
            qFatal("headless user failed: %s", qPrintable(user.standardError));
        if (!driver.deliver(QUrl(user.standardOutput.trimmed())))
            qFatal("the callback was not recognised as the redirect URI");
        if (!driver.wait())
            qWarning("the sign-in did not finish within 30 s");
    }

    std::optional<AccountRecord> signIn(const QString &login, const QString &label = {})
    {
        SignInDriver driver(m_profile, label);
        runSignIn(driver, { QStringLiteral("--login"), login });
        return driver.account();
    }

    StoredTokens storedTokens(const AccountRecord &account)
    {
        auto tokens = AccountStore().tokens(account);
        if (!tokens.ok())
            qFatal("no tokens: %s", qPrintable(tokens.error().message()));
        return tokens.value();
    }

    QStringList cli(const QString &command, const QStringList &more = {})
    {
        return QStringList { command, QStringLiteral("--profile"), m_profilePath } + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The same data directory as the CLI, so both see one account index.
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        QVERIFY(m_directory.isValid());
        m_profilePath = writeProfile(m_directory);
        auto profile = ProfileRepository::load(m_profilePath);
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message()));
        m_profile = profile.value();
    }

    void init() { QFile::remove(AccountIndex().filePath()); }

    void codeExchangeStoresTokensInKeychainAndIndex()
    {
        auto account = signIn(QStringLiteral("player1"));
        QVERIFY(account);
        QCOMPARE(account->subject, QStringLiteral("player1"));
        QCOMPARE(account->label, QStringLiteral("player1"));
        QCOMPARE(account->displayName, QStringLiteral("Demo Player (player1)"));

        const StoredTokens tokens = storedTokens(*account);
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(!tokens.idToken.isEmpty());
        QVERIFY(tokens.scopes.contains(QStringLiteral("offline_access")));
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));

        const HttpResult userinfo
            = httpGet(QUrl(issuer() + QStringLiteral("/me")), tokens.accessToken);
        QCOMPARE(userinfo.status, 200);
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("player1"));

        // The index lists the account but holds no secret.
        QFile index(AccountIndex().filePath());
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray indexBytes = index.readAll();
        QVERIFY(indexBytes.contains("player1"));
        QVERIFY(!indexBytes.contains(tokens.accessToken.toUtf8()));
        QVERIFY(!indexBytes.contains(tokens.refreshToken.toUtf8()));
    }

    void signingInAgainUpdatesTheSameAccount()
    {
        auto first = signIn(QStringLiteral("player1"), QStringLiteral("main"));
        QVERIFY(first);
        const QString firstToken = storedTokens(*first).accessToken;
        auto second = signIn(QStringLiteral("player1"));
        QVERIFY(second);
        QCOMPARE(second->label, QStringLiteral("main")); // the user's label survives
        auto accounts = AccountIndex().load();
        QVERIFY(accounts.ok());
        QCOMPARE(accounts.value().size(), 1);
        QVERIFY(storedTokens(*second).accessToken != firstToken);
    }

    void twoAccountsNeedAccountOption()
    {
        QVERIFY(signIn(QStringLiteral("alice")));
        QVERIFY(signIn(QStringLiteral("bob")));
        const ProcessResult ambiguous = runCli(cli(QStringLiteral("token")));
        QCOMPARE(ambiguous.exitCode, int(ExitUsage));
        QVERIFY2(ambiguous.standardError.contains(QStringLiteral("alice"))
                     && ambiguous.standardError.contains(QStringLiteral("bob")),
                 qPrintable(ambiguous.standardError));
        const ProcessResult chosen = runCli(
            cli(QStringLiteral("token"), { QStringLiteral("--account"), QStringLiteral("bob") }));
        QCOMPARE(chosen.exitCode, 0);
        const HttpResult userinfo
            = httpGet(QUrl(issuer() + QStringLiteral("/me")), chosen.standardOutput.trimmed());
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(), QStringLiteral("bob"));
    }

    void tokenCommandPrintsStoredTokenWhileValid()
    {
        auto account = signIn(QStringLiteral("player1"));
        QVERIFY(account);
        const StoredTokens before = storedTokens(*account);
        const ProcessResult token = runCli(cli(QStringLiteral("token")));
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.standardOutput, before.accessToken + QLatin1Char('\n'));
        QCOMPARE(storedTokens(*account).refreshToken, before.refreshToken); // no refresh happened
    }

    void refreshStoresRotatedRefreshToken()
    {
        auto account = signIn(QStringLiteral("player1"));
        QVERIFY(account);
        const StoredTokens before = storedTokens(*account);

        // Ask for more validity than the token has: a silent refresh.
        const ProcessResult token
            = runCli(cli(QStringLiteral("token"),
                         { QStringLiteral("--min-validity"), QStringLiteral("999999") }));
        QCOMPARE(token.exitCode, 0);
        const QString refreshed = token.standardOutput.trimmed();
        QVERIFY(!refreshed.isEmpty());
        QVERIFY(refreshed != before.accessToken);

        const StoredTokens after = storedTokens(*account);
        QCOMPARE(after.accessToken, refreshed);
        QVERIFY(!after.refreshToken.isEmpty());
        QVERIFY(after.refreshToken
                != before.refreshToken); // oidc-provider rotates; we kept the new one
        QCOMPARE(httpGet(QUrl(issuer() + QStringLiteral("/me")), refreshed).status, 200);

        // The rotated token works for the next refresh.
        const ProcessResult again
            = runCli(cli(QStringLiteral("token"),
                         { QStringLiteral("--min-validity"), QStringLiteral("999999") }));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.standardOutput.trimmed() != refreshed);
    }

    void rejectedRefreshExitsLoginRequiredAndDropsTokens()
    {
        auto account = signIn(QStringLiteral("player1"));
        QVERIFY(account);
        const StoredTokens before = storedTokens(*account);
        const HttpResult revoked = httpPostForm(
            QUrl(issuer() + QStringLiteral("/token/revocation")),
            { { QStringLiteral("token"), before.refreshToken },
              { QStringLiteral("token_type_hint"), QStringLiteral("refresh_token") },
              { QStringLiteral("client_id"), QStringLiteral("login-companion-demo") } });
        QCOMPARE(revoked.status, 200);

        const ProcessResult token
            = runCli(cli(QStringLiteral("token"),
                         { QStringLiteral("--min-validity"), QStringLiteral("999999") }));
        QCOMPARE(token.exitCode, int(ExitLoginRequired));
        QVERIFY(token.standardOutput.isEmpty());
        QVERIFY2(token.standardError.contains(QStringLiteral("invalid_grant")),
                 qPrintable(token.standardError));
        QCOMPARE(token.standardError.count(QLatin1Char('\n')), 1); // one line

        auto rows = AccountIndex().load();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        QVERIFY(rows.value().first().signInRequired);
        auto secret = SecretStore().read(account->keychainKey());
        QVERIFY(secret.ok());
        QVERIFY(secret.value().isEmpty());

        // And it stays "login required" without another call to the provider.
        QCOMPARE(runCli(cli(QStringLiteral("token"))).exitCode, int(ExitLoginRequired));
    }

    void tokenEndpointErrorKeepsProviderCodeAndText()
    {
        SignInDriver driver(m_profile);
        const QString state = QUrlQuery(driver.start()).queryItemValue(QStringLiteral("state"));
        QVERIFY(!state.isEmpty());
        // A code the provider never issued: HTTP 400 invalid_grant, which Qt <= 6.8 reports
        // only as a network error.
        QUrl callback(QStringLiteral("http://localhost/callback"));
        callback.setQuery(QStringLiteral("code=not-a-real-code&state=%1&iss=%2")
                              .arg(state, QString::fromLatin1(QUrl::toPercentEncoding(issuer()))));
        QVERIFY(driver.deliver(callback));
        QVERIFY(driver.wait());
        const std::optional<AuthError> error = driver.error();
        QVERIFY(error);
        QCOMPARE(error->kind(), AuthError::Kind::Provider);
        QCOMPARE(error->providerCode(), QStringLiteral("invalid_grant"));
        QVERIFY2(error->message().contains(QStringLiteral("grant request is invalid")),
                 qPrintable(error->message()));
        QCOMPARE(exitCodeFor(*error), ExitProviderOrNetwork);
    }

    void forgedStateIsRejected()
    {
        // (tst_rpconformance::forgedStateIsRejectedWithoutTokenRequest checks the provider's log.)
        SignInDriver driver(m_profile);
        driver.start();
        QVERIFY(
            driver.deliver(QUrl(QStringLiteral("http://localhost/callback?code=x&state=forged"))));
        QVERIFY(driver.wait());
        const std::optional<AuthError> error = driver.error();
        QVERIFY(error);
        QCOMPARE(error->providerCode(), QStringLiteral("invalid_state"));
    }

    void wrongIssuerOnCallbackIsRejected()
    {
        SignInDriver driver(m_profile);
        const QString state = QUrlQuery(driver.start()).queryItemValue(QStringLiteral("state"));
        QVERIFY(driver.deliver(QUrl(
            QStringLiteral("http://localhost/callback?code=x&state=%1&iss=http%3A%2F%2Fevil.test")
                .arg(state))));
        QVERIFY(driver.wait());
        const std::optional<AuthError> error = driver.error();
        QVERIFY(error);
        QCOMPARE(error->providerCode(), QStringLiteral("invalid_issuer"));
    }

    void authorizationRequestCarriesPkceStateAndNonce()
    {
        SignInDriver first(m_profile);
        SignInDriver second(m_profile);
        const QUrlQuery a(first.start());
        const QUrlQuery b(second.start());
        QCOMPARE(a.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(a.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(a.allQueryItemValues(QStringLiteral("code_challenge")).size(),
                 1); // not added twice
        QCOMPARE(a.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
        QCOMPARE(a.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://localhost/callback"));
        QVERIFY(a.queryItemValue(QStringLiteral("state")).size() >= 32);
        QVERIFY(!a.queryItemValue(QStringLiteral("nonce")).isEmpty());
        QVERIFY(a.queryItemValue(QStringLiteral("state"))
                != b.queryItemValue(QStringLiteral("state")));
        QVERIFY(a.queryItemValue(QStringLiteral("code_challenge"))
                != b.queryItemValue(QStringLiteral("code_challenge")));
    }

    void deniedConsentIsCancelled()
    {
        SignInDriver driver(m_profile);
        runSignIn(driver, { QStringLiteral("--deny") });
        QVERIFY(driver.error());
        QCOMPARE(driver.error()->kind(), AuthError::Kind::Cancelled);
        QCOMPARE(exitCodeFor(*driver.error()), ExitCancelled);
    }

    void logoutRemovesKeychainEntryAndIndexRow()
    {
        auto account = signIn(QStringLiteral("player1"));
        QVERIFY(account);
        const ProcessResult logout = runCli(cli(QStringLiteral("logout")));
        QCOMPARE(logout.exitCode, 0);
        auto rows = AccountIndex().load();
        QVERIFY(rows.ok());
        QVERIFY(rows.value().isEmpty());
        auto secret = SecretStore().read(account->keychainKey());
        QVERIFY(secret.ok());
        QVERIFY(secret.value().isEmpty());
        QCOMPARE(runCli(cli(QStringLiteral("token"))).exitCode, int(ExitLoginRequired));
    }

    void accountsCommandListsWithoutTheKeychain()
    {
        QVERIFY(signIn(QStringLiteral("player1")));
        QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
        noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=/nonexistent"));
        const ProcessResult accounts
            = runCli({ QStringLiteral("accounts"), QStringLiteral("--json") }, noKeychain);
        QCOMPARE(accounts.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(accounts.standardOutput.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("player1"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("profile")).toString(),
                 QStringLiteral("local"));
    }
};

QTEST_GUILESS_MAIN(OidcFlowTest)
#include "tst_oidcflow.moc"
