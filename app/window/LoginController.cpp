#include "LoginController.h"

#include "Autofill.h"
#include "LoadErrorText.h"
#include "common/Logging.h"
#include "common/SystemBrowser.h"
#include "storage/WebSessionStore.h"

namespace lc {

namespace {
QString withColons(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}
} // namespace

LoginController::LoginController(const ProviderProfile &profile, Services services,
                                 QString requestedLabel, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_services(std::move(services))
    , m_requestedLabel(std::move(requestedLabel))
    , m_navigationPolicy(profile)
    , m_attemptLifetimeMs(m_services.timeouts.signInAttemptLifetimeMs)
{
    m_firstPageTimer.setSingleShot(true);
    m_firstPageTimer.setInterval(profile.pageLoadTimeoutSeconds * 1000);
    connect(&m_firstPageTimer, &QTimer::timeout, this, &LoginController::onFirstPageTimeout);
    setRememberSession(profile.rememberSessions);
    m_autofillDeadline.setSingleShot(true);
    connect(&m_autofillDeadline, &QTimer::timeout, this, [this] {
        // The code exchange after the redirect has deadlines of its own.
        if (m_autofill && (m_phase == Phase::Loading || m_phase == Phase::Ready))
            fail(AuthError(AuthError::Kind::Provider,
                           m_autofill->deadlineMessage(m_autofillDeadline.interval() / 1000)));
    });
}

LoginController::~LoginController()
{
    abandonAttempt(); // a browser waiting on the loopback listener gets a "cancelled" page
}

void LoginController::setRememberSession(bool remember)
{
    m_webStoragePath
        = remember ? m_services.webSessions.pathFor(m_profile.id, m_requestedLabel) : QString();
    m_webStorageName
        = remember ? WebSessionStore::storageNameFor(m_profile.id, m_requestedLabel) : QString();
}

void LoginController::setAutomaticCredentials(const QString &user, const QString &password)
{
    m_automaticCredentials = qMakePair(user, password);
}

QString LoginController::currentOrigin() const
{
    return m_currentUrl.isEmpty() ? QString()
                                  : m_currentUrl
                                        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                                  | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                        .toString();
}

bool LoginController::canRetry() const
{
    // A refused or tampered redirect is not fixed by trying again the same way; everything
    // else (network, provider hiccups, a page that did not load) may be.
    return m_phase == Phase::Failed && m_error
        && (m_error->kind() != AuthError::Kind::Config || m_browserUnavailable);
}

void LoginController::start()
{
    abandonAttempt();
    m_error.reset();
    m_errorText.clear();
    m_errorDetails.clear();
    m_errorView = ErrorView::None;
    m_certificateFingerprint.clear();
    m_loadProgress = 0;
    m_firstPageLoaded = false;
    Q_EMIT loadProgressChanged();
    setPhase(Phase::Loading);
    m_attemptClock.start();
    m_firstPageTimer.start();
    if (m_autofill) {
        m_autofill->restart();
        if (m_autofillDeadline.interval() > 0)
            m_autofillDeadline.start();
    }

    // A fresh attempt: new state, nonce and PKCE verifier.
    m_browserUnavailable = false;
    begin(SignIn::CallbackDelivery::EmbeddedView);
    connect(m_signIn, &SignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        Q_EMIT authorizationUrlChanged();
    });
    m_signIn->start();
}

void LoginController::begin(SignIn::CallbackDelivery delivery)
{
    Services services = m_services;
    if (delivery == SignIn::CallbackDelivery::Loopback) {
        // Noted, so the error view can say that no browser started and offer the way back.
        services.openBrowser = [this, open = m_services.openBrowser](const QUrl &url) {
            Status opened = open(url);
            m_browserUnavailable = !opened.ok();
            return opened;
        };
    }
    auto *attempt = new SignIn(m_profile, services, m_requestedLabel, delivery, this);
    m_signIn = attempt;
    attempt->then(this, [this, attempt](const Result<AccountRecord> &result) {
        if (m_signIn != attempt)
            return; // an abandoned attempt has nothing more to say
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        setPhase(Phase::Succeeded);
        Q_EMIT signedIn(result.value());
    });
}

void LoginController::abandonAttempt()
{
    SignIn *attempt = m_signIn;
    m_signIn = nullptr;
    if (attempt)
        attempt->cancel();
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
    abandonAttempt();
    m_firstPageTimer.stop();
    // Closing after a failure ends the sign-in with that failure (its code and message), not
    // with "cancelled": only a sign-in where nothing failed was cancelled.
    const AuthError error = m_phase == Phase::Failed && m_error
        ? *m_error
        : AuthError::cancelled(tr("Sign-in was cancelled."));
    m_error = error;
    setPhase(Phase::Cancelled);
    Q_EMIT signInFailed(error);
}

void LoginController::signInWithDifferentAccount()
{
    Q_EMIT webSessionClearRequested();
    m_services.webSessions.clear(m_profile.id, m_requestedLabel);
    start();
}

void LoginController::continueInSystemBrowser()
{
    m_firstPageTimer.stop();
    abandonAttempt();
    m_error.reset();
    setPhase(Phase::InBrowser);
    // The same checks (PKCE, state, iss, ID token) through the user's own browser and a
    // loopback redirect: the way out when a provider refuses embedded views.
    begin(SignIn::CallbackDelivery::Loopback);
    m_signIn->start();
}

bool LoginController::allowNavigation(const QUrl &url, bool mainFrame)
{
    const auto decision = m_navigationPolicy.decide(url, m_currentUrl);
    if (decision == NavigationPolicy::Decision::Intercept) {
        qCInfo(lcWeb) << "caught the redirect to" << url.host() << "; it will not be loaded";
        if (m_phase != Phase::Loading && m_phase != Phase::Ready)
            return false;
        if (m_attemptClock.isValid() && m_attemptClock.elapsed() > m_attemptLifetimeMs) {
            // The attempt's state is stale (the user left the page open): start a fresh one
            // rather than fail.
            qCInfo(lcWeb) << "the sign-in attempt expired; starting a new one";
            start();
            return false;
        }
        setPhase(Phase::Exchanging);
        m_firstPageTimer.stop();
        if (m_signIn)
            m_signIn->handleRedirect(url);
        return false;
    }
    if (!mainFrame && decision != NavigationPolicy::Decision::BlockScheme)
        return true; // frames inherit the page's protection; the host bar shows the page
    if (decision == NavigationPolicy::Decision::BlockDowngrade) {
        fail(AuthError::network(tr("The sign-in page tried to continue without encryption, to "
                                   "%1. Login Companion stopped it.")
                                    .arg(url.host())),
             ErrorView::Insecure);
        return false;
    }
    if (decision == NavigationPolicy::Decision::BlockScheme) {
        qCInfo(lcWeb) << "blocked a navigation to a" << url.scheme() << "URL";
        setNotice(tr("A link to a \"%1:\" address was blocked.").arg(url.scheme()));
        return false;
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
    m_autofillLooks = 0;
    m_currentUrl = url;
    m_firstPageLoaded = true;
    m_firstPageTimer.stop();
    Q_EMIT currentUrlChanged();
    if (m_phase == Phase::Loading)
        setPhase(Phase::Ready);
}

void LoginController::reportLoadFailed(const QUrl &url, int errorCode, const QString &errorString)
{
    // -3 (ERR_ABORTED) is what our own refusal of a navigation looks like.
    if (errorCode == -3 || (m_phase != Phase::Loading && m_phase != Phase::Ready))
        return;
    qCInfo(lcWeb) << "page failed to load:" << url.host() << errorCode << errorString;
    // A sentence for people; the technical code goes to the details line.
    m_errorDetails = LoadErrorText::details(errorCode, errorString);
    fail(AuthError(AuthError::Kind::Network,
                   tr("The sign-in page at %1 could not be loaded. %2")
                       .arg(url.host(), LoadErrorText::sentence(errorCode)),
                   errorString));
}

void LoginController::onFirstPageTimeout()
{
    if (m_firstPageLoaded || (m_phase != Phase::Loading && m_phase != Phase::Ready))
        return;
    fail(AuthError::network(tr("The sign-in page did not load within %n second(s).", nullptr,
                               m_profile.pageLoadTimeoutSeconds)),
         ErrorView::Timeout);
}

bool LoginController::allowCertificate(const QUrl &url, const QString &sha256Hex,
                                       const QString &description)
{
    const QByteArray digest = sha256Hex.toLower().toLatin1();
    if (!digest.isEmpty() && m_profile.trustedCertificateSha256.contains(digest)) {
        qCInfo(lcWeb) << "accepting the pinned certificate of" << url.host();
        return true;
    }
    m_certificateFingerprint = withColons(sha256Hex);
    QString reason = description.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    fail(AuthError::network(tr("The connection to %1 is not secure: %2. The sign-in was stopped.")
                                .arg(url.host(), reason)),
         ErrorView::Certificate);
    return false;
}

QVariantMap LoginController::credentialsFor(const QUrl &url, const QString &realm)
{
    qCInfo(lcWeb) << url.host() << "asks for HTTP credentials, realm" << realm;
    if (!m_automaticCredentials)
        return { { QStringLiteral("mode"), QStringLiteral("ask") } };
    if (m_automaticCredentials->first.isEmpty())
        return { { QStringLiteral("mode"), QStringLiteral("cancel") } };
    return { { QStringLiteral("mode"), QStringLiteral("answer") },
             { QStringLiteral("user"), m_automaticCredentials->first },
             { QStringLiteral("password"), m_automaticCredentials->second } };
}

void LoginController::reportBlocked(BlockedFeature feature)
{
    qCInfo(lcWeb) << "blocked:" << feature;
    switch (feature) {
    case BlockedFeature::Download:
        setNotice(tr("A download was blocked: the sign-in window does not save files."));
        return;
    case BlockedFeature::Permission:
        setNotice(tr("The page asked for a permission (camera, microphone, location or "
                     "notifications); it was denied."));
        return;
    case BlockedFeature::FilePicker:
        setNotice(tr("The page asked to open a file; the sign-in window does not allow it."));
        return;
    case BlockedFeature::Other:
        break;
    }
    setNotice(tr("The page tried something the sign-in window does not allow."));
}

void LoginController::openExternally(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return;
    Status opened = SystemBrowser::open(url);
    setNotice(opened.ok() ? tr("%1 was opened in your web browser.").arg(url.host())
                          : opened.error().message());
}

void LoginController::setAutofill(std::shared_ptr<Autofill> autofill, int deadlineSeconds)
{
    m_autofill = std::move(autofill);
    m_autofillDeadline.setInterval(deadlineSeconds * 1000);
}

QString LoginController::autofillScript(const QUrl &page) const
{
    if (!m_autofill || (m_phase != Phase::Loading && m_phase != Phase::Ready))
        return {};
    return m_autofill->scriptFor(page, m_authorizationUrl);
}

void LoginController::reportAutofill(const QUrl &page, const QString &answer)
{
    if (!m_autofill)
        return;
    qCInfo(lcWeb) << "autofill on" << page.host() << ":" << answer;
    switch (m_autofill->record(answer)) {
    case Autofill::Outcome::Rejected:
        fail(AuthError(AuthError::Kind::Provider, m_autofill->rejectionMessage()));
        return;
    case Autofill::Outcome::Nothing:
        // Pages that build their form with script get a few more looks, half a second apart.
        if (++m_autofillLooks <= 10)
            QTimer::singleShot(500, this, &LoginController::autofillRequested);
        return;
    case Autofill::Outcome::Progress:
    case Autofill::Outcome::Ignored:
        return;
    }
}

void LoginController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged();
}

void LoginController::setNotice(const QString &notice)
{
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void LoginController::fail(const AuthError &error, ErrorView view)
{
    if (m_phase == Phase::Succeeded || m_phase == Phase::Cancelled || m_phase == Phase::Failed)
        return;
    m_firstPageTimer.stop();
    m_autofillDeadline.stop();
    m_error = error;
    m_errorText = m_browserUnavailable
        ? tr("No web browser could be started on this computer. You can go back and sign in "
             "here in this window.")
        : error.message();
    if (m_browserUnavailable)
        m_errorDetails = error.message();
    m_errorView = view != ErrorView::None           ? view
        : error.kind() == AuthError::Kind::Provider ? ErrorView::Provider
        : error.kind() == AuthError::Kind::Storage  ? ErrorView::Storage
                                                    : ErrorView::Network;
    setPhase(error.kind() == AuthError::Kind::Cancelled ? Phase::Cancelled : Phase::Failed);
    Q_EMIT signInFailed(error);
}

} // namespace lc
