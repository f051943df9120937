#include "auth/Pkce.h"
#include "auth/jose/CompactJws.h"
#include "auth/jose/JsonWebKey.h"
#include "auth/jose/JsonWebKeySet.h"
#include "auth/jose/JwsVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace lc;

namespace {

using Pkey = std::shared_ptr<EVP_PKEY>;

// RFC 7515 Appendix A.2: {"alg":"RS256"}, the A.1 payload, and the RSA key of A.2.1.
const char rfcHeader[] = "eyJhbGciOiJSUzI1NiJ9";
const char rfcPayload[] = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                          "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const char rfcSignature[] = "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7"
                            "AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4"
                            "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K"
                            "0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv"
                            "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrB"
                            "p0igcN_IoypGlUPQGe77Rw";
const char rfcModulus[] = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-"
                          "4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r"
                          "2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UT"
                          "o7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxX"
                          "FvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";

Pkey generateRsa(size_t bits)
{
    return { EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", bits), &EVP_PKEY_free };
}

Pkey generateP256()
{
    return { EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free };
}

// Big-endian bytes of a key parameter; EC coordinates are padded to their full 32 octets.
QByteArray bigNumParam(const Pkey &key, const char *name, int padTo = 0)
{
    BIGNUM *number = nullptr;
    if (!EVP_PKEY_get_bn_param(key.get(), name, &number))
        return {};
    QByteArray bytes(padTo ? padTo : BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2binpad(number, reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size()));
    BN_free(number);
    return bytes;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(base64Url(bytes));
}

QJsonObject rsaJwk(const Pkey &key, const QString &keyId = {})
{
    QJsonObject jwk { { "kty", "RSA" },
                      { "n", b64(bigNumParam(key, OSSL_PKEY_PARAM_RSA_N)) },
                      { "e", b64(bigNumParam(key, OSSL_PKEY_PARAM_RSA_E)) } };
    if (!keyId.isEmpty())
        jwk.insert("kid", keyId);
    return jwk;
}

QJsonObject ecJwk(const Pkey &key, const QString &keyId = {})
{
    QJsonObject jwk { { "kty", "EC" },
                      { "crv", "P-256" },
                      { "x", b64(bigNumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)) },
                      { "y", b64(bigNumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)) } };
    if (!keyId.isEmpty())
        jwk.insert("kid", keyId);
    return jwk;
}

JsonWebKey loadKey(const QJsonObject &jwk)
{
    Result<JsonWebKey> key = JsonWebKey::fromJson(jwk);
    if (!key)
        qFatal("test key rejected: %s", qPrintable(key.error().message()));
    return std::move(key).value();
}

QByteArray encodeJson(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// JWS carries ECDSA signatures as raw R||S, OpenSSL produces DER.
QByteArray derToRawEs256(const QByteArray &der)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *signature = d2i_ECDSA_SIG(nullptr, &bytes, long(der.size()));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature, &r, &s);
    QByteArray raw(64, Qt::Uninitialized);
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(signature);
    return raw;
}

QByteArray sign(const Pkey &key, const QString &algorithm, const QByteArray &input)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    EVP_DigestSignInit(context, &keyContext, EVP_sha256(), nullptr, key.get());
    if (algorithm == "PS256") {
        EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256());
        EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32);
    }
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    size_t length = 0;
    EVP_DigestSign(context, nullptr, &length, data, size_t(input.size()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                   size_t(input.size()));
    signature.resize(qsizetype(length));
    EVP_MD_CTX_free(context);
    return algorithm == "ES256" ? derToRawEs256(signature) : signature;
}

const QJsonObject defaultClaims { { "iss", "https://issuer.example" }, { "sub", "alice" } };

