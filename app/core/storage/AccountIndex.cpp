#include "AccountIndex.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace lc {

AccountIndex::AccountIndex()
    : AccountIndex(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                   + QStringLiteral("/accounts.json"))
{
}

AccountIndex::AccountIndex(QString filePath)
    : m_filePath(std::move(filePath))
{
}

namespace {
// Index operations are file I/O of a few milliseconds; waiting longer means a stuck process.
constexpr int kLockWaitMs = 10'000;

QJsonObject rowFor(const AccountRecord &record)
{
    QJsonObject row {
        { QStringLiteral("profile"), record.profileId },
        { QStringLiteral("label"), record.label },
        { QStringLiteral("subject"), record.subject },
        { QStringLiteral("displayName"), record.displayName },
        { QStringLiteral("email"), record.email },
        { QStringLiteral("expiresAt"), record.expiresAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("signInRequired"), record.signInRequired },
    };
    if (record.isDefault)
        row.insert(QStringLiteral("default"), true); // optional: see AccountIndex.h
    return row;
}

bool sameAccount(const AccountRecord &a, const AccountRecord &b)
{
    return a.profileId == b.profileId && a.subject == b.subject;
}

void makePrivate(const QString &filePath)
{
    QFile::setPermissions(QFileInfo(filePath).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

Result<AccountIndex::Document> AccountIndex::parse(const QByteArray &json, const QString &path)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return AuthError::config(tr("The account list %1 is damaged; remove it and sign in "
                                    "again.")
                                     .arg(path));
    const QJsonObject object = document.object();
    const int version = object.value(QStringLiteral("version")).toInt(kFormatVersion);
    if (version > kFormatVersion)
        return AuthError::config(tr("The account list %1 was written by a newer version of Login "
                                    "Companion (format %2; this one reads format %3). Update "
                                    "Login Companion; the file was left as it is.")
                                     .arg(path)
                                     .arg(version)
                                     .arg(kFormatVersion));
    Document result;
    for (const QJsonValue &value : object.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject row = value.toObject();
        const QString profileId = row.value(QStringLiteral("profile")).toString();
        const QString subject = row.value(QStringLiteral("subject")).toString();
        if (!value.isObject() || profileId.isEmpty() || subject.isEmpty()) {
            result.unreadableRows.append(value);
            continue;
        }
        AccountRecord record;
        record.profileId = profileId;
        record.subject = subject;
        record.label = row.value(QStringLiteral("label")).toString();
        record.displayName = row.value(QStringLiteral("displayName")).toString();
        record.email = row.value(QStringLiteral("email")).toString();
        record.expiresAt
            = QDateTime::fromString(row.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        record.signInRequired = row.value(QStringLiteral("signInRequired")).toBool();
        record.isDefault = row.value(QStringLiteral("default")).toBool();
        if (record.label.isEmpty())
            record.label = record.subject;
        result.accounts.append(record);
    }
    return result;
}

bool AccountIndex::isFromNewerVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(file.readAll())
               .object()
               .value(QStringLiteral("version"))
               .toInt(kFormatVersion)
        > kFormatVersion;
}

Result<AccountIndex::Document> AccountIndex::readDocument(const QString &path) const
{
    QFile file(path);
    if (!file.exists())
        return Document {};
    if (!file.open(QIODevice::ReadOnly))
        return AuthError::config(
            tr("Cannot read the account list %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<AccountIndex::Contents> AccountIndex::read() const
{
    auto document = readDocument(m_filePath);
    if (!document.ok())
        return document.error();
    if (!document.value().unreadableRows.isEmpty())
        qCWarning(lcStore) << "the account list has" << document.value().unreadableRows.size()
                           << "row(s) this version cannot read; they are kept as they are";
    return Contents { document.value().accounts, int(document.value().unreadableRows.size()) };
}

Result<QList<AccountRecord>> AccountIndex::load() const
{
    auto contents = read();
    if (!contents.ok())
        return contents.error();
    return contents.value().accounts;
}

Status AccountIndex::write(const Document &document) const
{
    QJsonArray array;
    for (const AccountRecord &record : document.accounts)
        array.append(rowFor(record));
    for (const QJsonValue &row : document.unreadableRows)
        array.append(row);
    const QByteArray json
        = QJsonDocument(QJsonObject { { QStringLiteral("version"), kFormatVersion },
                                      { QStringLiteral("accounts"), array } })
              .toJson();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    for (const QString &path : { m_filePath, m_filePath + QStringLiteral(".bak") }) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return AuthError::config(
                tr("Cannot write the account list %1: %2").arg(path, file.errorString()));
        file.write(json);
        if (!file.commit())
            return AuthError::config(
                tr("Cannot write the account list %1: %2").arg(path, file.errorString()));
        makePrivate(path);
    }
    return Done {};
}

Status AccountIndex::modify(const std::function<Status(QList<AccountRecord> &)> &change) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs))
        return AuthError::config(tr("The account list %1 is locked by another process; try "
                                    "again.")
                                     .arg(m_filePath));
    auto document = readDocument(m_filePath);
    if (!document.ok())
        return document.error(); // damaged or newer: never overwritten
    Document updated = document.value();
    Status changed = change(updated.accounts);
    if (!changed.ok())
        return changed;
    return write(updated);
}

Status AccountIndex::save(const QList<AccountRecord> &accounts) const
{
    return modify([&accounts](QList<AccountRecord> &rows) {
        rows = accounts;
        return Status(Done {});
    });
}

Result<AccountRecord> AccountIndex::find(const QString &profileId,
                                         const QString &labelOrSubject) const
{
    auto accounts = loadForLookup();
    if (!accounts.ok())
        return accounts.error();
    return select(accounts.value(), profileId, labelOrSubject);
}

Result<QList<AccountRecord>> AccountIndex::loadForLookup() const
{
    auto accounts = load();
    if (accounts.ok())
        return accounts;
    // A damaged list must not strand the accounts' keychain entries: the last good copy
    // still names them, so `logout` can remove them.
    // (A list from a newer version is not damaged: this version must keep its hands off.)
    const QString backupPath = m_filePath + QStringLiteral(".bak");
    auto backup = readDocument(backupPath);
    if (isFromNewerVersion(m_filePath) || !QFile::exists(backupPath) || !backup.ok())
        return accounts.error();
    qCWarning(lcStore) << "the account list is unreadable; using its last good copy";
    return backup.value().accounts;
}

Result<AccountRecord> AccountIndex::select(const QList<AccountRecord> &accounts,
                                           const QString &profileId,
                                           const QString &labelOrSubject)
{
    QList<AccountRecord> candidates;
    for (const AccountRecord &record : accounts) {
        if (record.profileId != profileId)
            continue;
        if (labelOrSubject.isEmpty() || record.label == labelOrSubject
            || record.subject == labelOrSubject)
            candidates.append(record);
    }
    if (candidates.isEmpty()) {
        return AuthError::loginRequired(
            labelOrSubject.isEmpty() ? tr("No account is signed in for profile \"%1\"; run "
                                          "\"login-companion login --profile %1\".")
                                           .arg(profileId)
                                     : tr("No account \"%1\" is signed in for profile \"%2\"; run "
                                          "\"login-companion login --profile %2 --account %1\".")
                                           .arg(labelOrSubject, profileId));
    }
    if (candidates.size() > 1) {
        QStringList labels;
        for (const AccountRecord &record : candidates) {
            if (record.isDefault)
                return record;
            labels.append(record.label);
        }
        return AuthError::config(tr("Profile \"%1\" has %2 accounts (%3); choose one with "
                                    "--account, or set a default with \"login-companion use "
                                    "--profile %1 --account LABEL\".")
                                     .arg(profileId)
                                     .arg(candidates.size())
                                     .arg(labels.join(QStringLiteral(", "))));
    }
    return candidates.first();
}

Result<AccountRecord> AccountIndex::setDefault(const QString &profileId,
                                               const QString &labelOrSubject) const
{
    AccountRecord chosen;
    Status saved = modify([&](QList<AccountRecord> &rows) {
        const auto matches = [&](const AccountRecord &row) {
            return row.profileId == profileId
                && (row.label == labelOrSubject || row.subject == labelOrSubject);
        };
        const auto found = std::find_if(rows.begin(), rows.end(), matches);
        if (labelOrSubject.isEmpty() || found == rows.end()) {
            QStringList labels;
            for (const AccountRecord &row : std::as_const(rows)) {
                if (row.profileId == profileId)
                    labels.append(row.label);
            }
            return Status(AuthError::config(
                labels.isEmpty()
                    ? tr("No account \"%1\" is signed in for profile \"%2\"; the profile has "
                         "no accounts.")
                          .arg(labelOrSubject, profileId)
                    : tr("No account \"%1\" is signed in for profile \"%2\" (its accounts: "
                         "%3).")
                          .arg(labelOrSubject, profileId, labels.join(QStringLiteral(", ")))));
        }
        chosen = *found;
        for (AccountRecord &row : rows) {
            if (row.profileId == profileId)
                row.isDefault = sameAccount(row, chosen);
        }
        chosen.isDefault = true;
        return Status(Done {});
    });
    if (!saved.ok())
        return saved.error();
    return chosen;
}

Result<AccountRecord> AccountIndex::withLabel(AccountRecord record) const
{
    auto accounts = load();
    if (!accounts.ok())
        return accounts.error();
    if (record.label.isEmpty()) {
        for (const AccountRecord &existing : accounts.value()) {
            if (existing.profileId == record.profileId && existing.subject == record.subject)
                record.label = existing.label; // signing in again keeps the user's name for it
        }
    }
    if (record.label.isEmpty())
        record.label = record.defaultLabel.isEmpty() ? record.subject : record.defaultLabel;
    return record;
}

Result<AccountRecord> AccountIndex::recordSignIn(AccountRecord record,
                                                 const QDateTime &expiresAt) const
{
    record.expiresAt = expiresAt;
    record.signInRequired = false;
    record.isDefault = false;
    Status saved = modify([&record](QList<AccountRecord> &rows) {
        QList<AccountRecord> updated;
        for (const AccountRecord &existing : rows) {
            if (sameAccount(existing, record)) {
                record.isDefault = existing.isDefault; // signing in again keeps it the default
                continue;
            }
            // A label never moves to another person (SignIn refuses such a sign-in before it
            // stores anything; this is the last line of defence).
            if (existing.profileId == record.profileId && existing.label == record.label)
                return Status(AuthError::config(
                    tr("The label \"%1\" already belongs to another account of profile \"%2\" "
                       "(%3).")
                        .arg(record.label, record.profileId, existing.subject)));
            updated.append(existing);
        }
        updated.append(record);
        rows = updated;
        return Status(Done {});
    });
    if (!saved.ok())
        return saved.error();
    return record;
}

Status AccountIndex::replace(const AccountRecord &record) const
{
    return modify([&record](QList<AccountRecord> &rows) {
        for (AccountRecord &existing : rows) {
            if (sameAccount(existing, record)) {
                // The caller read the row before `use` may have changed it: only setDefault()
                // decides the default.
                const bool wasDefault = existing.isDefault;
                existing = record;
                existing.isDefault = wasDefault;
            }
        }
        return Status(Done {});
    });
}

Status AccountIndex::remove(const AccountRecord &record) const
{
    return modify([&record](QList<AccountRecord> &rows) {
        rows.removeIf(
            [&record](const AccountRecord &existing) { return sameAccount(existing, record); });
        return Status(Done {});
    });
}

} // namespace lc
