#include "auth/AuthorizationResponse.h"
#include "common/ExitCode.h"

#include <QTest>

using namespace lc;

namespace {
const QString kState = QStringLiteral("st4te-Of-This-Attempt");
const QString kIssuer = QStringLiteral("https://id.acme.test");
const QString kCode = QStringLiteral("SplxlOBeZQQYbYS6WxSbIA");

Result<AuthorizationResponse> parse(const QString &query, const QString &expectedIssuer = kIssuer)
{
    return AuthorizationResponse::fromCallback(
        QUrl(QStringLiteral("http://localhost/callback?") + query), kState, expectedIssuer);
}
} // namespace

class TestAuthorizationResponse : public QObject
{
    Q_OBJECT

private slots:
    void goodCallbackYieldsCode();
    void issuerCheckAcceptsMatchingAbsentOrUnknownIssuer_data();
    void issuerCheckAcceptsMatchingAbsentOrUnknownIssuer();
    void differentIssuerIsRejected();
    void badStateIsRejected_data();
    void badStateIsRejected();
    void accessDeniedMeansCancelled();
    void providerErrorKeepsCodeAndDescription();
    void providerErrorWithoutDescriptionNamesCode();
    void errorRedirectWithWrongStateIsRejectedAsInvalidState();
    void missingCodeIsRejected_data();
    void missingCodeIsRejected();
    void duplicatedParameterIsRejected_data();
    void duplicatedParameterIsRejected();
    void errorMessagesNeverContainTheCode_data();
    void errorMessagesNeverContainTheCode();
};

void TestAuthorizationResponse::goodCallbackYieldsCode()
{
    const auto result
        = parse(QStringLiteral("code=%1&state=%2&iss=%3")
                    .arg(kCode, kState, QString::fromLatin1(QUrl::toPercentEncoding(kIssuer))));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().code, kCode);
    QCOMPARE(result.value().parameters.value(QStringLiteral("state")).toString(), kState);
    QCOMPARE(result.value().parameters.value(QStringLiteral("iss")).toString(), kIssuer);
}

void TestAuthorizationResponse::issuerCheckAcceptsMatchingAbsentOrUnknownIssuer_data()
{
    QTest::addColumn<QString>("issParameter"); // empty: not sent
    QTest::addColumn<QString>("expectedIssuer");

    QTest::newRow("iss equal") << kIssuer << kIssuer;
    QTest::newRow("iss absent") << QString() << kIssuer;
    QTest::newRow("expected issuer empty (plain OAuth)") << "https://other.test" << QString();
    QTest::newRow("both absent") << QString() << QString();
}

void TestAuthorizationResponse::issuerCheckAcceptsMatchingAbsentOrUnknownIssuer()
{
    QFETCH(QString, issParameter);
    QFETCH(QString, expectedIssuer);
    QString query = QStringLiteral("code=%1&state=%2").arg(kCode, kState);
    if (!issParameter.isEmpty())
        query
            += QStringLiteral("&iss=") + QString::fromLatin1(QUrl::toPercentEncoding(issParameter));
    const auto result = parse(query, expectedIssuer);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().code, kCode);
}

void TestAuthorizationResponse::differentIssuerIsRejected()
{
    const auto result = parse(QStringLiteral("code=%1&state=%2&iss=%3")
                                  .arg(kCode, kState,
                                       QString::fromLatin1(QUrl::toPercentEncoding(
                                           QStringLiteral("https://evil.test")))));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_issuer"));
    QVERIFY2(result.error().message().contains(QStringLiteral("https://evil.test")),
             qPrintable(result.error().message()));
}

void TestAuthorizationResponse::badStateIsRejected_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("state missing") << QStringLiteral("code=%1").arg(kCode);
    QTest::newRow("state empty") << QStringLiteral("code=%1&state=").arg(kCode);
    QTest::newRow("state different") << QStringLiteral("code=%1&state=other").arg(kCode);
    QTest::newRow("state prefix of expected")
        << QStringLiteral("code=%1&state=%2").arg(kCode, kState.left(5));
    QTest::newRow("state with suffix") << QStringLiteral("code=%1&state=%2x").arg(kCode, kState);
    QTest::newRow("state case differs")
        << QStringLiteral("code=%1&state=%2").arg(kCode, kState.toUpper());
}

