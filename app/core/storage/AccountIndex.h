#pragma once

#include <QCoreApplication>

#include <QMetaType>

#include "common/Result.h"

#include <QDateTime>
#include <QJsonArray>

#include <QList>
#include <QString>
#include <functional>

namespace lc {

// The non-secret facts about one signed-in account, listed without touching the keychain.
struct AccountRecord
{
    QString profileId;
    QString label; // what the user calls it (--account); unique per profile
    QString subject; // the provider's `sub`; with profileId, the account's identity
    QString displayName;
    QString email;
    QDateTime expiresAt; // of the access token
    bool signInRequired = false; // the provider rejected its refresh token
    // The profile's default account (`login-companion use`): commands without --account take
    // it when the profile has several. At most one per profile; only setDefault() changes it.
    bool isDefault = false;
    QString defaultLabel; // not stored: the label a new account gets when none was asked for

    QString keychainKey() const { return profileId + QLatin1Char('/') + subject; }
};

// accounts.json in the app's data directory (QStandardPaths::AppDataLocation). It never holds
// a token.
//
// Many processes use it at once, and people edit files: every read-modify-write holds a lock
// (accounts.json.lock), writes are atomic (QSaveFile) and private (file 0600, folder 0700), a
// row this version cannot read is kept as it is, a file from a newer version is refused and
// left untouched, and the last good list is kept in accounts.json.bak so a damaged file still
// leaves every account's keychain entry reachable (find() falls back to it).
//
// A row's "default": true (the profile's default account) is optional, so format 1 is kept:
// a version that does not know the key reads the file as before, and at worst forgets the
// default when it rewrites the list.
class AccountIndex
{
    Q_DECLARE_TR_FUNCTIONS(lc::AccountIndex)

public:
    AccountIndex(); // the user's data directory
    explicit AccountIndex(QString filePath);

    QString filePath() const { return m_filePath; }

    static constexpr int kFormatVersion = 1;

    struct Contents
    {
        QList<AccountRecord> accounts;
        int unreadableRows = 0; // kept in the file as they are
    };
    Result<Contents> read() const;
    Result<QList<AccountRecord>> load() const;
    // Replaces the readable rows; the unreadable ones stay.
    Status save(const QList<AccountRecord> &accounts) const;

    // The account a command means: by label or subject, or the profile's only account, or,
    // when it has several, its default account.
    Result<AccountRecord> find(const QString &profileId, const QString &labelOrSubject) const;
    // Makes the account (label or subject) the profile's default, and no other. An unknown
    // account is a Config error naming the profile's accounts; nothing is changed then.
    Result<AccountRecord> setDefault(const QString &profileId, const QString &labelOrSubject) const;
    // find() in two halves, for the agent, which keeps the list in memory: the rows a lookup
    // sees (a damaged list falls back to its last good copy), and the choice among them.
    Result<QList<AccountRecord>> loadForLookup() const;
    static Result<AccountRecord> select(const QList<AccountRecord> &accounts,
                                        const QString &profileId, const QString &labelOrSubject);

    // The label a fresh sign-in gets: the one asked for, else the one the same subject already
    // has, else the provider's preferred name (defaultLabel), else the subject.
    Result<AccountRecord> withLabel(AccountRecord record) const;
    // Adds or updates the signed-in account (same profile and subject: same row, which stays
    // the default if it was). A label never moves: when another subject of the profile has it,
    // nothing is saved (Config error).
    Result<AccountRecord> recordSignIn(AccountRecord record, const QDateTime &expiresAt) const;
    // Replaces the row of the same profile and subject (keeping whether it is the default).
    Status replace(const AccountRecord &record) const;
    // Removes the row, and with it the profile's default when it was that account.
    Status remove(const AccountRecord &record) const;

private:
    struct Document
    {
        QList<AccountRecord> accounts;
        QJsonArray unreadableRows;
    };
    static Result<Document> parse(const QByteArray &json, const QString &path);
    static bool isFromNewerVersion(const QString &path);
    Result<Document> readDocument(const QString &path) const;
    Status write(const Document &document) const;
    // Runs `change` on the current rows under the lock and writes the result.
    Status modify(const std::function<Status(QList<AccountRecord> &)> &change) const;

    QString m_filePath;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::AccountRecord)
