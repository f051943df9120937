#pragma once

#include "IdTokenClaims.h"
#include "common/Clock.h"
#include "providers/MetadataCache.h"
#include "providers/ProviderProfile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace lc {

class CompactJws;
class JsonWebKeySet;
class SigningKeys;

// Verifies an ID token: the algorithm is one we allow (RS256, PS256, ES256; never `none` or
// HS*), the JWS signature checks out against the provider's JWKS (kid chosen, re-fetched once
// on an unknown kid), then the claims (IdTokenClaims::validate). A profile without an issuer
// and without jwksUri is plain OAuth 2.0 with no keys to check against: only the claims are
// checked then (docs/SECURITY.md).
class IdTokenVerifier : public QObject
{
    Q_OBJECT

public:
    IdTokenVerifier(const ProviderProfile &profile, QNetworkAccessManager *network,
                    MetadataCache cache, std::shared_ptr<const Clock> clock,
                    QObject *parent = nullptr);

    void verify(const QString &idToken, const QString &expectedNonce);

Q_SIGNALS:
    void verified(const lc::IdTokenClaims &claims);
    void failed(const lc::AuthError &error);

private:
    void checkSignature(const CompactJws &jws, const JsonWebKeySet &keys, bool fresh);
    void checkClaims(const QJsonObject &payload);

    ProviderProfile m_profile;
    QNetworkAccessManager *m_network;
    MetadataCache m_cache;
    std::shared_ptr<const Clock> m_clock;
    QPointer<SigningKeys> m_keys;
    QString m_idToken;
    QString m_expectedNonce;
};

} // namespace lc
