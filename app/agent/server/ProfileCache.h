#pragma once

#include "FileStamp.h"
#include "common/Result.h"
#include "providers/ProviderProfile.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace lc::agent {

// The profiles the agent was asked for, each loaded once (ProfileRepository::load, so the
// same profile and the same errors as the command line) and loaded again only when a file it
// came from changed: the profile file, the installed copy, placeholders.json.
class ProfileCache
{
public:
    Result<ProviderProfile> load(const QString &idOrPath);

    // More distinct profiles than this and the cache starts afresh.
    static constexpr qsizetype kMaxEntries = 256;

private:
    struct Entry
    {
        Result<ProviderProfile> profile;
        QList<QPair<QString, FileStamp>> sources;
    };
    static QStringList sourcesOf(const QString &idOrPath);
    static bool isCurrent(const Entry &entry);

    QHash<QString, Entry> m_entries;
};

} // namespace lc::agent
