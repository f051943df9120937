#include "SystemBrowserSignIn.h"

#include "AuthorizationFlow.h"
#include "LoopbackRedirectListener.h"
#include "ProviderNetworkAccess.h"
#include "SignInCompletion.h"
#include "common/Logging.h"
#include "common/SystemBrowser.h"

namespace lc {

namespace {
// The listener serves the path of the profile's own redirect URI when that is an http URL (the
// provider matches it, whatever the port), else /callback.
QString loopbackPath(const QUrl &redirectUri)
{
    if (redirectUri.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("/callback");
    const QString path = redirectUri.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}
} // namespace

SystemBrowserSignIn::SystemBrowserSignIn(const ProviderProfile &profile, AccountStore store,
                                         QString requestedLabel, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(std::move(store))
    , m_requestedLabel(std::move(requestedLabel))
    , m_listener(new LoopbackRedirectListener(this))
    , m_network(new ProviderNetworkAccess(profile, this))
{
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, [this](const QUrl &url) {
        if (m_finished || !m_flow)
            return;
        // State, iss and error are checked there, exactly as for the embedded view.
        if (!m_flow->handleRedirect(url))
            fail(AuthError::config(tr("The browser's redirect did not match this sign-in.")));
    });
}

// A callback still waiting for respond() gets the listener's neutral page when it is destroyed.
SystemBrowserSignIn::~SystemBrowserSignIn() = default;

QUrl SystemBrowserSignIn::redirectUri() const
{
    return m_listener->redirectUri();
}

void SystemBrowserSignIn::start()
{
    if (m_started)
        return;
    m_started = true;
    const Status listening = m_listener->listen(loopbackPath(m_profile.redirectUri));
    if (!listening.ok()) {
        fail(listening.error());
        return;
    }
    ProviderProfile loopbackProfile = m_profile;
    loopbackProfile.redirectUri = m_listener->redirectUri();

    m_flow = new AuthorizationFlow(loopbackProfile, this);
    connect(m_flow, &AuthorizationFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        if (m_finished)
            return;
        const Status opened = SystemBrowser::open(url);
        if (!opened.ok()) {
            fail(opened.error());
            return;
        }
        qCInfo(lcAuth) << "sign-in page opened in the system browser";
    });
    connect(m_flow, &AuthorizationFlow::failed, this, &SystemBrowserSignIn::fail);
    connect(m_flow, &AuthorizationFlow::succeeded, this, &SystemBrowserSignIn::complete);
    m_flow->start();
}

void SystemBrowserSignIn::cancel()
{
    if (m_finished)
        return;
    // Not from inside the completion's own signals (those finish the attempt first), so the
    // completion can go now, before its userinfo reply could still store the account.
    if (m_completion) {
        m_completion->disconnect(this);
        delete m_completion;
    }
    fail(AuthError::cancelled(tr("Sign-in was cancelled.")));
}

void SystemBrowserSignIn::complete(const GrantedTokens &granted)
{
    if (m_finished)
        return;
    m_completion = new SignInCompletion(m_flow->profile(), m_store, m_network, this);
    connect(m_completion, &SignInCompletion::finished, this, &SystemBrowserSignIn::succeed);
    connect(m_completion, &SignInCompletion::failed, this, &SystemBrowserSignIn::fail);
    m_completion->complete(granted, m_requestedLabel);
}

void SystemBrowserSignIn::succeed(const AccountRecord &account)
{
    if (m_finished)
        return;
    m_finished = true;
    const QString provider = m_profile.displayName.isEmpty() ? m_profile.id : m_profile.displayName;
    const QString who = !account.displayName.isEmpty() ? account.displayName : account.label;
    m_listener->respond(true, tr("Signed in"),
                        who.isEmpty() ? tr("You are signed in to %1.").arg(provider)
                                      : tr("You are signed in to %1 as %2.").arg(provider, who));
    stopWork();
    Q_EMIT signedIn(account);
}

void SystemBrowserSignIn::fail(const AuthError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // AuthError's message never holds a token, code or secret, so the browser may show it.
    m_listener->respond(false,
                        error.kind() == AuthError::Kind::Cancelled ? tr("Sign-in cancelled")
                                                                   : tr("Sign-in failed"),
                        error.message());
    stopWork();
    Q_EMIT failed(error);
}

void SystemBrowserSignIn::stopWork()
{
    if (m_flow) {
        m_flow->disconnect(this);
        if (!m_flow->isFinished())
            m_flow->cancel(); // late provider answers are then ignored
    }
    if (m_completion) {
        m_completion->disconnect(this);
        m_completion->deleteLater(); // possibly inside its own signal
    }
}

} // namespace lc
