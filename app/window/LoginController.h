#pragma once

#include "auth/AuthorizationFlow.h"
#include "storage/AccountStore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace lc {

class SignInCompletion;

// Everything the login view shows, as properties; the QML only lays it out and reports what the
// web view does. One controller serves one sign-in (with retries).
class LoginController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY authorizationUrlChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(int loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(QString currentHost READ currentHost NOTIFY currentUrlChanged)
    Q_PROPERTY(bool secure READ secure NOTIFY currentUrlChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY phaseChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY phaseChanged)
    Q_PROPERTY(QString pageScript READ pageScript CONSTANT)

public:
    enum class Phase {
        Loading, // the provider's pages are loading
        Ready, // a page is shown; the user is at work
        Exchanging, // the redirect was caught; the code is being exchanged
        Failed, // errorText says why; Retry may be offered
        Succeeded,
        Cancelled,
    };
    Q_ENUM(Phase)

    LoginController(const ProviderProfile &profile, AccountStore store, QString requestedLabel,
                    QObject *parent = nullptr);
    ~LoginController() override;

    QString title() const { return m_profile.displayName; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    Phase phase() const { return m_phase; }
    int loadProgress() const { return m_loadProgress; }
    QString currentHost() const { return m_currentUrl.host(); }
    bool secure() const { return m_currentUrl.scheme() == QLatin1String("https"); }
    QString errorText() const { return m_errorText; }
    bool canRetry() const;
    QString pageScript() const { return m_pageScript; }
    void setPageScript(const QString &script) { m_pageScript = script; }

    // Called by the web view before any navigation, server redirects included. True means
    // "this is the redirect URI: do not load it".
    Q_INVOKABLE bool interceptNavigation(const QUrl &url);
    Q_INVOKABLE void reportLoadStarted(const QUrl &url);
    Q_INVOKABLE void reportLoadProgress(int percent);
    Q_INVOKABLE void reportLoadSucceeded(const QUrl &url);
    Q_INVOKABLE void reportLoadFailed(const QUrl &url, int errorCode, const QString &errorString);

    Q_INVOKABLE void start();
    Q_INVOKABLE void retry();
    Q_INVOKABLE void cancel();

    std::optional<AuthError> error() const { return m_error; }

Q_SIGNALS:
    void authorizationUrlChanged();
    void phaseChanged();
    void loadProgressChanged();
    void currentUrlChanged();
    void signedIn(const lc::AccountRecord &account);
    void signInFailed(const lc::AuthError &error);

private:
    void setPhase(Phase phase);
    void fail(const AuthError &error);

    ProviderProfile m_profile;
    AccountStore m_store;
    QString m_requestedLabel;
    QNetworkAccessManager *m_network;
    QPointer<AuthorizationFlow> m_flow;
    QPointer<SignInCompletion> m_completion;
    QUrl m_authorizationUrl;
    QUrl m_currentUrl;
    Phase m_phase = Phase::Loading;
    int m_loadProgress = 0;
    QString m_errorText;
    std::optional<AuthError> m_error;
    QString m_pageScript;
};

} // namespace lc
