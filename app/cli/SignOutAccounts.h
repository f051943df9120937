#pragma once

#include "operations/SignOut.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lc {

// `logout` of one account or several (--all, `profile remove --force`): each in turn, with
// its own deadline, one "Signed out …" line on stdout per account and its problems on stderr.
class SignOutAccounts
{
    Q_DECLARE_TR_FUNCTIONS(lc::SignOutAccounts)

public:
    // `profiles` maps each account's profile id to its profile. Returns ExitSuccess, or the
    // exit code of the first account that could not be signed out (the others are still tried).
    static int run(const QList<AccountRecord> &accounts,
                   const QHash<QString, ProviderProfile> &profiles, const Services &services,
                   SignOut::Options options = {});
};

} // namespace lc
