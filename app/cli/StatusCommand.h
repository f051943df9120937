#pragma once

#include <QCoreApplication>
#include <QString>

namespace lc {

struct AccountCheck;
struct ProviderProfile;

// `login-companion status [--profile ID]`, like `gh auth status`: every account (or one
// profile's), grouped by profile, with its person, access-token validity and whether a
// refresh token is held. Exit 0 when every account is usable, 3 when one needs a sign-in or
// there is none, 4 when the keychain cannot be read.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(lc::StatusCommand)

public:
    // `profileId` empty: every account.
    static int run(const QString &profileId);

private:
    static QString profileHeading(const ProviderProfile &profile);
    static QString accountLines(const AccountCheck &check);
};

} // namespace lc
