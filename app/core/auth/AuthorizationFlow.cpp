#include "AuthorizationFlow.h"

#include "BackendTokenExchange.h"
#include "EmbeddedReplyHandler.h"
#include "IdTokenVerifier.h"
#include "ProviderNetworkAccess.h"
#include "common/Logging.h"
#include "providers/ProviderDiscovery.h"

#include <QOAuth2AuthorizationCodeFlow>

namespace lc {

AuthorizationFlow::AuthorizationFlow(const ProviderProfile &profile, const Services &services,
                                     QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_redirectMatcher(profile.redirectUri)
    , m_network(services.networkAccess(profile, this))
    , m_clock(services.clock)
    , m_metadataCache(services.metadataCache)
{
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_replyHandler
        = new EmbeddedReplyHandler(profile.redirectUri, profile.errorFormat, m_clock, this);
    m_flow->setReplyHandler(m_replyHandler);
    m_flow->setClientIdentifier(profile.clientId);
    m_flow->setScope(profile.scopes.join(QLatin1Char(' ')));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 added PKCE but keeps its verifier to itself, and the backend exchange needs it:
    // switch Qt's off and add ours (modifyParameters), so it is never sent twice.
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::None);
#endif
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            modifyParameters(int(stage), parameters);
        });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        Q_EMIT authorizationUrlReady(url);
    });
    connect(m_replyHandler, &EmbeddedReplyHandler::tokenResponseReceived, this,
            &AuthorizationFlow::onTokenResponse);
    connect(m_replyHandler, &EmbeddedReplyHandler::tokenRequestFailed, this,
            &AuthorizationFlow::finishWith);

    if (!profile.tokenExchangeBackend.isEmpty()) {
        m_backend = new BackendTokenExchange(profile.tokenExchangeBackend, profile.errorFormat,
                                             m_network, m_clock, this);
        connect(m_backend, &BackendTokenExchange::tokenResponseReceived, this,
                &AuthorizationFlow::onTokenResponse);
        connect(m_backend, &BackendTokenExchange::failed, this, &AuthorizationFlow::finishWith);
    }

    m_discovery = new ProviderDiscovery(m_network, m_metadataCache, m_clock, this);
    connect(m_discovery, &ProviderDiscovery::failed, this, &AuthorizationFlow::finishWith);
}

AuthorizationFlow::~AuthorizationFlow() = default;

void AuthorizationFlow::whenResolved(std::function<void()> next)
{
    // Endpoints may come from the issuer's discovery document (cached); everything else waits.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_discovery, &ProviderDiscovery::resolved, this,
                          [this, next, connection](const ProviderProfile &resolved) {
                              disconnect(*connection);
                              m_profile = resolved;
                              m_flow->setAuthorizationUrl(resolved.authorizationEndpoint);
                              m_flow->setAccessTokenUrl(resolved.tokenEndpoint);
                              if (!applyClientAuthentication())
                                  return;
                              next();
                          });
    m_discovery->resolve(m_profile);
}

bool AuthorizationFlow::applyClientAuthentication()
{
    if (!m_profile.needsClientSecret())
        return true;
    if (m_clientSecret.isEmpty()) {
        finishWith(
            AuthError::config(tr("Profile \"%1\" needs its client secret.").arg(m_profile.id)));
        return false;
    }
    if (m_profile.clientAuthentication == ProviderProfile::ClientAuthentication::SecretBasic)
        m_network->setClientCredentials(m_profile.tokenEndpoint, m_profile.clientId,
                                        m_clientSecret);
    else
        m_flow->setClientIdentifierSharedKey(m_clientSecret); // sent as client_secret
    return true;
}

