#pragma once

#include "MetadataCache.h"
#include "ProviderProfile.h"

#include <QObject>

class QNetworkAccessManager;

namespace lc {

// Completes a profile from its issuer's metadata: OpenID Connect Discovery
// (/.well-known/openid-configuration), falling back to RFC 8414
// (/.well-known/oauth-authorization-server). Documents are cached for a day (or the provider's
// max-age, if shorter). A document for another issuer is rejected.
class ProviderDiscovery : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximumCacheSeconds = 24 * 3600;

    ProviderDiscovery(QNetworkAccessManager *network, MetadataCache cache = MetadataCache(),
                      QObject *parent = nullptr);

    // Emits resolved() at once when nothing needs discovering or the cache has it.
    void resolve(const ProviderProfile &profile);

    // The profile with what `document` adds; profile values win over discovered ones.
    static Result<ProviderProfile> apply(const ProviderProfile &profile,
                                         const QJsonObject &document);
    static QUrl openIdConfigurationUrl(const QString &issuer);
    static QUrl authorizationServerMetadataUrl(const QString &issuer);

Q_SIGNALS:
    void resolved(const lc::ProviderProfile &profile);
    void failed(const lc::AuthError &error);

private:
    void fetch(const ProviderProfile &profile, bool fallback);
    void finish(const ProviderProfile &profile, const QJsonObject &document);

    QNetworkAccessManager *m_network;
    MetadataCache m_cache;
};

} // namespace lc
