#include "ProviderDiscovery.h"

#include "common/JsonRequest.h"
#include "common/Logging.h"
#include "common/Timeouts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace lc {

namespace {
QUrl discoveredUrl(const QUrl &fromProfile, const QJsonObject &document, const char *key)
{
    if (!fromProfile.isEmpty())
        return fromProfile;
    const QUrl url(document.value(QLatin1String(key)).toString(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        ? url
        : QUrl();
}
} // namespace

ProviderDiscovery::ProviderDiscovery(QNetworkAccessManager *network, MetadataCache cache,
                                     std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cache(std::move(cache))
    , m_clock(std::move(clock))
{
}

QUrl ProviderDiscovery::openIdConfigurationUrl(const QString &issuer)
{
    QString base = issuer;
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/.well-known/openid-configuration"));
}

QUrl ProviderDiscovery::authorizationServerMetadataUrl(const QString &issuer)
{
    // RFC 8414 §3: the well-known segment goes between the host and the issuer's path.
    QUrl url(issuer);
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    return url;
}

void ProviderDiscovery::resolve(const ProviderProfile &profile)
{
    if (!profile.needsDiscovery()) {
        Q_EMIT resolved(profile);
        return;
    }
    const auto cached = m_cache.load(profile.issuer);
    if (cached && cached->isFresh(m_clock->now(), kDefaultTimeouts.metadataCacheMaxSeconds)) {
        finish(profile, cached->document);
        return;
    }
    fetch(profile, false);
}

void ProviderDiscovery::fetch(const ProviderProfile &profile, bool fallback)
{
    const QUrl url = fallback ? authorizationServerMetadataUrl(profile.issuer)
                              : openIdConfigurationUrl(profile.issuer);
    qCDebug(lcAuth) << "fetching provider metadata" << url;
    getJson(m_network, url, this,
            [this, profile, fallback, url](const Result<FetchedJson> &result) {
                if (result.ok() && result.value().httpStatus == 200) {
                    const int lifetime = MetadataCache::lifetimeFor(
                        result.value().maxAgeSeconds, kDefaultTimeouts.metadataCacheMaxSeconds);
                    m_cache.store(profile.issuer, result.value().object, m_clock->now(),
                                  m_clock->now().addSecs(lifetime));
                    finish(profile, result.value().object);
                    return;
                }
                if (!fallback && result.ok() && result.value().httpStatus == 404) {
                    fetch(profile, true);
                    return;
                }
                Q_EMIT failed(result.ok()
                                  ? AuthError::network(tr("The provider's metadata at %1 is not "
                                                          "available (HTTP %2).")
                                                           .arg(url.toString())
                                                           .arg(result.value().httpStatus))
                                  : result.error());
            });
}

void ProviderDiscovery::finish(const ProviderProfile &profile, const QJsonObject &document)
{
    auto completed = apply(profile, document);
    if (!completed.ok()) {
        Q_EMIT failed(completed.error());
        return;
    }
    Q_EMIT resolved(completed.value());
}

Result<ProviderProfile> ProviderDiscovery::apply(const ProviderProfile &profile,
                                                 const QJsonObject &document)
{
    const QString issuer = document.value(QStringLiteral("issuer")).toString();
    if (issuer != profile.issuer)
        return AuthError::provider(QStringLiteral("invalid_issuer"),
                                   tr("The provider's metadata names issuer \"%1\", not the "
                                      "configured \"%2\"; it was not used.")
                                       .arg(issuer, profile.issuer));

    ProviderProfile completed = profile;
    completed.authorizationEndpoint
        = discoveredUrl(profile.authorizationEndpoint, document, "authorization_endpoint");
    completed.tokenEndpoint = discoveredUrl(profile.tokenEndpoint, document, "token_endpoint");
    completed.userinfoEndpoint
        = discoveredUrl(profile.userinfoEndpoint, document, "userinfo_endpoint");
    completed.revocationEndpoint
        = discoveredUrl(profile.revocationEndpoint, document, "revocation_endpoint");
    completed.endSessionEndpoint
        = discoveredUrl(profile.endSessionEndpoint, document, "end_session_endpoint");
    completed.jwksUri = discoveredUrl(profile.jwksUri, document, "jwks_uri");
    completed.callbackMustCarryIssuer
        = document.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    completed.discovered = true;

    if (completed.authorizationEndpoint.isEmpty() || completed.tokenEndpoint.isEmpty())
        return AuthError::provider(QStringLiteral("invalid_metadata"),
                                   tr("The metadata of issuer \"%1\" lacks an authorization or "
                                      "token endpoint.")
                                       .arg(profile.issuer));
    const QJsonValue methods = document.value(QStringLiteral("code_challenge_methods_supported"));
    if (profile.pkce == ProviderProfile::PkceMethod::S256 && methods.isArray()
        && !methods.toArray().contains(QJsonValue(QStringLiteral("S256"))))
        return AuthError::config(tr("%1: issuer \"%2\" does not support PKCE with S256; Login "
                                    "Companion does not sign in without it (set \"pkce\": "
                                    "\"none\" only for a provider that rejects PKCE).")
                                     .arg(profile.source, profile.issuer));
    return completed;
}

} // namespace lc
