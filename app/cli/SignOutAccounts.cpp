#include "SignOutAccounts.h"

#include "Console.h"
#include "OperationRunner.h"
#include "common/ExitCode.h"

namespace lc {

int SignOutAccounts::run(const QList<AccountRecord> &accounts,
                         const QHash<QString, ProviderProfile> &profiles, const Services &services,
                         SignOut::Options options)
{
    int exitCode = ExitSuccess;
    for (const AccountRecord &account : accounts) {
        const ProviderProfile profile = profiles.value(account.profileId);
        auto *signOut = new SignOut(profile, account, services, options);
        const Result<SignOutOutcome> outcome
            = runToEnd<SignOutOutcome>(signOut, commandDeadlineMs(profile, services));
        if (!outcome.ok()) {
            const int failed = reportError(outcome.error());
            if (exitCode == ExitSuccess)
                exitCode = failed;
            continue;
        }
        out() << tr("Signed out %1 from %2.")
                     .arg(account.label,
                          profile.displayName.isEmpty() ? account.profileId : profile.displayName)
              << Qt::endl;
        const SignOutOutcome &done = outcome.value();
        if (!done.accountListProblem.isEmpty())
            err() << "login-companion: " << done.accountListProblem << Qt::endl;
        if (!done.endSessionProblem.isEmpty())
            err() << "login-companion: " << done.endSessionProblem << Qt::endl;
        if (!done.revocationProblem.isEmpty())
            err() << "login-companion: "
                  << tr("The local tokens were removed, but the provider did not confirm their "
                        "revocation: %1")
                         .arg(done.revocationProblem)
                  << Qt::endl;
    }
    return exitCode;
}

} // namespace lc
