#pragma once

#include "CompactJws.h"
#include "JsonWebKey.h"

#include <QCoreApplication>

namespace lc {

// Checks a JWS signature against one public key. Only asymmetric algorithms are accepted:
// `none` would accept anything, and HS* with a public key as the secret is the classic
// key-confusion forgery, so the token's own `alg` can never pick a weaker check.
class JwsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(lc::JwsVerifier)

public:
    static bool isAllowedAlgorithm(const QString &algorithm); // RS256, PS256, ES256
    static Status verify(const CompactJws &jws, const JsonWebKey &key);

    static constexpr int MinimumRsaBits = 2048; // RFC 7518 §3.3
};

} // namespace lc