QString assemble(const QByteArray &signingInput, const QByteArray &signature)
{
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

QString signedToken(const Pkey &key, const QString &algorithm,
                    const QJsonObject &claims = defaultClaims)
{
    const QByteArray input = encodeJson({ { "alg", algorithm } }) + '.' + encodeJson(claims);
    return assemble(input, sign(key, algorithm, input));
}

CompactJws parseToken(const QString &token)
{
    Result<CompactJws> jws = CompactJws::parse(token);
    if (!jws)
        qFatal("test token rejected: %s", qPrintable(jws.error().message()));
    return std::move(jws).value();
}

// Replaces one base64url part of a compact JWS after passing its decoded bytes through `change`.
template<typename Change> QString withPart(const QString &token, int index, Change change)
{
    QStringList parts = token.split('.');
    QByteArray bytes
        = QByteArray::fromBase64(parts[index].toLatin1(), QByteArray::Base64UrlEncoding);
    change(bytes);
    parts[index] = b64(bytes);
    return parts.join('.');
}

void verifyInvalidToken(const Status &status, const QString &mentioned = {})
{
    QVERIFY(!status);
    QCOMPARE(status.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(status.error().providerCode(), QStringLiteral("invalid_id_token"));
    QVERIFY2(status.error().message().contains(mentioned), qPrintable(status.error().message()));
}

QByteArray keySetJson(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &key : keys)
        array.append(key);
    return QJsonDocument(QJsonObject { { "keys", array } }).toJson();
}

QStringList keyIds(const QList<JsonWebKey> &keys)
{
    QStringList ids;
    for (const JsonWebKey &key : keys)
        ids.append(key.keyId());
    return ids;
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void rfc7515AppendixA2Rs256Verifies();
    void generatedKeySignatureVerifies_data();
    void generatedKeySignatureVerifies();
    void flippedPayloadBitIsRejected_data();
    void flippedPayloadBitIsRejected();
    void flippedSignatureBitIsRejected_data();
    void flippedSignatureBitIsRejected();
    void signatureFromAnotherRsaKeyIsRejected();
    void rsaKeyNeverVerifiesEs256();
    void ecKeyNeverVerifiesRs256();
    void keyWithOtherAlgIsRejected();
    void algNoneWithEmptySignatureIsRejected();
    void hs256SignedWithThePublicKeyIsRejected();
    void es256SignatureOfWrongLengthIsRejected_data();
    void es256SignatureOfWrongLengthIsRejected();
    void rsaKeyUnder2048BitsIsRejected();
    void onlyAsymmetricAlgorithmsAreAllowed();

    void rsaJwkWithoutModulusNamesTheMember();
    void unsupportedKeyTypeOrCurveIsNamed();
    void ecPointOffTheCurveIsRejected();
    void privateMembersAreNeverLoaded();

    void keySetSkipsEncryptionAndUnsupportedKeys();
    void keySetWithoutUsableKeysIsAnError_data();
    void keySetWithoutUsableKeysIsAnError();
    void keySetWithMalformedSupportedKeyIsAnError();
    void candidatesWithKidAreTheKeysWithThatKid();
    void candidatesWithoutKidForSingleKeyMatchTheKeyType();
    void candidatesWithoutKidForSeveralKeysMatchTypeAndAlg();

    void parseExposesHeaderPayloadAndSigningInput();
    void malformedCompactJwsIsRejected_data();
    void malformedCompactJwsIsRejected();

private:
    Pkey m_rsa;
    Pkey m_otherRsa;
    Pkey m_rsa1024;
    Pkey m_ec;
};

void TestJws::initTestCase()
{
    m_rsa = generateRsa(2048);
    m_otherRsa = generateRsa(2048);
    m_rsa1024 = generateRsa(1024);
    m_ec = generateP256();
    QVERIFY(m_rsa && m_otherRsa && m_rsa1024 && m_ec);
}

void TestJws::rfc7515AppendixA2Rs256Verifies()
{
    const QString token = QStringLiteral("%1.%2.%3").arg(rfcHeader, rfcPayload, rfcSignature);
    const JsonWebKey key = loadKey({ { "kty", "RSA" }, { "n", rfcModulus }, { "e", "AQAB" } });
    QCOMPARE(key.bits(), 2048);
    const CompactJws jws = parseToken(token);
    QCOMPARE(jws.algorithm(), QStringLiteral("RS256"));
    QCOMPARE(jws.payload().value("iss").toString(), QStringLiteral("joe"));
    const Status status = JwsVerifier::verify(jws, key);
    QVERIFY2(status, status ? "" : qPrintable(status.error().message()));
}

void TestJws::generatedKeySignatureVerifies_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("RS256") << QStringLiteral("RS256");
    QTest::newRow("PS256") << QStringLiteral("PS256");
    QTest::newRow("ES256") << QStringLiteral("ES256");
}

