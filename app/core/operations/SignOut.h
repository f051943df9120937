#pragma once

#include "Operation.h"
#include "Services.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"
#include "storage/StoredTokens.h"

#include <QPointer>

namespace lc {

class AccountLock;
class TokenRevoker;

struct SignOutOutcome
{
    AccountRecord account;
    // Empty when the provider confirmed the revocation or has no revocation endpoint.
    QString revocationProblem;
    // RP-initiated logout was asked for but could not be done (no endpoint, no browser).
    QString endSessionProblem;
    bool endSessionOpened = false;
    // The tokens are gone but the account list could not be updated (damaged, or newer).
    QString accountListProblem;
};

// Signs one account out:
//
//   ReadingTokens   the keychain entry (a locked or absent keychain stops here: nothing removed)
//   Revoking        RFC 7009 at the provider: the refresh token first, then the access token
//   Removing        the keychain entry, the index row, the remembered web session — whatever
//                   the provider answered (its problem is reported in the outcome)
//   EndingSession   optionally, the provider's end_session_endpoint in the system browser
//
// Cancel before Removing leaves the account as it was.
class SignOut : public Operation<SignOutOutcome>
{
    Q_OBJECT

public:
    struct Options
    {
        bool endSession = false; // also RP-initiated logout in the web browser
    };

    SignOut(const ProviderProfile &profile, AccountRecord account, Services services,
            Options options, QObject *parent = nullptr);

    void start();

protected:
    void abortWork() override;
    bool canCancel() const override { return !m_removing; }
    void releaseResources() override;
    AuthError cancelledError(const QString &reason) const override;

private:
    void readTokens();
    void revoke(const StoredTokens &tokens);
    void removeLocally(const std::optional<StoredTokens> &tokens, const QUrl &endSessionEndpoint);
    void endSession(const StoredTokens &tokens, const QUrl &endpoint);

    ProviderProfile m_profile;
    AccountRecord m_account;
    Services m_services;
    Options m_options;
    SignOutOutcome m_outcome;
    QPointer<TokenRevoker> m_revoker;
    QPointer<AccountLock> m_lock;
    bool m_removing = false;
};

} // namespace lc
