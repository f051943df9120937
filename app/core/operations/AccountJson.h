#pragma once

#include "RefreshTokens.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace lc {

// The JSON the command line prints and the agent answers with, built in one place so that
// `token --json`, `accounts --json` and the agent's `token` and `accounts` results stay the same
// objects (README, "Scripting"; docs/AGENT.md).
class AccountJson
{
public:
    enum class State { Valid, Expired, SignInRequired };
    static State stateOf(const AccountRecord &account, const QDateTime &now);
    static QString stateName(State state); // "valid", "expired", "signInRequired"

    // {"profile", "label", "subject", "email", "environment"}
    static QJsonObject account(const AccountRecord &account, const ProviderProfile &profile);

    // {"accessToken", "tokenType", "expiresAt", "expiresIn", "scopes", "idToken"?,
    //  "idTokenClaims"?, "account"}; the ID token's claims decoded, not verified again (it was
    // verified before it was stored).
    static QJsonObject token(const FreshAccessToken &token, const ProviderProfile &profile,
                             const QDateTime &now);

    // One row per account: "profile", "label", "subject", "displayName", "expiresAt",
    // "signInRequired", "email", "environment", "profileName", "state". `profiles` maps a
    // profile id to its profile; an account whose profile is not there gets empty names.
    static QJsonArray accounts(const QList<AccountRecord> &accounts,
                               const QHash<QString, ProviderProfile> &profiles,
                               const QDateTime &now);
};

} // namespace lc
