#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "providers/ProviderProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lc;

namespace {

const QString kSource = QStringLiteral("profiles/acme-test.json");

// A profile using every key the format knows.
QJsonObject fullProfile()
{
    return QJsonObject {
        { "id", "acme-test" },
        { "displayName", "Acme Test" },
        { "issuer", "https://id.acme.test" },
        { "authorizationEndpoint", "https://id.acme.test/oauth/authorize" },
        { "tokenEndpoint", "https://id.acme.test/oauth/token" },
        { "userinfoEndpoint", "https://id.acme.test/userinfo" },
        { "revocationEndpoint", "https://id.acme.test/oauth/revoke" },
        { "clientId", "launcher-client" },
        { "redirectUri", "http://localhost/callback" },
        { "scopes", QJsonArray { "openid", "offline_access", "profile" } },
        { "extraAuthorizationParameters", QJsonObject { { "prompt", "consent" } } },
        { "pkce", "S256" },
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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

void verifyConfigError(const Result<ProviderProfile> &result, const QString &mustMention)
{
    QVERIFY2(!result.ok(), "the profile was accepted");
    QCOMPARE(result.error().kind(), AuthError::Kind::Config);
    QCOMPARE(int(exitCodeFor(result.error())), 64);
    QVERIFY2(result.error().message().contains(kSource), qPrintable(result.error().message()));
    if (!mustMention.isEmpty())
        QVERIFY2(result.error().message().contains(mustMention),
                 qPrintable(result.error().message()));
}

} // namespace

class TestProviderProfile : public QObject
{
    Q_OBJECT

private slots:
    void fullProfileParsesEveryKey();
    void minimalProfileDefaultsToS256AndNoScopes();
    void pkceNoneIsAccepted();

    void invalidJsonIsConfigErrorNamingSource();
    void nonObjectDocumentIsConfigErrorNamingSource_data();
    void nonObjectDocumentIsConfigErrorNamingSource();

    void missingRequiredKeyIsConfigErrorNamingKey_data();
    void missingRequiredKeyIsConfigErrorNamingKey();
    void invalidValueIsConfigErrorNamingKey_data();
    void invalidValueIsConfigErrorNamingKey();

    void issuerAloneLeavesTheEndpointsToDiscovery();
    void newOptionalKeysParse();
    void builtInDemoProfileLoadsById();
    void unknownBuiltInIdIsConfigErrorListingBuiltIns();
    void profileFileLoadsByPath();
    void unreadableProfileFileIsConfigErrorNamingPath();
    void invalidProfileFileErrorNamesThePath();
};

void TestProviderProfile::fullProfileParsesEveryKey()
{
    const auto result = ProviderProfile::fromJson(toJson(fullProfile()), kSource);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    const ProviderProfile &profile = result.value();
    QCOMPARE(profile.id, QStringLiteral("acme-test"));
    QCOMPARE(profile.displayName, QStringLiteral("Acme Test"));
    QCOMPARE(profile.issuer, QStringLiteral("https://id.acme.test"));
    QCOMPARE(profile.authorizationEndpoint,
             QUrl(QStringLiteral("https://id.acme.test/oauth/authorize")));
    QCOMPARE(profile.tokenEndpoint, QUrl(QStringLiteral("https://id.acme.test/oauth/token")));
    QCOMPARE(profile.userinfoEndpoint, QUrl(QStringLiteral("https://id.acme.test/userinfo")));
    QCOMPARE(profile.revocationEndpoint, QUrl(QStringLiteral("https://id.acme.test/oauth/revoke")));
    QCOMPARE(profile.clientId, QStringLiteral("launcher-client"));
    QCOMPARE(profile.redirectUri, QUrl(QStringLiteral("http://localhost/callback")));
    QCOMPARE(profile.scopes,
             QStringList({ QStringLiteral("openid"), QStringLiteral("offline_access"),
                           QStringLiteral("profile") }));
    QCOMPARE(profile.extraAuthorizationParameters.size(), 1);
    QCOMPARE(profile.extraAuthorizationParameters.value(QStringLiteral("prompt")),
             QStringLiteral("consent"));
    QCOMPARE(profile.pkce, ProviderProfile::PkceMethod::S256);
    QCOMPARE(profile.source, kSource);
    QVERIFY(profile.requestsScope(QStringLiteral("offline_access")));
    QVERIFY(!profile.requestsScope(QStringLiteral("email")));
}

void TestProviderProfile::minimalProfileDefaultsToS256AndNoScopes()
{
    QJsonObject minimal = fullProfile();
    for (const char *key : { "issuer", "userinfoEndpoint", "revocationEndpoint", "scopes",
                             "extraAuthorizationParameters", "pkce" })
        minimal.remove(QLatin1String(key));
    const auto result = ProviderProfile::fromJson(toJson(minimal), kSource);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().pkce, ProviderProfile::PkceMethod::S256);
    QVERIFY(result.value().issuer.isEmpty());
    QVERIFY(result.value().userinfoEndpoint.isEmpty());
    QVERIFY(result.value().revocationEndpoint.isEmpty());
    QVERIFY(result.value().scopes.isEmpty());
    QVERIFY(result.value().extraAuthorizationParameters.isEmpty());
}

void TestProviderProfile::pkceNoneIsAccepted()
{
    const auto result
        = ProviderProfile::fromJson(toJson(with(fullProfile(), "pkce", "none")), kSource);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().pkce, ProviderProfile::PkceMethod::None);
}

