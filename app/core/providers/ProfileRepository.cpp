#include "ProfileRepository.h"

#include "ProfileReference.h"
#include "common/BoundedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace lc {

namespace {
const QString kBuiltInDirectory = QStringLiteral(":/providers");

Result<QByteArray> readProfileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AuthError::config(ProfileRepository::tr("%1: cannot read profile: %2")
                                     .arg(path, file.errorString()));
    return BoundedFile::read(file, kMaxProfileFileBytes);
}

} // namespace

QString ProfileRepository::installedPath(const QString &id)
{
    return installedDirectory() + QLatin1Char('/') + id + QStringLiteral(".json");
}

bool ProfileRepository::looksLikePath(const QString &idOrPath)
{
    return looksLikeProfilePath(idOrPath);
}

QString ProfileRepository::defaultProfileId()
{
    return QStringLiteral("demo");
}

Result<ProfileRepository::Source> ProfileRepository::read(const QString &idOrPath)
{
    if (looksLikePath(idOrPath)) {
        auto contents = readProfileFile(idOrPath);
        if (!contents.ok())
            return contents.error();
        return Source { contents.value(), QFileInfo(idOrPath).filePath(), Source::Kind::File };
    }
    QFile file(kBuiltInDirectory + QLatin1Char('/') + idOrPath + QStringLiteral(".json"));
    if (file.open(QIODevice::ReadOnly))
        return Source { file.readAll(), tr("built-in profile \"%1\"").arg(idOrPath),
                        Source::Kind::BuiltIn };
    const QString path = installedPath(idOrPath);
    if (QFileInfo::exists(path)) {
        auto contents = readProfileFile(path);
        if (!contents.ok())
            return contents.error();
        return Source { contents.value(), path, Source::Kind::Installed };
    }
    const QStringList ids = builtInIds() + installedIds();
    return AuthError::config(tr("no profile \"%1\" (known: %2); install a profile file with "
                                "\"login-companion profile add FILE\" or pass its path")
                                 .arg(idOrPath, ids.join(QStringLiteral(", "))));
}

Result<ProviderProfile> ProfileRepository::load(const QString &idOrPath)
{
    auto source = read(idOrPath);
    if (!source.ok())
        return source.error();
    auto profile = ProviderProfile::fromJson(source.value().contents, source.value().name);
    if (!profile.ok() || profile.value().id == idOrPath)
        return profile;
    switch (source.value().kind) {
    case Source::Kind::File:
        break;
    case Source::Kind::BuiltIn:
        return AuthError::config(
            tr("built-in profile \"%1\" has id \"%2\"").arg(idOrPath, profile.value().id));
    case Source::Kind::Installed:
        return AuthError::config(tr("%1 has id \"%2\"; install it again with "
                                    "\"login-companion profile add FILE\"")
                                     .arg(source.value().name, profile.value().id));
    }
    return profile;
}

Result<QJsonObject> ProfileRepository::unresolved(const QString &idOrPath)
{
    auto source = read(idOrPath);
    if (!source.ok())
        return source.error();
    const QJsonDocument document = QJsonDocument::fromJson(source.value().contents);
    if (!document.isObject())
        return AuthError::config(
            tr("%1: a profile must be a JSON object").arg(source.value().name));
    return document.object();
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

bool ProfileRepository::isBuiltIn(const QString &id)
{
    return QFileInfo::exists(kBuiltInDirectory + QLatin1Char('/') + id + QStringLiteral(".json"));
}

QString ProfileRepository::installedDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles");
}

QStringList ProfileRepository::installedIds()
{
    QStringList ids;
    const QStringList files = QDir(installedDirectory())
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString id = name.chopped(5);
        if (!isBuiltIn(id))
            ids.append(id);
    }
    return ids;
}

QList<ProviderProfile> ProfileRepository::installed(QStringList *problems)
{
    QList<ProviderProfile> profiles;
    for (const QString &id : installedIds()) {
        auto profile = load(id);
        if (profile.ok())
            profiles.append(std::move(profile).value());
        else if (problems)
            problems->append(profile.error().message());
    }
    return profiles;
}

Result<ProfileRepository::Installed> ProfileRepository::install(const QString &filePath)
{
    auto contents = readProfileFile(filePath);
    if (!contents.ok())
        return contents.error();
    auto profile = ProviderProfile::fromJson(contents.value(), QFileInfo(filePath).filePath());
    if (!profile.ok())
        return profile.error();
    const QString id = profile.value().id;
    if (isBuiltIn(id))
        return AuthError::config(tr("%1: the id \"%2\" belongs to a built-in profile; give the "
                                    "file's profile another \"id\"")
                                     .arg(filePath, id));

    const QString target = installedPath(id);
    Installed result { profile.value(), Installation::Added };
    if (QFileInfo::exists(target)) {
        auto existing = readProfileFile(target);
        result.installation = existing.ok() && existing.value() == contents.value()
            ? Installation::Unchanged
            : Installation::Updated;
        if (result.installation == Installation::Unchanged)
            return result;
    }
    QDir().mkpath(installedDirectory());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents.value()) != contents.value().size()
        || !file.commit())
        return AuthError::config(
            tr("Cannot install the profile in %1: %2").arg(target, file.errorString()));
    result.profile.source = target;
    return result;
}

Status ProfileRepository::uninstall(const QString &id)
{
    const QString path = installedPath(id);
    if (isBuiltIn(id))
        return AuthError::config(tr("\"%1\" is a built-in profile; it cannot be removed").arg(id));
    if (!QFileInfo::exists(path))
        return AuthError::config(tr("no installed profile \"%1\"").arg(id));
    if (!QFile::remove(path))
        return AuthError::config(tr("Cannot remove %1").arg(path));
    return Done {};
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
