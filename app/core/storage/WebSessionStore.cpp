#include "WebSessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace lc {

WebSessionStore::WebSessionStore()
    : WebSessionStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      + QStringLiteral("/web-sessions"))
{
}

WebSessionStore::WebSessionStore(QString root)
    : m_root(std::move(root))
{
}

QString WebSessionStore::storageNameFor(const QString &profileId, const QString &accountLabel)
{
    // Labels are free text; the directory name must not be.
    const QByteArray digest = QCryptographicHash::hash(
        (profileId + QLatin1Char('\n') + accountLabel).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("session-") + QString::fromLatin1(digest.toHex().left(24));
}

QString WebSessionStore::pathFor(const QString &profileId, const QString &accountLabel) const
{
    return m_root + QLatin1Char('/') + storageNameFor(profileId, accountLabel);
}

Status WebSessionStore::clear(const QString &profileId, const QString &accountLabel) const
{
    QDir directory(pathFor(profileId, accountLabel));
    if (directory.exists() && !directory.removeRecursively())
        return AuthError::storage(tr("could not remove %1").arg(directory.path()));
    return Done {};
}

} // namespace lc
