// The provider-specific behaviour that lives in profiles and adapters: placeholders, error
// envelopes (with English and Korean messages), client secrets and client authentication.
#include "auth/ProviderNetworkAccess.h"
#include "auth/TokenResponse.h"
#include "common/ExitCode.h"
#include "providers/ErrorFormat.h"
#include "providers/ProfileRepository.h"
#include "storage/ClientSecrets.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace lc;

namespace {
QByteArray profileJson(const QJsonObject &extra = {})
{
    QJsonObject profile {
        { "id", "quirks" },
        { "displayName", "Quirks" },
        { "authorizationEndpoint", "%member-base%/auth/authorize" },
        { "tokenEndpoint", "%api-base%/oauth2/v1/token" },
        { "clientId", "%ottm-client-id%" },
        { "redirectUri", "http://localhost/callback" },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        profile.insert(it.key(), it.value());
    return QJsonDocument(profile).toJson();
}

const PlaceholderValues kValues({ { "member-base", "https://member.test" },
                                  { "api-base", "https://api.test" },
                                  { "ottm-client-id", "client-1" } });
} // namespace

class ProviderQuirksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersAreFilledFromTheGivenValues()
    {
        auto profile = ProviderProfile::fromJson(profileJson(), QStringLiteral("p.json"), kValues);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message()));
        QCOMPARE(profile.value().authorizationEndpoint,
                 QUrl(QStringLiteral("https://member.test/auth/authorize")));
        QCOMPARE(profile.value().clientId, QStringLiteral("client-1"));
    }

    void profileDefaultsFillWhatTheUserDidNotSet()
    {
        const PlaceholderValues partial(
            { { "api-base", "https://api.test" }, { "ottm-client-id", "c" } });
        auto profile = ProviderProfile::fromJson(
            profileJson({ { "placeholderDefaults",
                            QJsonObject { { "member-base", "https://default.test" } } } }),
            QStringLiteral("p.json"), partial);
        QVERIFY(profile.ok());
        QCOMPARE(profile.value().authorizationEndpoint.host(), QStringLiteral("default.test"));
        // …and the user's value wins over the default.
        auto overridden = ProviderProfile::fromJson(
            profileJson({ { "placeholderDefaults",
                            QJsonObject { { "member-base", "https://default.test" } } } }),
            QStringLiteral("p.json"), kValues);
        QCOMPARE(overridden.value().authorizationEndpoint.host(), QStringLiteral("member.test"));
    }

    void environmentWinsOverTheSettingsFile()
    {
        qputenv("LOGIN_COMPANION_MEMBER_BASE", "https://from-environment.test");
        const PlaceholderValues values({ { "member-base", "https://from-file.test" } }, true);
        QCOMPARE(*values.value(QStringLiteral("member-base")),
                 QStringLiteral("https://from-environment.test"));
        qunsetenv("LOGIN_COMPANION_MEMBER_BASE");
        QCOMPARE(*values.value(QStringLiteral("member-base")),
                 QStringLiteral("https://from-file.test"));
    }

    void unresolvedPlaceholderIsAnErrorNamingIt()
    {
        const PlaceholderValues missingApi(
            { { "member-base", "https://m.test" }, { "ottm-client-id", "c" } });
        auto profile
            = ProviderProfile::fromJson(profileJson(), QStringLiteral("p.json"), missingApi);
        QVERIFY(!profile.ok());
        QCOMPARE(exitCodeFor(profile.error()), ExitUsage);
        QVERIFY2(profile.error().message().contains(QStringLiteral("%api-base%")),
                 qPrintable(profile.error().message()));
        QVERIFY(profile.error().message().contains(QStringLiteral("LOGIN_COMPANION_API_BASE")));
        QVERIFY(profile.error().message().contains(QStringLiteral("p.json")));
    }

    void everyBuiltInProfileNamesWhatItNeeds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("needs");
        QTest::newRow("rayteams-dev") << "rayteams-dev" << QString(); // works as documented
        QTest::newRow("rayteams") << "rayteams"
                                  << "%rayteams-base%";
        QTest::newRow("ottm-dev") << "ottm-dev"
                                  << "%member-base%";
        QTest::newRow("ottm") << "ottm"
                              << "%member-prod-base%";
        QTest::newRow("light-oauth2") << "light-oauth2"
                                      << "%light-oauth2-cert-sha256%";
        QTest::newRow("upbond") << "upbond"
                                << "%upbond-client-id%";
    }

    void everyBuiltInProfileNamesWhatItNeeds()
    {
        QFETCH(QString, id);
        QFETCH(QString, needs);
        auto profile = ProfileRepository::load(id);
        if (needs.isEmpty()) {
            QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message()));
            QCOMPARE(profile.value().authorizationEndpoint.host(),
                     QStringLiteral("oauth-ap-northeast-2-development.rayteams.com"));
        } else {
            QVERIFY(!profile.ok());
            QVERIFY2(profile.error().message().contains(needs),
                     qPrintable(profile.error().message()));
        }
    }

    void secretInAProfileFileIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("clientSecret") << "clientSecret";
        QTest::newRow("client_secret") << "client_secret";
    }

    void secretInAProfileFileIsRefused()
    {
        QFETCH(QString, key);
        auto profile = ProviderProfile::fromJson(profileJson({ { key, "s3cr3t-value" } }),
                                                 QStringLiteral("p.json"), kValues);
        QVERIFY(!profile.ok());
        QCOMPARE(exitCodeFor(profile.error()), ExitUsage);
        QVERIFY(profile.error().message().contains(key));
        QVERIFY(profile.error().message().contains(QStringLiteral("secret set")));
        QVERIFY(!profile.error().message().contains(QStringLiteral("s3cr3t-value")));
    }

    void providerBehaviourKeysParse()
    {
        auto profile = ProviderProfile::fromJson(
            profileJson({ { "errorFormat", "ottm" },
                          { "clientAuthentication", "client_secret_basic" },
                          { "tokenExchange",
                            QJsonObject { { "backendUrl", "https://studio.test/exchange" } } },
                          { "redirectUriInRequests", false },
                          { "trustedCertificateSha256",
                            QJsonArray { "2D:71:16:42:B7:26:B0:44:01:62:7C:A9:FB:AC:32:F5:C8:53:0F:"
                                         "B1:90:3C:C4:DB:02:25:87:17:92:1A:48:81" } },
                          { "browser", "system" } }),
            QStringLiteral("p.json"), kValues);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message()));
        QCOMPARE(profile.value().errorFormat, ProviderProfile::ErrorFormat::Ottm);
        QCOMPARE(profile.value().clientAuthentication,
                 ProviderProfile::ClientAuthentication::SecretBasic);
        QCOMPARE(profile.value().tokenExchangeBackend,
                 QUrl(QStringLiteral("https://studio.test/exchange")));
        QVERIFY(!profile.value().redirectUriInRequests);
        QCOMPARE(profile.value().browser, ProviderProfile::BrowserMode::System);
        QCOMPARE(profile.value().trustedCertificateSha256.size(), 1);
        QCOMPARE(profile.value().trustedCertificateSha256.first().size(), 64);
        QVERIFY(!profile.value().needsClientSecret()); // the backend holds it
    }

    void badProviderBehaviourValuesNameTheKey_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("key");
        QTest::newRow("errorFormat") << QJsonObject { { "errorFormat", "xml" } } << "errorFormat";
        QTest::newRow("clientAuthentication")
            << QJsonObject { { "clientAuthentication", "private_key_jwt" } }
            << "clientAuthentication";
        QTest::newRow("tokenExchange without backendUrl")
            << QJsonObject { { "tokenExchange", QJsonObject {} } } << "tokenExchange";
        QTest::newRow("tokenExchange relative")
            << QJsonObject { { "tokenExchange", QJsonObject { { "backendUrl", "/exchange" } } } }
            << "tokenExchange.backendUrl";
        QTest::newRow("fingerprint too short")
            << QJsonObject { { "trustedCertificateSha256", QJsonArray { "AB:CD" } } }
            << "trustedCertificateSha256";
        QTest::newRow("redirectUriInRequests")
            << QJsonObject { { "redirectUriInRequests", "no" } } << "redirectUriInRequests";
        QTest::newRow("browser") << QJsonObject { { "browser", "firefox" } } << "browser";
    }

    void badProviderBehaviourValuesNameTheKey()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, key);
        auto profile
            = ProviderProfile::fromJson(profileJson(extra), QStringLiteral("p.json"), kValues);
        QVERIFY(!profile.ok());
        QVERIFY2(profile.error().message().contains(QLatin1Char('"') + key + QLatin1Char('"')),
                 qPrintable(profile.error().message()));
    }

    void ottmErrorCodesGetAMessageNamingTheCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        QTest::newRow("10051") << "10051"
                               << "the request is invalid"
                               << "요청";
        QTest::newRow("10071") << "10071"
                               << "scope is not allowed"
                               << "scope";
        QTest::newRow("10074") << "10074"
                               << "scope does not allow"
                               << "scope";
        QTest::newRow("10075") << "10075"
                               << "expired or is invalid"
                               << "만료";
        QTest::newRow("10076") << "10076"
                               << "not authorized"
                               << "클라이언트";
    }

    void ottmErrorCodesGetAMessageNamingTheCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        const QByteArray body
            = QStringLiteral(
                  R"({"error":{"code":"%1","message":"provider says %1"},"payload":null})")
                  .arg(code)
                  .toUtf8();
        auto result = TokenResponse::parse(400, body, QDateTime::currentDateTimeUtc(),
                                           ProviderProfile::ErrorFormat::Ottm);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().providerCode(), code);
        QCOMPARE(result.error().kind(), AuthError::Kind::Provider);
        QVERIFY2(result.error().message().contains(code), qPrintable(result.error().message()));
        QVERIFY2(result.error().message().contains(english), qPrintable(result.error().message()));
        QVERIFY(result.error().message().contains(QStringLiteral("provider says ") + code)); // kept

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/login-companion_ko.qm")));
        QCoreApplication::installTranslator(&translator);
        auto translated = TokenResponse::parse(400, body, QDateTime::currentDateTimeUtc(),
                                               ProviderProfile::ErrorFormat::Ottm);
        QCoreApplication::removeTranslator(&translator);
        const QString message = translated.error().message();
        QVERIFY2(message.contains(code), qPrintable(message));
        QVERIFY2(message.contains(korean), qPrintable(message));
        QVERIFY2(!message.contains(english), qPrintable(message));
    }

    void lightOauth2EnvelopeKeepsItsCode()
    {
        const QByteArray body
            = R"({"statusCode":401,"code":"ERR12002","message":"INVALID_CLIENT_CREDENTIALS","description":"Invalid client secret"})";
        auto result = TokenResponse::parse(401, body, QDateTime::currentDateTimeUtc(),
                                           ProviderProfile::ErrorFormat::LightOauth2);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().providerCode(), QStringLiteral("ERR12002"));
        QVERIFY(result.error().message().contains(QStringLiteral("ERR12002")));
        QVERIFY(result.error().message().contains(QStringLiteral("Invalid client secret")));
    }

    void envelopeFormatsStillUnderstandPlainOAuthErrors()
    {
        auto result = TokenResponse::parse(400, R"({"error":"invalid_grant"})",
                                           QDateTime::currentDateTimeUtc(),
                                           ProviderProfile::ErrorFormat::LightOauth2);
        QCOMPARE(result.error().providerCode(), QStringLiteral("invalid_grant"));
    }

    void basicClientAuthenticationFormEncodesBothParts()
    {
        // RFC 6749 §2.3.1: "a:b" with a reserved character in each part.
        const QByteArray header = ProviderNetworkAccess::basicAuthorization(
            QStringLiteral("id:1"), QStringLiteral("se cret"));
        QCOMPARE(header, QByteArray("Basic ") + QByteArray("id%3A1:se%20cret").toBase64());
    }

    void clientSecretVariableIsNamedAfterTheProfile()
    {
        QCOMPARE(ClientSecrets::environmentVariableFor(QStringLiteral("light-oauth2")),
                 QStringLiteral("LOGIN_COMPANION_CLIENT_SECRET_LIGHT_OAUTH2"));
    }
};

QTEST_GUILESS_MAIN(ProviderQuirksTest)
#include "tst_providerquirks.moc"
