#pragma once

#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"

#include <QHash>
#include <QList>

namespace lc {

// What the account lists (`accounts`, `status`, the agent) need beside the index: each
// account's profile, and one order for every list.
class AccountListing
{
public:
    // The accounts of one profile, or every account when `profileId` is empty.
    static Result<QList<AccountRecord>> load(const AccountIndex &index, const QString &profileId);

    // Each profile the accounts name, loaded once (a thousand accounts share a handful). A
    // profile that does not load (removed, or a placeholder now without a value) maps to an
    // empty profile with only its id, and its error goes to `problems`.
    static QHash<QString, ProviderProfile> profilesOf(const QList<AccountRecord> &accounts,
                                                      QStringList *problems = nullptr);

    // Grouped by profile, then environment; by label within a group.
    static QList<AccountRecord> sorted(QList<AccountRecord> accounts,
                                       const QHash<QString, ProviderProfile> &profiles);
};

} // namespace lc
