#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lc {

// Provider metadata (discovery documents, JWKS) cached as JSON files in the cache directory, so
// a silent refresh does not fetch them every time. Public data only: nothing secret goes here.
class MetadataCache
{
public:
    MetadataCache(); // QStandardPaths::CacheLocation/metadata
    explicit MetadataCache(QString directory);

    struct Entry
    {
        QJsonObject document;
        QDateTime fetchedAt;
        QDateTime expiresAt;

        // Within its own expiry, and never older than `maxAgeSeconds` whatever that expiry says
        // (nor fetched in the future: a clock set back, or a planted file).
        bool isFresh(const QDateTime &now, int maxAgeSeconds) const
        {
            return expiresAt > now && fetchedAt <= now.addSecs(60)
                && fetchedAt.secsTo(now) < maxAgeSeconds;
        }
    };

    // The entry for `url`, also when expired (the caller decides); nullopt when there is none.
    std::optional<Entry> load(const QString &url) const;
    void store(const QString &url, const QJsonObject &document, const QDateTime &fetchedAt,
               const QDateTime &expiresAt) const;

    // How long a fetched document stays fresh: the provider's Cache-Control max-age (-1 when it
    // sent none), never longer than `capSeconds`.
    static int lifetimeFor(int maxAgeSeconds, int capSeconds);

private:
    QString pathFor(const QString &url) const;
    QString m_directory;
};

} // namespace lc
