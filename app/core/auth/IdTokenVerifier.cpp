#include "IdTokenVerifier.h"

#include "SigningKeys.h"
#include "auth/jose/CompactJws.h"
#include "auth/jose/JwsVerifier.h"
#include "common/Logging.h"

namespace lc {

IdTokenVerifier::IdTokenVerifier(const ProviderProfile &profile, QNetworkAccessManager *network,
                                 MetadataCache cache, std::shared_ptr<const Clock> clock,
                                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network)
    , m_cache(std::move(cache))
    , m_clock(std::move(clock))
{
}

void IdTokenVerifier::verify(const QString &idToken, const QString &expectedNonce)
{
    m_idToken = idToken;
    m_expectedNonce = expectedNonce;
    auto jws = CompactJws::parse(idToken);
    if (!jws.ok()) {
        Q_EMIT failed(jws.error());
        return;
    }
    if (!JwsVerifier::isAllowedAlgorithm(jws.value().algorithm())) {
        // Decided before any network call: `none` and HS* are never accepted.
        Q_EMIT failed(AuthError::provider(
            QStringLiteral("invalid_id_token"),
            tr("The provider's ID token was rejected: its signature algorithm \"%1\" is not "
               "allowed.")
                .arg(jws.value().algorithm())));
        return;
    }
    if (m_profile.jwksUri.isEmpty()) {
        if (!m_profile.issuer.isEmpty()) {
            Q_EMIT failed(AuthError::provider(
                QStringLiteral("invalid_metadata"),
                tr("The provider publishes no signing keys (jwks_uri), so its ID token "
                   "cannot be verified.")));
            return;
        }
        qCInfo(lcAuth) << "plain OAuth profile without keys: checking the ID token's claims only";
        checkClaims(jws.value().payload());
        return;
    }

    m_keys = new SigningKeys(m_profile.jwksUri, m_network, m_cache, m_clock, this);
    const CompactJws token = jws.value();
    connect(m_keys, &SigningKeys::ready, this,
            [this, token](const JsonWebKeySet &keys, bool fresh) {
                checkSignature(token, keys, fresh);
            });
    connect(m_keys, &SigningKeys::failed, this, &IdTokenVerifier::failed);
    m_keys->load(false);
}

void IdTokenVerifier::checkSignature(const CompactJws &jws, const JsonWebKeySet &keys, bool fresh)
{
    const QList<JsonWebKey> candidates = keys.candidatesFor(jws.keyId(), jws.algorithm());
    if (candidates.isEmpty()) {
        // The provider may have rotated its keys since we cached them: look once more.
        if (!fresh && m_keys->canRefetch()) {
            qCInfo(lcAuth) << "unknown signing key" << jws.keyId() << "; fetching the keys again";
            m_keys->load(true);
            return;
        }
        Q_EMIT failed(AuthError::provider(
            QStringLiteral("invalid_id_token"),
            tr("The provider's ID token was rejected: it was signed with a key the provider "
               "does not publish (kid \"%1\").")
                .arg(jws.keyId())));
        return;
    }
    for (const JsonWebKey &key : candidates) {
        if (JwsVerifier::verify(jws, key).ok()) {
            checkClaims(jws.payload());
            return;
        }
    }
    Q_EMIT failed(AuthError::provider(QStringLiteral("invalid_id_token"),
                                      tr("The provider's ID token was rejected: its signature "
                                         "does not verify.")));
}

void IdTokenVerifier::checkClaims(const QJsonObject &payload)
{
    IdTokenExpectations expected;
    expected.issuer = m_profile.issuer;
    expected.clientId = m_profile.clientId;
    expected.nonce = m_expectedNonce;
    expected.clockSkewSeconds = m_profile.clockSkewSeconds;
    expected.now = m_clock->now();
    auto claims = IdTokenClaims::validate(payload, expected);
    if (!claims.ok()) {
        Q_EMIT failed(claims.error());
        return;
    }
    Q_EMIT verified(claims.value());
}

} // namespace lc
