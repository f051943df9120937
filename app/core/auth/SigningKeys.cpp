#include "SigningKeys.h"

#include "common/JsonRequest.h"
#include "common/Logging.h"
#include "common/Timeouts.h"

#include <QJsonDocument>

namespace lc {

SigningKeys::SigningKeys(const QUrl &jwksUri, QNetworkAccessManager *network, MetadataCache cache,
                         std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_jwksUri(jwksUri)
    , m_network(network)
    , m_cache(std::move(cache))
    , m_clock(std::move(clock))
{
}

QString SigningKeys::refetchMarkerKey() const
{
    return QStringLiteral("refetch:") + m_jwksUri.toString();
}

bool SigningKeys::canRefetch() const
{
    // Only the fetches an unknown kid forces are limited: a rotation right after a regular fetch
    // is still picked up, while a stream of forged kids costs the provider one fetch a minute.
    const auto marker = m_cache.load(refetchMarkerKey());
    return !marker
        || marker->fetchedAt.secsTo(m_clock->now()) >= kDefaultTimeouts.jwksRefetchMinimumSeconds;
}

void SigningKeys::load(bool refetch)
{
    const auto cached = m_cache.load(m_jwksUri.toString());
    const bool usable
        = cached && cached->isFresh(m_clock->now(), kDefaultTimeouts.metadataCacheMaxSeconds);
    const bool forced = refetch && canRefetch();
    if (forced)
        m_cache.store(refetchMarkerKey(), QJsonObject { { QStringLiteral("forced"), true } },
                      m_clock->now(),
                      m_clock->now().addSecs(kDefaultTimeouts.jwksRefetchMinimumSeconds));
    if (usable && !forced) {
        auto keys = JsonWebKeySet::fromJson(QJsonDocument(cached->document).toJson());
        if (keys.ok()) {
            Q_EMIT ready(keys.value(), false);
            return;
        }
    }
    fetch();
}

void SigningKeys::fetch()
{
    qCDebug(lcAuth) << "fetching signing keys" << m_jwksUri;
    getJson(m_network, m_jwksUri, this, [this](const Result<FetchedJson> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error());
            return;
        }
        if (result.value().httpStatus != 200) {
            Q_EMIT failed(AuthError::network(
                tr("The provider's signing keys at %1 are not available (HTTP %2).")
                    .arg(m_jwksUri.toString())
                    .arg(result.value().httpStatus)));
            return;
        }
        auto keys = JsonWebKeySet::fromJson(QJsonDocument(result.value().object).toJson());
        if (!keys.ok()) {
            Q_EMIT failed(keys.error());
            return;
        }
        const int lifetime = MetadataCache::lifetimeFor(result.value().maxAgeSeconds,
                                                        kDefaultTimeouts.metadataCacheMaxSeconds);
        m_cache.store(m_jwksUri.toString(), result.value().object, m_clock->now(),
                      m_clock->now().addSecs(lifetime));
        Q_EMIT ready(keys.value(), true);
    });
}

} // namespace lc
