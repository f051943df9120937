#include "ProfileRepository.h"

#include "common/BoundedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lc {

namespace {
const QString kBuiltInDirectory = QStringLiteral(":/providers");

bool looksLikePath(const QString &idOrPath)
{
    return idOrPath.contains(QLatin1Char('/')) || idOrPath.contains(QLatin1Char('\\'))
        || idOrPath.endsWith(QLatin1String(".json"));
}
} // namespace

QString ProfileRepository::defaultProfileId()
{
    return QStringLiteral("demo");
}

Result<ProviderProfile> ProfileRepository::load(const QString &idOrPath)
{
    if (looksLikePath(idOrPath)) {
        QFile file(idOrPath);
        if (!file.open(QIODevice::ReadOnly))
            return AuthError::config(
                tr("%1: cannot read profile: %2").arg(idOrPath, file.errorString()));
        auto contents = BoundedFile::read(file, kMaxProfileFileBytes);
        if (!contents.ok())
            return contents.error();
        return ProviderProfile::fromJson(contents.value(), QFileInfo(idOrPath).filePath());
    }

    QFile file(kBuiltInDirectory + QLatin1Char('/') + idOrPath + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        const QStringList ids = builtInIds();
        return AuthError::config(tr("no built-in profile \"%1\" (built-in: %2); pass a "
                                    "profile file path instead")
                                     .arg(idOrPath, ids.join(QStringLiteral(", "))));
    }
    auto profile
        = ProviderProfile::fromJson(file.readAll(), tr("built-in profile \"%1\"").arg(idOrPath));
    if (profile.ok() && profile.value().id != idOrPath)
        return AuthError::config(
            tr("built-in profile \"%1\" has id \"%2\"").arg(idOrPath, profile.value().id));
    return profile;
}

QStringList ProfileRepository::builtInIds()
{
    QStringList ids;
    const QStringList files
        = QDir(kBuiltInDirectory).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files)
        ids.append(name.chopped(5));
    return ids;
}

QList<ProviderProfile> ProfileRepository::builtIn()
{
    QList<ProviderProfile> profiles;
    for (const QString &id : builtInIds()) {
        auto profile = load(id);
        if (profile.ok())
            profiles.append(std::move(profile).value());
    }
    return profiles;
}

} // namespace lc
