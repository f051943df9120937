// Each built-in profile of a seed provider signs in end to end through `login-companion login`
// (the real window, offscreen) against the provider's loopback emulator (tests/providers), and
// every documented error code reaches the user as one line that names it.
#include "TestSupport.h"
#include "auth/IdTokenClaims.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace lc;
using namespace lc::test;

class SeedProvidersTest : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_ports;
    QTemporaryDir m_directory;
    QString m_pageScript;
    QByteArrayList m_secretsSeen; // every secret and token this test handled, grepped at the end
    QString m_verboseLogs; // what `login --verbose` wrote to stderr

    QString base(const char *emulator) const
    {
        const QString scheme = qstrcmp(emulator, "lightOauth2") == 0 ? QStringLiteral("https")
                                                                     : QStringLiteral("http");
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(scheme)
            .arg(m_ports.value(QLatin1String(emulator)).toInt());
    }

    QJsonArray emulatorRequests(const char *emulator)
    {
        return QJsonDocument::fromJson(
                   httpGet(QUrl(base(emulator) + QStringLiteral("/__requests"))).body)
            .array();
    }

    static bool requested(const QJsonArray &requests, const QString &path)
    {
        for (const QJsonValue &request : requests) {
            if (request.toObject().value(QStringLiteral("path")).toString() == path)
                return true;
        }
        return false;
    }

    ProcessResult login(const QString &profile, const QStringList &more = {})
    {
        const ProcessResult result
            = runCli(QStringList { QStringLiteral("login"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("--page-script"), m_pageScript,
                                   QStringLiteral("--verbose") }
                     + more);
        m_secretsSeen.append(result.standardOutput.toUtf8()); // tokens, if printed
        m_verboseLogs += result.standardError;
        return result;
    }

    StoredTokens tokensOf(const QString &profileId)
    {
        auto account = AccountIndex().find(profileId, QString());
        if (!account.ok())
            qFatal("no account for %s: %s", qPrintable(profileId),
                   qPrintable(account.error().message()));
        auto tokens = AccountStore().tokens(account.value());
        if (!tokens.ok())
            qFatal("no tokens: %s", qPrintable(tokens.error().message()));
        m_secretsSeen << tokens.value().accessToken.toUtf8()
                      << tokens.value().refreshToken.toUtf8();
        return tokens.value();
    }

    // A fabricated callback for the flow's own state: the emulators turn `trigger-<code>`
    // codes into that error at the token endpoint (or the backend).
    AuthError errorForCode(const QString &profileId, const QString &code)
    {
        auto profile = ProfileRepository::load(profileId);
        if (!profile.ok())
            qFatal("%s", qPrintable(profile.error().message()));
        SignInDriver driver(profile.value());
        const QUrl authorizationUrl = driver.start();
        if (authorizationUrl.isEmpty())
            qFatal("no authorization URL");
        const QString state = QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("state"));
        QUrl callback = profile.value().redirectUri;
        callback.setQuery(QStringLiteral("code=%1&state=%2").arg(code, state));
        driver.deliver(callback);
        if (!driver.wait() || !driver.error())
            qFatal("no error for %s", qPrintable(code));
        return *driver.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        QFile ports(QStringLiteral(LC_PROVIDERS_STATE_DIR "/ports.json"));
        QVERIFY(ports.open(QIODevice::ReadOnly));
        m_ports = QJsonDocument::fromJson(ports.readAll()).object();
        // The built-in profiles, pointed at the emulators through their placeholders.
        qputenv("LOGIN_COMPANION_RAYTEAMS_DEV_BASE", base("rayteams").toUtf8());
        qputenv("LOGIN_COMPANION_MEMBER_BASE", base("ottmMember").toUtf8());
        qputenv("LOGIN_COMPANION_API_BASE", base("ottmApi").toUtf8());
        qputenv("LOGIN_COMPANION_OTTM_CLIENT_ID", "ottm-test-client");
        qputenv("LOGIN_COMPANION_OTTM_BACKEND_URL",
                (base("backend") + QStringLiteral("/token")).toUtf8());
        qputenv("LOGIN_COMPANION_LIGHT_OAUTH2_BASE", base("lightOauth2").toUtf8());
        qputenv("LOGIN_COMPANION_LIGHT_OAUTH2_CERT_SHA256",
                m_ports.value("lightOauth2Sha256").toString().toUtf8());
        qputenv("LOGIN_COMPANION_UPBOND_BASE", base("upbond").toUtf8());
        qputenv("LOGIN_COMPANION_UPBOND_CLIENT_ID", "upbond-test-client");
        qputenv("LOGIN_COMPANION_UPBOND_AUDIENCE", "https://api.game.test/");
        // The production profiles, pointed at the same emulators.
        qputenv("LOGIN_COMPANION_RAYTEAMS_BASE", base("rayteams").toUtf8());
        qputenv("LOGIN_COMPANION_RAYTEAMS_CLIENT_ID", "37ev8rm4mvtnb65hf381l0k98b");
        qputenv("LOGIN_COMPANION_MEMBER_PROD_BASE", base("ottmMember").toUtf8());
        qputenv("LOGIN_COMPANION_API_PROD_BASE", base("ottmApi").toUtf8());
        qputenv("LOGIN_COMPANION_OTTM_PROD_BACKEND_URL",
                (base("backend") + QStringLiteral("/token")).toUtf8());

        // Fills every emulator's login form (#username/#password/#login-submit) once per page.
        m_pageScript = m_directory.filePath(QStringLiteral("fill.js"));
        QFile script(m_pageScript);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(R"JS((function () {
  var u = document.querySelector('#username'), p = document.querySelector('#password');
  if (u && p && !window.__filled) {
    window.__filled = true; u.value = 'player7'; p.value = 'pw';
    document.querySelector('#login-submit').click();
  }
})();)JS");
    }

    void rayteamsDevelopmentSignsIn()
    {
        const ProcessResult result = login(QStringLiteral("rayteams-dev"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const StoredTokens tokens = tokensOf(QStringLiteral("rayteams-dev"));
        QVERIFY(!tokens.idToken.isEmpty());
        QCOMPARE(
            httpGet(QUrl(base("rayteams") + QStringLiteral("/oauth2/userInfo")), tokens.accessToken)
                .status,
            200);
        // The code is a UUID, as documented.
        QVERIFY(requested(emulatorRequests("rayteams"), QStringLiteral("/oauth2/token")));
    }

    void productionProfilesSignIn_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("rayteams") << QStringLiteral("rayteams");
        QTest::newRow("ottm") << QStringLiteral("ottm");
    }

    void productionProfilesSignIn()
    {
        QFETCH(QString, profile);
        const ProcessResult result = login(profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        tokensOf(profile);
    }

    void rayteamsLoginEntryPointAlsoStartsTheFlow()
    {
        QFile builtIn(QStringLiteral(":/providers/rayteams-dev.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(builtIn.readAll()).object();
        profile.insert(QStringLiteral("id"), QStringLiteral("rayteams-login-page"));
        profile.insert(QStringLiteral("authorizationEndpoint"),
                       QStringLiteral("%rayteams-dev-base%/login"));
        const QString path = m_directory.filePath(QStringLiteral("rayteams-login.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profile).toJson());
        file.close();
        const ProcessResult result = login(path);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(requested(emulatorRequests("rayteams"), QStringLiteral("/login")));
    }

    void rayteamsForgotPasswordStaysInTheWindow()
    {
        // Visit "Forgot your password?", ask for a code, come back, then sign in.
        const QString script = m_directory.filePath(QStringLiteral("forgot.js"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"JS((function () {
  var step = sessionStorage.getItem('step') || 'start';
  var link = document.querySelector('#forgot-password-link');
  var forgot = document.querySelector('#forgot-password-form');
  var back = document.querySelector('#back-to-login');
  if (step === 'start' && link) { sessionStorage.setItem('step', 'forgot'); link.click(); return; }
  if (step === 'forgot' && forgot) {
    sessionStorage.setItem('step', 'sent');
    forgot.querySelector('[name=username]').value = 'player7@example.test'; forgot.submit(); return;
  }
  if (step === 'sent' && back) { sessionStorage.setItem('step', 'back'); back.click(); return; }
  var u = document.querySelector('#username'), p = document.querySelector('#password');
  if (step === 'back' && u && p) {
    sessionStorage.setItem('step', 'done'); u.value = 'player7'; p.value = 'pw';
    document.querySelector('#login-submit').click();
  }
})();)JS");
        file.close();
        const ProcessResult result
            = runCli({ QStringLiteral("login"), QStringLiteral("--profile"),
                       QStringLiteral("rayteams-dev"), QStringLiteral("--page-script"), script });
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QJsonArray requests = emulatorRequests("rayteams");
        QVERIFY(requested(requests, QStringLiteral("/forgotPassword")));
        QVERIFY(requested(requests, QStringLiteral("/confirmForgotPassword")));
    }

    void ottmSignsInThroughTheStudioBackend()
    {
        const ProcessResult result = login(QStringLiteral("ottm-dev"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const StoredTokens tokens = tokensOf(QStringLiteral("ottm-dev"));
        QCOMPARE(httpGet(QUrl(base("ottmApi") + QStringLiteral("/oauth2/v1/userinfo")),
                         tokens.accessToken)
                     .status,
                 200);
        // The app never called the token endpoint itself: the backend did, with the secret.
        QVERIFY(requested(emulatorRequests("backend"), QStringLiteral("/token")));
        // Refresh goes through the backend too.
        const ProcessResult token = runCli(
            { QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("ottm-dev"),
              QStringLiteral("--min-validity"), QStringLiteral("999999") });
        QVERIFY2(token.exitCode == 0, qPrintable(token.standardError));
        m_secretsSeen.append(token.standardOutput.toUtf8());
    }

    void ottmErrorCodesNameTheCode_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : { "10051", "10071", "10074", "10075", "10076" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void ottmErrorCodesNameTheCode()
    {
        QFETCH(QString, code);
        const AuthError error
            = errorForCode(QStringLiteral("ottm-dev"), QStringLiteral("trigger-") + code);
        QCOMPARE(error.providerCode(), code);
        QVERIFY2(
            error.message().startsWith(QStringLiteral("OTTM error ") + code + QLatin1Char(':')),
            qPrintable(error.message()));
        QVERIFY(!error.message().contains(QLatin1Char('\n')));
    }

    void ottmRefreshWithAnInvalidTokenAsksToSignInAgain()
    {
        auto account = AccountIndex().find(QStringLiteral("ottm-dev"), QString());
        QVERIFY(account.ok());
        StoredTokens tokens = tokensOf(QStringLiteral("ottm-dev"));
        tokens.refreshToken = QStringLiteral("trigger-10075");
        QVERIFY(AccountStore().updateTokens(account.value(), tokens).ok());
        const ProcessResult token = runCli(
            { QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("ottm-dev"),
              QStringLiteral("--min-validity"), QStringLiteral("999999") });
        QCOMPARE(token.exitCode, int(ExitLoginRequired));
        QVERIFY2(token.standardError.contains(QStringLiteral("10075")),
                 qPrintable(token.standardError));
        QCOMPARE(token.standardError.count(QLatin1Char('\n')), 1);
    }

    void lightOauth2SignsInThroughBasicAuthAndAPinnedCertificate()
    {
        const QString credentials = m_directory.filePath(QStringLiteral("credentials"));
        QFile file(credentials);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("admin:123456\n");
        file.close();
        QProcess secret;
        secret.start(QStringLiteral(LC_CLI_PATH),
                     { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                       QStringLiteral("light-oauth2") });
        secret.write("light-test-secret\n");
        secret.closeWriteChannel();
        QVERIFY(secret.waitForFinished(30'000));
        QCOMPARE(secret.exitCode(), 0);
        m_secretsSeen.append("light-test-secret");

        const ProcessResult result
            = login(QStringLiteral("light-oauth2"),
                    { QStringLiteral("--http-credentials-file"), credentials });
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        auto account = AccountIndex().find(QStringLiteral("light-oauth2"), QString());
        QVERIFY(account.ok());
        QCOMPARE(account.value().subject, QStringLiteral("admin"));
        // Refresh authenticates with Basic too.
        const ProcessResult token = runCli(
            { QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("light-oauth2"),
              QStringLiteral("--min-validity"), QStringLiteral("999999") });
        QVERIFY2(token.exitCode == 0, qPrintable(token.standardError));
        tokensOf(QStringLiteral("light-oauth2"));
    }

    void lightOauth2ErrorCodesNameTheCode_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : { "ERR12008", "ERR12007", "ERR12029" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void lightOauth2ErrorCodesNameTheCode()
    {
        QFETCH(QString, code);
        const AuthError error
            = errorForCode(QStringLiteral("light-oauth2"), QStringLiteral("trigger-") + code);
        QCOMPARE(error.providerCode(), code);
        QVERIFY2(error.message().contains(code), qPrintable(error.message()));
    }

    void wrongClientSecretIsReportedByItsCode()
    {
        qputenv("LOGIN_COMPANION_CLIENT_SECRET_LIGHT_OAUTH2", "not-the-secret");
        const AuthError error
            = errorForCode(QStringLiteral("light-oauth2"), QStringLiteral("some-code"));
        qunsetenv("LOGIN_COMPANION_CLIENT_SECRET_LIGHT_OAUTH2");
        QCOMPARE(error.providerCode(), QStringLiteral("ERR12007"));
    }

    void upbondSignsInWithAudienceOfflineAccessAndTheKeychainSecret()
    {
        QProcess secret;
        secret.start(QStringLiteral(LC_CLI_PATH),
                     { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                       QStringLiteral("upbond") });
        secret.write("upbond-test-secret");
        secret.closeWriteChannel();
        QVERIFY(secret.waitForFinished(30'000));
        QCOMPARE(secret.exitCode(), 0);
        m_secretsSeen.append("upbond-test-secret");

        const ProcessResult result = login(QStringLiteral("upbond"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const StoredTokens tokens = tokensOf(QStringLiteral("upbond"));
        QVERIFY(!tokens.refreshToken.isEmpty()); // offline_access
        auto claims = IdTokenClaims::decode(tokens.accessToken);
        QVERIFY(claims.ok());
        QCOMPARE(claims.value().claims.value(QStringLiteral("aud")).toString(),
                 QStringLiteral("https://api.game.test/"));
        const ProcessResult token = runCli(
            { QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("upbond"),
              QStringLiteral("--min-validity"), QStringLiteral("999999") });
        QVERIFY2(token.exitCode == 0, qPrintable(token.standardError));
        m_secretsSeen.append(token.standardOutput.trimmed().toUtf8());
    }

    void upbondErrorsNameTheirCode_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : { "invalid_grant", "invalid_client", "unauthorized_client" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void upbondErrorsNameTheirCode()
    {
        QFETCH(QString, code);
        const AuthError error
            = errorForCode(QStringLiteral("upbond"), QStringLiteral("trigger-") + code);
        QCOMPARE(error.providerCode(), code);
        QVERIFY(error.message().contains(code));
    }

    void rayteamsErrorsNameTheirCode()
    {
        const AuthError error
            = errorForCode(QStringLiteral("rayteams-dev"), QStringLiteral("trigger-invalid_grant"));
        QCOMPARE(error.providerCode(), QStringLiteral("invalid_grant"));
    }

    void noSecretOrTokenReachesALogOrAFile()
    {
        // Everything above ran with --verbose; the emulators' logs and every file under HOME
        // (except the keyring, which is encrypted) must not hold any of it.
        QVERIFY(m_secretsSeen.size() >= 6);
        QVERIFY(m_verboseLogs.contains(QStringLiteral("lc.auth"))); // the logs were really on
        for (const QByteArray &secret : std::as_const(m_secretsSeen)) {
            if (secret.trimmed().size() >= 8)
                QVERIFY2(!m_verboseLogs.contains(QString::fromUtf8(secret.trimmed())),
                         "a secret reached the log");
        }
        const QStringList places = { QDir::homePath(), QStringLiteral(LC_PROVIDERS_STATE_DIR) };
        for (const QByteArray &secret : std::as_const(m_secretsSeen)) {
            if (secret.trimmed().size() < 8)
                continue;
            for (const QString &place : places)
                QCOMPARE(filesContaining(place, secret.trimmed()), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(SeedProvidersTest)
#include "tst_seedproviders.moc"
