#pragma once

#include "Placeholders.h"
#include "common/Result.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(lc::ProviderProfile)

public:
    enum class PkceMethod { S256, None };
    // Which adapter reads the provider's error bodies (providers/ErrorFormat.h).
    enum class ErrorFormat { Rfc6749, Ottm, LightOauth2 };
    // How the token endpoint learns who the client is (RFC 6749 §2.3.1).
    enum class ClientAuthentication { None, SecretPost, SecretBasic };
    enum class BrowserMode { Embedded, System };

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
    ErrorFormat errorFormat = ErrorFormat::Rfc6749;
    ClientAuthentication clientAuthentication = ClientAuthentication::None;
    // The studio's backend that exchanges codes and refresh tokens with the client secret it
    // keeps (docs/BACKEND_EXCHANGE.md); empty: the app talks to the token endpoint itself.
    QUrl tokenExchangeBackend;
    // false: redirect_uri is left out of requests and the provider uses the client's registered
    // default (light-oauth2); the window still catches `redirectUri`.
    bool redirectUriInRequests = true;
    // Certificates accepted although not trusted by the system (self-signed development servers),
    // as lowercase hex SHA-256 digests of the DER certificate.
    QList<QByteArray> trustedCertificateSha256;
    BrowserMode browser = BrowserMode::Embedded;
    // A development setup on this computer: https pages may lead to http on loopback hosts.
    bool localDevelopment = false;
    // Opt-in "remember me": a persistent web session per account instead of off-the-record.
    bool rememberSessions = false;
    // For plain OAuth 2.0 providers with neither ID token nor userinfo (light-oauth2): the claim
    // of the JWT access token that names the account. Used only to name it, never to trust it.
    QString accessTokenSubjectClaim;
    int pageLoadTimeoutSeconds = 30; // the first page must load within this, or Retry is offered
    // Each request to the provider must be answered in full within this; 0: Timeouts' default.
    int requestTimeoutSeconds = 0;

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

    bool needsClientSecret() const
    {
        return clientAuthentication != ClientAuthentication::None && tokenExchangeBackend.isEmpty();
    }

    // Whether a sign-in in the system browser can come back to a loopback listener: with
    // "redirectUriInRequests": false the provider sends the browser to the registered redirect
    // URI, which the listener only hears when it is itself a loopback http URI.
    bool systemBrowserCanHearRedirect() const
    {
        if (redirectUriInRequests)
            return true;
        const QString host = redirectUri.host();
        return redirectUri.scheme() == QLatin1String("http")
            && (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
                || host == QLatin1String("::1"));
    }

    // Parses and validates a profile after filling in its `%name%` placeholders; every error
    // names `sourceName` and the offending key or placeholder.
    static Result<ProviderProfile> fromJson(const QByteArray &json, const QString &sourceName,
                                            const PlaceholderValues &placeholders
                                            = PlaceholderValues::forUser());
};

} // namespace lc
