#include "ClientSecrets.h"

#include <QRegularExpression>

namespace lc {

ClientSecrets::ClientSecrets(SecretStore store)
    : m_store(std::move(store))
{
}

QString ClientSecrets::environmentVariableFor(const QString &profileId)
{
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9]"));
    return QStringLiteral("LOGIN_COMPANION_CLIENT_SECRET_")
        + profileId.toUpper().replace(other, QStringLiteral("_"));
}

QString ClientSecrets::keychainKey(const QString &profileId)
{
    return QStringLiteral("client-secret/") + profileId;
}

Result<QString> ClientSecrets::secretFor(const ProviderProfile &profile) const
{
    const QString fromEnvironment
        = qEnvironmentVariable(qPrintable(environmentVariableFor(profile.id)));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return fromKeychainValue(profile, m_store.read(keychainKey(profile.id)));
}

void ClientSecrets::secretFor(const ProviderProfile &profile, std::shared_ptr<Keychain> keychain,
                              QObject *context, std::function<void(const Result<QString> &)> done)
{
    const QString fromEnvironment
        = qEnvironmentVariable(qPrintable(environmentVariableFor(profile.id)));
    if (!fromEnvironment.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done, fromEnvironment] { done(fromEnvironment); }, Qt::QueuedConnection);
        return;
    }
    keychain->read(keychainKey(profile.id), context,
                   [profile, done](const Result<QByteArray> &stored) {
                       done(fromKeychainValue(profile, stored));
                   });
}

Result<QString> ClientSecrets::fromKeychainValue(const ProviderProfile &profile,
                                                 const Result<QByteArray> &stored)
{
    if (!stored.ok())
        return stored.error();
    if (stored.value().isEmpty())
        return AuthError::config(tr("Profile \"%1\" needs its client secret: run \"login-companion "
                                    "secret set --profile %1\" (it reads the secret from standard "
                                    "input) or set %2.")
                                     .arg(profile.id, environmentVariableFor(profile.id)));
    return QString::fromUtf8(stored.value());
}

Status ClientSecrets::store(const QString &profileId, const QString &secret) const
{
    return m_store.write(keychainKey(profileId), secret.toUtf8());
}

Status ClientSecrets::remove(const QString &profileId) const
{
    return m_store.remove(keychainKey(profileId));
}

} // namespace lc
