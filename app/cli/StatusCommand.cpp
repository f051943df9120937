#include "StatusCommand.h"

#include "Console.h"
#include "OperationRunner.h"
#include "common/ExitCode.h"
#include "operations/AccountListing.h"
#include "operations/CheckAccounts.h"

namespace lc {

int StatusCommand::run(const QString &profileId)
{
    const Services services = Services::production();
    auto rows = AccountListing::load(services.accountIndex, profileId);
    if (!rows.ok())
        return reportError(rows.error());
    QList<AccountRecord> accounts = rows.value();
    if (accounts.isEmpty()) {
        err() << (profileId.isEmpty()
                      ? tr("No accounts. Sign in with \"login-companion login --profile ID\".")
                      : tr("No accounts for profile \"%1\". Sign in with \"login-companion login "
                           "--profile %1\".")
                            .arg(profileId))
              << Qt::endl;
        return ExitLoginRequired;
    }
    const QHash<QString, ProviderProfile> profiles = AccountListing::profilesOf(accounts);
    accounts = AccountListing::sorted(accounts, profiles);

    auto *check = new CheckAccounts(accounts, services);
    const Result<QList<AccountCheck>> checks
        = runToEnd<QList<AccountCheck>>(check, services.timeouts.commandMs);
    if (!checks.ok())
        return reportError(checks.error());

    bool allUsable = true;
    QString previousProfile;
    for (const AccountCheck &account : checks.value()) {
        if (account.account.profileId != previousProfile) {
            if (!previousProfile.isEmpty())
                out() << '\n';
            previousProfile = account.account.profileId;
            out() << profileHeading(profiles.value(previousProfile)) << '\n';
        }
        out() << accountLines(account);
        allUsable = allUsable && account.usable();
    }
    out().flush();
    return allUsable ? ExitSuccess : ExitLoginRequired;
}

QString StatusCommand::profileHeading(const ProviderProfile &profile)
{
    if (profile.displayName.isEmpty())
        return tr("%1 (the profile cannot be loaded)").arg(profile.id);
    if (profile.environment.isEmpty())
        return tr("%1: %2").arg(profile.id, profile.displayName);
    return tr("%1: %2, %3").arg(profile.id, profile.displayName, profile.environment);
}

QString StatusCommand::accountLines(const AccountCheck &check)
{
    const AccountRecord &account = check.account;
    const QString signIn = tr("run \"login-companion login --profile %1 --account %2\"")
                               .arg(account.profileId, account.label);
    QString state;
    if (check.usable())
        state = tr("usable");
    else if (account.signInRequired)
        state = tr("sign-in required, the provider rejected its refresh token: %1").arg(signIn);
    else if (!check.tokensStored)
        state = tr("sign-in required, no tokens in the keychain: %1").arg(signIn);
    else
        state = tr("sign-in required, the access token expired and there is no refresh token: "
                   "%1")
                    .arg(signIn);
    if (account.isDefault)
        state += QLatin1Char(' ') + tr("(default)");

    QString person = account.displayName.isEmpty() ? account.subject : account.displayName;
    if (!account.email.isEmpty())
        person += QStringLiteral(" <%1>").arg(account.email);
    const QString expiry = check.accessTokenExpiresAt.toLocalTime().toString(Qt::ISODate);
    const QString accessToken = !check.tokensStored ? tr("none")
        : !check.accessTokenExpiresAt.isValid()     ? tr("expiry unknown")
        : check.accessTokenValid                    ? tr("valid until %1").arg(expiry)
                                                    : tr("expired at %1").arg(expiry);

    return QStringLiteral("  %1: %2\n").arg(account.label, state)
        + QStringLiteral("    %1\n").arg(tr("person: %1").arg(person))
        + QStringLiteral("    %1\n").arg(tr("access token: %1").arg(accessToken))
        + QStringLiteral("    %1\n")
              .arg(tr("refresh token: %1").arg(check.refreshTokenHeld ? tr("held") : tr("none")));
}

} // namespace lc
