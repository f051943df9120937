#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <openssl/types.h>

#include <memory>

namespace lc {

// One public signing key from a provider's key set (RFC 7517, RFC 7518 §6): RSA, or EC on P-256.
// Private members (`d`, `p`, …) are never read, so a leaked private JWK is loaded as public only.
class JsonWebKey
{
    Q_DECLARE_TR_FUNCTIONS(lc::JsonWebKey)

public:
    JsonWebKey() = default;

    QString keyId() const { return m_keyId; } // `kid`, may be empty
    QString algorithm() const { return m_algorithm; } // `alg`, may be empty
    std::shared_ptr<EVP_PKEY> key() const { return m_key; }
    int bits() const; // modulus length of an RSA key, field size of an EC key; 0 when null

    // The key type (and curve) a JWS algorithm needs: RS256/PS256 an RSA key, ES256 an EC P-256
    // key. Any other algorithm fits no key (JwsVerifier allows no other).
    bool fitsAlgorithm(const QString &algorithm) const;

    // False for key types we cannot verify with (`oct`, `OKP`, other curves); a key set skips
    // those instead of failing as a whole.
    static bool isSupported(const QJsonObject &jwk);
    static Result<JsonWebKey> fromJson(const QJsonObject &jwk);

private:
    QString m_keyId;
    QString m_keyType; // `kty`: "RSA" or "EC"
    QString m_curve; // `crv` of an EC key: "P-256"; empty for RSA
    QString m_algorithm;
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace lc