void TestProviderProfile::invalidJsonIsConfigErrorNamingSource()
{
    const auto result = ProviderProfile::fromJson(R"({"id": "acme-test", )", kSource);
    verifyConfigError(result, QStringLiteral("JSON"));
}

void TestProviderProfile::nonObjectDocumentIsConfigErrorNamingSource_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << QByteArray(R"([{"id": "acme-test"}])");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("empty file") << QByteArray();
}

void TestProviderProfile::nonObjectDocumentIsConfigErrorNamingSource()
{
    QFETCH(QByteArray, json);
    verifyConfigError(ProviderProfile::fromJson(json, kSource), QString());
}

void TestProviderProfile::missingRequiredKeyIsConfigErrorNamingKey_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : { "id", "displayName", "authorizationEndpoint", "tokenEndpoint",
                             "clientId", "redirectUri" })
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestProviderProfile::missingRequiredKeyIsConfigErrorNamingKey()
{
    QFETCH(QString, key);
    // Without an issuer there is no discovery to supply the endpoints.
    const auto result = ProviderProfile::fromJson(
        toJson(without(without(fullProfile(), QStringLiteral("issuer")), key)), kSource);
    verifyConfigError(result, QLatin1Char('"') + key + QLatin1Char('"'));
    QVERIFY2(result.error().message().contains(QStringLiteral("missing")),
             qPrintable(result.error().message()));
}

void TestProviderProfile::issuerAloneLeavesTheEndpointsToDiscovery()
{
    QJsonObject profile = without(without(fullProfile(), QStringLiteral("authorizationEndpoint")),
                                  QStringLiteral("tokenEndpoint"));
    const auto result = ProviderProfile::fromJson(toJson(profile), kSource);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QVERIFY(result.value().needsDiscovery());
    QVERIFY(result.value().authorizationEndpoint.isEmpty());
}

