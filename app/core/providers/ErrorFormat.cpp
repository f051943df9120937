#include "ErrorFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lc {

const ErrorFormat &ErrorFormat::forProfile(ProviderProfile::ErrorFormat format)
{
    static const Rfc6749ErrorFormat rfc6749;
    static const OttmErrorFormat ottm;
    static const LightOauth2ErrorFormat lightOauth2;
    switch (format) {
    case ProviderProfile::ErrorFormat::Ottm:
        return ottm;
    case ProviderProfile::ErrorFormat::LightOauth2:
        return lightOauth2;
    case ProviderProfile::ErrorFormat::Rfc6749:
        break;
    }
    return rfc6749;
}

bool ErrorFormat::meansSignInRequired(ProviderProfile::ErrorFormat format,
                                      const QString &providerCode)
{
    if (providerCode == QLatin1String("invalid_grant"))
        return true;
    switch (format) {
    case ProviderProfile::ErrorFormat::Ottm:
        return providerCode == QLatin1String("10075"); // invalid or expired token
    case ProviderProfile::ErrorFormat::LightOauth2:
        return providerCode == QLatin1String("ERR12029"); // refresh token not found
    case ProviderProfile::ErrorFormat::Rfc6749:
        break;
    }
    return false;
}

// A provider's words reach a terminal and a window: one line, of a sane length, with nothing
// that could move the cursor or fake another line.
AuthError ErrorFormat::tidied(const AuthError &error)
{
    constexpr qsizetype kMaxMessage = 300;
    constexpr qsizetype kMaxCode = 64;
    auto oneLine = [](const QString &text, qsizetype limit) {
        QString line;
        line.reserve(qMin(text.size(), limit + 1));
        bool space = false;
        for (const QChar c : text) {
            const bool blank = c.isSpace() || c.category() == QChar::Other_Control
                || c.category() == QChar::Other_Format;
            if (blank) {
                space = !line.isEmpty();
                continue;
            }
            if (space)
                line.append(QLatin1Char(' '));
            space = false;
            line.append(c);
            if (line.size() > limit)
                return line.left(limit - 1) + QChar(0x2026);
        }
        return line;
    };
    return AuthError(error.kind(), oneLine(error.message(), kMaxMessage),
                     oneLine(error.providerCode(), kMaxCode));
}

std::optional<AuthError> ErrorFormat::errorIn(ProviderProfile::ErrorFormat format, int httpStatus,
                                              const QByteArray &body, const QString &what)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (auto error = forProfile(format).parse(object))
        return tidied(*error);
    // A provider may fall back to plain OAuth errors even when it has an envelope of its own.
    if (format != ProviderProfile::ErrorFormat::Rfc6749) {
        if (auto error = forProfile(ProviderProfile::ErrorFormat::Rfc6749).parse(object))
            return tidied(*error);
    }
    if (httpStatus >= 300 && httpStatus < 400)
        return AuthError::network(tr("%1 answered HTTP %2, a redirect; Login Companion does not "
                                     "follow redirects from a provider's endpoints.")
                                      .arg(what)
                                      .arg(httpStatus));
    if (httpStatus >= 400 || httpStatus == 0)
        return AuthError::network(tr("%1 answered HTTP %2 without an error the app understands.")
                                      .arg(what)
                                      .arg(httpStatus));
    return std::nullopt;
}

std::optional<AuthError> Rfc6749ErrorFormat::parse(const QJsonObject &body) const
{
    const QJsonValue error = body.value(QStringLiteral("error"));
    if (!error.isString() || error.toString().isEmpty())
        return std::nullopt;
    const QString code = error.toString();
    const QString description = body.value(QStringLiteral("error_description")).toString();
    return AuthError::provider(
        code,
        description.isEmpty()
            ? tr("The provider refused the request (%1).").arg(code)
            : tr("The provider refused the request (%1): %2").arg(code, description));
}

QString OttmErrorFormat::meaningOf(const QString &code)
{
    if (code == QLatin1String("10051"))
        return tr("the request is invalid");
    if (code == QLatin1String("10071"))
        return tr("the requested scope is not allowed for this client");
    if (code == QLatin1String("10074"))
        return tr("the access token's scope does not allow this call");
    if (code == QLatin1String("10075"))
        return tr("the access token has expired or is invalid");
    if (code == QLatin1String("10076"))
        return tr("this client is not authorized for this kind of request");
    return {};
}

std::optional<AuthError> OttmErrorFormat::parse(const QJsonObject &body) const
{
    const QJsonValue error = body.value(QStringLiteral("error"));
    if (!error.isObject())
        return std::nullopt;
    const QJsonValue codeValue = error.toObject().value(QStringLiteral("code"));
    const QString code
        = codeValue.isDouble() ? QString::number(codeValue.toInteger()) : codeValue.toString();
    if (code.isEmpty())
        return std::nullopt;
    const QString providerMessage = error.toObject().value(QStringLiteral("message")).toString();
    const QString meaning = meaningOf(code);
    QString message = meaning.isEmpty() ? tr("OTTM error %1").arg(code)
                                        : tr("OTTM error %1: %2").arg(code, meaning);
    if (!providerMessage.isEmpty())
        message += tr(" (provider: \"%1\")").arg(providerMessage);
    return AuthError::provider(code, message + QLatin1Char('.'));
}

std::optional<AuthError> LightOauth2ErrorFormat::parse(const QJsonObject &body) const
{
    const QString code = body.value(QStringLiteral("code")).toString();
    if (!code.startsWith(QLatin1String("ERR")))
        return std::nullopt;
    const QString message = body.value(QStringLiteral("message")).toString();
    const QString description = body.value(QStringLiteral("description")).toString();
    QString text = tr("light-oauth2 error %1").arg(code);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!description.isEmpty() && description != message)
        text += QStringLiteral(" (") + description + QLatin1Char(')');
    return AuthError::provider(code, text + QLatin1Char('.'));
}

} // namespace lc
