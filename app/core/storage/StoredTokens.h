#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace lc {

// What the keychain holds for one account, as one JSON secret.
struct StoredTokens
{
    Q_DECLARE_TR_FUNCTIONS(lc::StoredTokens)

public:
    QString accessToken;
    QString refreshToken;
    QString idToken;
    QDateTime expiresAt;
    QStringList scopes;

    QByteArray toJson() const;
    static Result<StoredTokens> fromJson(const QByteArray &json);

    bool expiresWithin(qint64 seconds, const QDateTime &now) const
    {
        return !expiresAt.isValid() || now.secsTo(expiresAt) <= seconds;
    }
};

} // namespace lc
