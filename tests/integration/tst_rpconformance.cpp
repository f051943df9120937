// The OpenID Foundation's RP conformance cases that apply to a native app using the code flow,
// reproduced on loopback. Good cases use the mutant provider's untouched tokens (tests/rp); each
// bad case gets one mutation and must be rejected without any further call to the provider.
// docs/SECURITY.md lists the cases with these test names.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "operations/AccessTokenService.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace lc;
using namespace lc::test;

namespace {
const QString kClientId = QStringLiteral("login-companion-test");

QString mutantBase()
{
    QFile portFile(QStringLiteral(LC_RP_STATE_DIR "/port"));
    if (!portFile.open(QIODevice::ReadOnly))
        qFatal("the rp fixture is not running");
    return QStringLiteral("http://127.0.0.1:%1")
        .arg(QString::fromLatin1(portFile.readAll().trimmed()));
}
} // namespace

class RpConformanceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_base;

    struct Outcome
    {
        std::optional<AuthError> error;
        std::optional<AccountRecord> account;
    };

    QString issuerOf(const QString &testCase) const { return m_base + QLatin1Char('/') + testCase; }

    QString profilePath(const QString &testCase)
    {
        const QString path = m_directory.filePath(testCase + QStringLiteral(".json"));
        QFile file(path);
        if (!file.exists()) {
            const QJsonObject profile {
                { QStringLiteral("id"), QStringLiteral("rp-") + testCase },
                { QStringLiteral("displayName"), QStringLiteral("Conformance ") + testCase },
                { QStringLiteral("issuer"), issuerOf(testCase) },
                { QStringLiteral("clientId"), kClientId },
                { QStringLiteral("redirectUri"), QStringLiteral("http://localhost/callback") },
                { QStringLiteral("scopes"),
                  QJsonArray { QStringLiteral("openid"), QStringLiteral("profile"),
                               QStringLiteral("email") } },
            };
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write a profile");
            file.write(QJsonDocument(profile).toJson());
        }
        return path;
    }

    ProviderProfile profile(const QString &testCase)
    {
        auto loaded = ProfileRepository::load(profilePath(testCase));
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.error().message()));
        return loaded.value();
    }

    void control(const QString &testCase, const QString &action)
    {
        const HttpResult result
            = httpPostForm(QUrl(issuerOf(testCase) + QStringLiteral("/__") + action), {});
        if (result.status != 200)
            qFatal("control %s failed", qPrintable(action));
    }

    // Paths (below the case's prefix) the provider saw, in order, e.g. "/token".
    QStringList requests(const QString &testCase)
    {
        const HttpResult result = httpGet(QUrl(issuerOf(testCase) + QStringLiteral("/__requests")));
        QStringList paths;
        for (const QJsonValue &value : QJsonDocument::fromJson(result.body).array()) {
            QString path = value.toObject().value(QStringLiteral("path")).toString();
            path.remove(0, testCase.size() + 1);
            const QString grant = value.toObject().value(QStringLiteral("grantType")).toString();
            paths.append(grant.isEmpty() ? path : path + QLatin1Char(':') + grant);
        }
        return paths;
    }

    // The whole sign-in (SignIn operation): it builds the authorization URL (after discovery),
    // the mutant's /authorize answers at once with a redirect, which goes back to the operation;
    // a success is stored (userinfo, keychain, index).
    Outcome signIn(const QString &testCase)
    {
        Outcome outcome;
        SignInDriver driver(profile(testCase));
        const QUrl authorizationUrl = driver.start();
        if (authorizationUrl.isEmpty()) {
            if (!driver.error())
                qFatal("no authorization URL");
            outcome.error = driver.error();
            return outcome;
        }
        QNetworkAccessManager network;
        QNetworkRequest request(authorizationUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30'000))
            qFatal("authorize did not answer");
        const QUrl callback(QString::fromUtf8(reply->rawHeader("Location")));
        reply->deleteLater();
        if (!driver.deliver(callback))
            qFatal("the redirect was not recognised: %s", qPrintable(callback.toString()));
        if (!driver.wait())
            qFatal("the sign-in did not finish");
        outcome.account = driver.account();
        outcome.error = driver.error();
        return outcome;
    }

    void expectRejected(const QString &testCase,
                        const QString &providerCode = QStringLiteral("invalid_id_token"))
    {
        control(testCase, QStringLiteral("reset"));
        const Outcome outcome = signIn(testCase);
        QVERIFY2(!outcome.account, "the sign-in was accepted");
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->providerCode(), providerCode);
        QCOMPARE(exitCodeFor(*outcome.error), ExitProviderOrNetwork);
        // Nothing after the token endpoint: no userinfo, no second token call.
        const QStringList calls = requests(testCase);
        QVERIFY2(!calls.contains(QStringLiteral("/userinfo")),
                 qPrintable(calls.join(QLatin1Char(' '))));
        QCOMPARE(calls.count(QStringLiteral("/token:authorization_code")), 1);
        QCOMPARE(calls.last() == QStringLiteral("/token:authorization_code")
                     || calls.last() == QStringLiteral("/jwks"),
                 true);
    }

    void expectAccepted(const QString &testCase)
    {
        control(testCase, QStringLiteral("reset"));
        const Outcome outcome = signIn(testCase);
        QVERIFY2(outcome.account,
                 outcome.error ? qPrintable(outcome.error->message()) : "no account");
        QCOMPARE(outcome.account->subject, QStringLiteral("user-") + testCase);
    }

    ProcessResult tokenCommand(const QString &testCase)
    {
        return runCli({ QStringLiteral("token"), QStringLiteral("--profile"), profilePath(testCase),
                        QStringLiteral("--min-validity"), QStringLiteral("999999") });
    }

    StoredTokens storedTokens(const AccountRecord &account)
    {
        auto tokens = AccountStore().tokens(account);
        if (!tokens.ok())
            qFatal("no stored tokens: %s", qPrintable(tokens.error().message()));
        return tokens.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        m_base = mutantBase();
    }

    static void forgetCachedMetadata()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
             + QStringLiteral("/metadata"))
            .removeRecursively();
    }

    void rp_response_type_code()
    {
        expectAccepted(QStringLiteral("good-rs256"));
        const QStringList calls = requests(QStringLiteral("good-rs256"));
        QVERIFY(calls.contains(QStringLiteral("/authorize")));
        QCOMPARE(calls.count(QStringLiteral("/token:authorization_code")), 1);
    }

    void rp_discovery_openid_configuration()
    {
        forgetCachedMetadata();
        expectAccepted(QStringLiteral("good-rs256"));
        // Only the issuer is in the profile: every endpoint came from discovery.
        const QStringList calls = requests(QStringLiteral("good-rs256"));
        QCOMPARE(calls.first(), QStringLiteral("/.well-known/openid-configuration"));
        QCOMPARE(calls.at(1), QStringLiteral("/authorize"));
    }

    void rp_discovery_jwks_uri_keys()
    {
        forgetCachedMetadata();
        expectAccepted(QStringLiteral("good-rs256"));
        QVERIFY(requests(QStringLiteral("good-rs256")).contains(QStringLiteral("/jwks")));
        // Cached: a second sign-in fetches neither the metadata nor the keys again.
        expectAccepted(QStringLiteral("good-rs256"));
        const QStringList calls = requests(QStringLiteral("good-rs256"));
        QVERIFY(!calls.contains(QStringLiteral("/jwks")));
        QVERIFY(!calls.contains(QStringLiteral("/.well-known/openid-configuration")));
    }
    void rp_id_token_sig_rs256() { expectAccepted(QStringLiteral("good-rs256")); }
    void idTokenSignedWithPs256IsAccepted() { expectAccepted(QStringLiteral("good-ps256")); }
    void rp_id_token_sig_es256() { expectAccepted(QStringLiteral("good-es256")); }
    void rp_id_token_issuer_mismatch() { expectRejected(QStringLiteral("issuer-mismatch")); }
    void rp_id_token_sub() { expectRejected(QStringLiteral("sub-missing")); }
    void rp_id_token_aud_wrong() { expectRejected(QStringLiteral("aud-wrong")); }
    void rp_id_token_aud_missing() { expectRejected(QStringLiteral("aud-missing")); }
    void severalAudiencesWithoutAzpAreRejected()
    {
        expectRejected(QStringLiteral("aud-multiple-no-azp"));
    }
    void severalAudiencesWithOurAzpAreAccepted()
    {
        expectAccepted(QStringLiteral("aud-multiple-azp-ok"));
    }
    void rp_id_token_iat() { expectRejected(QStringLiteral("iat-missing")); }
    void idTokenIssuedInTheFutureIsRejected() { expectRejected(QStringLiteral("iat-future")); }
    void expiredIdTokenIsRejected() { expectRejected(QStringLiteral("expired")); }
    void rp_id_token_kid_absent_single_jwks()
    {
        expectAccepted(QStringLiteral("kid-absent-single"));
    }
    void rp_id_token_kid_absent_multiple_jwks()
    {
        expectAccepted(QStringLiteral("kid-absent-multiple"));
    }

    void rp_id_token_sig_none()
    {
        expectRejected(QStringLiteral("sig-none"));
        // Refused on its algorithm alone, before fetching any key.
        QVERIFY(!requests(QStringLiteral("sig-none")).contains(QStringLiteral("/jwks")));
    }
    void rp_id_token_bad_sig_rs256() { expectRejected(QStringLiteral("bad-sig-rs256")); }
    void rp_id_token_bad_sig_es256() { expectRejected(QStringLiteral("bad-sig-es256")); }
    void rp_id_token_bad_sig_hs256()
    {
        expectRejected(QStringLiteral("bad-sig-hs256"));
        QVERIFY(!requests(QStringLiteral("bad-sig-hs256")).contains(QStringLiteral("/jwks")));
    }
    void rp_nonce_invalid() { expectRejected(QStringLiteral("nonce-invalid")); }

    void rp_userinfo_bearer_header()
    {
        control(QStringLiteral("good-rs256"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("good-rs256"));
        QVERIFY(outcome.account);
        const HttpResult log
            = httpGet(QUrl(issuerOf(QStringLiteral("good-rs256")) + QStringLiteral("/__requests")));
        bool userinfoWithHeader = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(log.body).array()) {
            const QJsonObject request = value.toObject();
            if (request.value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QStringLiteral("/userinfo")))
                userinfoWithHeader
                    = request.value(QStringLiteral("hasAuthorizationHeader")).toBool()
                    && request.value(QStringLiteral("status")).toInt() == 200;
        }
        QVERIFY(userinfoWithHeader);
        // What userinfo said went to the account index.
        QVERIFY(!outcome.account->email.isEmpty());
        QVERIFY(!outcome.account->displayName.isEmpty());
    }

    void rp_userinfo_bad_sub_claim()
    {
        control(QStringLiteral("userinfo-bad-sub"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("userinfo-bad-sub"));
        QVERIFY(outcome.account);
        // The userinfo answer was about "someone-else": discarded, the ID token names the account.
        QVERIFY(requests(QStringLiteral("userinfo-bad-sub")).contains(QStringLiteral("/userinfo")));
        QCOMPARE(outcome.account->subject, QStringLiteral("user-userinfo-bad-sub"));
    }

    void rp_discovery_issuer_not_matching_config()
    {
        control(QStringLiteral("discovery-issuer-mismatch"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("discovery-issuer-mismatch"));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->providerCode(), QStringLiteral("invalid_issuer"));
        QCOMPARE(requests(QStringLiteral("discovery-issuer-mismatch")),
                 QStringList { QStringLiteral("/.well-known/openid-configuration") });
    }

    void metadataFromRfc8414WhenDiscoveryIsMissing()
    {
        expectAccepted(QStringLiteral("rfc8414-only"));
    }

    void providerWithoutS256IsRefusedBeforeSignIn()
    {
        control(QStringLiteral("pkce-plain-only"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("pkce-plain-only"));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), AuthError::Kind::Config);
        QVERIFY(
            !requests(QStringLiteral("pkce-plain-only")).contains(QStringLiteral("/authorize")));
    }

    void callbackWithoutAnnouncedIssuerIsRejected()
    {
        control(QStringLiteral("no-iss-in-callback"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("no-iss-in-callback"));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->providerCode(), QStringLiteral("invalid_issuer"));
        QVERIFY(!requests(QStringLiteral("no-iss-in-callback"))
                     .contains(QStringLiteral("/token:authorization_code")));
    }

    void forgedStateIsRejectedWithoutTokenRequest()
    {
        control(QStringLiteral("good-rs256"), QStringLiteral("reset"));
        SignInDriver driver(profile(QStringLiteral("good-rs256")));
        QVERIFY(!driver.start().isEmpty());
        QVERIFY(
            driver.deliver(QUrl(QStringLiteral("http://localhost/callback?code=x&state=forged&iss=")
                                + QString::fromLatin1(QUrl::toPercentEncoding(
                                    issuerOf(QStringLiteral("good-rs256")))))));
        QVERIFY(driver.wait());
        const std::optional<AuthError> error = driver.error();
        QVERIFY(error);
        QCOMPARE(error->providerCode(), QStringLiteral("invalid_state"));
        QTest::qWait(100);
        QVERIFY(!requests(QStringLiteral("good-rs256"))
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("/token")));
    }

    void rp_key_rotation_op_sign_key()
    {
        expectAccepted(QStringLiteral("key-rotation")); // keys cached with rsa-1
        control(QStringLiteral("key-rotation"),
                QStringLiteral("rotate")); // now signs with a new kid
        const Outcome outcome = signIn(QStringLiteral("key-rotation"));
        QVERIFY2(outcome.account, outcome.error ? qPrintable(outcome.error->message()) : "");
        QVERIFY(requests(QStringLiteral("key-rotation")).count(QStringLiteral("/jwks")) >= 2);
    }

    void forcedKeyRefetchIsRateLimited()
    {
        // Right after the rotation above forced a fetch, another unknown kid must not cause a
        // second one: the token is rejected instead of the provider being asked again.
        control(QStringLiteral("key-rotation"), QStringLiteral("rotate"));
        const int fetchesBefore
            = requests(QStringLiteral("key-rotation")).count(QStringLiteral("/jwks"));
        const Outcome outcome = signIn(QStringLiteral("key-rotation"));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->providerCode(), QStringLiteral("invalid_id_token"));
        QVERIFY2(outcome.error->message().contains(QStringLiteral("rsa-")),
                 qPrintable(outcome.error->message()));
        QCOMPARE(requests(QStringLiteral("key-rotation")).count(QStringLiteral("/jwks")),
                 fetchesBefore);
    }

    void concurrentRequestsShareOneRefresh()
    {
        control(QStringLiteral("good-es256"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("good-es256"));
        QVERIFY(outcome.account);
        AccessTokenService service { Services::production() };
        QStringList tokens;
        for (int i = 0; i < 3; ++i)
            service.request(profile(QStringLiteral("good-es256")), QString(), 999999, this,
                            [&](const Result<FreshAccessToken> &result) {
                                tokens.append(result.ok() ? result.value().accessToken : QString());
                            });
        QVERIFY(QTest::qWaitFor([&] { return tokens.size() == 3; }, 30'000));
        QVERIFY(!tokens.first().isEmpty());
        QCOMPARE(tokens.count(tokens.first()), 3); // all three got the one refreshed token
        QCOMPARE(
            requests(QStringLiteral("good-es256")).count(QStringLiteral("/token:refresh_token")),
            1);
    }

    void logoutRevokesRefreshThenAccessTokenAndRemovesLocally()
    {
        control(QStringLiteral("good-ps256"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("good-ps256"));
        QVERIFY(outcome.account);
        const StoredTokens tokens = storedTokens(*outcome.account);
        const ProcessResult logout = runCli({ QStringLiteral("logout"), QStringLiteral("--profile"),
                                              profilePath(QStringLiteral("good-ps256")) });
        QCOMPARE(logout.exitCode, 0);
        QVERIFY(logout.standardError.isEmpty());
        const QStringList calls = requests(QStringLiteral("good-ps256"));
        QCOMPARE(calls.count(QStringLiteral("/revoke")), 2);
        // The provider really dropped them.
        const HttpResult refresh
            = httpPostForm(QUrl(issuerOf(QStringLiteral("good-ps256")) + QStringLiteral("/token")),
                           { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                             { QStringLiteral("refresh_token"), tokens.refreshToken },
                             { QStringLiteral("client_id"), kClientId } });
        QCOMPARE(refresh.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(httpGet(QUrl(issuerOf(QStringLiteral("good-ps256")) + QStringLiteral("/userinfo")),
                         tokens.accessToken)
                     .status,
                 401);
        QVERIFY(!AccountIndex().find(QStringLiteral("rp-good-ps256"), QString()).ok());
    }

    void rpInitiatedLogoutOpensTheEndSessionEndpoint()
    {
        control(QStringLiteral("good-rs256"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("good-rs256"));
        QVERIFY(outcome.account);
        const StoredTokens tokens = storedTokens(*outcome.account);
        // The "browser" records the URL it was asked to open.
        const QString opened = m_directory.filePath(QStringLiteral("opened-url"));
        const QString browser = m_directory.filePath(QStringLiteral("browser.sh"));
        QFile script(browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            QStringLiteral("#!/bin/sh\nprintf '%s' \"$1\" > '%1.tmp' && mv '%1.tmp' '%1'\n")
                .arg(opened)
                .toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LOGIN_COMPANION_BROWSER"), browser);

        const ProcessResult logout
            = runCli({ QStringLiteral("logout"), QStringLiteral("--profile"),
                       profilePath(QStringLiteral("good-rs256")), QStringLiteral("--end-session") },
                     environment);
        QCOMPARE(logout.exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(opened); }, 10'000));
        QFile openedFile(opened);
        QVERIFY(openedFile.open(QIODevice::ReadOnly));
        const QUrl url(QString::fromUtf8(openedFile.readAll()));
        QCOMPARE(url.toString(QUrl::RemoveQuery),
                 issuerOf(QStringLiteral("good-rs256")) + QStringLiteral("/logout"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("id_token_hint")), tokens.idToken);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), kClientId);
        QCOMPARE(requests(QStringLiteral("good-rs256")).count(QStringLiteral("/revoke")), 2);
    }

    void logoutWithTheProviderUnreachableStillRemovesLocally()
    {
        // A profile whose revocation endpoint is a closed port.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        control(QStringLiteral("good-rs256"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("good-rs256"));
        QVERIFY(outcome.account);
        const QString path = m_directory.filePath(QStringLiteral("unreachable.json"));
        QFile original(profilePath(QStringLiteral("good-rs256")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        json.insert(QStringLiteral("revocationEndpoint"),
                    QStringLiteral("http://127.0.0.1:%1/revoke").arg(port));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();

        const ProcessResult logout
            = runCli({ QStringLiteral("logout"), QStringLiteral("--profile"), path });
        QCOMPARE(logout.exitCode, 0);
        QVERIFY2(logout.standardError.contains(QStringLiteral("revocation")),
                 qPrintable(logout.standardError));
        QVERIFY(!AccountIndex().find(QStringLiteral("rp-good-rs256"), QString()).ok());
        auto secret = SecretStore().read(outcome.account->keychainKey());
        QVERIFY(secret.ok());
        QVERIFY(secret.value().isEmpty());
    }

    void validRefreshStoresTheNewTokens()
    {
        control(QStringLiteral("good-rs256"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("good-rs256"));
        QVERIFY(outcome.account);
        const StoredTokens before = storedTokens(*outcome.account);
        const ProcessResult token = tokenCommand(QStringLiteral("good-rs256"));
        QCOMPARE(token.exitCode, 0);
        const StoredTokens after = storedTokens(*outcome.account);
        QCOMPARE(token.standardOutput.trimmed(), after.accessToken);
        QVERIFY(after.accessToken != before.accessToken);
        QVERIFY(after.refreshToken != before.refreshToken);
        QVERIFY(after.idToken != before.idToken);
    }

    void refreshedIdTokenWithAnotherIssuerIsRejected_data()
    {
        QTest::addColumn<QString>("testCase");
        QTest::newRow("iss changed") << QStringLiteral("refresh-iss-changed");
        QTest::newRow("sub changed") << QStringLiteral("refresh-sub-changed");
    }
    void refreshedIdTokenWithAnotherIssuerIsRejected()
    {
        QFETCH(QString, testCase);
        control(testCase, QStringLiteral("reset"));
        const Outcome outcome = signIn(testCase);
        QVERIFY(outcome.account);
        const StoredTokens before = storedTokens(*outcome.account);
        const ProcessResult token = tokenCommand(testCase);
        QCOMPARE(token.exitCode, int(ExitProviderOrNetwork));
        QVERIFY(token.standardOutput.isEmpty());
        QCOMPARE(storedTokens(*outcome.account).accessToken, before.accessToken); // nothing stored
    }

    void revokedRefreshTokenExitsLoginRequired()
    {
        control(QStringLiteral("good-rs256"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("good-rs256"));
        QVERIFY(outcome.account);
        const StoredTokens before = storedTokens(*outcome.account);
        QCOMPARE(
            httpPostForm(QUrl(issuerOf(QStringLiteral("good-rs256")) + QStringLiteral("/revoke")),
                         { { QStringLiteral("token"), before.refreshToken },
                           { QStringLiteral("client_id"), kClientId } })
                .status,
            200);
        const ProcessResult token = tokenCommand(QStringLiteral("good-rs256"));
        QCOMPARE(token.exitCode, int(ExitLoginRequired));
        auto rows = AccountIndex().find(QStringLiteral("rp-good-rs256"), QString());
        QVERIFY(rows.ok());
        QVERIFY(rows.value().signInRequired);
    }

    void serviceUnavailableOnRefreshExitsOneAndKeepsTokens()
    {
        control(QStringLiteral("refresh-503"), QStringLiteral("reset"));
        const Outcome outcome = signIn(QStringLiteral("refresh-503"));
        QVERIFY(outcome.account);
        const StoredTokens before = storedTokens(*outcome.account);
        const ProcessResult token = tokenCommand(QStringLiteral("refresh-503"));
        QCOMPARE(token.exitCode, int(ExitProviderOrNetwork));
        QVERIFY2(token.standardError.contains(QStringLiteral("503")),
                 qPrintable(token.standardError));
        const StoredTokens after = storedTokens(*outcome.account);
        QCOMPARE(after.refreshToken, before.refreshToken);
        QCOMPARE(after.accessToken, before.accessToken);
        // Retried with backoff before giving up.
        QCOMPARE(
            requests(QStringLiteral("refresh-503")).count(QStringLiteral("/token:refresh_token")),
            Timeouts().refreshAttempts);
        auto rows = AccountIndex().find(QStringLiteral("rp-refresh-503"), QString());
        QVERIFY(rows.ok());
        QVERIFY(!rows.value().signInRequired);
    }
};

QTEST_GUILESS_MAIN(RpConformanceTest)
#include "tst_rpconformance.moc"
