#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace lc {

// What an ID token must say to be accepted (OIDC Core §3.1.3.7).
struct IdTokenExpectations
{
    QString issuer; // empty only for a profile without an issuer (plain OAuth 2.0)
    QString clientId;
    QString nonce; // empty for an ID token from a refresh, which carries none
    int clockSkewSeconds = 120;
    QDateTime now;
};

// The claims of an ID token.
struct IdTokenClaims
{
    Q_DECLARE_TR_FUNCTIONS(lc::IdTokenClaims)

public:
    QJsonObject claims;

    QString subject() const { return claims.value(QStringLiteral("sub")).toString(); }
    QString issuer() const { return claims.value(QStringLiteral("iss")).toString(); }
    QStringList audiences() const;

    // The payload only, no checks: for a token that was verified before it was stored.
    static Result<IdTokenClaims> decode(const QString &idToken);
    // iss, aud/azp, exp and iat within the skew, sub, nonce. The signature is JwsVerifier's.
    static Result<IdTokenClaims> validate(const QJsonObject &claims,
                                          const IdTokenExpectations &expected);
    // OIDC Core §12.2: an ID token from a refresh keeps the original's iss, sub and aud.
    static Status checkSameIdentity(const IdTokenClaims &original, const IdTokenClaims &refreshed);
};

} // namespace lc
