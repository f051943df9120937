#include "AccountStore.h"

#include "WebSessionStore.h"
#include "common/Logging.h"

#include <QCoreApplication>

namespace lc {

Result<AccountRecord> AccountStore::saveSignIn(AccountRecord record, const StoredTokens &tokens)
{
    auto accounts = m_index.load();
    if (!accounts.ok())
        return accounts.error();

    QList<AccountRecord> rows = accounts.value();
    const QString requestedLabel = record.label;
    for (const AccountRecord &existing : rows) {
        if (existing.profileId == record.profileId && existing.subject == record.subject
            && requestedLabel.isEmpty())
            record.label = existing.label; // signing in again keeps the user's name for it
    }
    if (record.label.isEmpty())
        record.label = record.defaultLabel.isEmpty() ? record.subject : record.defaultLabel;

    Status written = m_secrets.write(record.keychainKey(), tokens.toJson());
    if (!written.ok())
        return written.error();

    QList<AccountRecord> updated;
    for (AccountRecord existing : rows) {
        if (existing.profileId == record.profileId && existing.subject == record.subject)
            continue;
        if (existing.profileId == record.profileId && existing.label == record.label)
            existing.label = existing.subject;
        updated.append(existing);
    }
    record.expiresAt = tokens.expiresAt;
    record.signInRequired = false;
    updated.append(record);
    Status saved = m_index.save(updated);
    if (!saved.ok())
        return saved.error();
    qCInfo(lcStore) << "stored account" << record.label << "for profile" << record.profileId;
    return record;
}

Status AccountStore::updateTokens(const AccountRecord &record, const StoredTokens &tokens)
{
    Status written = m_secrets.write(record.keychainKey(), tokens.toJson());
    if (!written.ok())
        return written;
    AccountRecord updated = record;
    updated.expiresAt = tokens.expiresAt;
    updated.signInRequired = false;
    return replaceRow(updated);
}

Result<StoredTokens> AccountStore::tokens(const AccountRecord &record) const
{
    auto secret = m_secrets.read(record.keychainKey());
    if (!secret.ok())
        return secret.error();
    if (secret.value().isEmpty() || record.signInRequired)
        return AuthError::loginRequired(
            QCoreApplication::translate("AccountStore",
                                        "Account \"%1\" must sign in again; run "
                                        "\"login-companion login --profile %2 --account %1\".")
                .arg(record.label, record.profileId));
    return StoredTokens::fromJson(secret.value());
}

Status AccountStore::markSignInRequired(const AccountRecord &record)
{
    Status removed = m_secrets.remove(record.keychainKey());
    AccountRecord updated = record;
    updated.signInRequired = true;
    Status saved = replaceRow(updated);
    return removed.ok() ? saved : removed;
}

Status AccountStore::remove(const AccountRecord &record)
{
    Status removed = m_secrets.remove(record.keychainKey());
    if (!removed.ok())
        return removed; // keep the row so the user can retry once the keychain is unlocked
    WebSessionStore().clear(record.profileId, record.label); // a remembered web session, if any
    auto accounts = m_index.load();
    if (!accounts.ok())
        return accounts.error();
    QList<AccountRecord> rows;
    for (const AccountRecord &existing : accounts.value()) {
        if (existing.profileId != record.profileId || existing.subject != record.subject)
            rows.append(existing);
    }
    return m_index.save(rows);
}

Status AccountStore::replaceRow(const AccountRecord &record)
{
    auto accounts = m_index.load();
    if (!accounts.ok())
        return accounts.error();
    QList<AccountRecord> rows = accounts.value();
    for (AccountRecord &existing : rows) {
        if (existing.profileId == record.profileId && existing.subject == record.subject)
            existing = record;
    }
    return m_index.save(rows);
}

} // namespace lc
