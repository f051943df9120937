#include "IdTokenClaims.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lc {

namespace {
AuthError invalid(const QString &what)
{
    return AuthError::provider(
        QStringLiteral("invalid_id_token"),
        QCoreApplication::translate("IdTokenClaims", "The provider's ID token is invalid: %1")
            .arg(what));
}
} // namespace

QString IdTokenClaims::displayName() const
{
    for (const char *key : { "name", "preferred_username", "email" }) {
        const QString value = claims.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

Result<IdTokenClaims> IdTokenClaims::decode(const QString &idToken, const QString &expectedIssuer,
                                            const QString &clientId)
{
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return invalid(QStringLiteral("not a compact JWS"));
    const QByteArray payload
        = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("the payload is not a JSON object"));

    IdTokenClaims result { document.object() };
    if (result.subject().isEmpty())
        return invalid(QStringLiteral("\"sub\" is missing"));
    const QString issuer = result.claims.value(QStringLiteral("iss")).toString();
    if (!expectedIssuer.isEmpty() && issuer != expectedIssuer)
        return invalid(
            QStringLiteral("issued by \"%1\", expected \"%2\"").arg(issuer, expectedIssuer));
    const QJsonValue audience = result.claims.value(QStringLiteral("aud"));
    const bool audienceMatches = audience.isArray()
        ? audience.toArray().contains(QJsonValue(clientId))
        : audience.toString() == clientId;
    if (!audienceMatches)
        return invalid(QStringLiteral("not issued for client \"%1\"").arg(clientId));
    return result;
}

} // namespace lc
