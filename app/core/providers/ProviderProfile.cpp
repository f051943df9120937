#include "ProviderProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace lc {

namespace {

// Reads one profile object; its messages are ProviderProfile::fromJson's, so they use its tr().
class ProfileReader
{
public:
    ProfileReader(const QJsonObject &object, const QString &source)
        : m_object(object)
        , m_source(source)
    {
    }

    std::optional<AuthError> error;

    QString string(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, ProviderProfile::tr("is required but missing"));
            return {};
        }
        if (!value.isString()) {
            fail(key, ProviderProfile::tr("must be a string"));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(key, ProviderProfile::tr("must not be empty"));
        return value.toString();
    }

    QUrl url(const QString &key, bool required)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            fail(key, ProviderProfile::tr("must be an absolute http(s) URL, got \"%1\"").arg(text));
            return {};
        }
        return url;
    }

    QStringList stringArray(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(key, ProviderProfile::tr("must be an array of strings"));
            return {};
        }
        QStringList result;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().contains(QLatin1Char(' '))) {
                fail(key, ProviderProfile::tr("must be an array of strings without spaces"));
                return {};
            }
            result.append(item.toString());
        }
        return result;
    }

    QMap<QString, QString> stringObject(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            fail(key, ProviderProfile::tr("must be an object of strings"));
            return {};
        }
        QMap<QString, QString> result;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                fail(key + QLatin1Char('.') + it.key(), ProviderProfile::tr("must be a string"));
                return {};
            }
            result.insert(it.key(), it.value().toString());
        }
        return result;
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            fail(key, ProviderProfile::tr("must be true or false"));
            return fallback;
        }
        return value.toBool();
    }

    void fail(const QString &key, const QString &what)
    {
        if (!error)
            error
                = AuthError::config(ProviderProfile::tr("%1: \"%2\" %3").arg(m_source, key, what));
    }

private:
    QJsonObject m_object;
    QString m_source;
};

const QSet<QString> kKnownKeys = {
    QStringLiteral("id"),
    QStringLiteral("displayName"),
    QStringLiteral("authorizationEndpoint"),
    QStringLiteral("tokenEndpoint"),
    QStringLiteral("clientId"),
    QStringLiteral("redirectUri"),
    QStringLiteral("issuer"),
    QStringLiteral("endSessionEndpoint"),
    QStringLiteral("jwksUri"),
    QStringLiteral("environment"),
    QStringLiteral("clockSkewSeconds"),
    QStringLiteral("userinfoEndpoint"),
    QStringLiteral("revocationEndpoint"),
    QStringLiteral("scopes"),
    QStringLiteral("extraAuthorizationParameters"),
    QStringLiteral("pkce"),
    QStringLiteral("errorFormat"),
    QStringLiteral("clientAuthentication"),
    QStringLiteral("tokenExchange"),
    QStringLiteral("redirectUriInRequests"),
    QStringLiteral("trustedCertificateSha256"),
    QStringLiteral("browser"),
    QStringLiteral("localDevelopment"),
    QStringLiteral("rememberSessions"),
    QStringLiteral("pageLoadTimeoutSeconds"),
    QStringLiteral("requestTimeoutSeconds"),
    QStringLiteral("accessTokenSubjectClaim"),
    QStringLiteral("autofill"),
    QStringLiteral("allowAutofill"),
};

// Never in a profile file: secrets live in the keychain (`login-companion secret set`).
const QSet<QString> kSecretKeys = {
    QStringLiteral("clientSecret"),
    QStringLiteral("client_secret"),
    QStringLiteral("secret"),
};

// Parameters the flow itself owns; a profile overriding them would break PKCE or `state`.
const QSet<QString> kReservedParameters = {
    QStringLiteral("client_id"),
    QStringLiteral("redirect_uri"),
    QStringLiteral("response_type"),
    QStringLiteral("scope"),
    QStringLiteral("state"),
    QStringLiteral("nonce"),
    QStringLiteral("code_challenge"),
    QStringLiteral("code_challenge_method"),
    QStringLiteral("code_verifier"),
    QStringLiteral("client_secret"),
    QStringLiteral("client_assertion"),
    QStringLiteral("client_assertion_type"),
};

template<typename Enum>
Enum choice(ProfileReader &reader, const QString &key, const QMap<QString, Enum> &choices,
            Enum fallback)
{
    const QString value = reader.string(key, false);
    if (value.isEmpty())
        return fallback;
    if (!choices.contains(value)) {
        reader.fail(key,
                    ProviderProfile::tr("must be one of %1, got \"%2\"")
                        .arg(QStringList(choices.keys()).join(QStringLiteral(", ")), value));
        return fallback;
    }
    return choices.value(value);
}

