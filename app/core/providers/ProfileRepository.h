#pragma once

#include "ProviderProfile.h"

#include <QCoreApplication>

namespace lc {

// Finds profiles: built-in ones (resources/providers/, compiled in) by id, or a user's file by
// path.
class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(lc::ProfileRepository)

public:
    static QString defaultProfileId(); // the local demo provider

    // `idOrPath` is a built-in id, or a path to a profile file (anything with a '/' or ".json").
    static Result<ProviderProfile> load(const QString &idOrPath);
    // The built-in profiles that load as they are (their placeholders have values).
    static QList<ProviderProfile> builtIn();
    static QStringList builtInIds();
};

} // namespace lc
