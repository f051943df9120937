#include "auth/TokenResponse.h"
#include "common/ExitCode.h"
#include "providers/ErrorFormat.h"

#include <QTest>

using namespace lc;

namespace {
const QString kAccessToken = QStringLiteral("AT-5ecret-4ccess-T0ken");

QDateTime fixedNow()
{
    return QDateTime::fromString(QStringLiteral("2025-01-01T12:00:00Z"), Qt::ISODate);
}

// An answer holding kAccessToken plus `members`, so each row only says what differs.
QByteArray body(const QByteArray &members)
{
    return QByteArray(R"({"access_token":"AT-5ecret-4ccess-T0ken",)") + members + "}";
}
} // namespace

class TestTokenResponse : public QObject
{
    Q_OBJECT

private slots:
    void fullResponseIsParsed();
    void missingExpiresInUsesDefaultLifetime();
    void numericStringExpiresInIsAccepted();
    void lowercaseBearerIsAccepted();
    void nullOptionalMembersAreAccepted();
    void malformedResponseIsNetworkError_data();
    void malformedResponseIsNetworkError();
    void oauthErrorBodyIsProviderError_data();
    void oauthErrorBodyIsProviderError();
    void httpErrorWithoutOAuthErrorIsNetworkError_data();
    void httpErrorWithoutOAuthErrorIsNetworkError();
    void errorMessageNeverContainsTheAccessToken_data();
    void errorMessageNeverContainsTheAccessToken();
    void variantMapCarriesTokensForQtFlow();
};

void TestTokenResponse::fullResponseIsParsed()
{
    const QByteArray json = R"({"access_token":"AT-5ecret-4ccess-T0ken","token_type":"Bearer",
        "expires_in":1800,"refresh_token":"RT-1","id_token":"a.b.c",
        "scope":"openid  profile offline_access"})";
    const auto result = TokenResponse::parse(200, json, fixedNow());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    const TokenResponse &response = result.value();
    QCOMPARE(response.accessToken, kAccessToken);
    QCOMPARE(response.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(response.refreshToken, QStringLiteral("RT-1"));
    QCOMPARE(response.idToken, QStringLiteral("a.b.c"));
    QCOMPARE(response.expiresAt, fixedNow().addSecs(1800));
    QCOMPARE(response.scopes,
             QStringList({ QStringLiteral("openid"), QStringLiteral("profile"),
                           QStringLiteral("offline_access") }));
}

void TestTokenResponse::missingExpiresInUsesDefaultLifetime()
{
    const auto result = TokenResponse::parse(200, body(R"("token_type":"Bearer")"), fixedNow());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().expiresAt, fixedNow().addSecs(TokenResponse::kDefaultLifetimeSeconds));
    QVERIFY(result.value().refreshToken.isEmpty());
    QVERIFY(result.value().scopes.isEmpty());
}

void TestTokenResponse::numericStringExpiresInIsAccepted()
{
    const auto result = TokenResponse::parse(
        200, body(R"("token_type":"Bearer","expires_in":"600")"), fixedNow());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().expiresAt, fixedNow().addSecs(600));
}

void TestTokenResponse::lowercaseBearerIsAccepted()
{
    const auto result = TokenResponse::parse(200, body(R"("token_type":"bearer")"), fixedNow());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().tokenType, QStringLiteral("Bearer"));
}

void TestTokenResponse::nullOptionalMembersAreAccepted()
{
    const auto result = TokenResponse::parse(
        200,
        body(R"("token_type":"Bearer","refresh_token":null,"id_token":null,"scope":null,)"
             R"("expires_in":null)"),
        fixedNow());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QVERIFY(result.value().refreshToken.isEmpty());
    QCOMPARE(result.value().expiresAt, fixedNow().addSecs(TokenResponse::kDefaultLifetimeSeconds));
}

void TestTokenResponse::malformedResponseIsNetworkError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("access_token missing")
        << QByteArray(R"({"token_type":"Bearer","expires_in":60})") << "access_token";
    QTest::newRow("access_token a number")
        << QByteArray(R"({"access_token":42,"token_type":"Bearer"})") << "access_token";
    QTest::newRow("access_token empty")
        << QByteArray(R"({"access_token":"","token_type":"Bearer"})") << "access_token";
    QTest::newRow("token_type missing") << body(R"("expires_in":60)") << "token_type";
    QTest::newRow("token_type a number") << body(R"("token_type":1)") << "token_type";
    QTest::newRow("token_type mac") << body(R"("token_type":"mac")") << "token_type";
    QTest::newRow("token_type DPoP") << body(R"("token_type":"DPoP")") << "token_type";
    QTest::newRow("refresh_token a number")
        << body(R"("token_type":"Bearer","refresh_token":7)") << "refresh_token";
    QTest::newRow("id_token an object")
        << body(R"("token_type":"Bearer","id_token":{})") << "id_token";
    QTest::newRow("scope an array")
        << body(R"("token_type":"Bearer","scope":["openid"])") << "scope";
    QTest::newRow("expires_in non-numeric string")
        << body(R"("token_type":"Bearer","expires_in":"soon")") << "expires_in";
    QTest::newRow("expires_in negative")
        << body(R"("token_type":"Bearer","expires_in":-5)") << "expires_in";
    QTest::newRow("expires_in negative string")
        << body(R"("token_type":"Bearer","expires_in":"-5")") << "expires_in";
    QTest::newRow("expires_in zero")
        << body(R"("token_type":"Bearer","expires_in":0)") << "expires_in";
    QTest::newRow("expires_in a bool")
        << body(R"("token_type":"Bearer","expires_in":true)") << "expires_in";
    QTest::newRow("not JSON") << QByteArray("access_token=abc&token_type=Bearer") << "JSON";
    QTest::newRow("JSON array") << QByteArray(R"([{"access_token":"abc"}])") << "JSON";
    QTest::newRow("empty body") << QByteArray() << "JSON";
}