void TestJws::generatedKeySignatureVerifies()
{
    QFETCH(QString, algorithm);
    const Pkey &signer = algorithm == "ES256" ? m_ec : m_rsa;
    const JsonWebKey key = loadKey(algorithm == "ES256" ? ecJwk(signer) : rsaJwk(signer));
    const CompactJws jws = parseToken(signedToken(signer, algorithm));
    QCOMPARE(jws.payload(), defaultClaims);
    const Status status = JwsVerifier::verify(jws, key);
    QVERIFY2(status, status ? "" : qPrintable(status.error().message()));
}

void TestJws::flippedPayloadBitIsRejected_data()
{
    generatedKeySignatureVerifies_data();
}

void TestJws::flippedPayloadBitIsRejected()
{
    QFETCH(QString, algorithm);
    const Pkey &signer = algorithm == "ES256" ? m_ec : m_rsa;
    const JsonWebKey key = loadKey(algorithm == "ES256" ? ecJwk(signer) : rsaJwk(signer));
    // "alice" becomes "`lice": still valid JSON, so only the signature can catch it.
    const QString token = withPart(signedToken(signer, algorithm), 1, [](QByteArray &payload) {
        payload[payload.indexOf("alice")] ^= 0x01;
    });
    const CompactJws jws = parseToken(token);
    QCOMPARE(jws.payload().value("sub").toString(), QStringLiteral("`lice"));
    verifyInvalidToken(JwsVerifier::verify(jws, key), QStringLiteral("does not match"));
}

void TestJws::flippedSignatureBitIsRejected_data()
{
    generatedKeySignatureVerifies_data();
}

void TestJws::flippedSignatureBitIsRejected()
{
    QFETCH(QString, algorithm);
    const Pkey &signer = algorithm == "ES256" ? m_ec : m_rsa;
    const JsonWebKey key = loadKey(algorithm == "ES256" ? ecJwk(signer) : rsaJwk(signer));
    const QString token = withPart(signedToken(signer, algorithm), 2,
                                   [](QByteArray &signature) { signature[10] ^= 0x01; });
    verifyInvalidToken(JwsVerifier::verify(parseToken(token), key),
                       QStringLiteral("does not match"));
}

void TestJws::signatureFromAnotherRsaKeyIsRejected()
{
    const JsonWebKey key = loadKey(rsaJwk(m_rsa));
    verifyInvalidToken(JwsVerifier::verify(parseToken(signedToken(m_otherRsa, "RS256")), key),
                       QStringLiteral("does not match"));
}

void TestJws::rsaKeyNeverVerifiesEs256()
{
    const JsonWebKey key = loadKey(rsaJwk(m_rsa));
    verifyInvalidToken(JwsVerifier::verify(parseToken(signedToken(m_ec, "ES256")), key),
                       QStringLiteral("ES256"));
}

void TestJws::ecKeyNeverVerifiesRs256()
{
    const JsonWebKey key = loadKey(ecJwk(m_ec));
    verifyInvalidToken(JwsVerifier::verify(parseToken(signedToken(m_rsa, "RS256")), key),
                       QStringLiteral("RS256"));
}

void TestJws::keyWithOtherAlgIsRejected()
{
    // RFC 7517 §4.4: a key published for RS256 must not be used for PS256, valid as it may be.
    QJsonObject jwk = rsaJwk(m_rsa);
    jwk.insert("alg", "RS256");
    verifyInvalidToken(JwsVerifier::verify(parseToken(signedToken(m_rsa, "PS256")), loadKey(jwk)),
                       QStringLiteral("PS256"));
}

