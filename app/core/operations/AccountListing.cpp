#include "AccountListing.h"

#include "providers/ProfileRepository.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace lc {

Result<QList<AccountRecord>> AccountListing::load(const AccountIndex &index,
                                                  const QString &profileId)
{
    auto rows = index.load();
    if (!rows.ok() || profileId.isEmpty())
        return rows;
    QList<AccountRecord> accounts;
    for (const AccountRecord &account : rows.value()) {
        if (account.profileId == profileId)
            accounts.append(account);
    }
    return accounts;
}

QHash<QString, ProviderProfile> AccountListing::profilesOf(const QList<AccountRecord> &accounts,
                                                           QStringList *problems)
{
    QHash<QString, ProviderProfile> profiles;
    for (const AccountRecord &account : accounts) {
        if (profiles.contains(account.profileId))
            continue;
        auto profile = ProfileRepository::load(account.profileId);
        ProviderProfile loaded;
        if (profile.ok())
            loaded = profile.value();
        else
            loaded.id = account.profileId;
        if (!profile.ok() && problems)
            problems->append(profile.error().message());
        profiles.insert(account.profileId, loaded);
    }
    return profiles;
}

QList<AccountRecord> AccountListing::sorted(QList<AccountRecord> accounts,
                                            const QHash<QString, ProviderProfile> &profiles)
{
    // Each key built once, not at every comparison.
    using Key = std::tuple<QString, QString, QString, QString>;
    std::vector<std::pair<Key, qsizetype>> keys;
    keys.reserve(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const AccountRecord &account = accounts.at(i);
        const auto profile = profiles.constFind(account.profileId);
        keys.emplace_back(Key { account.profileId,
                                profile == profiles.cend() ? QString() : profile->environment,
                                account.label.toCaseFolded(), account.subject },
                          i);
    }
    std::sort(keys.begin(), keys.end());
    QList<AccountRecord> ordered;
    ordered.reserve(accounts.size());
    for (const auto &entry : keys)
        ordered.append(std::move(accounts[entry.second]));
    return ordered;
}

} // namespace lc
