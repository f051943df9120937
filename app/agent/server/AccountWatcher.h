#pragma once

#include "FileStamp.h"
#include "storage/AccountIndex.h"

#include <QFileSystemWatcher>
#include <QObject>

namespace lc::agent {

// One account's change as the agent announces it (docs/AGENT.md, "Notifications").
struct AccountChange
{
    enum class Kind {
        Added, // signed in (a new row)
        Changed, // relabelled, new name or email, or signed in again after "sign-in required"
        Refreshed, // a new access token, whoever fetched it
        SignInRequired, // the provider refused its refresh token
        SignedOut, // its row is gone, whoever signed it out
    };
    Kind kind;
    AccountRecord account;
};

// The account list (accounts.json) as the agent sees it: read once, read again only when the
// file changed (its FileStamp, checked before every answer, and a file-system watch so that
// changes made while nobody asks are announced too). Every change of a row is announced once.
class AccountWatcher : public QObject
{
    Q_OBJECT

public:
    explicit AccountWatcher(AccountIndex index, QObject *parent = nullptr);

    void refreshIfChanged();
    // What `login-companion accounts` reads (an unreadable list is an error there).
    const Result<AccountIndex::Contents> &contents();
    // What `login-companion token` looks accounts up in (AccountIndex::loadForLookup).
    const Result<QList<AccountRecord>> &lookupRows();
    // The last list that could be read: a list being repaired does not sign anyone out.
    const QList<AccountRecord> &knownRows() const { return m_known; }

    static QList<AccountChange> changesBetween(const QList<AccountRecord> &before,
                                               const QList<AccountRecord> &after);

Q_SIGNALS:
    void changed(const QList<lc::agent::AccountChange> &changes);

private:
    void read();

    AccountIndex m_index;
    QFileSystemWatcher m_watcher;
    FileStamp m_stamp;
    FileStamp m_backupStamp;
    Result<AccountIndex::Contents> m_contents = AccountIndex::Contents {};
    Result<QList<AccountRecord>> m_lookupRows = QList<AccountRecord> {};
    QList<AccountRecord> m_known;
    bool m_read = false;
};

} // namespace lc::agent

Q_DECLARE_METATYPE(lc::agent::AccountChange)
