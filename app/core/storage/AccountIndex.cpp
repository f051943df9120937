#include "AccountIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

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

Result<QList<AccountRecord>> AccountIndex::load() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return QList<AccountRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return AuthError::config(
            tr("Cannot read the account list %1: %2").arg(m_filePath, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return AuthError::config(tr("The account list %1 is damaged; remove it and sign in "
                                    "again.")
                                     .arg(m_filePath));
    QList<AccountRecord> accounts;
    for (const QJsonValue &value : document.object().value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        AccountRecord record;
        record.profileId = object.value(QStringLiteral("profile")).toString();
        record.label = object.value(QStringLiteral("label")).toString();
        record.subject = object.value(QStringLiteral("subject")).toString();
        record.displayName = object.value(QStringLiteral("displayName")).toString();
        record.email = object.value(QStringLiteral("email")).toString();
        record.expiresAt = QDateTime::fromString(
            object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        record.signInRequired = object.value(QStringLiteral("signInRequired")).toBool();
        if (!record.profileId.isEmpty() && !record.subject.isEmpty())
            accounts.append(record);
    }
    return accounts;
}

Status AccountIndex::save(const QList<AccountRecord> &accounts) const
{
    QJsonArray array;
    for (const AccountRecord &record : accounts) {
        array.append(QJsonObject {
            { QStringLiteral("profile"), record.profileId },
            { QStringLiteral("label"), record.label },
            { QStringLiteral("subject"), record.subject },
            { QStringLiteral("displayName"), record.displayName },
            { QStringLiteral("email"), record.email },
            { QStringLiteral("expiresAt"), record.expiresAt.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("signInRequired"), record.signInRequired },
        });
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return AuthError::config(
            tr("Cannot write the account list %1: %2").arg(m_filePath, file.errorString()));
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                           { QStringLiteral("accounts"), array } })
                   .toJson());
    if (!file.commit())
        return AuthError::config(
            tr("Cannot write the account list %1: %2").arg(m_filePath, file.errorString()));
    return Done {};
}

Result<AccountRecord> AccountIndex::find(const QString &profileId,
                                         const QString &labelOrSubject) const
{
    auto accounts = load();
    if (!accounts.ok())
        return accounts.error();
    QList<AccountRecord> candidates;
    for (const AccountRecord &record : accounts.value()) {
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
        for (const AccountRecord &record : candidates)
            labels.append(record.label);
        return AuthError::config(tr("Profile \"%1\" has %2 accounts (%3); choose one with "
                                    "--account.")
                                     .arg(profileId)
                                     .arg(candidates.size())
                                     .arg(labels.join(QStringLiteral(", "))));
    }
    return candidates.first();
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
    auto accounts = load();
    if (!accounts.ok())
        return accounts.error();
    QList<AccountRecord> updated;
    for (const AccountRecord &existing : accounts.value()) {
        if (existing.profileId == record.profileId && existing.subject == record.subject)
            continue;
        // A label never moves to another person (SignIn refuses such a sign-in before it
        // stores anything; this is the last line of defence).
        if (existing.profileId == record.profileId && existing.label == record.label)
            return AuthError::config(tr("The label \"%1\" already belongs to another account "
                                        "of profile \"%2\" (%3).")
                                         .arg(record.label, record.profileId, existing.subject));
        updated.append(existing);
    }
    record.expiresAt = expiresAt;
    record.signInRequired = false;
    updated.append(record);
    Status saved = save(updated);
    if (!saved.ok())
        return saved.error();
    return record;
}

Status AccountIndex::replace(const AccountRecord &record) const
{
    auto accounts = load();
    if (!accounts.ok())
        return accounts.error();
    QList<AccountRecord> rows = accounts.value();
    for (AccountRecord &existing : rows) {
        if (existing.profileId == record.profileId && existing.subject == record.subject)
            existing = record;
    }
    return save(rows);
}

Status AccountIndex::remove(const AccountRecord &record) const
{
    auto accounts = load();
    if (!accounts.ok())
        return accounts.error();
    QList<AccountRecord> rows;
    for (const AccountRecord &existing : accounts.value()) {
        if (existing.profileId != record.profileId || existing.subject != record.subject)
            rows.append(existing);
    }
    return save(rows);
}

} // namespace lc