void TestProviderProfile::newOptionalKeysParse()
{
    QJsonObject profile = fullProfile();
    profile.insert(QStringLiteral("jwksUri"), QStringLiteral("https://id.acme.test/jwks"));
    profile.insert(QStringLiteral("endSessionEndpoint"),
                   QStringLiteral("https://id.acme.test/logout"));
    profile.insert(QStringLiteral("environment"), QStringLiteral("development"));
    profile.insert(QStringLiteral("clockSkewSeconds"), 30);
    const auto result = ProviderProfile::fromJson(toJson(profile), kSource);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().jwksUri, QUrl(QStringLiteral("https://id.acme.test/jwks")));
    QCOMPARE(result.value().environment, QStringLiteral("development"));
    QCOMPARE(result.value().clockSkewSeconds, 30);
    QVERIFY(!result.value().needsDiscovery()); // everything is given

    verifyConfigError(ProviderProfile::fromJson(
                          toJson(with(profile, QStringLiteral("clockSkewSeconds"), -1)), kSource),
                      QStringLiteral("\"clockSkewSeconds\""));
    verifyConfigError(
        ProviderProfile::fromJson(
            toJson(with(profile, QStringLiteral("jwksUri"), QStringLiteral("jwks.json"))), kSource),
        QStringLiteral("\"jwksUri\""));
}

void TestProviderProfile::invalidValueIsConfigErrorNamingKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key"); // as the message must quote it

    const QJsonObject base = fullProfile();
    auto row = [&](const char *name, const QJsonObject &profile, const QString &key) {
        QTest::newRow(name) << toJson(profile) << key;
    };

    // Wrong types where a string is expected.
    row("id is a number", with(base, "id", 42), "id");
    row("displayName is a bool", with(base, "displayName", true), "displayName");
    row("clientId is an array", with(base, "clientId", QJsonArray { "a" }), "clientId");
    row("tokenEndpoint is an object", with(base, "tokenEndpoint", QJsonObject {}), "tokenEndpoint");
    row("issuer is a number", with(base, "issuer", 1), "issuer");
    row("pkce is a bool", with(base, "pkce", true), "pkce");
    row("clientId is empty", with(base, "clientId", "  "), "clientId");

    // scopes and extraAuthorizationParameters.
    row("scopes is a string", with(base, "scopes", "openid profile"), "scopes");
    row("scopes holds a number", with(base, "scopes", QJsonArray { "openid", 3 }), "scopes");
    row("scopes holds an object", with(base, "scopes", QJsonArray { QJsonObject {} }), "scopes");
    row("scopes item has a space", with(base, "scopes", QJsonArray { "openid profile" }), "scopes");
    row("extra parameters is a string", with(base, "extraAuthorizationParameters", "prompt=x"),
        "extraAuthorizationParameters");
    row("extra parameter value is a number",
        with(base, "extraAuthorizationParameters", QJsonObject { { "max_age", 300 } }),
        "extraAuthorizationParameters.max_age");
    row("extra parameter value is null",
        with(base, "extraAuthorizationParameters", QJsonObject { { "prompt", QJsonValue() } }),
        "extraAuthorizationParameters.prompt");

    // Unknown keys (typos must not be silently ignored).
    row("unknown key clientSecret", with(base, "clientSecret", "s3cr3t"), "clientSecret");
    row("unknown key scope (typo of scopes)", with(base, "scope", "openid"), "scope");

    // URLs.
    row("authorizationEndpoint relative path",
        with(base, "authorizationEndpoint", "/oauth/authorize"), "authorizationEndpoint");
    row("tokenEndpoint without scheme", with(base, "tokenEndpoint", "id.acme.test/oauth/token"),
        "tokenEndpoint");
    row("tokenEndpoint host:port without scheme",
        with(base, "tokenEndpoint", "localhost:4380/token"), "tokenEndpoint");
    row("tokenEndpoint ftp scheme", with(base, "tokenEndpoint", "ftp://id.acme.test/token"),
        "tokenEndpoint");
    row("authorizationEndpoint javascript scheme",
        with(base, "authorizationEndpoint", "javascript:alert(1)"), "authorizationEndpoint");
    row("authorizationEndpoint without host", with(base, "authorizationEndpoint", "https:///auth"),
        "authorizationEndpoint");
    row("redirectUri custom scheme", with(base, "redirectUri", "com.acme.launcher:/callback"),
        "redirectUri");
    row("redirectUri relative", with(base, "redirectUri", "callback"), "redirectUri");
    row("redirectUri with fragment", with(base, "redirectUri", "http://localhost/callback#x"),
        "redirectUri");
    row("issuer urn", with(base, "issuer", "urn:acme:issuer"), "issuer");
    row("userinfoEndpoint ftp scheme", with(base, "userinfoEndpoint", "ftp://id.acme.test/me"),
        "userinfoEndpoint");
    row("revocationEndpoint relative", with(base, "revocationEndpoint", "revoke"),
        "revocationEndpoint");

    // PKCE.
    row("pkce plain", with(base, "pkce", "plain"), "pkce");
    row("pkce lowercase s256", with(base, "pkce", "s256"), "pkce");

    // Parameters the flow owns.
    for (const char *reserved :
         { "state", "code_challenge", "code_challenge_method", "redirect_uri", "client_id",
           "response_type", "scope", "nonce" }) {
        const QByteArray name = QByteArray("reserved extra parameter ") + reserved;
        row(name.constData(),
            with(base, "extraAuthorizationParameters",
                 QJsonObject { { QLatin1String(reserved), "attacker-chosen" } }),
            QStringLiteral("extraAuthorizationParameters.") + QLatin1String(reserved));
    }

    // Ids are used in file names and keychain keys.
    row("id uppercase", with(base, "id", "Acme"), "id");
    row("id with space", with(base, "id", "acme test"), "id");
    row("id with slash", with(base, "id", "../acme"), "id");
    row("id leading dash", with(base, "id", "-acme"), "id");
    row("id leading dot", with(base, "id", ".acme"), "id");
}