void TestJws::algNoneWithEmptySignatureIsRejected()
{
    const QString token = QString::fromLatin1(encodeJson({ { "alg", "none" } }) + '.'
                                              + encodeJson(defaultClaims) + '.');
    const CompactJws jws = parseToken(token);
    QVERIFY(jws.signature().isEmpty());
    verifyInvalidToken(JwsVerifier::verify(jws, loadKey(rsaJwk(m_rsa))),
                       QStringLiteral("\"none\" is not allowed"));
}

void TestJws::hs256SignedWithThePublicKeyIsRejected()
{
    // Key confusion: the attacker knows the public modulus and uses it as an HMAC secret.
    const QByteArray secret = bigNumParam(m_rsa, OSSL_PKEY_PARAM_RSA_N);
    const QByteArray input = encodeJson({ { "alg", "HS256" } }) + '.' + encodeJson(defaultClaims);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    verifyInvalidToken(
        JwsVerifier::verify(parseToken(assemble(input, mac)), loadKey(rsaJwk(m_rsa))),
        QStringLiteral("\"HS256\" is not allowed"));
}

void TestJws::es256SignatureOfWrongLengthIsRejected_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("63 bytes") << 63;
    QTest::newRow("65 bytes") << 65;
}

void TestJws::es256SignatureOfWrongLengthIsRejected()
{
    QFETCH(int, length);
    const QString token = withPart(signedToken(m_ec, "ES256"), 2,
                                   [length](QByteArray &signature) { signature.resize(length); });
    const CompactJws jws = parseToken(token);
    QCOMPARE(jws.signature().size(), length);
    verifyInvalidToken(JwsVerifier::verify(jws, loadKey(ecJwk(m_ec))), QStringLiteral("64"));
}

void TestJws::rsaKeyUnder2048BitsIsRejected()
{
    const JsonWebKey key = loadKey(rsaJwk(m_rsa1024, "weak"));
    QCOMPARE(key.bits(), 1024);
    verifyInvalidToken(JwsVerifier::verify(parseToken(signedToken(m_rsa1024, "RS256")), key),
                       QStringLiteral("1024"));
}

void TestJws::onlyAsymmetricAlgorithmsAreAllowed()
{
    for (const char *allowed : { "RS256", "PS256", "ES256" })
        QVERIFY2(JwsVerifier::isAllowedAlgorithm(allowed), allowed);
    for (const char *refused :
         { "none", "None", "HS256", "HS384", "HS512", "RS384", "ES384", "EdDSA", "rs256", "" })
        QVERIFY2(!JwsVerifier::isAllowedAlgorithm(refused), refused);
}

void TestJws::rsaJwkWithoutModulusNamesTheMember()
{
    QJsonObject jwk = rsaJwk(m_rsa);
    jwk.remove("n");
    const Result<JsonWebKey> key = JsonWebKey::fromJson(jwk);
    QVERIFY(!key);
    QCOMPARE(key.error().kind(), AuthError::Kind::Network);
    QVERIFY2(key.error().message().contains("\"n\""), qPrintable(key.error().message()));
}

void TestJws::unsupportedKeyTypeOrCurveIsNamed()
{
    const Result<JsonWebKey> oct = JsonWebKey::fromJson({ { "kty", "oct" }, { "k", "AyM1" } });
    QVERIFY(!oct);
    QVERIFY2(oct.error().message().contains("\"oct\""), qPrintable(oct.error().message()));

    QJsonObject p384 = ecJwk(m_ec);
    p384.insert("crv", "P-384");
    const Result<JsonWebKey> curve = JsonWebKey::fromJson(p384);
    QVERIFY(!curve);
    QVERIFY2(curve.error().message().contains("\"P-384\""), qPrintable(curve.error().message()));
}

void TestJws::ecPointOffTheCurveIsRejected()
{
    QJsonObject jwk = ecJwk(m_ec);
    QByteArray y = bigNumParam(m_ec, OSSL_PKEY_PARAM_EC_PUB_Y, 32);
    y[31] ^= 0x01;
    jwk.insert("y", b64(y));
    QVERIFY(!JsonWebKey::fromJson(jwk));
}

