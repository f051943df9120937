#include "AccountJson.h"

#include "auth/IdTokenClaims.h"

namespace lc {

AccountJson::State AccountJson::stateOf(const AccountRecord &account, const QDateTime &now)
{
    if (account.signInRequired)
        return State::SignInRequired;
    return account.expiresAt.isValid() && account.expiresAt > now ? State::Valid : State::Expired;
}

QString AccountJson::stateName(State state)
{
    switch (state) {
    case State::Valid:
        return QStringLiteral("valid");
    case State::Expired:
        return QStringLiteral("expired");
    case State::SignInRequired:
        break;
    }
    return QStringLiteral("signInRequired");
}

QJsonObject AccountJson::account(const AccountRecord &account, const ProviderProfile &profile)
{
    return {
        { QStringLiteral("profile"), account.profileId },
        { QStringLiteral("label"), account.label },
        { QStringLiteral("subject"), account.subject },
        { QStringLiteral("email"), account.email },
        { QStringLiteral("environment"), profile.environment },
    };
}

QJsonObject AccountJson::token(const FreshAccessToken &token, const ProviderProfile &profile,
                               const QDateTime &now)
{
    const StoredTokens &tokens = token.tokens;
    QJsonObject object {
        { QStringLiteral("accessToken"), token.accessToken },
        // TokenResponse accepts Bearer tokens only.
        { QStringLiteral("tokenType"), QStringLiteral("Bearer") },
        { QStringLiteral("expiresAt"),
          tokens.expiresAt.isValid() ? tokens.expiresAt.toUTC().toString(Qt::ISODate)
                                     : QString() },
        { QStringLiteral("expiresIn"),
          tokens.expiresAt.isValid() ? qMax<qint64>(0, now.secsTo(tokens.expiresAt)) : 0 },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.scopes) },
        { QStringLiteral("account"), account(token.account, profile) },
    };
    if (!tokens.idToken.isEmpty()) {
        object.insert(QStringLiteral("idToken"), tokens.idToken);
        auto claims = IdTokenClaims::decode(tokens.idToken);
        if (claims.ok())
            object.insert(QStringLiteral("idTokenClaims"), claims.value().claims);
    }
    return object;
}

QJsonArray AccountJson::accounts(const QList<AccountRecord> &accounts,
                                 const QHash<QString, ProviderProfile> &profiles,
                                 const QDateTime &now)
{
    QJsonArray array;
    for (const AccountRecord &account : accounts) {
        const ProviderProfile profile = profiles.value(account.profileId);
        array.append(QJsonObject {
            { QStringLiteral("profile"), account.profileId },
            { QStringLiteral("label"), account.label },
            { QStringLiteral("subject"), account.subject },
            { QStringLiteral("displayName"), account.displayName },
            { QStringLiteral("expiresAt"), account.expiresAt.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("signInRequired"), account.signInRequired },
            { QStringLiteral("email"), account.email },
            { QStringLiteral("environment"), profile.environment },
            { QStringLiteral("profileName"), profile.displayName },
            { QStringLiteral("state"), stateName(stateOf(account, now)) },
        });
    }
    return array;
}

} // namespace lc
