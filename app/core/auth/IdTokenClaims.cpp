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
        IdTokenClaims::tr("The provider's ID token was rejected: %1").arg(what));
}

std::optional<qint64> numericDate(const QJsonObject &claims, const char *key)
{
    const QJsonValue value = claims.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    // Year 5138 at most: a larger number (1e300) cannot be a date, and converting it to an
    // integer would be undefined behaviour. Treated like a missing claim.
    constexpr double kLimit = 1e11;
    const double seconds = value.toDouble();
    if (!(seconds > -kLimit && seconds < kLimit))
        return std::nullopt;
    return qint64(seconds);
}
} // namespace

QStringList IdTokenClaims::audiences() const
{
    const QJsonValue audience = claims.value(QStringLiteral("aud"));
    if (audience.isString())
        return { audience.toString() };
    QStringList result;
    for (const QJsonValue &value : audience.toArray())
        result.append(value.toString());
    return result;
}

Result<IdTokenClaims> IdTokenClaims::decode(const QString &idToken)
{
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return invalid(tr("it is not a compact JWS"));
    const QByteArray payload
        = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(tr("its payload is not a JSON object"));
    return IdTokenClaims { document.object() };
}

Result<IdTokenClaims> IdTokenClaims::validate(const QJsonObject &claims,
                                              const IdTokenExpectations &expected)
{
    const IdTokenClaims token { claims };
    if (!expected.issuer.isEmpty() && token.issuer() != expected.issuer)
        return invalid(
            tr("it was issued by \"%1\", not \"%2\"").arg(token.issuer(), expected.issuer));
    if (token.subject().isEmpty())
        return invalid(tr("it has no subject (sub)"));

    const QStringList audiences = token.audiences();
    if (!audiences.contains(expected.clientId))
        return invalid(tr("it was not issued for client \"%1\" (aud)").arg(expected.clientId));
    const QJsonValue azp = claims.value(QStringLiteral("azp"));
    if (audiences.size() > 1 && !azp.isString())
        return invalid(tr("it has several audiences but no authorized party (azp)"));
    if (azp.isString() && azp.toString() != expected.clientId)
        return invalid(tr("its authorized party (azp) is \"%1\"").arg(azp.toString()));

    const qint64 now = expected.now.toSecsSinceEpoch();
    const auto expires = numericDate(claims, "exp");
    if (!expires)
        return invalid(tr("it has no expiry (exp)"));
    if (*expires + expected.clockSkewSeconds <= now)
        return invalid(
            tr("it expired at %1")
                .arg(QDateTime::fromSecsSinceEpoch(*expires, Qt::UTC).toString(Qt::ISODate)));
    const auto issuedAt = numericDate(claims, "iat");
    if (!issuedAt)
        return invalid(tr("it has no issue time (iat)"));
    if (*issuedAt > now + expected.clockSkewSeconds)
        return invalid(
            tr("it claims to be issued in the future (%1); check the computer's clock")
                .arg(QDateTime::fromSecsSinceEpoch(*issuedAt, Qt::UTC).toString(Qt::ISODate)));

    if (!expected.nonce.isEmpty()
        && claims.value(QStringLiteral("nonce")).toString() != expected.nonce)
        return invalid(tr("it does not belong to this sign-in attempt (nonce)"));
    return token;
}

Status IdTokenClaims::checkSameIdentity(const IdTokenClaims &original,
                                        const IdTokenClaims &refreshed)
{
    if (refreshed.issuer() != original.issuer())
        return invalid(tr("the refreshed ID token has another issuer"));
    if (refreshed.subject() != original.subject())
        return invalid(tr("the refreshed ID token names another user"));
    if (refreshed.audiences() != original.audiences())
        return invalid(tr("the refreshed ID token has another audience"));
    return Done {};
}

} // namespace lc