void TestJws::privateMembersAreNeverLoaded()
{
    QJsonObject jwk = rsaJwk(m_rsa);
    jwk.insert("d", b64(bigNumParam(m_rsa, OSSL_PKEY_PARAM_RSA_D)));
    const JsonWebKey key = loadKey(jwk);
    BIGNUM *privateExponent = nullptr;
    QVERIFY(!EVP_PKEY_get_bn_param(key.key().get(), OSSL_PKEY_PARAM_RSA_D, &privateExponent));
    BN_free(privateExponent);
}

void TestJws::keySetSkipsEncryptionAndUnsupportedKeys()
{
    QJsonObject encryption = rsaJwk(m_otherRsa, "enc");
    encryption.insert("use", "enc");
    QJsonObject signing = rsaJwk(m_rsa, "rsa");
    signing.insert("use", "sig");
    const QJsonObject symmetric { { "kty", "oct" }, { "kid", "oct" }, { "k", "AyM1" } };
    const Result<JsonWebKeySet> set = JsonWebKeySet::fromJson(
        keySetJson({ encryption, signing, symmetric, ecJwk(m_ec, "ec") }));
    QVERIFY(set);
    QCOMPARE(set.value().size(), 2);
    QCOMPARE(keyIds(set.value().keys()), QStringList({ "rsa", "ec" }));
}

void TestJws::keySetWithoutUsableKeysIsAnError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty keys") << QByteArray(R"({"keys":[]})");
    QTest::newRow("only oct") << QByteArray(R"({"keys":[{"kty":"oct","k":"AyM1"}]})");
    QTest::newRow("no keys member") << QByteArray(R"({"issuer":"x"})");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("not JSON") << QByteArray("<html>");
    QTest::newRow("empty") << QByteArray();
}

void TestJws::keySetWithoutUsableKeysIsAnError()
{
    QFETCH(QByteArray, json);
    const Result<JsonWebKeySet> set = JsonWebKeySet::fromJson(json);
    QVERIFY(!set);
    QCOMPARE(set.error().kind(), AuthError::Kind::Network);
}

void TestJws::keySetWithMalformedSupportedKeyIsAnError()
{
    QJsonObject broken = rsaJwk(m_rsa, "broken");
    broken.insert("e", "not base64url!");
    const Result<JsonWebKeySet> set
        = JsonWebKeySet::fromJson(keySetJson({ rsaJwk(m_otherRsa, "fine"), broken }));
    QVERIFY(!set);
    QVERIFY2(set.error().message().contains("\"e\""), qPrintable(set.error().message()));
}

void TestJws::candidatesWithKidAreTheKeysWithThatKid()
{
    const JsonWebKeySet set
        = JsonWebKeySet::fromJson(
              keySetJson({ rsaJwk(m_rsa, "a"), rsaJwk(m_otherRsa, "b"), ecJwk(m_ec, "c") }))
              .value();
    QCOMPARE(keyIds(set.candidatesFor("b", "RS256")), QStringList({ "b" }));
    QCOMPARE(keyIds(set.candidatesFor("c", "ES256")), QStringList({ "c" }));
    QVERIFY(set.candidatesFor("unknown", "RS256").isEmpty());

    const CompactJws jws = parseToken(signedToken(m_otherRsa, "RS256"));
    const QList<JsonWebKey> candidates = set.candidatesFor("b", jws.algorithm());
    QVERIFY(JwsVerifier::verify(jws, candidates.constFirst()));
}

void TestJws::candidatesWithoutKidForSingleKeyMatchTheKeyType()
{
    const JsonWebKeySet set = JsonWebKeySet::fromJson(keySetJson({ rsaJwk(m_rsa) })).value();
    QCOMPARE(set.candidatesFor({}, "RS256").size(), 1);
    QCOMPARE(set.candidatesFor({}, "PS256").size(), 1);
    QVERIFY(set.candidatesFor({}, "ES256").isEmpty());
    QVERIFY(set.candidatesFor({}, "HS256").isEmpty());
}