void AuthorizationFlow::modifyParameters(int stage, QMultiMap<QString, QVariant> *parameters)
{
    using Stage = QAbstractOAuth::Stage;
    // QOAuth2 sends an empty client_secret even for public clients; some providers then try
    // client_secret_post and answer invalid_client.
    if (parameters->value(QStringLiteral("client_secret")).toString().isEmpty())
        parameters->remove(QStringLiteral("client_secret"));
    if (!m_profile.redirectUriInRequests)
        parameters->remove(QStringLiteral("redirect_uri"));
    // A profile without scopes sends no `scope` at all: an empty one is invalid_scope to some
    // providers (RFC 6749 §3.3 makes the parameter optional, not empty).
    if (parameters->contains(QStringLiteral("scope"))
        && parameters->value(QStringLiteral("scope")).toString().trimmed().isEmpty())
        parameters->remove(QStringLiteral("scope"));

    switch (Stage(stage)) {
    case Stage::RequestingAuthorization:
        // Qt up to 6.7.0 seeds its state generator from the clock; use ours, from a CSPRNG.
        parameters->replace(QStringLiteral("state"), m_state);
        m_flow->setState(m_state);
        if (!m_nonce.isEmpty())
            parameters->replace(QStringLiteral("nonce"), m_nonce);
        for (auto it = m_profile.extraAuthorizationParameters.cbegin();
             it != m_profile.extraAuthorizationParameters.cend(); ++it)
            parameters->replace(it.key(), it.value());
        // Qt before 6.8 has no PKCE at all (see the constructor for 6.8+).
        if (m_profile.pkce == ProviderProfile::PkceMethod::S256) {
            parameters->replace(QStringLiteral("code_challenge"),
                                QString::fromLatin1(m_pkce.challenge));
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        }
        break;
    case Stage::RequestingAccessToken:
        if (m_profile.pkce == ProviderProfile::PkceMethod::S256)
            parameters->replace(QStringLiteral("code_verifier"),
                                QString::fromLatin1(m_pkce.verifier));
        break;
    default:
        break;
    }
}

void AuthorizationFlow::start()
{
    m_state = QString::fromLatin1(randomUrlSafeString(24));
    m_nonce = m_profile.requestsScope(QStringLiteral("openid"))
        ? QString::fromLatin1(randomUrlSafeString(24))
        : QString();
    m_pkce = Pkce::generate();
    m_flow->setState(m_state);
    whenResolved([this] { m_flow->grant(); });
}

bool AuthorizationFlow::handleRedirect(const QUrl &url)
{
    if (!m_redirectMatcher.matches(url))
        return false;
    if (m_finished || m_exchanging) {
        qCInfo(lcAuth) << "ignoring a second redirect for a finished attempt";
        return true;
    }
    auto response = AuthorizationResponse::fromCallback(url, m_state, m_profile.issuer,
                                                        m_profile.callbackMustCarryIssuer);
    if (!response.ok()) {
        finishWith(response.error());
        return true;
    }
    qCInfo(lcAuth) << "authorization code received; exchanging it";
    m_exchanging = true;
    if (m_backend) {
        m_backend->exchangeCode(response.value().code,
                                m_profile.pkce == ProviderProfile::PkceMethod::S256
                                    ? QString::fromLatin1(m_pkce.verifier)
                                    : QString(),
                                m_profile.redirectUriInRequests ? m_profile.redirectUri.toString()
                                                                : QString());
        return true;
    }
    // The base flow re-checks state and then requests the token (requestAccessToken() is
    // protected up to Qt 6.8).
    m_replyHandler->deliverCallback(response.value().parameters);
    return true;
}

void AuthorizationFlow::cancel(const QString &reason)
{
    finishWith(AuthError::cancelled(reason.isEmpty() ? tr("Sign-in was cancelled.") : reason));
}

void AuthorizationFlow::refresh(const QString &refreshToken)
{
    m_refreshing = true;
    whenResolved([this, refreshToken] {
        if (m_backend) {
            m_backend->refresh(refreshToken);
            return;
        }
        m_flow->setRefreshToken(refreshToken);
        m_flow->refreshAccessToken();
    });
}

void AuthorizationFlow::onTokenResponse(const TokenResponse &response)
{
    if (m_finished)
        return;
    m_granted = GrantedTokens { response, std::nullopt };
    if (!response.idToken.isEmpty()) {
        auto *verifier = new IdTokenVerifier(m_profile, m_network, m_metadataCache, m_clock, this);
        connect(verifier, &IdTokenVerifier::failed, this, &AuthorizationFlow::finishWith);
        connect(verifier, &IdTokenVerifier::verified, this, [this](const IdTokenClaims &claims) {
            m_granted->idToken = claims;
            succeed();
        });
        // A refreshed ID token carries no nonce (OIDC Core §12.2); the first one must match ours.
        verifier->verify(response.idToken, m_refreshing ? QString() : m_nonce);
        return;
    }
    if (m_profile.requestsScope(QStringLiteral("openid")) && !m_refreshing) {
        finishWith(AuthError::provider(QStringLiteral("invalid_id_token"),
                                       tr("The provider did not return an ID token although "
                                          "the openid scope was requested.")));
        return;
    }
    succeed();
}

void AuthorizationFlow::succeed()
{
    if (m_finished || !m_granted)
        return;
    m_finished = true;
    Q_EMIT succeeded(*m_granted);
}

void AuthorizationFlow::finishWith(const AuthError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcAuth) << "sign-in attempt failed:" << error.providerCode() << error.message();
    Q_EMIT failed(error);
}

} // namespace lc