// "autofill": {"username", "password", "submit", "consent"}, each a CSS selector.
void readAutofill(ProfileReader &reader, const QJsonObject &object, ProviderProfile &profile)
{
    profile.allowAutofill = reader.boolean(QStringLiteral("allowAutofill"), false);
    const QJsonValue value = object.value(QStringLiteral("autofill"));
    if (value.isUndefined())
        return;
    const QStringList keys { QStringLiteral("username"), QStringLiteral("password"),
                             QStringLiteral("submit"), QStringLiteral("consent") };
    const QJsonObject selectors = value.toObject();
    if (!value.isObject()) {
        reader.fail(QStringLiteral("autofill"),
                    ProviderProfile::tr("must be an object of CSS selectors (%1)")
                        .arg(keys.join(QStringLiteral(", "))));
        return;
    }
    QMap<QString, QString> found;
    for (auto it = selectors.begin(); it != selectors.end(); ++it) {
        const QString key = QStringLiteral("autofill.") + it.key();
        if (!keys.contains(it.key()))
            reader.fail(key, ProviderProfile::tr("is not a known key"));
        else if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            reader.fail(key, ProviderProfile::tr("must be a CSS selector (a non-empty string)"));
        else
            found.insert(it.key(), it.value().toString());
    }
    profile.autofill = { found.value(keys.at(0)), found.value(keys.at(1)), found.value(keys.at(2)),
                         found.value(keys.at(3)) };
}

// The keys that describe how a provider behaves rather than where it is.
void readProviderBehaviour(ProfileReader &reader, const QJsonObject &object,
                           ProviderProfile &profile)
{
    using Profile = ProviderProfile;
    profile.errorFormat = choice<Profile::ErrorFormat>(
        reader, QStringLiteral("errorFormat"),
        { { QStringLiteral("rfc6749"), Profile::ErrorFormat::Rfc6749 },
          { QStringLiteral("ottm"), Profile::ErrorFormat::Ottm },
          { QStringLiteral("light-oauth2"), Profile::ErrorFormat::LightOauth2 } },
        Profile::ErrorFormat::Rfc6749);
    profile.clientAuthentication = choice<Profile::ClientAuthentication>(
        reader, QStringLiteral("clientAuthentication"),
        { { QStringLiteral("none"), Profile::ClientAuthentication::None },
          { QStringLiteral("client_secret_post"), Profile::ClientAuthentication::SecretPost },
          { QStringLiteral("client_secret_basic"), Profile::ClientAuthentication::SecretBasic } },
        Profile::ClientAuthentication::None);
    profile.browser = choice<Profile::BrowserMode>(
        reader, QStringLiteral("browser"),
        { { QStringLiteral("embedded"), Profile::BrowserMode::Embedded },
          { QStringLiteral("system"), Profile::BrowserMode::System } },
        Profile::BrowserMode::Embedded);

    const QJsonValue exchange = object.value(QStringLiteral("tokenExchange"));
    if (!exchange.isUndefined()) {
        const QJsonObject exchangeObject = exchange.toObject();
        if (!exchange.isObject()
            || exchangeObject.keys() != QStringList { QStringLiteral("backendUrl") }) {
            reader.fail(QStringLiteral("tokenExchange"),
                        ProviderProfile::tr("must be an object with only \"backendUrl\""));
        } else {
            ProfileReader nested(exchangeObject, QString());
            profile.tokenExchangeBackend = nested.url(QStringLiteral("backendUrl"), true);
            if (nested.error)
                reader.fail(QStringLiteral("tokenExchange.backendUrl"),
                            ProviderProfile::tr("must be an absolute http(s) URL"));
        }
    }

    profile.redirectUriInRequests = reader.boolean(QStringLiteral("redirectUriInRequests"), true);
    profile.localDevelopment = reader.boolean(QStringLiteral("localDevelopment"), false);
    profile.rememberSessions = reader.boolean(QStringLiteral("rememberSessions"), false);
    const QJsonValue timeout = object.value(QStringLiteral("pageLoadTimeoutSeconds"));
    if (!timeout.isUndefined()) {
        if (!timeout.isDouble() || timeout.toDouble() < 1 || timeout.toDouble() > 600)
            reader.fail(QStringLiteral("pageLoadTimeoutSeconds"),
                        ProviderProfile::tr("must be a number of seconds from 1 to 600"));
        else
            profile.pageLoadTimeoutSeconds = timeout.toInt();
    }

    const QJsonValue requestTimeout = object.value(QStringLiteral("requestTimeoutSeconds"));
    if (!requestTimeout.isUndefined()) {
        if (!requestTimeout.isDouble() || requestTimeout.toDouble() < 1
            || requestTimeout.toDouble() > 120)
            reader.fail(QStringLiteral("requestTimeoutSeconds"),
                        ProviderProfile::tr("must be a number of seconds from 1 to 120"));
        else
            profile.requestTimeoutSeconds = requestTimeout.toInt();
    }

    readAutofill(reader, object, profile);

    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QString &fingerprint :
         reader.stringArray(QStringLiteral("trustedCertificateSha256"))) {
        const QString hex = fingerprint.toLower().remove(QLatin1Char(':'));
        if (!sha256Hex.match(hex).hasMatch()) {
            reader.fail(QStringLiteral("trustedCertificateSha256"),
                        ProviderProfile::tr("must hold SHA-256 fingerprints (64 hex digits, "
                                            "colons allowed), got \"%1\"")
                            .arg(fingerprint));
            break;
        }
        profile.trustedCertificateSha256.append(hex.toLatin1());
    }
}

} // namespace

