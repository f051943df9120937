// JOSE: CompactJws::parse, JsonWebKeySet::fromJson and JwsVerifier::verify.
// Input: "KEY SET JSON\nCOMPACT JWS"; without a newline the whole input is tried as both. The
// token is verified against every key the set yields and against two fixed keys (the RSA key of
// RFC 7515 A.2 and the P-256 key of A.3), so signatures over fuzzed input reach OpenSSL.
#include "FuzzSupport.h"

#include "auth/jose/CompactJws.h"
#include "auth/jose/JsonWebKeySet.h"
#include "auth/jose/JwsVerifier.h"

using namespace lc;

namespace {
const char kFixedKeys[] = R"({"keys":[
{"kty":"RSA","kid":"rfc7515-a2","e":"AQAB","n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"},
{"kty":"EC","kid":"rfc7515-a3","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}
]})";

QList<JsonWebKey> fixedKeys()
{
    Result<JsonWebKeySet> set = JsonWebKeySet::fromJson(QByteArray(kFixedKeys));
    if (!set || set.value().size() != 2) {
        std::fprintf(stderr, "the fixed keys were rejected\n");
        std::abort();
    }
    return set.value().keys();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<JsonWebKey> fixed = fixedKeys();
    const auto [keySetJson, token] = fuzz::splitOnce(fuzz::bytes(data, size));

    const Result<JsonWebKeySet> set = JsonWebKeySet::fromJson(keySetJson);
    const Result<CompactJws> jws = CompactJws::parse(QString::fromUtf8(token));
    if (!jws)
        return 0;
    LC_FUZZ_CHECK(!jws.value().algorithm().isEmpty());
    (void)jws.value().keyId();

    QList<JsonWebKey> keys = fixed;
    if (set) {
        keys += set.value().keys();
        for (const JsonWebKey &key :
             set.value().candidatesFor(jws.value().keyId(), jws.value().algorithm()))
            LC_FUZZ_CHECK(jws.value().keyId().isEmpty() || key.keyId() == jws.value().keyId());
    }
    for (const JsonWebKey &key : keys) {
        const Status verified = JwsVerifier::verify(jws.value(), key);
        // Only the asymmetric algorithms may ever verify, and only with a key of their type.
        if (verified) {
            LC_FUZZ_CHECK(JwsVerifier::isAllowedAlgorithm(jws.value().algorithm()));
            LC_FUZZ_CHECK(key.fitsAlgorithm(jws.value().algorithm()));
        }
    }
    return 0;
}
