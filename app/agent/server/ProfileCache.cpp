#include "ProfileCache.h"

#include "providers/Placeholders.h"
#include "providers/ProfileRepository.h"

namespace lc::agent {

QStringList ProfileCache::sourcesOf(const QString &idOrPath)
{
    const QString placeholders = PlaceholderValues::settingsFilePath();
    if (ProfileRepository::looksLikePath(idOrPath))
        return { idOrPath, placeholders };
    // A built-in profile never changes while we run; an installed one may appear or change.
    return { ProfileRepository::installedDirectory() + QLatin1Char('/') + idOrPath
                 + QStringLiteral(".json"),
             placeholders };
}

bool ProfileCache::isCurrent(const Entry &entry)
{
    for (const auto &[path, stamp] : entry.sources) {
        if (FileStamp::of(path) != stamp)
            return false;
    }
    return true;
}

Result<ProviderProfile> ProfileCache::load(const QString &idOrPath)
{
    const auto found = m_entries.constFind(idOrPath);
    if (found != m_entries.cend() && isCurrent(*found))
        return found->profile;
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    // Stamped before reading: a change made while it is read shows next time.
    QList<QPair<QString, FileStamp>> sources;
    for (const QString &path : sourcesOf(idOrPath))
        sources.append({ path, FileStamp::of(path) });
    Result<ProviderProfile> profile = ProfileRepository::load(idOrPath);
    m_entries.insert(idOrPath, Entry { profile, sources });
    return profile;
}

} // namespace lc::agent
