#include "JwsVerifier.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>
#include <optional>

namespace lc {

namespace {

// RFC 7518 §3.4: an ES256 signature is R and S, each exactly 32 octets, concatenated.
constexpr qsizetype Es256SignatureSize = 64;
// RFC 7518 §3.5: the PS256 salt is as long as the SHA-256 output.
constexpr int Ps256SaltLength = 32;

AuthError invalid(const QString &message)
{
    ERR_clear_error(); // leave no stale error behind for the next OpenSSL user on this thread
    return AuthError::provider(QStringLiteral("invalid_id_token"), message);
}

// OpenSSL verifies ECDSA signatures in DER; JWS carries them as raw R||S.
std::optional<QByteArray> es256ToDer(const QByteArray &raw)
{
    if (raw.size() != Es256SignatureSize)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> signature(ECDSA_SIG_new(),
                                                                    &ECDSA_SIG_free);
    BIGNUM *r = BN_bin2bn(bytes, Es256SignatureSize / 2, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + Es256SignatureSize / 2, Es256SignatureSize / 2, nullptr);
    if (!signature || !r || !s || !ECDSA_SIG_set0(signature.get(), r, s)) {
        BN_free(r); // set0 did not take them
        BN_free(s);
        return std::nullopt;
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(signature.get(), &der);
    if (length <= 0)
        return std::nullopt;
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

} // namespace

bool JwsVerifier::isAllowedAlgorithm(const QString &algorithm)
{
    return algorithm == QLatin1String("RS256") || algorithm == QLatin1String("PS256")
        || algorithm == QLatin1String("ES256");
}

Status JwsVerifier::verify(const CompactJws &jws, const JsonWebKey &key)
{
    const QString algorithm = jws.algorithm();
    if (!isAllowedAlgorithm(algorithm))
        return invalid(
            tr("The ID token's signing algorithm \"%1\" is not allowed.").arg(algorithm));
    // The token names the algorithm, but it must fit the key: an RSA key never checks ES256.
    EVP_PKEY *pkey = key.key().get();
    const bool rsa = algorithm != QLatin1String("ES256");
    if (!pkey || !key.fitsAlgorithm(algorithm) || EVP_PKEY_is_a(pkey, rsa ? "RSA" : "EC") != 1
        || (!key.algorithm().isEmpty() && key.algorithm() != algorithm))
        return invalid(tr("The provider's key \"%1\" cannot verify %2 signatures.")
                           .arg(key.keyId(), algorithm));
    if (rsa && key.bits() < MinimumRsaBits)
        return invalid(tr("The provider's RSA key \"%1\" has %2 bits; at least %3 "
                          "are required.")
                           .arg(key.keyId())
                           .arg(key.bits())
                           .arg(MinimumRsaBits));

    QByteArray signature = jws.signature();
    if (!rsa) {
        const std::optional<QByteArray> der = es256ToDer(signature);
        if (!der)
            return invalid(tr("The ID token's ES256 signature is not 64 bytes long."));
        signature = *der;
    }

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    bool ready = context
        && EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, pkey) == 1;
    if (ready && algorithm == QLatin1String("RS256"))
        ready = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1;
    if (ready && algorithm == QLatin1String("PS256"))
        ready = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) == 1
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, Ps256SaltLength) == 1;
    const QByteArray input = jws.signingInput();
    const bool valid = ready
        && EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
               size_t(input.size()))
            == 1;
    if (!valid)
        return invalid(tr("The ID token's signature does not match the provider's key."));
    return Done {};
}

} // namespace lc
