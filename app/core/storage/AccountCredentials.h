#pragma once

#include "SecretStore.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lc {

// The non-secret half of a test account's stored credentials: which account, and its user name.
struct CredentialRecord
{
    QString profileId;
    QString label; // the account label `login --account` uses
    QString username;
};

// What `login --autofill` types into the provider's login form.
struct Credential
{
    QString username;
    QString password;
};

// Test accounts' user names and passwords for `login --autofill` and `login --batch`
// (`login-companion credentials set|delete|list`).
//
// The password lives only in the OS keychain: one entry per account (service `login-companion`,
// key `credentials/<profile>/<label>`) holding the user name and the password. So that
// `credentials list` works without unlocking anything and never touches a password, the
// profile, label and user name are also listed in credentials.json beside accounts.json (0600,
// written under a lock, atomically). The keychain entry is written before the list and removed
// before it, so the list never names a password that was not stored.
class AccountCredentials
{
    Q_DECLARE_TR_FUNCTIONS(lc::AccountCredentials)

public:
    AccountCredentials(); // the user's data directory and keychain
    AccountCredentials(QString listPath, SecretStore secrets);

    QString listPath() const { return m_listPath; }

    Status store(const CredentialRecord &record, const QString &password) const;
    // Ok(false) when nothing was stored for that account.
    Result<bool> remove(const QString &profileId, const QString &label) const;
    // Every stored account, or a profile's (an empty `profileId`: all).
    Result<QList<CredentialRecord>> list(const QString &profileId = {}) const;
    // The row of one account, or a Config error that names it and says how to store it.
    Result<CredentialRecord> find(const QString &profileId, const QString &label) const;
    // The account's user name and password from the keychain.
    Result<Credential> read(const QString &profileId, const QString &label) const;

    static QString keychainKey(const QString &profileId, const QString &label);
    // "No credentials are stored for account … of profile …; store them with …".
    static AuthError missing(const QString &profileId, const QString &label);

private:
    Result<QList<CredentialRecord>> readList() const;
    Status writeList(const QList<CredentialRecord> &records) const;
    // Runs `change` on the list under its lock and writes the result.
    Status modifyList(const std::function<void(QList<CredentialRecord> &)> &change) const;

    QString m_listPath;
    SecretStore m_secrets;
};

} // namespace lc
