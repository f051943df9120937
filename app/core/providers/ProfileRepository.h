#pragma once

#include "ProviderProfile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lc {

// Finds profiles: built-in ones (resources/providers/, compiled in) and installed ones
// (profiles/ID.json in the app's config directory) by id, or a user's file by path.
//
// Accounts name their profile by id, so a profile read from a file is installed first: from then
// on `token --profile ID` works from any folder, whatever became of the file.
class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(lc::ProfileRepository)

public:
    static QString defaultProfileId(); // the local demo provider

    // `idOrPath` is a built-in or installed id, or a path to a profile file (anything with a '/'
    // or ".json").
    static Result<ProviderProfile> load(const QString &idOrPath);
    static bool looksLikePath(const QString &idOrPath);
    // The profile's JSON as written, placeholders unresolved and nothing validated.
    static Result<QJsonObject> unresolved(const QString &idOrPath);

    // The built-in profiles that load as they are (their placeholders have values).
    static QList<ProviderProfile> builtIn();
    static QStringList builtInIds();
    static bool isBuiltIn(const QString &id);

    // Where installed profiles live; tests point it elsewhere through QStandardPaths' test mode.
    static QString installedDirectory();
    static QString installedPath(const QString &id); // installedDirectory()/ID.json
    static QStringList installedIds();
    // The installed profiles that load as they are; `problems` gets one line per one that does not.
    static QList<ProviderProfile> installed(QStringList *problems = nullptr);

    enum class Installation { Added, Updated, Unchanged };
    struct Installed
    {
        ProviderProfile profile;
        Installation installation = Installation::Added;
    };
    // Validates the file and copies it to installedDirectory()/ID.json (as written, placeholders
    // unresolved). Refused: an invalid profile, or an id of a built-in profile.
    static Result<Installed> install(const QString &filePath);
    // Removes the installed file (accounts are the caller's concern).
    static Status uninstall(const QString &id);

private:
    struct Source
    {
        enum class Kind { File, BuiltIn, Installed };
        QByteArray contents;
        QString name; // for messages: the path, or "built-in profile …"
        Kind kind = Kind::File;
    };
    static Result<Source> read(const QString &idOrPath);
};

} // namespace lc
