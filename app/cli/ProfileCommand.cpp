#include "ProfileCommand.h"

#include "Console.h"
#include "SignOutAccounts.h"
#include "common/ExitCode.h"
#include "operations/AccountListing.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace lc {

int ProfileCommand::run(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const bool force = parser.isSet(QStringLiteral("force"));
    if (force && action != QLatin1String("remove"))
        return reportUsage(tr("--force goes with \"profile remove\""));
    if (action == QLatin1String("list") && words.size() == 1)
        return list();
    if (action == QLatin1String("add") && words.size() == 2)
        return add(words.at(1));
    if (action == QLatin1String("show") && words.size() == 2)
        return show(words.at(1));
    if (action == QLatin1String("remove") && words.size() == 2)
        return remove(words.at(1), force);
    if (action == QLatin1String("add"))
        return reportUsage(tr("say \"profile add FILE\" with one profile file"));
    if (action == QLatin1String("show") || action == QLatin1String("remove"))
        return reportUsage(tr("say \"profile %1 ID\" with one profile id").arg(action));
    if (action == QLatin1String("list"))
        return reportUsage(tr("\"profile list\" takes no argument"));
    return reportUsage(tr("say \"profile add FILE\", \"profile list\", \"profile show ID\" or "
                          "\"profile remove ID\""));
}

QString ProfileCommand::installationMessage(const ProfileRepository::Installed &installed,
                                            const QString &filePath)
{
    const QString id = installed.profile.id;
    switch (installed.installation) {
    case ProfileRepository::Installation::Added:
        return tr("Installed profile \"%1\" from %2; --profile %1 now works from any folder.")
            .arg(id, filePath);
    case ProfileRepository::Installation::Updated:
        return tr("Updated the installed profile \"%1\" from %2.").arg(id, filePath);
    case ProfileRepository::Installation::Unchanged:
        break;
    }
    return tr("Profile \"%1\" is already installed as it is in %2.").arg(id, filePath);
}

int ProfileCommand::add(const QString &filePath)
{
    auto installed = ProfileRepository::install(filePath);
    if (!installed.ok())
        return reportError(installed.error());
    out() << installationMessage(installed.value(), filePath) << Qt::endl;
    return ExitSuccess;
}

int ProfileCommand::list()
{
    // id, where it comes from, environment, whether it loads, name: one line each.
    const PlaceholderValues placeholders = PlaceholderValues::forUser();
    const auto line = [&placeholders](const QString &id, const QString &kind) {
        auto json = ProfileRepository::unresolved(id);
        const QJsonObject object = json.ok() ? json.value() : QJsonObject();
        const QStringList missing = placeholders.missing(object);
        QString state;
        if (!missing.isEmpty()) {
            state = tr("placeholders not set: %1").arg(missing.join(QStringLiteral(", ")));
        } else {
            auto profile = ProfileRepository::load(id);
            state = profile.ok() ? tr("ready") : tr("invalid: %1").arg(profile.error().message());
        }
        return QStringList { id, kind, object.value(QStringLiteral("environment")).toString(),
                             state, object.value(QStringLiteral("displayName")).toString() }
            .join(QLatin1Char('\t'));
    };
    for (const QString &id : ProfileRepository::builtInIds())
        out() << line(id, tr("built-in")) << '\n';
    for (const QString &id : ProfileRepository::installedIds())
        out() << line(id, tr("installed")) << '\n';
    out().flush();
    return ExitSuccess;
}

int ProfileCommand::show(const QString &idOrPath)
{
    // Validated first: a profile that loads holds no client secret (ProviderProfile refuses
    // one), so printing it with its placeholders filled in shows none.
    auto profile = ProfileRepository::load(idOrPath);
    if (!profile.ok())
        return reportError(profile.error());
    auto json = ProfileRepository::unresolved(idOrPath);
    if (!json.ok())
        return reportError(json.error());
    auto resolved = PlaceholderValues::forUser().resolve(json.value(), profile.value().source);
    if (!resolved.ok())
        return reportError(resolved.error());
    out() << QJsonDocument(resolved.value()).toJson(QJsonDocument::Indented) << Qt::flush;
    return ExitSuccess;
}

int ProfileCommand::remove(const QString &id, bool force)
{
    if (ProfileRepository::isBuiltIn(id)
        || !QFileInfo::exists(ProfileRepository::installedPath(id)))
        return reportError(ProfileRepository::uninstall(id).error()); // says which it is

    const Services services = Services::production();
    auto rows = AccountListing::load(services.accountIndex, id);
    if (!rows.ok())
        return reportError(rows.error());
    QList<AccountRecord> accounts = rows.value();
    if (!accounts.isEmpty()) {
        QStringList problems;
        const QHash<QString, ProviderProfile> profiles
            = AccountListing::profilesOf(accounts, &problems);
        accounts = AccountListing::sorted(accounts, profiles);
        if (!force) {
            QStringList labels;
            for (const AccountRecord &account : std::as_const(accounts))
                labels.append(account.label);
            return reportUsage(tr("profile \"%1\" is used by %n account(s) (%2); sign them out "
                                  "first (\"login-companion logout --all --profile %1\") or pass "
                                  "--force",
                                  nullptr, int(accounts.size()))
                                   .arg(id, labels.join(QStringLiteral(", "))));
        }
        for (const QString &problem : std::as_const(problems))
            err() << "login-companion: " << problem << Qt::endl;
        const int signedOut = SignOutAccounts::run(accounts, profiles, services);
        if (signedOut != ExitSuccess) {
            err() << "login-companion: "
                  << tr("profile \"%1\" was kept: not every account could be signed out.").arg(id)
                  << Qt::endl;
            return signedOut;
        }
    }
    Status removed = ProfileRepository::uninstall(id);
    if (!removed.ok())
        return reportError(removed.error());
    out() << tr("Removed profile \"%1\".").arg(id) << Qt::endl;
    return ExitSuccess;
}

} // namespace lc
