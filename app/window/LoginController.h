#pragma once

#include "auth/NavigationPolicy.h"
#include "operations/SignIn.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QNetworkAccessManager;

namespace lc {

class Autofill;
class SignInCompletion;

// Everything the login view shows, as properties; the QML only lays it out and reports what the
// web view does (navigations, certificate errors, credential prompts, blocked features). One
// controller serves one sign-in, retries included. In QML (module LoginCompanion.Controllers) its
// enums are used by name: `controller.phase === LoginController.Failed`.
class LoginController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A LoginController is created by the window's main() or AccountsController.")
    Q_PROPERTY(QString title READ title CONSTANT)
    // The label the account gets (--account, or the row's label for "Sign in again").
    Q_PROPERTY(QString requestedLabel READ requestedLabel CONSTANT)
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY authorizationUrlChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(int loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(QString currentHost READ currentHost NOTIFY currentUrlChanged)
    Q_PROPERTY(QString currentOrigin READ currentOrigin NOTIFY currentUrlChanged)
    Q_PROPERTY(bool secure READ secure NOTIFY currentUrlChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY phaseChanged)
    Q_PROPERTY(QString errorDetails READ errorDetails NOTIFY phaseChanged)
    Q_PROPERTY(ErrorView errorView READ errorView NOTIFY phaseChanged)
    Q_PROPERTY(QString certificateFingerprint READ certificateFingerprint NOTIFY phaseChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY phaseChanged)
    Q_PROPERTY(bool browserUnavailable READ browserUnavailable NOTIFY phaseChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString pageScript READ pageScript CONSTANT)
    Q_PROPERTY(QString webStoragePath READ webStoragePath CONSTANT)
    Q_PROPERTY(QString webStorageName READ webStorageName CONSTANT)
    Q_PROPERTY(QUrl redirectUri READ redirectUri CONSTANT)

public:
    enum class Phase {
        Loading, // the provider's pages are loading
        Ready, // a page is shown; the user is at work
        Exchanging, // the redirect was caught; the code is being exchanged
        Failed, // errorText says why; Retry may be offered
        Succeeded,
        Cancelled,
        InBrowser, // continued in the system browser
    };
    Q_ENUM(Phase)

    // Which error view the window shows while the phase is Failed.
    enum class ErrorView {
        None, // no error
        Provider, // the provider refused or answered wrongly
        Storage, // the keychain could not store the account
        Network, // a page or a request failed
        Certificate, // a TLS certificate was refused; certificateFingerprint says which
        Timeout, // the first page did not load in time
        Insecure, // a secure page tried to continue over plain HTTP
    };
    Q_ENUM(ErrorView)

    // What a page tried that the sign-in window does not allow (reportBlocked).
    enum class BlockedFeature {
        Download,
        Permission, // camera, microphone, location, notifications, …
        FilePicker,
        Other,
    };
    Q_ENUM(BlockedFeature)

    LoginController(const ProviderProfile &profile, Services services, QString requestedLabel,
                    QObject *parent = nullptr);
    ~LoginController() override;

    QString title() const { return m_profile.displayName; }
    QString requestedLabel() const { return m_requestedLabel; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    Phase phase() const { return m_phase; }
    int loadProgress() const { return m_loadProgress; }
    QString currentHost() const { return m_currentUrl.host(); }
    QString currentOrigin() const;
    bool secure() const { return m_currentUrl.scheme() == QLatin1String("https"); }
    QString errorText() const { return m_errorText; }
    // The technical side of errorText (a Chromium net::ERR_* code), for a details line.
    QString errorDetails() const { return m_errorDetails; }
    ErrorView errorView() const { return m_errorView; }
    QString certificateFingerprint() const { return m_certificateFingerprint; }
    bool canRetry() const;
    // "Use browser" found no browser to start: retry() goes back to the embedded page.
    bool browserUnavailable() const { return m_phase == Phase::Failed && m_browserUnavailable; }
    QString notice() const { return m_notice; }
    QString pageScript() const { return m_pageScript; }
    QString webStoragePath() const { return m_webStoragePath; }
    QString webStorageName() const { return m_webStorageName; }
    QUrl redirectUri() const { return m_profile.redirectUri; }

    // Automation and options set by the window's main().
    void setPageScript(const QString &script) { m_pageScript = script; }
    void setRememberSession(bool remember);
    // Answers HTTP authentication prompts without asking (QA scripts, tests); an empty user
    // means "cancel the prompt".
    void setAutomaticCredentials(const QString &user, const QString &password);
    void setAttemptLifetime(int milliseconds) { m_attemptLifetimeMs = milliseconds; }
    // `login --autofill`: types the account's stored credentials into the provider's login form.
    // With a deadline (seconds, 0: none) an attempt not signed in by then fails.
    void setAutofill(std::shared_ptr<Autofill> autofill, int deadlineSeconds = 0);

    // ---- what the web view reports and asks ----
    // Every navigation, server redirects included. False: do not load it (the redirect URI,
    // now handed to the flow, or a navigation the policy refuses).
    Q_INVOKABLE bool allowNavigation(const QUrl &url, bool mainFrame);
    Q_INVOKABLE void reportLoadStarted(const QUrl &url);
    Q_INVOKABLE void reportLoadProgress(int percent);
    Q_INVOKABLE void reportLoadSucceeded(const QUrl &url);
    Q_INVOKABLE void reportLoadFailed(const QUrl &url, int errorCode, const QString &errorString);
    // A TLS error: true only for a certificate the profile pins; otherwise the refusal view.
    Q_INVOKABLE bool allowCertificate(const QUrl &url, const QString &sha256Hex,
                                      const QString &description);
    // {"mode": "ask" | "answer" | "cancel", "user": …, "password": …}
    Q_INVOKABLE QVariantMap credentialsFor(const QUrl &url, const QString &realm);
    Q_INVOKABLE void reportBlocked(lc::LoginController::BlockedFeature feature);
    // A plain link meant for a new tab (terms, help): opened in the system browser instead.
    Q_INVOKABLE void openExternally(const QUrl &url);
    // With --autofill, the script the main view runs (in an isolated world, main frame only) on
    // its page loaded from `page`; empty when nothing may be filled there. Popups never ask.
    Q_INVOKABLE QString autofillScript(const QUrl &page) const;
    // The autofill script's answer on `page`.
    Q_INVOKABLE void reportAutofill(const QUrl &page, const QString &answer);

    // ---- what the user does ----
    Q_INVOKABLE void start();
    Q_INVOKABLE void retry();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void signInWithDifferentAccount();
    Q_INVOKABLE void continueInSystemBrowser();

    std::optional<AuthError> error() const { return m_error; }

Q_SIGNALS:
    void authorizationUrlChanged();
    void phaseChanged();
    void loadProgressChanged();
    void currentUrlChanged();
    void noticeChanged();
    // The QML clears the persistent web profile's cookies and storage.
    void webSessionClearRequested();
    void signedIn(const lc::AccountRecord &account);
    // A failure (the phase is Failed: it is on screen, Retry may follow), or the end (the phase
    // is Cancelled: the user closed or cancelled; `error` is then the failure that was on
    // screen, or a Cancelled error when nothing had failed).
    void signInFailed(const lc::AuthError &error);
    // The page had nothing to fill yet (a form still being built): the main view runs the
    // autofill script again on its current page.
    void autofillRequested();

private:
    void setPhase(Phase phase);
    void fail(const AuthError &error, ErrorView view = ErrorView::None);
    void setNotice(const QString &notice);
    void onFirstPageTimeout();
    void begin(SignIn::CallbackDelivery delivery);
    // Cancels the attempt under way, whose result is then ignored.
    void abandonAttempt();

    ProviderProfile m_profile;
    Services m_services;
    QString m_requestedLabel;
    NavigationPolicy m_navigationPolicy;
    QPointer<SignIn> m_signIn; // the attempt under way, embedded or in the system browser
    QUrl m_authorizationUrl;
    QUrl m_currentUrl;
    Phase m_phase = Phase::Loading;
    int m_loadProgress = 0;
    QString m_errorText;
    QString m_errorDetails;
    ErrorView m_errorView = ErrorView::None;
    QString m_certificateFingerprint;
    std::optional<AuthError> m_error;
    QString m_notice;
    QString m_pageScript;
    QString m_webStoragePath;
    QString m_webStorageName;
    std::optional<QPair<QString, QString>> m_automaticCredentials;
    QTimer m_firstPageTimer;
    bool m_firstPageLoaded = false;
    bool m_browserUnavailable = false;
    QElapsedTimer m_attemptClock;
    int m_attemptLifetimeMs;
    std::shared_ptr<Autofill> m_autofill;
    QTimer m_autofillDeadline;
    int m_autofillLooks = 0; // on the current page
};

} // namespace lc
