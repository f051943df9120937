// Provider metadata and signing keys against the in-memory provider: discovery's RFC 8414
// fallback, its cache lifetime on Services' clock, the issuer check, and the JWKS re-fetch limit.
#include "FakeServices.h"
#include "auth/SigningKeys.h"
#include "providers/ProviderDiscovery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace lc;
using namespace lc::testing;

namespace {
const QString kIssuer = QStringLiteral("https://id.acme.test/tenant");

// RFC 7515 appendix A.2's RSA public key.
const char kModulus[] = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-"
                        "4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r"
                        "2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UT"
                        "o7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxX"
                        "FvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";

QJsonObject metadata(const QString &issuer)
{
    return { { "issuer", issuer },
             { "authorization_endpoint", "https://id.acme.test/tenant/authorize" },
             { "token_endpoint", "https://id.acme.test/tenant/token" },
             { "jwks_uri", "https://id.acme.test/tenant/jwks" },
             { "code_challenge_methods_supported", QJsonArray { "S256" } } };
}

ProviderProfile issuerOnlyProfile()
{
    ProviderProfile profile;
    profile.id = QStringLiteral("acme");
    profile.issuer = kIssuer;
    profile.clientId = QStringLiteral("launcher");
    profile.redirectUri = QUrl(QStringLiteral("http://localhost/callback"));
    profile.scopes = { QStringLiteral("openid") };
    profile.source = QStringLiteral("test");
    return profile;
}
} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void openIdDiscoveryAnswering404FallsBackToRfc8414();
    void cachedDocumentIsUsedUntilClockPassesExpiry();
    void documentNamingAnotherIssuerFails();

    void forcedKeyFetchHappensAtMostOncePerMinute();

private:
    ProviderDiscovery *newDiscovery()
    {
        return new ProviderDiscovery(m_fake->newNetworkAccess(this),
                                     m_fake->services().metadataCache, m_fake->clock(), this);
    }

    std::unique_ptr<FakeServices> m_fake;
    const QUrl m_openIdUrl { QStringLiteral(
        "https://id.acme.test/tenant/.well-known/openid-configuration") };
    const QUrl m_rfc8414Url { QStringLiteral(
        "https://id.acme.test/.well-known/oauth-authorization-server/tenant") };
};

void TestDiscovery::init()
{
    m_fake = std::make_unique<FakeServices>();
}

void TestDiscovery::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_fake.reset();
}

void TestDiscovery::openIdDiscoveryAnswering404FallsBackToRfc8414()
{
    m_fake->provider()->on("GET", m_openIdUrl, FakeResponse::http(404, "Not Found"));
    m_fake->provider()->on("GET", m_rfc8414Url, FakeResponse::json(metadata(kIssuer)));
    ProviderDiscovery *discovery = newDiscovery();
    QSignalSpy resolved(discovery, &ProviderDiscovery::resolved);
    QSignalSpy failed(discovery, &ProviderDiscovery::failed);

    discovery->resolve(issuerOnlyProfile());
    QTRY_COMPARE(resolved.size() + failed.size(), 1);

    QCOMPARE(resolved.size(), 1);
    const auto profile = resolved.at(0).at(0).value<ProviderProfile>();
    QCOMPARE(profile.tokenEndpoint, QUrl(QStringLiteral("https://id.acme.test/tenant/token")));
    const auto requests = m_fake->provider()->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].url, m_openIdUrl);
    QCOMPARE(requests[1].url, m_rfc8414Url);
}

void TestDiscovery::cachedDocumentIsUsedUntilClockPassesExpiry()
{
    m_fake->provider()->on(
        "GET", m_openIdUrl,
        FakeResponse::json(metadata(kIssuer)).withHeader("Cache-Control", "public, max-age=600"));
    ProviderDiscovery *discovery = newDiscovery();
    QSignalSpy resolved(discovery, &ProviderDiscovery::resolved);

    discovery->resolve(issuerOnlyProfile());
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(m_fake->provider()->count("GET", m_openIdUrl), 1);

    m_fake->clock()->advance(599);
    discovery->resolve(issuerOnlyProfile());
    QTRY_COMPARE(resolved.size(), 2);
    QTest::qWait(10);
    QCOMPARE(m_fake->provider()->count("GET", m_openIdUrl), 1); // from the cache

    m_fake->clock()->advance(2);
    discovery->resolve(issuerOnlyProfile());
    QTRY_COMPARE(resolved.size(), 3);
    QCOMPARE(m_fake->provider()->count("GET", m_openIdUrl), 2); // expired: fetched again
}

void TestDiscovery::documentNamingAnotherIssuerFails()
{
    m_fake->provider()->on("GET", m_openIdUrl,
                           FakeResponse::json(metadata(QStringLiteral("https://evil.test"))));
    ProviderDiscovery *discovery = newDiscovery();
    QSignalSpy resolved(discovery, &ProviderDiscovery::resolved);
    QStringList failures; // AuthError has no default constructor, so no QVariant::value()
    connect(discovery, &ProviderDiscovery::failed, this,
            [&failures](const AuthError &error) { failures.append(error.providerCode()); });

    discovery->resolve(issuerOnlyProfile());
    QTRY_COMPARE(failures.size(), 1);
    QCOMPARE(resolved.size(), 0);
    QCOMPARE(failures.constFirst(), QStringLiteral("invalid_issuer"));
}

void TestDiscovery::forcedKeyFetchHappensAtMostOncePerMinute()
{
    const QUrl jwksUri(QStringLiteral("https://id.acme.test/tenant/jwks"));
    const QJsonObject jwks {
        { "keys",
          QJsonArray { QJsonObject {
              { "kty", "RSA" }, { "kid", "k1" }, { "n", kModulus }, { "e", "AQAB" } } } }
    };
    m_fake->provider()->on("GET", jwksUri, FakeResponse::json(jwks));
    auto *keys = new SigningKeys(jwksUri, m_fake->newNetworkAccess(this),
                                 m_fake->services().metadataCache, m_fake->clock(), this);
    QSignalSpy ready(keys, &SigningKeys::ready);
    QSignalSpy failed(keys, &SigningKeys::failed);

    keys->load(true);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(m_fake->provider()->count("GET", jwksUri), 1);

    m_fake->clock()->advance(30);
    keys->load(true); // an unknown kid again, within the minute: the cached set
    QTRY_COMPARE(ready.size(), 2);
    QTest::qWait(10);
    QCOMPARE(m_fake->provider()->count("GET", jwksUri), 1);
    QCOMPARE(ready.at(1).at(1).toBool(), false);

    m_fake->clock()->advance(31);
    keys->load(true); // 61 s after the forced fetch
    QTRY_COMPARE(ready.size(), 3);
    QCOMPARE(m_fake->provider()->count("GET", jwksUri), 2);
    QCOMPARE(ready.at(2).at(1).toBool(), true);
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
