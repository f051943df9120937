#include "AccountWatcher.h"

#include "AgentLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace lc::agent {

namespace {
QString keyOf(const AccountRecord &account)
{
    return account.keychainKey();
}

bool sameSecond(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a.toSecsSinceEpoch() == b.toSecsSinceEpoch());
}
} // namespace

AccountWatcher::AccountWatcher(AccountIndex index, QObject *parent)
    : QObject(parent)
    , m_index(std::move(index))
{
    // The list is replaced by a rename on every write, so its folder is what can be watched.
    const QString folder = QFileInfo(m_index.filePath()).absolutePath();
    if (QDir().mkpath(folder))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
    m_watcher.addPath(folder);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { refreshIfChanged(); });
    read();
}

void AccountWatcher::refreshIfChanged()
{
    if (FileStamp::of(m_index.filePath()) == m_stamp
        && FileStamp::of(m_index.filePath() + QStringLiteral(".bak")) == m_backupStamp)
        return;
    read();
}

const Result<AccountIndex::Contents> &AccountWatcher::contents()
{
    refreshIfChanged();
    return m_contents;
}

const Result<QList<AccountRecord>> &AccountWatcher::lookupRows()
{
    refreshIfChanged();
    return m_lookupRows;
}

void AccountWatcher::read()
{
    // Stamped before reading: a write that lands meanwhile is read again next time.
    m_stamp = FileStamp::of(m_index.filePath());
    m_backupStamp = FileStamp::of(m_index.filePath() + QStringLiteral(".bak"));
    m_contents = m_index.read();
    m_lookupRows = m_contents.ok() ? Result<QList<AccountRecord>>(m_contents.value().accounts)
                                   : m_index.loadForLookup();
    if (!m_lookupRows.ok()) {
        qCWarning(lcAgent) << "the account list cannot be read:" << m_lookupRows.error().message();
        return;
    }
    const QList<AccountRecord> before = std::exchange(m_known, m_lookupRows.value());
    const bool first = !std::exchange(m_read, true);
    const QList<AccountChange> changes = changesBetween(before, m_known);
    if (!first && !changes.isEmpty())
        Q_EMIT changed(changes);
}

QList<AccountChange> AccountWatcher::changesBetween(const QList<AccountRecord> &before,
                                                    const QList<AccountRecord> &after)
{
    QHash<QString, AccountRecord> old;
    for (const AccountRecord &account : before)
        old.insert(keyOf(account), account);
    QList<AccountChange> changes;
    for (const AccountRecord &account : after) {
        const auto previous = old.constFind(keyOf(account));
        if (previous == old.cend()) {
            changes.append({ AccountChange::Kind::Added, account });
            continue;
        }
        const AccountRecord &was = *previous;
        if (!was.signInRequired && account.signInRequired) {
            changes.append({ AccountChange::Kind::SignInRequired, account });
            old.remove(keyOf(account));
            continue;
        }
        if (was.label != account.label || was.displayName != account.displayName
            || was.email != account.email || was.signInRequired != account.signInRequired)
            changes.append({ AccountChange::Kind::Changed, account });
        if (!account.signInRequired && !sameSecond(was.expiresAt, account.expiresAt))
            changes.append({ AccountChange::Kind::Refreshed, account });
        old.remove(keyOf(account));
    }
    for (const AccountRecord &gone : std::as_const(old))
        changes.append({ AccountChange::Kind::SignedOut, gone });
    return changes;
}

} // namespace lc::agent
