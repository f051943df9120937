#pragma once

#include "Operation.h"
#include "Services.h"
#include "auth/RedirectMatcher.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"
#include "storage/StoredTokens.h"

#include <QPointer>
#include <QUrl>

namespace lc {

class AccountLock;
class AuthorizationFlow;
class LoopbackRedirectListener;
class ProviderNetworkAccess;
struct GrantedTokens;
struct StoredTokens;

// One sign-in, whoever shows the provider's pages. The steps, in order:
//
//   CheckingKeychain   the keychain exists and is unlocked (before anyone types a password)
//   Preparing          the client secret (keychain or environment), discovery
//   Authorizing        authorizationUrlReady(url): the embedded view loads it, or (Loopback)
//                      the system browser is opened on it; a listener on 127.0.0.1 waits
//   Exchanging         the callback URL arrives (handleRedirect, or the listener): state, iss
//                      and error checked, the code exchanged with the PKCE verifier, the ID
//                      token verified
//   Identifying        userinfo (Bearer), discarded when its `sub` differs from the ID token's
//   Storing            tokens to the keychain, then the account row to the index
//
// The result is the stored account. Cancel works at every step before Storing; once the
// tokens are being stored the sign-in completes (a cancel then is too late and ignored).
class SignIn : public Operation<AccountRecord>
{
    Q_OBJECT

public:
    enum class CallbackDelivery {
        EmbeddedView, // the caller watches navigations and calls handleRedirect()
        Loopback, // RFC 8252: the system browser, and a listener on a free loopback port (on
                  // the registered one when the profile leaves redirect_uri out of requests)
    };
    Q_ENUM(CallbackDelivery)

    enum class Step { CheckingKeychain, Preparing, Authorizing, Exchanging, Identifying, Storing };
    Q_ENUM(Step)

    SignIn(const ProviderProfile &profile, Services services, QString requestedLabel,
           CallbackDelivery delivery, QObject *parent = nullptr);
    ~SignIn() override;

    void start();
    Step step() const { return m_step; }

    // Loopback delivery: a Config error when the browser cannot come back to this app. A
    // profile with "redirectUriInRequests": false has the provider send the browser to its
    // registered redirect URI, so that must be a loopback URI with a port to listen on.
    static Status checkLoopbackDelivery(const ProviderProfile &profile);

    // Embedded view: true when `url` is this sign-in's redirect URI (the view must not load it);
    // the callback is then checked and the code exchanged. Any other URL: false, nothing done.
    bool handleRedirect(const QUrl &url);
    // The redirect URI the provider sends the browser to (the loopback one once listening).
    QUrl redirectUri() const { return m_profile.redirectUri; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void stepChanged(lc::SignIn::Step step);

protected:
    void abortWork() override;
    bool canCancel() const override { return m_step != Step::Storing; }
    void releaseResources() override;

private:
    void setStep(Step step);
    void prepare();
    void authorize(const QString &clientSecret);
    void identify(const GrantedTokens &granted);
    void store(const GrantedTokens &granted, const QString &subject, const QJsonObject &claims);
    void write(const AccountRecord &account, const StoredTokens &tokens);
    // The account of the same profile that already has `record`'s label, for another subject.
    Result<std::optional<AccountRecord>> labelHolder(const AccountRecord &record) const;
    // Revokes the new tokens (RFC 7009), then fails with a Config error naming the label's holder.
    void refuseLabel(const StoredTokens &tokens, const AccountRecord &record,
                     const AccountRecord &holder);
    void fail(const AuthError &error);

    ProviderProfile m_profile;
    Services m_services;
    QString m_requestedLabel;
    CallbackDelivery m_delivery;
    Step m_step = Step::CheckingKeychain;
    QPointer<AuthorizationFlow> m_flow;
    LoopbackRedirectListener *m_listener = nullptr;
    ProviderNetworkAccess *m_network = nullptr;
    QUrl m_authorizationUrl;
    QPointer<AccountLock> m_lock;
    bool m_started = false;
};

} // namespace lc