void TestJws::candidatesWithoutKidForSeveralKeysMatchTypeAndAlg()
{
    QJsonObject forRs256 = rsaJwk(m_rsa, "rs");
    forRs256.insert("alg", "RS256");
    QJsonObject forPs256 = rsaJwk(m_otherRsa, "ps");
    forPs256.insert("alg", "PS256");
    const JsonWebKeySet set
        = JsonWebKeySet::fromJson(
              keySetJson({ forRs256, rsaJwk(m_rsa1024, "any"), forPs256, ecJwk(m_ec, "ec") }))
              .value();
    QCOMPARE(keyIds(set.candidatesFor({}, "RS256")), QStringList({ "rs", "any" }));
    QCOMPARE(keyIds(set.candidatesFor({}, "PS256")), QStringList({ "any", "ps" }));
    QCOMPARE(keyIds(set.candidatesFor({}, "ES256")), QStringList({ "ec" }));
    QVERIFY(set.candidatesFor({}, "none").isEmpty());
}

void TestJws::parseExposesHeaderPayloadAndSigningInput()
{
    const QByteArray header = encodeJson({ { "alg", "RS256" }, { "kid", "k1" } });
    const QByteArray payload = encodeJson(defaultClaims);
    const QString token = QString::fromLatin1(header + '.' + payload + ".AQID");
    const CompactJws jws = parseToken(token);
    QCOMPARE(jws.algorithm(), QStringLiteral("RS256"));
    QCOMPARE(jws.keyId(), QStringLiteral("k1"));
    QCOMPARE(jws.header().value("kid").toString(), QStringLiteral("k1"));
    QCOMPARE(jws.payload(), defaultClaims);
    QCOMPARE(jws.signingInput(), header + '.' + payload);
    QCOMPARE(jws.signature(), QByteArray("\x01\x02\x03"));
}

void TestJws::malformedCompactJwsIsRejected_data()
{
    const QByteArray header = encodeJson({ { "alg", "RS256" } });
    const QByteArray payload = encodeJson(defaultClaims);
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("two parts") << QString::fromLatin1(header + '.' + payload) << "three parts";
    QTest::newRow("four parts") << QString::fromLatin1(header + '.' + payload + ".AQID.AQID")
                                << "three parts";
    QTest::newRow("plain base64 alphabet in header")
        << QString::fromLatin1(header + "+/." + payload + ".AQID") << "header";
    QTest::newRow("padding in payload")
        << QString::fromLatin1(header + '.' + payload + "==.AQID") << "payload";
    QTest::newRow("bad base64 in signature")
        << QString::fromLatin1(header + '.' + payload + ".AQ!D") << "signature";
    QTest::newRow("payload is an array")
        << QString::fromLatin1(header + '.' + base64Url("[1]") + ".AQID") << "payload";
    QTest::newRow("header is not JSON")
        << QString::fromLatin1(base64Url("alg") + '.' + payload + ".AQID") << "header";
    QTest::newRow("crit present") << QString::fromLatin1(
        encodeJson({ { "alg", "RS256" }, { "crit", QJsonArray { "exp" } }, { "exp", 1 } }) + '.'
        + payload + ".AQID") << "crit";
    QTest::newRow("alg missing") << QString::fromLatin1(encodeJson({ { "kid", "k1" } }) + '.'
                                                        + payload + ".AQID")
                                 << "alg";
    QTest::newRow("alg not a string")
        << QString::fromLatin1(encodeJson({ { "alg", 256 } }) + '.' + payload + ".AQID") << "alg";
}

void TestJws::malformedCompactJwsIsRejected()
{
    QFETCH(QString, token);
    QFETCH(QString, mentioned);
    const Result<CompactJws> jws = CompactJws::parse(token);
    QVERIFY(!jws);
    QCOMPARE(jws.error().kind(), AuthError::Kind::Provider);
    QCOMPARE(jws.error().providerCode(), QStringLiteral("invalid_id_token"));
    QVERIFY2(jws.error().message().contains(mentioned), qPrintable(jws.error().message()));
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
