#include "JsonWebKeySet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lc {

QList<JsonWebKey> JsonWebKeySet::candidatesFor(const QString &keyId, const QString &algorithm) const
{
    QList<JsonWebKey> candidates;
    for (const JsonWebKey &key : m_keys) {
        const bool matches = !keyId.isEmpty() ? key.keyId() == keyId
                                              : key.fitsAlgorithm(algorithm)
                && (key.algorithm().isEmpty() || key.algorithm() == algorithm);
        if (matches)
            candidates.append(key);
    }
    return candidates;
}

Result<JsonWebKeySet> JsonWebKeySet::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue keys = document.object().value(QStringLiteral("keys"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !keys.isArray())
        return AuthError::network(
            tr("The provider's key set is not a JSON object with a \"keys\" array."));

    JsonWebKeySet set;
    for (const QJsonValue &value : keys.toArray()) {
        const QJsonObject jwk = value.toObject();
        const QJsonValue use = jwk.value(QStringLiteral("use"));
        if (!JsonWebKey::isSupported(jwk)
            || (!use.isUndefined() && use.toString() != QLatin1String("sig")))
            continue;
        // A malformed key of a type we do support is the provider's bug; say so, don't hide it.
        Result<JsonWebKey> key = JsonWebKey::fromJson(jwk);
        if (!key)
            return key.error();
        set.m_keys.append(std::move(key).value());
    }
    if (set.m_keys.isEmpty())
        return AuthError::network(tr("The provider's key set has no RSA or P-256 signing key."));
    return set;
}

} // namespace lc