void TestTokenResponse::malformedResponseIsNetworkError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto result = TokenResponse::parse(200, json, fixedNow());
    QVERIFY2(!result.ok(), json.constData());
    QCOMPARE(result.error().kind(), AuthError::Kind::Network);
    QCOMPARE(int(exitCodeFor(result.error())), int(ExitProviderOrNetwork));
    QVERIFY2(result.error().message().contains(QStringLiteral("malformed")),
             qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(mentions), qPrintable(result.error().message()));
}

void TestTokenResponse::oauthErrorBodyIsProviderError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("400 invalid_grant with description")
        << 400
        << QByteArray(R"({"error":"invalid_grant","error_description":"grant request is invalid"})")
        << "invalid_grant"
        << "grant request is invalid";
    QTest::newRow("401 invalid_client without description")
        << 401 << QByteArray(R"({"error":"invalid_client"})") << "invalid_client"
        << "invalid_client";
    QTest::newRow("200 with an error member")
        << 200 << QByteArray(R"({"error":"slow_down","error_description":"wait"})") << "slow_down"
        << "wait";
    QTest::newRow("200 with an error member next to a token")
        << 200
        << QByteArray(R"({"error":"invalid_request","access_token":"AT-5ecret-4ccess-T0ken",)"
                      R"("token_type":"Bearer"})")
        << "invalid_request"
        << "invalid_request";
}

void TestTokenResponse::oauthErrorBodyIsProviderError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    const auto result = TokenResponse::parse(status, json, fixedNow());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), code);
    QVERIFY2(result.error().message().contains(mentions), qPrintable(result.error().message()));

    const auto error = ErrorFormat::errorIn(ProviderProfile::ErrorFormat::Rfc6749, status, json,
                                            QStringLiteral("The token endpoint"));
    QVERIFY(error.has_value());
    QCOMPARE(error->providerCode(), code);
}

void TestTokenResponse::httpErrorWithoutOAuthErrorIsNetworkError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("500 HTML") << 500
                              << QByteArray(
                                     "<html><body><h1>Internal Server Error</h1></body></html>");
    QTest::newRow("502 empty") << 502 << QByteArray();
    QTest::newRow("400 JSON without error") << 400 << QByteArray(R"({"message":"bad"})");
    QTest::newRow("400 error not a string") << 400 << QByteArray(R"({"error":17})");
    QTest::newRow("no HTTP status") << 0 << QByteArray();
}

void TestTokenResponse::httpErrorWithoutOAuthErrorIsNetworkError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const auto result = TokenResponse::parse(status, body, fixedNow());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Network);
    QVERIFY(result.error().providerCode().isEmpty());
    QVERIFY2(result.error().message().contains(QString::number(status)),
             qPrintable(result.error().message()));
}

void TestTokenResponse::errorMessageNeverContainsTheAccessToken_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("token_type mac") << 200 << body(R"("token_type":"mac")");
    QTest::newRow("token_type missing") << 200 << body(R"("expires_in":5)");
    QTest::newRow("refresh_token wrong type")
        << 200 << body(R"("token_type":"Bearer","refresh_token":1)");
    QTest::newRow("expires_in bad") << 200 << body(R"("token_type":"Bearer","expires_in":"x")");
    QTest::newRow("error member") << 200 << body(R"("error":"invalid_request")");
    QTest::newRow("HTTP 500 with token") << 500 << body(R"("token_type":"Bearer")");
}

void TestTokenResponse::errorMessageNeverContainsTheAccessToken()
{
    QFETCH(int, status);
    QFETCH(QByteArray, json);
    const auto result = TokenResponse::parse(status, json, fixedNow());
    QVERIFY(!result.ok());
    QVERIFY2(!result.error().message().contains(kAccessToken),
             qPrintable(result.error().message()));
}

void TestTokenResponse::variantMapCarriesTokensForQtFlow()
{
    const auto result = TokenResponse::parse(
        200, body(R"("token_type":"Bearer","refresh_token":"RT-1","scope":"openid email")"),
        fixedNow());
    QVERIFY(result.ok());
    const QVariantMap map = result.value().toVariantMap();
    QCOMPARE(map.value(QStringLiteral("access_token")).toString(), kAccessToken);
    QCOMPARE(map.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(map.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("RT-1"));
    QCOMPARE(map.value(QStringLiteral("scope")).toString(), QStringLiteral("openid email"));
    QVERIFY(!map.contains(QStringLiteral("id_token")));
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
