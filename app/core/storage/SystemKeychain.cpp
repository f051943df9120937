#include "SystemKeychain.h"

#include "common/Logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace lc {

namespace {
AuthError storageError(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return AuthError::storage(
            SystemKeychain::tr("The system keychain is locked or refused access (%1). "
                               "Unlock it (for example by logging in to your desktop "
                               "session) and try again.")
                .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // how the Secret Service backend reports an unreachable D-Bus
        return AuthError::storage(
            SystemKeychain::tr("No system keychain is available (%1). Login Companion "
                               "keeps tokens only in the OS keychain; start a Secret "
                               "Service such as gnome-keyring or KWallet.")
                .arg(detail));
    default:
        return AuthError::storage(SystemKeychain::tr("The system keychain failed: %1").arg(detail));
    }
}

// Runs `job` (deleted by itself) and calls `onFinished` with it in `context`, if still alive.
template<typename Job, typename Handler> void runJob(Job *job, QObject *context, Handler onFinished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, guard, onFinished](QKeychain::Job *) {
                         if (guard)
                             onFinished(job);
                     });
    job->start();
}
} // namespace

SystemKeychain::SystemKeychain(QString service)
    : m_service(std::move(service))
{
}

void SystemKeychain::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, [this, context, done](QKeychain::ReadPasswordJob *finished) {
        if (finished->error() == QKeychain::NoError) {
            done(finished->binaryData());
            return;
        }
        if (finished->error() == QKeychain::EntryNotFound) {
            // A locked Secret Service collection answers reads with "not found" (ENVIRONMENT);
            // only a write tells the two apart.
            checkWritable(context, [done](const Status &writable) {
                if (!writable.ok())
                    done(writable.error());
                else
                    done(QByteArray());
            });
            return;
        }
        qCWarning(lcStore) << "keychain read failed:" << finished->error()
                           << finished->errorString();
        done(storageError(finished->error(), finished->errorString()));
    });
}

void SystemKeychain::write(const QString &key, const QByteArray &value, QObject *context,
                           StatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(value);
    runJob(job, context, [done](QKeychain::WritePasswordJob *finished) {
        if (finished->error() == QKeychain::NoError) {
            done(Done {});
            return;
        }
        qCWarning(lcStore) << "keychain write failed:" << finished->error()
                           << finished->errorString();
        done(storageError(finished->error(), finished->errorString()));
    });
}

void SystemKeychain::remove(const QString &key, QObject *context, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, [done](QKeychain::DeletePasswordJob *finished) {
        if (finished->error() == QKeychain::NoError
            || finished->error() == QKeychain::EntryNotFound) {
            done(Done {});
            return;
        }
        qCWarning(lcStore) << "keychain delete failed:" << finished->error()
                           << finished->errorString();
        done(storageError(finished->error(), finished->errorString()));
    });
}

} // namespace lc
