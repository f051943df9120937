#include "AccountStore.h"

#include "WebSessionStore.h"
#include "common/Logging.h"

namespace lc {

Result<AccountRecord> AccountStore::saveSignIn(AccountRecord record, const StoredTokens &tokens)
{
    auto labelled = m_index.withLabel(std::move(record));
    if (!labelled.ok())
        return labelled.error();
    Status written = m_secrets.write(labelled.value().keychainKey(), tokens.toJson());
    if (!written.ok())
        return written.error();
    auto saved = m_index.recordSignIn(labelled.value(), tokens.expiresAt);
    if (saved.ok())
        qCInfo(lcStore) << "stored account" << saved.value().label << "for profile"
                        << saved.value().profileId;
    return saved;
}

Status AccountStore::updateTokens(const AccountRecord &record, const StoredTokens &tokens)
{
    Status written = m_secrets.write(record.keychainKey(), tokens.toJson());
    if (!written.ok())
        return written;
    AccountRecord updated = record;
    updated.expiresAt = tokens.expiresAt;
    updated.signInRequired = false;
    return m_index.replace(updated);
}

Result<StoredTokens> AccountStore::tokens(const AccountRecord &record) const
{
    auto secret = m_secrets.read(record.keychainKey());
    if (!secret.ok())
        return secret.error();
    return tokensFrom(record, secret.value());
}

Result<StoredTokens> AccountStore::tokensFrom(const AccountRecord &record, const QByteArray &secret)
{
    if (secret.isEmpty() || record.signInRequired)
        return AuthError::loginRequired(tr("Account \"%1\" must sign in again; run "
                                           "\"login-companion login --profile %2 --account %1\".")
                                            .arg(record.label, record.profileId));
    return StoredTokens::fromJson(secret);
}

Status AccountStore::remove(const AccountRecord &record)
{
    Status removed = m_secrets.remove(record.keychainKey());
    if (!removed.ok())
        return removed; // keep the row so the user can retry once the keychain is unlocked
    WebSessionStore().clear(record.profileId, record.label); // a remembered web session, if any
    return m_index.remove(record);
}

} // namespace lc
