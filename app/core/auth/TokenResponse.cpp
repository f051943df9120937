#include "TokenResponse.h"

#include "providers/ErrorFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace lc {

namespace {
AuthError malformed(const QString &what)
{
    return AuthError::network(
        TokenResponse::tr("The token endpoint's answer is malformed: %1").arg(what));
}

// A token is printed for launchers and put in HTTP headers: anything but visible ASCII could
// split a header or fake terminal output (RFC 6750 §2.1 allows only these characters).
bool isPrintableToken(const QString &token)
{
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Ten years: longer lifetimes are not a real token's, and larger numbers would overflow.
constexpr qint64 kMaxLifetimeSeconds = 10LL * 365 * 24 * 3600;
} // namespace

Result<TokenResponse> TokenResponse::parse(int httpStatus, const QByteArray &body,
                                           const QDateTime &now,
                                           ProviderProfile::ErrorFormat errorFormat)
{
    if (auto error
        = ErrorFormat::errorIn(errorFormat, httpStatus, body, tr("The token endpoint"))) {
        // A 5xx is the server's trouble, whatever its body says (temporarily_unavailable,
        // server_error): transient, so a refresh may try again.
        // 503 says the request was not handled (RFC 9110 §15.6.4): safe to send again.
        if (httpStatus == 503)
            return error->withKind(AuthError::Kind::Network).markedSafeToRetry();
        if (httpStatus >= 500)
            return error->withKind(AuthError::Kind::Network);
        return *error;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(tr("not a JSON object"));
    const QJsonObject object = document.object();

    TokenResponse response;
    const QJsonValue accessToken = object.value(QStringLiteral("access_token"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return malformed(tr("\"access_token\" is missing or not a string"));
    response.accessToken = accessToken.toString();
    if (!isPrintableToken(response.accessToken))
        return malformed(tr("\"access_token\" contains characters a token cannot have"));

    const QJsonValue tokenType = object.value(QStringLiteral("token_type"));
    if (!tokenType.isString())
        return malformed(tr("\"token_type\" is missing or not a string"));
    if (tokenType.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return malformed(
            tr("\"token_type\" is \"%1\", only Bearer is supported").arg(tokenType.toString()));
    response.tokenType = QStringLiteral("Bearer");

    for (const char *key : { "refresh_token", "id_token", "scope" }) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return malformed(tr("\"%1\" is not a string").arg(QLatin1String(key)));
    }
    response.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    if (!isPrintableToken(response.refreshToken))
        return malformed(tr("\"refresh_token\" contains characters a token cannot have"));
    response.idToken = object.value(QStringLiteral("id_token")).toString();
    response.scopes = object.value(QStringLiteral("scope"))
                          .toString()
                          .split(QLatin1Char(' '), Qt::SkipEmptyParts);

    const QJsonValue expiresIn = object.value(QStringLiteral("expires_in"));
    qint64 lifetime = kDefaultLifetimeSeconds;
    if (expiresIn.isDouble()) {
        const double seconds = expiresIn.toDouble();
        // Compared as a double first: converting 1e20 or NaN to an integer is undefined.
        if (!(seconds > 0) || seconds > double(kMaxLifetimeSeconds))
            return malformed(tr("\"expires_in\" is %1, not between 1 second and 10 years")
                                 .arg(expiresIn.toDouble()));
        lifetime = qint64(seconds);
    } else if (expiresIn.isString()) {
        // Some providers send the number as a string; accept it only when it is one.
        bool ok = false;
        lifetime = expiresIn.toString().toLongLong(&ok);
        if (!ok)
            return malformed(tr("\"expires_in\" is not a number"));
    } else if (!expiresIn.isUndefined() && !expiresIn.isNull()) {
        return malformed(tr("\"expires_in\" is not a number"));
    }
    if (lifetime <= 0 || lifetime > kMaxLifetimeSeconds)
        return malformed(
            tr("\"expires_in\" is %1, not between 1 second and 10 years").arg(lifetime));
    response.expiresAt = now.addSecs(lifetime);
    return response;
}

QVariantMap TokenResponse::toVariantMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("access_token"), accessToken);
    map.insert(QStringLiteral("token_type"), tokenType);
    if (!refreshToken.isEmpty())
        map.insert(QStringLiteral("refresh_token"), refreshToken);
    if (!idToken.isEmpty())
        map.insert(QStringLiteral("id_token"), idToken);
    if (!scopes.isEmpty())
        map.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    return map;
}

} // namespace lc
