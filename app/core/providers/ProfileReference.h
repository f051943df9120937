#pragma once

#include <QString>

namespace lc {

// How a --profile value (or the agent's "profile" parameter) names its profile: a path to a
// profile file when it has a '/' or '\' or ends in ".json", else a built-in or installed id.
// Inline, so the front executable (QtCore only, no auth core) reads it the same way.
inline bool looksLikeProfilePath(const QString &idOrPath)
{
    return idOrPath.contains(QLatin1Char('/')) || idOrPath.contains(QLatin1Char('\\'))
        || idOrPath.endsWith(QLatin1String(".json"));
}

} // namespace lc
