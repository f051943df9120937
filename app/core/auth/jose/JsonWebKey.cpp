#include "JsonWebKey.h"

#include "Base64Url.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace lc {

namespace {

using BigNum = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)>;
using Params = std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

// RFC 7518 §6.2.1.2: P-256 coordinates are exactly 32 octets, leading zeros included.
constexpr qsizetype P256CoordinateSize = 32;

AuthError badMember(const QString &member)
{
    return AuthError::network(
        JsonWebKey::tr("A key in the provider's key set has a missing or invalid "
                       "\"%1\" member.")
            .arg(member));
}

AuthError unsupported(const QString &member, const QString &value)
{
    return AuthError::network(JsonWebKey::tr("A key in the provider's key set has "
                                             "the unsupported \"%1\" value \"%2\".")
                                  .arg(member, value));
}

AuthError rejectedByOpenSsl(const QString &keyType)
{
    ERR_clear_error(); // leave no stale error behind for the next OpenSSL user on this thread
    return AuthError::network(
        JsonWebKey::tr("A key in the provider's key set is not a valid %1 public key.")
            .arg(keyType));
}

// A base64url member holding bytes (RFC 7518 "Base64urlUInt" or a coordinate); empty = invalid.
QByteArray bytesMember(const QJsonObject &jwk, const QString &member)
{
    const QJsonValue value = jwk.value(member);
    if (!value.isString())
        return {};
    return decodeBase64Url(value.toString().toLatin1()).value_or(QByteArray());
}

BigNum toBigNum(const QByteArray &bytes)
{
    return { BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                       int(bytes.size()), nullptr),
             &BN_free };
}

// Loads only the public half: EVP_PKEY_PUBLIC_KEY ignores any private parameter.
std::shared_ptr<EVP_PKEY> publicKeyFromParams(const char *keyType, OSSL_PARAM_BLD *builder)
{
    const Params params(OSSL_PARAM_BLD_to_param(builder), &OSSL_PARAM_free);
    const PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr),
                              &EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0
        || EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return {};
    return { key, &EVP_PKEY_free };
}

Result<std::shared_ptr<EVP_PKEY>> rsaKey(const QJsonObject &jwk)
{
    const QByteArray modulus = bytesMember(jwk, QStringLiteral("n"));
    if (modulus.isEmpty())
        return badMember(QStringLiteral("n"));
    const QByteArray exponent = bytesMember(jwk, QStringLiteral("e"));
    if (exponent.isEmpty())
        return badMember(QStringLiteral("e"));

    const BigNum n = toBigNum(modulus);
    const BigNum e = toBigNum(exponent);
    // An even exponent or e = 1 is no RSA key at all; with e = 1 anyone could forge a signature.
    if (!e || !BN_is_odd(e.get()) || BN_is_one(e.get()))
        return badMember(QStringLiteral("e"));
    const ParamBuilder builder(OSSL_PARAM_BLD_new(), &OSSL_PARAM_BLD_free);
    if (!n || !builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return rejectedByOpenSsl(QStringLiteral("RSA"));
    auto key = publicKeyFromParams("RSA", builder.get());
    if (!key)
        return rejectedByOpenSsl(QStringLiteral("RSA"));
    return key;
}

Result<std::shared_ptr<EVP_PKEY>> p256Key(const QJsonObject &jwk)
{
    const QByteArray x = bytesMember(jwk, QStringLiteral("x"));
    if (x.size() != P256CoordinateSize)
        return badMember(QStringLiteral("x"));
    const QByteArray y = bytesMember(jwk, QStringLiteral("y"));
    if (y.size() != P256CoordinateSize)
        return badMember(QStringLiteral("y"));

    const QByteArray point = '\x04' + x + y; // SEC 1 uncompressed point
    static const char groupName[] = "P-256";
    const ParamBuilder builder(OSSL_PARAM_BLD_new(), &OSSL_PARAM_BLD_free);
    if (!builder
        || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName, 0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                             point.constData(), size_t(point.size())))
        return rejectedByOpenSsl(QStringLiteral("EC"));
    auto key = publicKeyFromParams("EC", builder.get());
    if (!key)
        return rejectedByOpenSsl(QStringLiteral("EC"));
    // Invalid-curve attacks feed points off the curve; make OpenSSL check the point explicitly.
    const PkeyContext check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr),
                            &EVP_PKEY_CTX_free);
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return rejectedByOpenSsl(QStringLiteral("EC"));
    return key;
}

} // namespace

int JsonWebKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

bool JsonWebKey::fitsAlgorithm(const QString &algorithm) const
{
    if (algorithm == QLatin1String("RS256") || algorithm == QLatin1String("PS256"))
        return m_keyType == QLatin1String("RSA");
    if (algorithm == QLatin1String("ES256"))
        return m_keyType == QLatin1String("EC") && m_curve == QLatin1String("P-256");
    return false;
}

bool JsonWebKey::isSupported(const QJsonObject &jwk)
{
    const QString keyType = jwk.value(QStringLiteral("kty")).toString();
    if (keyType == QLatin1String("RSA"))
        return true;
    return keyType == QLatin1String("EC")
        && jwk.value(QStringLiteral("crv")).toString() == QLatin1String("P-256");
}

Result<JsonWebKey> JsonWebKey::fromJson(const QJsonObject &jwk)
{
    JsonWebKey result;
    result.m_keyType = jwk.value(QStringLiteral("kty")).toString();
    result.m_keyId = jwk.value(QStringLiteral("kid")).toString();
    result.m_algorithm = jwk.value(QStringLiteral("alg")).toString();

    Result<std::shared_ptr<EVP_PKEY>> key = badMember(QStringLiteral("kty"));
    if (result.m_keyType == QLatin1String("RSA")) {
        key = rsaKey(jwk);
    } else if (result.m_keyType == QLatin1String("EC")) {
        result.m_curve = jwk.value(QStringLiteral("crv")).toString();
        if (result.m_curve.isEmpty())
            return badMember(QStringLiteral("crv"));
        if (result.m_curve != QLatin1String("P-256"))
            return unsupported(QStringLiteral("crv"), result.m_curve);
        key = p256Key(jwk);
    } else if (!result.m_keyType.isEmpty()) {
        return unsupported(QStringLiteral("kty"), result.m_keyType);
    }
    if (!key)
        return key.error();
    result.m_key = std::move(key).value();
    return result;
}

} // namespace lc
