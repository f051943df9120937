#include "MetadataCache.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace lc {

MetadataCache::MetadataCache()
    : MetadataCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                    + QStringLiteral("/metadata"))
{
}

MetadataCache::MetadataCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString MetadataCache::pathFor(const QString &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash.toHex().left(32))
        + QStringLiteral(".json");
}

std::optional<MetadataCache::Entry> MetadataCache::load(const QString &url) const
{
    QFile file(pathFor(url));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    // The file name is a hash; the URL inside guards against a collision or a stale layout.
    if (object.value(QStringLiteral("url")).toString() != url)
        return std::nullopt;
    Entry entry;
    entry.document = object.value(QStringLiteral("document")).toObject();
    entry.fetchedAt
        = QDateTime::fromString(object.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
    entry.expiresAt
        = QDateTime::fromString(object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    if (entry.document.isEmpty() || !entry.fetchedAt.isValid() || !entry.expiresAt.isValid())
        return std::nullopt;
    return entry;
}

int MetadataCache::lifetimeFor(int maxAgeSeconds, int capSeconds)
{
    return maxAgeSeconds >= 0 ? qMin(maxAgeSeconds, capSeconds) : capSeconds;
}

void MetadataCache::store(const QString &url, const QJsonObject &document,
                          const QDateTime &fetchedAt, const QDateTime &expiresAt) const
{
    QDir().mkpath(m_directory);
    QSaveFile file(pathFor(url));
    if (!file.open(QIODevice::WriteOnly))
        return; // a cache that cannot be written only costs a fetch next time
    const QJsonObject object {
        { QStringLiteral("url"), url },
        { QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("document"), document },
    };
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcAuth) << "could not cache provider metadata:" << file.errorString();
}

} // namespace lc
