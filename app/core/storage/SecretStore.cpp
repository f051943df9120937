#include "SecretStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace lc {

namespace {
const QString kProbeKey = QStringLiteral("login-companion/probe");

AuthError storageError(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return AuthError::storage(
            SecretStore::tr("The system keychain is locked or refused access (%1). "
                            "Unlock it (for example by logging in to your desktop "
                            "session) and try again.")
                .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // how the Secret Service backend reports an unreachable D-Bus
        return AuthError::storage(
            SecretStore::tr("No system keychain is available (%1). Login Companion "
                            "keeps tokens only in the OS keychain; start a Secret "
                            "Service such as gnome-keyring or KWallet.")
                .arg(detail));
    default:
        return AuthError::storage(SecretStore::tr("The system keychain failed: %1").arg(detail));
    }
}

template<typename Job> void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{
}

Result<QByteArray> SecretStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return job.binaryData();
    if (job.error() == QKeychain::EntryNotFound) {
        // A locked Secret Service collection answers reads with "not found" (ENVIRONMENT); only
        // a write tells the two apart, and a locked keyring must not look like "signed out".
        Status writable = checkWritable();
        if (!writable.ok())
            return writable.error();
        return QByteArray();
    }
    qCWarning(lcStore) << "keychain read failed:" << job.error() << job.errorString();
    return storageError(job.error(), job.errorString());
}

Status SecretStore::write(const QString &key, const QByteArray &value) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(value);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return Done {};
    qCWarning(lcStore) << "keychain write failed:" << job.error() << job.errorString();
    return storageError(job.error(), job.errorString());
}

Status SecretStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return Done {};
    qCWarning(lcStore) << "keychain delete failed:" << job.error() << job.errorString();
    return storageError(job.error(), job.errorString());
}

Status SecretStore::checkWritable() const
{
    Status written = write(kProbeKey, QByteArrayLiteral("probe"));
    if (!written.ok())
        return written;
    return remove(kProbeKey);
}

} // namespace lc