void TestAuthorizationResponse::badStateIsRejected()
{
    QFETCH(QString, query);
    const auto result = parse(query);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_state"));
}

void TestAuthorizationResponse::accessDeniedMeansCancelled()
{
    const auto result = parse(QStringLiteral("error=access_denied&state=%1").arg(kState));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Cancelled);
    QCOMPARE(int(exitCodeFor(result.error())), int(ExitCancelled));
    QCOMPARE(result.error().providerCode(), QStringLiteral("access_denied"));
}

void TestAuthorizationResponse::providerErrorKeepsCodeAndDescription()
{
    const auto result
        = parse(QStringLiteral("error=server_error&error_description=x&state=%1").arg(kState));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), QStringLiteral("server_error"));
    QVERIFY2(result.error().message().contains(QStringLiteral(": x")),
             qPrintable(result.error().message()));

    const auto described = parse(QStringLiteral("error=temporarily_unavailable&error_description="
                                                "Try%20again%20later&state=%1")
                                     .arg(kState));
    QVERIFY(!described.ok());
    QCOMPARE(described.error().providerCode(), QStringLiteral("temporarily_unavailable"));
    QVERIFY2(described.error().message().contains(QStringLiteral("Try again later")),
             qPrintable(described.error().message()));
}

void TestAuthorizationResponse::providerErrorWithoutDescriptionNamesCode()
{
    const auto result = parse(QStringLiteral("error=invalid_scope&state=%1").arg(kState));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_scope"));
    QVERIFY2(result.error().message().contains(QStringLiteral("invalid_scope")),
             qPrintable(result.error().message()));
}

void TestAuthorizationResponse::errorRedirectWithWrongStateIsRejectedAsInvalidState()
{
    // An unsolicited redirect must not be able to cancel the user's attempt.
    for (const QString &query : { QStringLiteral("error=access_denied&state=forged"),
                                  QStringLiteral("error=access_denied"),
                                  QStringLiteral("error=server_error&state=forged") }) {
        const auto result = parse(query);
        QVERIFY2(!result.ok(), qPrintable(query));
        QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
        QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_state"));
    }
}

void TestAuthorizationResponse::missingCodeIsRejected_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("no code") << QStringLiteral("state=%1").arg(kState);
    QTest::newRow("empty code") << QStringLiteral("code=&state=%1").arg(kState);
}

void TestAuthorizationResponse::missingCodeIsRejected()
{
    QFETCH(QString, query);
    const auto result = parse(query);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_request"));
}

void TestAuthorizationResponse::duplicatedParameterIsRejected_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("code twice") << QStringLiteral("code=%1&code=other&state=%2").arg(kCode, kState);
    QTest::newRow("state twice") << QStringLiteral("code=%1&state=%2&state=%2").arg(kCode, kState);
    QTest::newRow("state twice, forged first")
        << QStringLiteral("code=%1&state=forged&state=%2").arg(kCode, kState);
    QTest::newRow("iss twice") << QStringLiteral("code=%1&state=%2&iss=a&iss=b").arg(kCode, kState);
}

void TestAuthorizationResponse::duplicatedParameterIsRejected()
{
    QFETCH(QString, query);
    const auto result = parse(query);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_request"));
}

void TestAuthorizationResponse::errorMessagesNeverContainTheCode_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("state missing") << QStringLiteral("code=%1").arg(kCode);
    QTest::newRow("state mismatch") << QStringLiteral("code=%1&state=forged").arg(kCode);
    QTest::newRow("issuer mismatch")
        << QStringLiteral("code=%1&state=%2&iss=https%3A%2F%2Fevil.test").arg(kCode, kState);
    QTest::newRow("code duplicated")
        << QStringLiteral("code=%1&code=%1&state=%2").arg(kCode, kState);
    QTest::newRow("error next to code")
        << QStringLiteral("code=%1&error=server_error&state=%2").arg(kCode, kState);
}

void TestAuthorizationResponse::errorMessagesNeverContainTheCode()
{
    QFETCH(QString, query);
    const auto result = parse(query);
    QVERIFY(!result.ok());
    QVERIFY2(!result.error().message().contains(kCode), qPrintable(result.error().message()));
    QVERIFY(!result.error().providerCode().contains(kCode));
}

QTEST_GUILESS_MAIN(TestAuthorizationResponse)
#include "tst_authorizationresponse.moc"
