#include "AccountLock.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace lc {

AccountLock::AccountLock(const QString &directory, const QString &accountKey, QObject *parent)
    : QObject(parent)
{
    // The key holds the provider's subject: hashed, so the file name is safe and says nothing.
    const QByteArray name
        = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(32);
    m_path = directory + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".lock");
    m_retry.setInterval(15);
    connect(&m_retry, &QTimer::timeout, this, &AccountLock::tryNow);
}

AccountLock::~AccountLock()
{
    release();
}

void AccountLock::acquire(int timeoutMs, std::function<void(const Status &)> done)
{
    if (m_held || m_done) {
        done(AuthError::config(QStringLiteral("account lock acquired twice")));
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::setPermissions(QFileInfo(m_path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_file = std::make_unique<QLockFile>(m_path);
    m_file->setStaleLockTime(kStaleAfterMs);
    m_timeoutMs = timeoutMs;
    m_done = std::move(done);
    m_waiting.start();
    tryNow();
}

void AccountLock::tryNow()
{
    if (!m_done)
        return;
    if (m_file->tryLock(0)) {
        m_retry.stop();
        m_held = true;
        if (m_waiting.elapsed() > 20)
            qCInfo(lcStore) << "took the account lock after waiting" << m_waiting.elapsed() << "ms";
        std::exchange(m_done, {})(Done {});
        return;
    }
    if (m_file->error() == QLockFile::PermissionError
        || m_file->error() == QLockFile::UnknownError) {
        m_retry.stop();
        std::exchange(m_done, {})(AuthError::storage(
            tr("Cannot create the account lock %1; check the permissions of its folder.")
                .arg(m_path)));
        return;
    }
    if (m_waiting.elapsed() >= m_timeoutMs) {
        m_retry.stop();
        std::exchange(m_done, {})(AuthError::network(
            tr("Another Login Companion process kept this account busy for %n second(s); try "
               "again.",
               nullptr, m_timeoutMs / 1000)));
        return;
    }
    if (!m_retry.isActive())
        m_retry.start();
}

void AccountLock::release()
{
    m_retry.stop();
    m_done = {};
    if (m_held && m_file)
        m_file->unlock();
    m_held = false;
}

} // namespace lc
