#include "StoredTokens.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lc {

QByteArray StoredTokens::toJson() const
{
    QJsonObject object {
        { QStringLiteral("accessToken"), accessToken },
        { QStringLiteral("refreshToken"), refreshToken },
        { QStringLiteral("idToken"), idToken },
        { QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(scopes) },
        { QStringLiteral("version"), 1 },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<StoredTokens> StoredTokens::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(QStringLiteral("accessToken")).isString())
        return AuthError::loginRequired(
            tr("The keychain entry for this account is damaged; sign in again."));
    StoredTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("accessToken")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refreshToken")).toString();
    tokens.idToken = object.value(QStringLiteral("idToken")).toString();
    tokens.expiresAt
        = QDateTime::fromString(object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    for (const QJsonValue &scope : object.value(QStringLiteral("scopes")).toArray())
        tokens.scopes.append(scope.toString());
    return tokens;
}

} // namespace lc
