#pragma once

#include "providers/ProviderProfile.h"
#include "storage/AccountStore.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace lc {

class AuthorizationFlow;
class LoopbackRedirectListener;
class SignInCompletion;
struct GrantedTokens;

// A whole sign-in in the user's own browser (RFC 8252), for providers or users the embedded
// view does not suit.
//
//   start() ──► LoopbackRedirectListener on 127.0.0.1:<free port>
//                 │ the profile's redirectUri becomes http://127.0.0.1:<port><its path>
//                 ▼
//               AuthorizationFlow ── authorizationUrlReady ──► SystemBrowser::open(url)
//                                                                │ user signs in there
//               redirectReceived(url) ◄── GET /callback?… ───────┘
//                 │ flow->handleRedirect: state, iss, error; code + PKCE verifier exchanged
//                 ▼
//               SignInCompletion ──► AccountStore
//                 ▼
//               respond(page for the browser) ──► signedIn(account) | failed(error)
//
// The provider must accept a loopback redirect on any port (RFC 8252 §7.3) for the profile's
// redirect path. One instance serves one attempt; delete it with deleteLater() from a slot.
class SystemBrowserSignIn : public QObject
{
    Q_OBJECT

public:
    SystemBrowserSignIn(const ProviderProfile &profile, AccountStore store, QString requestedLabel,
                        QObject *parent = nullptr);
    ~SystemBrowserSignIn() override;

    void start();
    // Stops the attempt: the listener closes and failed(cancelled) is emitted.
    void cancel();

    // The loopback redirect URI of this attempt; empty before start() and after the end.
    QUrl redirectUri() const;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void signedIn(const lc::AccountRecord &account);
    void failed(const lc::AuthError &error);

private:
    void complete(const GrantedTokens &granted);
    void succeed(const AccountRecord &account);
    void fail(const AuthError &error);
    void stopWork();

    ProviderProfile m_profile;
    AccountStore m_store;
    QString m_requestedLabel;
    LoopbackRedirectListener *m_listener = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<AuthorizationFlow> m_flow;
    QPointer<SignInCompletion> m_completion;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace lc
