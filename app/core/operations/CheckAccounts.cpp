#include "CheckAccounts.h"

#include "storage/StoredTokens.h"

namespace lc {

CheckAccounts::CheckAccounts(QList<AccountRecord> accounts, Services services, QObject *parent)
    : Operation(parent)
    , m_services(std::move(services))
{
    m_checks.reserve(accounts.size());
    for (AccountRecord &account : accounts)
        m_checks.append(AccountCheck { std::move(account) });
}

AuthError CheckAccounts::cancelledError(const QString &reason) const
{
    return AuthError::cancelled(reason.isEmpty() ? tr("Checking the accounts was cancelled.")
                                                 : reason);
}

void CheckAccounts::start()
{
    if (m_checks.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(m_checks); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < kReadsInFlight; ++i)
        readNext();
}

void CheckAccounts::readNext()
{
    if (isStopped() || m_nextToRead >= m_checks.size())
        return;
    const qsizetype index = m_nextToRead++;
    m_services.keychain->read(
        m_checks.at(index).account.keychainKey(), this,
        [this, index](const Result<QByteArray> &secret) { onRead(index, secret); });
}

void CheckAccounts::onRead(qsizetype index, const Result<QByteArray> &secret)
{
    if (isStopped())
        return;
    if (!secret.ok()) {
        finish(secret.error());
        return;
    }
    AccountCheck &check = m_checks[index];
    if (!secret.value().isEmpty()) {
        auto tokens = StoredTokens::fromJson(secret.value());
        if (tokens.ok()) {
            check.tokensStored = true;
            check.refreshTokenHeld = !tokens.value().refreshToken.isEmpty();
            check.accessTokenExpiresAt = tokens.value().expiresAt;
            check.accessTokenValid = !tokens.value().expiresWithin(0, m_services.clock->now());
        }
    }
    if (++m_answered == m_checks.size())
        finish(m_checks);
    else
        readNext();
}

} // namespace lc