void TestProviderProfile::invalidValueIsConfigErrorNamingKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    verifyConfigError(ProviderProfile::fromJson(json, kSource),
                      QLatin1Char('"') + key + QLatin1Char('"'));
}

void TestProviderProfile::builtInDemoProfileLoadsById()
{
    const auto result = ProfileRepository::load(QStringLiteral("demo"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().id, QStringLiteral("demo"));
    QVERIFY(!result.value().clientId.isEmpty());
    QVERIFY(result.value().redirectUri.isValid());
    QCOMPARE(ProfileRepository::defaultProfileId(), QStringLiteral("demo"));

    QStringList builtInIds;
    for (const ProviderProfile &profile : ProfileRepository::builtIn())
        builtInIds.append(profile.id);
    QVERIFY2(builtInIds.contains(QStringLiteral("demo")), qPrintable(builtInIds.join(u',')));
}

void TestProviderProfile::unknownBuiltInIdIsConfigErrorListingBuiltIns()
{
    const auto result = ProfileRepository::load(QStringLiteral("no-such-provider"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Config);
    QCOMPARE(int(exitCodeFor(result.error())), 64);
    QVERIFY2(result.error().message().contains(QStringLiteral("no-such-provider")),
             qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(QStringLiteral("demo")),
             qPrintable(result.error().message()));
}

void TestProviderProfile::profileFileLoadsByPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("acme.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(toJson(fullProfile()));
    file.close();

    const auto result = ProfileRepository::load(path);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value().id, QStringLiteral("acme-test"));
    QCOMPARE(result.value().source, path);
}

void TestProviderProfile::unreadableProfileFileIsConfigErrorNamingPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.json"));
    const auto result = ProfileRepository::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Config);
    QVERIFY2(result.error().message().contains(path), qPrintable(result.error().message()));
}

void TestProviderProfile::invalidProfileFileErrorNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(toJson(without(without(fullProfile(), QStringLiteral("issuer")),
                              QStringLiteral("tokenEndpoint"))));
    file.close();

    const auto result = ProfileRepository::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), AuthError::Kind::Config);
    QVERIFY2(result.error().message().contains(path), qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(QStringLiteral("\"tokenEndpoint\"")),
             qPrintable(result.error().message()));
}

QTEST_GUILESS_MAIN(TestProviderProfile)
#include "tst_providerprofile.moc"
