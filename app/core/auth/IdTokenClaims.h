#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace lc {

// The claims of an ID token as the token endpoint returned it. The token came straight from the
// token endpoint over the connection we opened (OIDC Core §3.1.3.7 allows TLS to stand in for the
// signature in that case); `iss` and `aud` are still checked here.
struct IdTokenClaims
{
    QJsonObject claims;

    QString subject() const { return claims.value(QStringLiteral("sub")).toString(); }
    QString displayName() const; // name, else preferred_username, else email

    static Result<IdTokenClaims> decode(const QString &idToken, const QString &expectedIssuer,
                                        const QString &clientId);
};

} // namespace lc
