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
} // namespace

class TestIdTokenClaims : public QObject
{
    Q_OBJECT

private slots:
    void validTokenIsAccepted_data();
    void validTokenIsAccepted();
    void invalidTokenIsRejected_data();
    void invalidTokenIsRejected();
    void displayNamePrefersNameThenUsernameThenEmail_data();
    void displayNamePrefersNameThenUsernameThenEmail();
};

void TestIdTokenClaims::validTokenIsAccepted_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expectedIssuer");

    QTest::newRow("aud string") << jwt(validClaims()) << kIssuer;
    QTest::newRow("aud array containing client")
        << jwt(with(validClaims(), "aud", QJsonArray { "other-api", kClientId })) << kIssuer;
    QTest::newRow("no expected issuer (plain OAuth profile)")
        << jwt(with(validClaims(), "iss", "https://anything.test")) << QString();
}

void TestIdTokenClaims::validTokenIsAccepted()
{
    QFETCH(QString, token);
    QFETCH(QString, expectedIssuer);
    const auto result = IdTokenClaims::decode(token, expectedIssuer, kClientId);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().subject(), QStringLiteral("user-123"));
}

void TestIdTokenClaims::invalidTokenIsRejected_data()
{
    QTest::addColumn<QString>("token");

    QTest::newRow("wrong aud") << jwt(with(validClaims(), "aud", "other-client"));
    QTest::newRow("aud array without client")
        << jwt(with(validClaims(), "aud", QJsonArray { "other-api", "other-client" }));
    QTest::newRow("aud missing") << jwt([] {
        QJsonObject claims = validClaims();
        claims.remove(QStringLiteral("aud"));
        return claims;
    }());
    QTest::newRow("wrong iss") << jwt(with(validClaims(), "iss", "https://evil.test"));
    QTest::newRow("iss missing") << jwt([] {
        QJsonObject claims = validClaims();
        claims.remove(QStringLiteral("iss"));
        return claims;
    }());
    QTest::newRow("sub missing") << jwt([] {
        QJsonObject claims = validClaims();
        claims.remove(QStringLiteral("sub"));
        return claims;
    }());
    QTest::newRow("sub empty") << jwt(with(validClaims(), "sub", ""));
    QTest::newRow("two parts") << jwt(validClaims()).section(QLatin1Char('.'), 0, 1);
    QTest::newRow("four parts") << jwt(validClaims()) + QStringLiteral(".extra");
    QTest::newRow("empty") << QString();
    QTest::newRow("payload not JSON") << jwt(QByteArray("this is not json"));
    QTest::newRow("payload a JSON array") << jwt(QByteArray(R"(["sub","user-123"])"));
}

void TestIdTokenClaims::invalidTokenIsRejected()
{
    QFETCH(QString, token);
    const auto result = IdTokenClaims::decode(token, kIssuer, kClientId);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_id_token"));
}

void TestIdTokenClaims::displayNamePrefersNameThenUsernameThenEmail_data()
{
    QTest::addColumn<QJsonObject>("extraClaims");
    QTest::addColumn<QString>("displayName");

    const QJsonObject all { { "name", "Alice Liddell" },
                            { "preferred_username", "alice" },
                            { "email", "alice@acme.test" } };
    QTest::newRow("all three") << all << "Alice Liddell";
    QTest::newRow("empty name") << with(all, "name", "") << "alice";
    QTest::newRow("username and email")
        << QJsonObject { { "preferred_username", "alice" }, { "email", "alice@acme.test" } }
        << "alice";
    QTest::newRow("email only") << QJsonObject { { "email", "alice@acme.test" } }
                                << "alice@acme.test";
    QTest::newRow("none") << QJsonObject {} << "";
}

void TestIdTokenClaims::displayNamePrefersNameThenUsernameThenEmail()
{
    QFETCH(QJsonObject, extraClaims);
    QFETCH(QString, displayName);
    QJsonObject claims = validClaims();
    for (auto it = extraClaims.begin(); it != extraClaims.end(); ++it)
        claims.insert(it.key(), it.value());
    const auto result = IdTokenClaims::decode(jwt(claims), kIssuer, kClientId);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().displayName(), displayName);
}

QTEST_GUILESS_MAIN(TestIdTokenClaims)
#include "tst_idtokenclaims.moc"
