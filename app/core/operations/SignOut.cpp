#include "SignOut.h"

#include "auth/ProviderNetworkAccess.h"
#include "auth/TokenRevoker.h"
#include "common/Logging.h"
#include "storage/AccountLock.h"
#include "storage/AccountStore.h"

#include <QUrlQuery>

namespace lc {

SignOut::SignOut(const ProviderProfile &profile, AccountRecord account, Services services,
                 Options options, QObject *parent)
    : Operation(parent)
    , m_profile(profile)
    , m_account(std::move(account))
    , m_services(std::move(services))
    , m_options(options)
{
    m_outcome.account = m_account;
}

AuthError SignOut::cancelledError(const QString &reason) const
{
    return AuthError::cancelled(reason.isEmpty() ? tr("Signing out was cancelled; the account "
                                                      "is still signed in.")
                                                 : reason);
}

void SignOut::start()
{
    // Not while another process refreshes this account: its write would bring the tokens back.
    m_lock = new AccountLock(m_services.lockDirectory, m_account.keychainKey(), this);
    m_lock->acquire(m_services.timeouts.accountLockWaitMs, [this](const Status &locked) {
        if (isStopped())
            return;
        if (!locked.ok())
            finish(locked.error());
        else
            readTokens();
    });
}

void SignOut::releaseResources()
{
    if (m_lock)
        m_lock->release();
}

void SignOut::readTokens()
{
    m_services.keychain->read(
        m_account.keychainKey(), this, [this](const Result<QByteArray> &secret) {
            if (isStopped())
                return;
            if (!secret.ok()) {
                finish(secret.error()); // nothing removed: try again once the keychain is back
                return;
            }
            auto tokens = AccountStore::tokensFrom(m_account, secret.value());
            if (!tokens.ok()) {
                // Nothing left to revoke (already rejected, or never stored): sign out locally.
                removeLocally(std::nullopt, {});
                return;
            }
            // Revoked tokens that could then not be removed would stay behind, useless:
            // the keychain must take the removal before the provider is asked.
            m_services.keychain->checkWritable(this, [this, tokens](const Status &writable) {
                if (isStopped())
                    return;
                if (!writable.ok())
                    finish(writable.error());
                else
                    revoke(tokens.value());
            });
        });
}

void SignOut::revoke(const StoredTokens &tokens)
{
    ProviderNetworkAccess *network = m_services.networkAccess(m_profile, this);
    m_revoker
        = new TokenRevoker(m_profile, network, m_services.metadataCache, m_services.clock, network);
    connect(m_revoker, &TokenRevoker::finished, this,
            [this, tokens](const TokenRevoker::Outcome &outcome) {
                if (isStopped())
                    return;
                if (outcome.attempted && !outcome.revoked)
                    m_outcome.revocationProblem = outcome.problem;
                removeLocally(tokens, outcome.endSessionEndpoint);
            });
    m_revoker->revoke(tokens);
}

void SignOut::removeLocally(const std::optional<StoredTokens> &tokens,
                            const QUrl &endSessionEndpoint)
{
    m_removing = true;
    m_services.keychain->remove(
        m_account.keychainKey(), this, [this, tokens, endSessionEndpoint](const Status &removed) {
            if (!removed.ok()) {
                finish(removed.error()); // the row stays, so the user can retry
                return;
            }
            m_services.webSessions.clear(m_account.profileId, m_account.label);
            // The tokens are gone, which is what signing out means; a list that cannot be
            // rewritten is reported, not a failure.
            Status saved = m_services.accountIndex.remove(m_account);
            if (!saved.ok())
                m_outcome.accountListProblem = saved.error().message();
            qCInfo(lcStore) << "signed out" << m_account.label << "of" << m_account.profileId;
            if (m_options.endSession) {
                if (tokens && !endSessionEndpoint.isEmpty())
                    endSession(*tokens, endSessionEndpoint);
                else
                    m_outcome.endSessionProblem = tr("The provider offers no "
                                                     "end_session_endpoint; only the local "
                                                     "sign-out was done.");
            }
            finish(m_outcome);
        });
}

void SignOut::endSession(const StoredTokens &tokens, const QUrl &endpoint)
{
    QUrl url = endpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("client_id"), m_profile.clientId);
    if (!tokens.idToken.isEmpty())
        query.addQueryItem(QStringLiteral("id_token_hint"), tokens.idToken);
    url.setQuery(query);
    const Status opened = m_services.openBrowser(url);
    if (opened.ok())
        m_outcome.endSessionOpened = true;
    else
        m_outcome.endSessionProblem = opened.error().message();
}

void SignOut::abortWork()
{
    if (m_revoker)
        m_revoker->disconnect(this);
}

} // namespace lc
