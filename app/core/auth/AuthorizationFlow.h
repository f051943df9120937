#pragma once

#include "AuthorizationResponse.h"
#include "IdTokenClaims.h"
#include "Pkce.h"
#include "RedirectMatcher.h"
#include "TokenResponse.h"
#include "operations/Services.h"
#include "providers/ProviderProfile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace lc {

class BackendTokenExchange;
class EmbeddedReplyHandler;
class ProviderNetworkAccess;
class ProviderDiscovery;

// What a completed sign-in or refresh produced.
struct GrantedTokens
{
    TokenResponse tokens;
    std::optional<IdTokenClaims> idToken; // present when the provider issued an ID token
};

// The one class that wraps QOAuth2AuthorizationCodeFlow, and so the one place for workarounds
// that depend on the Qt version (each names the version it is for).
//
//   start() ──► authorizationUrlReady(url) ──► [web view or browser shows the provider]
//                                                     │ navigation to the redirect URI
//   handleRedirect(url) ◄─────────────────────────────┘
//     │ state, iss, error checked (AuthorizationResponse)
//     ▼
//   QOAuth2AuthorizationCodeFlow exchanges the code      + code_verifier (PKCE)
//     (or BackendTokenExchange, when the studio's backend holds the client secret)
//     │ reply parsed by EmbeddedReplyHandler/TokenResponse
//     ▼
//   ID token verified (IdTokenVerifier: JWS signature against the JWKS, iss, aud, exp, iat,
//   nonce) ──► succeeded(GrantedTokens) | failed(AuthError)
//
// Endpoints missing from the profile come first from the issuer's discovery document.
// refresh(refreshToken) runs the refresh grant through the same flow and reply handler.
// One instance serves one attempt.
class AuthorizationFlow : public QObject
{
    Q_OBJECT

public:
    // Its requests (discovery, token, keys, backend) go through a ProviderNetworkAccess of its
    // own (Services::networkAccess): timeouts, pinned certificates and client authentication.
    AuthorizationFlow(const ProviderProfile &profile, const Services &services,
                      QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    // A confidential client's secret (SignIn and RefreshTokens read it from the keychain):
    // sent as the profile's clientAuthentication says. Set before start() or refresh().
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }

    // Builds the authorization URL with a fresh state, nonce and PKCE verifier.
    void start();
    QUrl authorizationUrl() const { return m_authorizationUrl; }

    // True when `url` is the redirect URI (so the caller must not load it); the redirect is then
    // checked and, when good, its code exchanged. Any other URL returns false and does nothing.
    bool handleRedirect(const QUrl &url);
    void cancel(const QString &reason = {});

    void refresh(const QString &refreshToken);

    const RedirectMatcher &redirectMatcher() const { return m_redirectMatcher; }
    // The `state` this attempt's callback must carry.
    QString state() const { return m_state; }
    // The profile completed by discovery once start() or refresh() got that far.
    const ProviderProfile &profile() const { return m_profile; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void succeeded(const lc::GrantedTokens &granted);
    void failed(const lc::AuthError &error);

private:
    void whenResolved(std::function<void()> next);
    bool applyClientAuthentication();
    void onTokenResponse(const TokenResponse &response);
    void succeed();
    void finishWith(const AuthError &error);
    void modifyParameters(int stage, QMultiMap<QString, QVariant> *parameters);

    ProviderProfile m_profile;
    RedirectMatcher m_redirectMatcher;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    EmbeddedReplyHandler *m_replyHandler = nullptr;
    ProviderNetworkAccess *m_network = nullptr;
    BackendTokenExchange *m_backend = nullptr;
    ProviderDiscovery *m_discovery = nullptr;
    std::optional<GrantedTokens> m_granted;
    QUrl m_authorizationUrl;
    QString m_clientSecret;
    std::shared_ptr<const Clock> m_clock;
    MetadataCache m_metadataCache;
    QString m_state;
    QString m_nonce;
    Pkce m_pkce;
    bool m_refreshing = false;
    bool m_exchanging = false;
    bool m_finished = false;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::GrantedTokens)
