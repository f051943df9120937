#include "LoginController.h"

#include "auth/ProviderNetworkAccess.h"
#include "auth/SignInCompletion.h"
#include "common/Logging.h"

#include <QNetworkAccessManager>

namespace lc {

LoginController::LoginController(const ProviderProfile &profile, AccountStore store,
                                 QString requestedLabel, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(std::move(store))
    , m_requestedLabel(std::move(requestedLabel))
    , m_network(new ProviderNetworkAccess(profile, this))
{
}

LoginController::~LoginController() = default;

bool LoginController::canRetry() const
{
    // A refused or tampered redirect is not fixed by trying again the same way; everything
    // else (network, provider hiccups, a failed page) may be.
    return m_phase == Phase::Failed && m_error && m_error->kind() != AuthError::Kind::Config;
}

void LoginController::start()
{
    if (m_flow)
        m_flow->deleteLater();
    m_error.reset();
    m_errorText.clear();
    m_loadProgress = 0;
    Q_EMIT loadProgressChanged();
    setPhase(Phase::Loading);

    // A fresh flow per attempt: new state, nonce and PKCE verifier.
    m_flow = new AuthorizationFlow(m_profile, this);
    connect(m_flow, &AuthorizationFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        Q_EMIT authorizationUrlChanged();
    });
    connect(m_flow, &AuthorizationFlow::failed, this, &LoginController::fail);
    connect(m_flow, &AuthorizationFlow::succeeded, this, [this](const GrantedTokens &granted) {
        auto *completion = new SignInCompletion(m_flow->profile(), m_store, m_network, this);
        m_completion = completion;
        connect(completion, &SignInCompletion::finished, this,
                [this, completion](const AccountRecord &account) {
                    completion->deleteLater();
                    setPhase(Phase::Succeeded);
                    Q_EMIT signedIn(account);
                });
        connect(completion, &SignInCompletion::failed, this,
                [this, completion](const AuthError &error) {
                    completion->deleteLater();
                    fail(error);
                });
        completion->complete(granted, m_requestedLabel);
    });
    m_flow->start();
}

void LoginController::retry()
{
    if (canRetry())
        start();
}

void LoginController::cancel()
{
    if (m_phase == Phase::Succeeded || m_phase == Phase::Cancelled)
        return;
    const AuthError error = AuthError::cancelled(tr("Sign-in was cancelled."));
    m_error = error;
    setPhase(Phase::Cancelled);
    Q_EMIT signInFailed(error);
}

bool LoginController::interceptNavigation(const QUrl &url)
{
    if (!m_flow || !m_flow->redirectMatcher().matches(url))
        return false;
    qCInfo(lcWeb) << "caught the redirect to" << url.host() << "; it will not be loaded";
    if (m_phase == Phase::Loading || m_phase == Phase::Ready) {
        setPhase(Phase::Exchanging);
        m_flow->handleRedirect(url);
    }
    return true;
}

void LoginController::reportLoadStarted(const QUrl &url)
{
    m_currentUrl = url;
    Q_EMIT currentUrlChanged();
    if (m_phase == Phase::Ready)
        setPhase(Phase::Loading);
}

void LoginController::reportLoadProgress(int percent)
{
    if (m_loadProgress == percent)
        return;
    m_loadProgress = percent;
    Q_EMIT loadProgressChanged();
}

void LoginController::reportLoadSucceeded(const QUrl &url)
{
    m_currentUrl = url;
    Q_EMIT currentUrlChanged();
    if (m_phase == Phase::Loading)
        setPhase(Phase::Ready);
}

void LoginController::reportLoadFailed(const QUrl &url, int errorCode, const QString &errorString)
{
    // -3 (ERR_ABORTED) is what our own rejection of the redirect looks like.
    if (errorCode == -3 || m_phase != Phase::Loading && m_phase != Phase::Ready)
        return;
    qCInfo(lcWeb) << "page failed to load:" << url.host() << errorCode << errorString;
    fail(AuthError::network(
        tr("The sign-in page at %1 could not be loaded: %2").arg(url.host(), errorString)));
}

void LoginController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged();
}

void LoginController::fail(const AuthError &error)
{
    if (m_phase == Phase::Succeeded || m_phase == Phase::Cancelled)
        return;
    m_error = error;
    m_errorText = error.message();
    setPhase(error.kind() == AuthError::Kind::Cancelled ? Phase::Cancelled : Phase::Failed);
    Q_EMIT signInFailed(error);
}

} // namespace lc
