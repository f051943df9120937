#pragma once

#include "MetadataCache.h"
#include "ProviderProfile.h"
#include "common/Clock.h"

#include <QObject>

#include <memory>

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
    ProviderDiscovery(QNetworkAccessManager *network, MetadataCache cache,
                      std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

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
    std::shared_ptr<const Clock> m_clock;
};

} // namespace lc