Result<ProviderProfile> ProviderProfile::fromJson(const QByteArray &json, const QString &sourceName,
                                                  const PlaceholderValues &placeholders)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return AuthError::config(tr("%1: not valid JSON at offset %2: %3")
                                     .arg(sourceName)
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString()));
    if (!document.isObject())
        return AuthError::config(tr("%1: a profile must be a JSON object").arg(sourceName));

    for (const QString &key : kSecretKeys) {
        if (document.object().contains(key))
            return AuthError::config(tr("%1: \"%2\" is not allowed: a client secret is never "
                                        "read from a profile file. Store it with "
                                        "\"login-companion secret set --profile ID\" or in "
                                        "the environment.")
                                         .arg(sourceName, key));
    }
    auto resolved = placeholders.resolve(document.object(), sourceName);
    if (!resolved.ok())
        return resolved.error();
    const QJsonObject object = resolved.value();
    ProfileReader reader(object, sourceName);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kKnownKeys.contains(it.key()))
            reader.fail(it.key(), tr("is not a known key"));
    }

    ProviderProfile profile;
    profile.source = sourceName;
    profile.id = reader.string(QStringLiteral("id"), true);
    profile.displayName = reader.string(QStringLiteral("displayName"), true);
    // An issuer alone is enough: discovery supplies the endpoints.
    const bool hasIssuer = object.value(QStringLiteral("issuer")).isString();
    profile.authorizationEndpoint = reader.url(QStringLiteral("authorizationEndpoint"), !hasIssuer);
    profile.tokenEndpoint = reader.url(QStringLiteral("tokenEndpoint"), !hasIssuer);
    profile.clientId = reader.string(QStringLiteral("clientId"), true);
    profile.redirectUri = reader.url(QStringLiteral("redirectUri"), true);
    if (reader.url(QStringLiteral("issuer"), false).isValid())
        profile.issuer = reader.string(QStringLiteral("issuer"), false); // compared verbatim
    profile.endSessionEndpoint = reader.url(QStringLiteral("endSessionEndpoint"), false);
    profile.jwksUri = reader.url(QStringLiteral("jwksUri"), false);
    profile.environment = reader.string(QStringLiteral("environment"), false);
    profile.accessTokenSubjectClaim
        = reader.string(QStringLiteral("accessTokenSubjectClaim"), false);
    const QJsonValue skew = object.value(QStringLiteral("clockSkewSeconds"));
    if (!skew.isUndefined()) {
        if (!skew.isDouble() || skew.toDouble() < 0 || skew.toDouble() > 3600
            || skew.toDouble() != std::floor(skew.toDouble()))
            reader.fail(QStringLiteral("clockSkewSeconds"),
                        tr("must be a whole number of seconds from 0 "
                           "to 3600"));
        else
            profile.clockSkewSeconds = skew.toInt();
    }
    profile.userinfoEndpoint = reader.url(QStringLiteral("userinfoEndpoint"), false);
    profile.revocationEndpoint = reader.url(QStringLiteral("revocationEndpoint"), false);
    profile.scopes = reader.stringArray(QStringLiteral("scopes"));
    profile.extraAuthorizationParameters
        = reader.stringObject(QStringLiteral("extraAuthorizationParameters"));

    const QString pkce = reader.string(QStringLiteral("pkce"), false);
    if (pkce.isEmpty() || pkce == QLatin1String("S256"))
        profile.pkce = PkceMethod::S256;
    else if (pkce == QLatin1String("none"))
        profile.pkce = PkceMethod::None;
    else
        reader.fail(QStringLiteral("pkce"),
                    tr("must be \"S256\" or \"none\", got \"%1\"").arg(pkce));

    readProviderBehaviour(reader, object, profile);

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!reader.error && !idPattern.match(profile.id).hasMatch())
        reader.fail(QStringLiteral("id"),
                    tr("must use only lowercase letters, digits, '.', '_' and '-'"));
    if (!reader.error && profile.redirectUri.hasFragment())
        reader.fail(QStringLiteral("redirectUri"), tr("must not have a fragment"));
    if (!reader.error && !profile.redirectUri.userInfo().isEmpty())
        reader.fail(QStringLiteral("redirectUri"),
                    tr("must not carry a user name or password (\"user@host\")"));
    for (auto it = profile.extraAuthorizationParameters.cbegin();
         !reader.error && it != profile.extraAuthorizationParameters.cend(); ++it) {
        if (kReservedParameters.contains(it.key()))
            reader.fail(QStringLiteral("extraAuthorizationParameters.") + it.key(),
                        tr("is set by Login Companion itself"));
    }

    if (reader.error)
        return *reader.error;
    return profile;
}

} // namespace lc
