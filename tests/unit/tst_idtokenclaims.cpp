#include "auth/IdTokenClaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lc;

namespace {
const QString kIssuer = QStringLiteral("https://id.acme.test");
const QString kClientId = QStringLiteral("launcher-client");

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An unsigned compact JWS: the token endpoint's TLS connection stands in for the signature.
QString jwt(const QByteArray &payload)
{
    return QString::fromLatin1(b64(R"({"alg":"RS256","typ":"JWT"})") + '.' + b64(payload) + '.'
                               + b64("not-a-real-signature"));
}

QString jwt(const QJsonObject &claims)
{
    return jwt(QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

QJsonObject validClaims()
{
    return QJsonObject { { "iss", kIssuer },
                         { "sub", "user-123" },
                         { "aud", kClientId },
                         { "exp", 1893456000 },
                         { "iat", 1735732800 } };
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

Result<IdTokenClaims> check(const QString &token, const QString &expectedIssuer,
                            const QString &nonce = {})
{
    auto decoded = IdTokenClaims::decode(token);
    if (!decoded.ok())
        return decoded.error();
    IdTokenExpectations expected;
    expected.issuer = expectedIssuer;
    expected.clientId = kClientId;
    expected.nonce = nonce;
    expected.now = kNow;
    return IdTokenClaims::validate(decoded.value().claims, expected);
}
} // namespace

class TestIdTokenClaims : public QObject
{
    Q_OBJECT

private slots:
    void validTokenIsAccepted_data();
    void validTokenIsAccepted();
    void invalidTokenIsRejected_data();
    void invalidTokenIsRejected();
    void matchingNonceIsAccepted();
    void refreshedTokenMustKeepIssuerSubjectAndAudience_data();
    void refreshedTokenMustKeepIssuerSubjectAndAudience();
};

void TestIdTokenClaims::validTokenIsAccepted_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expectedIssuer");

    QTest::newRow("aud string") << jwt(validClaims()) << kIssuer;
    QTest::newRow("aud array containing client, azp is the client") << jwt(
        with(with(validClaims(), "aud", QJsonArray { "other-api", kClientId }), "azp", kClientId))
                                                                    << kIssuer;
    QTest::newRow("aud array with only the client")
        << jwt(with(validClaims(), "aud", QJsonArray { kClientId })) << kIssuer;
    QTest::newRow("expired within the clock skew")
        << jwt(with(validClaims(), "exp", kNow.toSecsSinceEpoch() - 60)) << kIssuer;
    QTest::newRow("issued slightly in the future, within the skew")
        << jwt(with(validClaims(), "iat", kNow.toSecsSinceEpoch() + 60)) << kIssuer;
    QTest::newRow("no expected issuer (plain OAuth profile)")
        << jwt(with(validClaims(), "iss", "https://anything.test")) << QString();
}

void TestIdTokenClaims::validTokenIsAccepted()
{
    QFETCH(QString, token);
    QFETCH(QString, expectedIssuer);
    const auto result = check(token, expectedIssuer);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().subject(), QStringLiteral("user-123"));
}

void TestIdTokenClaims::invalidTokenIsRejected_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("nonce");

    QTest::newRow("wrong aud") << jwt(with(validClaims(), "aud", "other-client")) << QString();
    QTest::newRow("aud array without client")
        << jwt(with(validClaims(), "aud", QJsonArray { "other-api", "other-client" })) << QString();
    QTest::newRow("aud missing") << jwt([] {
        QJsonObject claims = validClaims();
        claims.remove(QStringLiteral("aud"));
        return claims;
    }()) << QString();
    QTest::newRow("wrong iss") << jwt(with(validClaims(), "iss", "https://evil.test")) << QString();
    QTest::newRow("iss missing") << jwt([] {
        QJsonObject claims = validClaims();
        claims.remove(QStringLiteral("iss"));
        return claims;
    }()) << QString();
    QTest::newRow("sub missing") << jwt([] {
        QJsonObject claims = validClaims();
        claims.remove(QStringLiteral("sub"));
        return claims;
    }()) << QString();
    QTest::newRow("sub empty") << jwt(with(validClaims(), "sub", "")) << QString();
    QTest::newRow("two parts") << jwt(validClaims()).section(QLatin1Char('.'), 0, 1) << QString();
    QTest::newRow("four parts") << jwt(validClaims()) + QStringLiteral(".extra") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("payload not JSON") << jwt(QByteArray("this is not json")) << QString();
    QTest::newRow("payload a JSON array") << jwt(QByteArray(R"(["sub","user-123"])")) << QString();
    QTest::newRow("several audiences without azp")
        << jwt(with(validClaims(), "aud", QJsonArray { "other-api", kClientId })) << QString();
    QTest::newRow("azp is another client")
        << jwt(with(validClaims(), "azp", "other-client")) << QString();
    QTest::newRow("expired beyond the skew")
        << jwt(with(validClaims(), "exp", kNow.toSecsSinceEpoch() - 121)) << QString();
    QTest::newRow("exp missing") << jwt(without(validClaims(), "exp")) << QString();
    QTest::newRow("iat missing") << jwt(without(validClaims(), "iat")) << QString();
    QTest::newRow("iat in the future beyond the skew")
        << jwt(with(validClaims(), "iat", kNow.toSecsSinceEpoch() + 3600)) << QString();
    QTest::newRow("nonce differs") << jwt(with(validClaims(), "nonce", "other")) << "expected";
    QTest::newRow("nonce missing") << jwt(validClaims()) << "expected";
}

void TestIdTokenClaims::invalidTokenIsRejected()
{
    QFETCH(QString, token);
    QFETCH(QString, nonce);
    const auto result = check(token, kIssuer, nonce);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_id_token"));
}

void TestIdTokenClaims::matchingNonceIsAccepted()
{
    const auto result = check(jwt(with(validClaims(), "nonce", "n-123")), kIssuer, "n-123");
    QVERIFY(result.ok());
}

void TestIdTokenClaims::refreshedTokenMustKeepIssuerSubjectAndAudience_data()
{
    QTest::addColumn<QJsonObject>("refreshed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("same identity") << validClaims() << true;
    QTest::newRow("other issuer") << with(validClaims(), "iss", "https://other.test") << false;
    QTest::newRow("other subject") << with(validClaims(), "sub", "user-999") << false;
    QTest::newRow("other audience") << with(validClaims(), "aud", "other-client") << false;
}

void TestIdTokenClaims::refreshedTokenMustKeepIssuerSubjectAndAudience()
{
    QFETCH(QJsonObject, refreshed);
    QFETCH(bool, accepted);
    const Status same = IdTokenClaims::checkSameIdentity(IdTokenClaims { validClaims() },
                                                         IdTokenClaims { refreshed });
    QCOMPARE(same.ok(), accepted);
    if (!accepted)
        QCOMPARE(same.error().providerCode(), QStringLiteral("invalid_id_token"));
}

QTEST_GUILESS_MAIN(TestIdTokenClaims)
#include "tst_idtokenclaims.moc"
