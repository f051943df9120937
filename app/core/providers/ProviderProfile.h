#pragma once

#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lc {

// One OAuth 2.0 / OpenID Connect provider as a profile JSON describes it.
// The format is documented in README.md ("Provider profiles").
struct ProviderProfile
{
    enum class PkceMethod { S256, None };

    QString id;
    QString displayName;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QString clientId;
    QUrl redirectUri;

    QString issuer; // empty when the provider is plain OAuth 2.0
    QUrl userinfoEndpoint;
    QUrl revocationEndpoint;
    QUrl endSessionEndpoint;
    QUrl jwksUri; // where the ID token's signing keys are; from discovery when not given
    QString environment; // "development", "production", …: shown next to the account
    QStringList scopes;
    QMap<QString, QString> extraAuthorizationParameters;
    PkceMethod pkce = PkceMethod::S256;
    int clockSkewSeconds = 120; // allowed for the ID token's exp and iat

    // Learnt from discovery (OpenID Connect Discovery / RFC 8414), never from the profile file.
    bool callbackMustCarryIssuer = false; // authorization_response_iss_parameter_supported
    bool discovered = false;

    // Where the profile came from: "built-in" or the file path. For error messages.
    QString source;

    bool requestsScope(const QString &scope) const { return scopes.contains(scope); }
    // With only an issuer, the endpoints come from the provider's discovery document.
    bool needsDiscovery() const
    {
        return !issuer.isEmpty()
            && (authorizationEndpoint.isEmpty() || tokenEndpoint.isEmpty() || jwksUri.isEmpty());
    }

    // Parses and validates a profile; every error names `sourceName` and the offending key.
    static Result<ProviderProfile> fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace lc
