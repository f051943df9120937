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

// A D-Bus hiccup (the Secret Service restarting, a dropped connection) is worth one more try;
// "not found", "locked" and "refused" are answers, not hiccups.
bool isTransient(QKeychain::Error error)
{
    return error == QKeychain::OtherError || error == QKeychain::CouldNotDeleteEntry;
}

// Runs the job `makeJob()` builds (deleted by itself) and calls `onFinished` with it in
// `context`, if still alive; a transient failure is retried once.
template<typename MakeJob, typename Handler>
void runJob(MakeJob makeJob, QObject *context, Handler onFinished, bool retried = false)
{
    auto *job = makeJob();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, guard, context, makeJob, onFinished, retried](QKeychain::Job *) {
                         if (!guard)
                             return;
                         if (!retried && isTransient(job->error())) {
                             qCInfo(lcStore)
                                 << "keychain hiccup, trying once more:" << job->errorString();
                             runJob(makeJob, context, onFinished, true);
                             return;
                         }
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
    auto makeJob = [service = m_service, key] {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        return job;
    };
    runJob(makeJob, context, [this, context, done](QKeychain::ReadPasswordJob *finished) {
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
    auto makeJob = [service = m_service, key, value] {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setBinaryData(value);
        return job;
    };
    runJob(makeJob, context, [done](QKeychain::WritePasswordJob *finished) {
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
    auto makeJob = [service = m_service, key] {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        return job;
    };
    runJob(makeJob, context, [done](QKeychain::DeletePasswordJob *finished) {
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
