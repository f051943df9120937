#include "AccountCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace lc {

namespace {
constexpr int kFormatVersion = 1;
constexpr int kLockWaitMs = 10'000;

// Overwrites a buffer that held a password before it is freed (best effort: Qt may have copied
// it, but no copy outlives this process).
void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

AccountCredentials::AccountCredentials()
    : AccountCredentials(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/credentials.json"),
                         SecretStore())
{
}

AccountCredentials::AccountCredentials(QString listPath, SecretStore secrets)
    : m_listPath(std::move(listPath))
    , m_secrets(std::move(secrets))
{
}

QString AccountCredentials::keychainKey(const QString &profileId, const QString &label)
{
    return QStringLiteral("credentials/") + profileId + QLatin1Char('/') + label;
}

AuthError AccountCredentials::missing(const QString &profileId, const QString &label)
{
    return AuthError::config(
        tr("No credentials are stored for account \"%1\" of profile \"%2\"; store them with "
           "\"login-companion credentials set --profile %2 --account %1 --username NAME\" (it "
           "reads the password from standard input).")
            .arg(label, profileId));
}

Result<QList<CredentialRecord>> AccountCredentials::readList() const
{
    QFile file(m_listPath);
    if (!file.exists())
        return QList<CredentialRecord> {};
    if (!file.open(QIODevice::ReadOnly))
        return AuthError::config(
            tr("Cannot read the credential list %1: %2").arg(m_listPath, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("version")).toInt() > kFormatVersion
        || !object.value(QStringLiteral("credentials")).isArray())
        return AuthError::config(tr("The credential list %1 is damaged or from a newer version; "
                                    "it was left as it is.")
                                     .arg(m_listPath));
    QList<CredentialRecord> records;
    for (const QJsonValue &value : object.value(QStringLiteral("credentials")).toArray()) {
        const QJsonObject row = value.toObject();
        CredentialRecord record { row.value(QStringLiteral("profile")).toString(),
                                  row.value(QStringLiteral("label")).toString(),
                                  row.value(QStringLiteral("username")).toString() };
        if (!record.profileId.isEmpty() && !record.label.isEmpty())
            records.append(record);
    }
    return records;
}

Status AccountCredentials::writeList(const QList<CredentialRecord> &records) const
{
    QJsonArray rows;
    for (const CredentialRecord &record : records)
        rows.append(QJsonObject { { QStringLiteral("profile"), record.profileId },
                                  { QStringLiteral("label"), record.label },
                                  { QStringLiteral("username"), record.username } });
    QSaveFile file(m_listPath);
    if (!file.open(QIODevice::WriteOnly))
        return AuthError::config(
            tr("Cannot write the credential list %1: %2").arg(m_listPath, file.errorString()));
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("version"), kFormatVersion },
                                           { QStringLiteral("credentials"), rows } })
                   .toJson());
    if (!file.commit())
        return AuthError::config(
            tr("Cannot write the credential list %1: %2").arg(m_listPath, file.errorString()));
    QFile::setPermissions(m_listPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Done {};
}

Status
AccountCredentials::modifyList(const std::function<void(QList<CredentialRecord> &)> &change) const
{
    const QString folder = QFileInfo(m_listPath).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QLockFile lock(m_listPath + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs))
        return AuthError::config(
            tr("The credential list %1 is locked by another process; try again.").arg(m_listPath));
    auto records = readList();
    if (!records.ok())
        return records.error();
    QList<CredentialRecord> changed = records.value();
    change(changed);
    return writeList(changed);
}

Status AccountCredentials::store(const CredentialRecord &record, const QString &password) const
{
    QByteArray entry = QJsonDocument(QJsonObject { { QStringLiteral("username"), record.username },
                                                   { QStringLiteral("password"), password } })
                           .toJson(QJsonDocument::Compact);
    Status written = m_secrets.write(keychainKey(record.profileId, record.label), entry);
    wipe(entry);
    if (!written.ok())
        return written;
    return modifyList([&record](QList<CredentialRecord> &records) {
        records.removeIf([&record](const CredentialRecord &existing) {
            return existing.profileId == record.profileId && existing.label == record.label;
        });
        records.append(record);
    });
}

Result<bool> AccountCredentials::remove(const QString &profileId, const QString &label) const
{
    Status removed = m_secrets.remove(keychainKey(profileId, label));
    if (!removed.ok())
        return removed.error();
    bool listed = false;
    Status saved = modifyList([&](QList<CredentialRecord> &records) {
        listed = records.removeIf([&](const CredentialRecord &existing) {
            return existing.profileId == profileId && existing.label == label;
        }) > 0;
    });
    if (!saved.ok())
        return saved.error();
    return listed;
}

Result<QList<CredentialRecord>> AccountCredentials::list(const QString &profileId) const
{
    auto records = readList();
    if (!records.ok() || profileId.isEmpty())
        return records;
    QList<CredentialRecord> matching;
    for (const CredentialRecord &record : records.value()) {
        if (record.profileId == profileId)
            matching.append(record);
    }
    return matching;
}

Result<CredentialRecord> AccountCredentials::find(const QString &profileId,
                                                  const QString &label) const
{
    auto records = list(profileId);
    if (!records.ok())
        return records.error();
    for (const CredentialRecord &record : records.value()) {
        if (record.label == label)
            return record;
    }
    return missing(profileId, label);
}

Result<Credential> AccountCredentials::read(const QString &profileId, const QString &label) const
{
    auto stored = m_secrets.read(keychainKey(profileId, label));
    if (!stored.ok())
        return stored.error();
    QByteArray bytes = std::move(stored).value();
    const QJsonObject entry = QJsonDocument::fromJson(bytes).object();
    wipe(bytes);
    Credential credential { entry.value(QStringLiteral("username")).toString(),
                            entry.value(QStringLiteral("password")).toString() };
    if (credential.password.isEmpty())
        return missing(profileId, label);
    return credential;
}

} // namespace lc
