#include "common/Logging.h"
#include "common/Redaction.h"

#include <QTest>

using namespace lc;

namespace {
QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreRedacted_data();
    void secretsAreRedacted();
    void harmlessTextIsKept_data();
    void harmlessTextIsKept();
    void installedMessageHandlerRedactsBeforeForwarding();
};

void TestRedaction::secretsAreRedacted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets"); // none may survive
    QTest::addColumn<QStringList>("kept"); // all must survive

    QTest::newRow("code in a query")
        << "GET http://localhost/callback?code=C0DE-value&state=st4te-value"
        << QStringList { "C0DE-value", "st4te-value" }
        << QStringList { "state=[redacted]", "code=[redacted]", "http://localhost/callback?" };
    QTest::newRow("code in a fragment")
        << "http://localhost/callback#code=C0DE-frag&state=s1" << QStringList { "C0DE-frag" }
        << QStringList { "state=[redacted]" };
    // state and nonce bind a callback to its attempt; a log that shows them helps a forger.
    QTest::newRow("state and nonce in an authorization URL")
        << "https://id.test/auth?client_id=app&state=St4te-xyz&nonce=N0nce-abc&scope=openid"
        << QStringList { "St4te-xyz", "N0nce-abc" }
        << QStringList { "state=[redacted]", "nonce=[redacted]", "client_id=app", "scope=openid" };
    QTest::newRow("state in JSON")
        << R"({"state":"St4te-json","iss":"https://x"})" << QStringList { "St4te-json" }
        << QStringList { R"("iss":"https://x")" };
    QTest::newRow("refresh token in a form body")
        << "refresh_token=RT-form.value_1&grant_type=refresh_token&client_id=launcher"
        << QStringList { "RT-form.value_1" }
        << QStringList { "grant_type=refresh_token", "client_id=launcher" };
    QTest::newRow("client secret in a form body")
        << "grant_type=authorization_code&client_secret=CS-shh&client_id=launcher"
        << QStringList { "CS-shh" }
        << QStringList { "grant_type=authorization_code", "client_id=launcher" };
    QTest::newRow("code verifier in a form body")
        << "code=C0DE-2&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r7wW1gFWFOEjXk"
           "&redirect_uri=http%3A%2F%2Flocalhost%2Fcallback"
        << QStringList { "C0DE-2", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r7wW1gFWFOEjXk" }
        << QStringList { "redirect_uri=http%3A%2F%2Flocalhost%2Fcallback" };
    QTest::newRow("tokens in JSON")
        << R"({"access_token":"SECRET1","refresh_token":"SECRET2","id_token":"SECRET3",)"
           R"("token_type":"Bearer","expires_in":3600})"
        << QStringList { "SECRET1", "SECRET2", "SECRET3" }
        << QStringList { R"("token_type":"Bearer")", R"("expires_in":3600)",
                         R"("access_token":"[redacted]")" };
    QTest::newRow("tokens in spaced JSON with an escaped quote")
        << R"({ "access_token" : "SECRET\"4", "client_secret": "SECRET5" })"
        << QStringList { "SECRET", "4\"" } << QStringList { R"("access_token")" };
    QTest::newRow("camelCase keys of the keychain entry")
        << R"({"accessToken":"SECRET6","refreshToken":"SECRET7","idToken":"SECRET8"})"
        << QStringList { "SECRET6", "SECRET7", "SECRET8" } << QStringList { "accessToken" };
    QTest::newRow("bearer authorization header")
        << "Authorization: Bearer SECRET-bearer.value~1" << QStringList { "SECRET-bearer" }
        << QStringList { "Authorization: Bearer" };
    QTest::newRow("basic authorization header")
        << "authorization: basic bGF1bmNoZXI6c2VjcmV0" << QStringList { "bGF1bmNoZXI6c2VjcmV0" }
        << QStringList { "authorization:" };
    QTest::newRow("bare JWT")
        << "got id token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl from provider"
        << QStringList { "eyJhbGciOiJSUzI1NiJ9", "eyJzdWIiOiIxMjMifQ", "c2lnbmF0dXJl" }
        << QStringList { "got id token ", " from provider" };
    QTest::newRow("unsigned JWT") << "jwt=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. end"
                                  << QStringList { "eyJzdWIiOiIxIn0" } << QStringList { " end" };
}

void TestRedaction::secretsAreRedacted()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);

    const QString redacted = redactSecrets(text);
    QVERIFY2(redacted.contains(QStringLiteral("[redacted]")), qPrintable(redacted));
    for (const QString &secret : secrets)
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    for (const QString &keep : kept)
        QVERIFY2(redacted.contains(keep), qPrintable(redacted));
}

void TestRedaction::harmlessTextIsKept_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain sentence") << "Signed in as Alice (profile demo); expires in 3600 s.";
    QTest::newRow("non-secret form body")
        << "grant_type=authorization_code&redirect_uri=http://localhost/callback&client_id=x";
    QTest::newRow("OAuth error") << "The provider refused the token request (invalid_grant): "
                                    "grant request is invalid";
    QTest::newRow("words ending in code") << "barcode=12345 postcode=AB1 unicode=yes";
    QTest::newRow("iss") << "http://localhost/callback?iss=https%3A%2F%2Fx";
    QTest::newRow("token metadata JSON") << R"({"token_type":"Bearer","expires_in":3600})";
    QTest::newRow("empty") << "";
}

void TestRedaction::harmlessTextIsKept()
{
    QFETCH(QString, text);
    QCOMPARE(redactSecrets(text), text);
}

void TestRedaction::installedMessageHandlerRedactsBeforeForwarding()
{
    capturedMessages.clear();
    const QtMessageHandler testlibHandler = qInstallMessageHandler(captureMessage);
    installRedactingMessageHandler(); // forwards to captureMessage
    setVerboseLogging(true); // --verbose: messages are forwarded (redacted)

    qWarning("token endpoint said access_token=SECRETVALUE");
    qCWarning(lcAuth) << "refreshing with"
                      << "refresh_token=SECRETREFRESH";

    setVerboseLogging(false); // by default: nothing at all is forwarded
    qWarning("a Qt or engine warning without --verbose");
    qCritical("a critical message without --verbose");

    qInstallMessageHandler(testlibHandler);

    QCOMPARE(capturedMessages.size(), 2);
    for (const QString &message : std::as_const(capturedMessages)) {
        QVERIFY2(!message.contains(QStringLiteral("SECRETVALUE")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("SECRETREFRESH")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("[redacted]")), qPrintable(message));
    }
    QVERIFY(capturedMessages.first().startsWith(QStringLiteral("token endpoint said")));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
