#include "CompactJws.h"

#include "Base64Url.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lc {

namespace {

AuthError invalid(const QString &message)
{
    return AuthError::provider(QStringLiteral("invalid_id_token"), message);
}

std::optional<QJsonObject> decodeObject(QByteArrayView encoded)
{
    const std::optional<QByteArray> json = decodeBase64Url(encoded);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString CompactJws::algorithm() const
{
    return m_header.value(QStringLiteral("alg")).toString();
}

QString CompactJws::keyId() const
{
    return m_header.value(QStringLiteral("kid")).toString();
}

Result<CompactJws> CompactJws::parse(const QString &compact)
{
    // Anything outside Latin-1 becomes '?', which the base64url check below rejects.
    const QByteArray ascii = compact.toLatin1();
    const QList<QByteArray> parts = ascii.split('.');
    if (parts.size() != 3)
        return invalid(tr("The ID token is not a compact JWS of three parts."));

    const std::optional<QJsonObject> header = decodeObject(parts.at(0));
    if (!header)
        return invalid(tr("The ID token's header is not a base64url-encoded JSON object."));
    const std::optional<QJsonObject> payload = decodeObject(parts.at(1));
    if (!payload)
        return invalid(tr("The ID token's payload is not a base64url-encoded JSON object."));
    const std::optional<QByteArray> signature = decodeBase64Url(parts.at(2));
    if (!signature)
        return invalid(tr("The ID token's signature is not base64url-encoded."));

    CompactJws jws;
    jws.m_header = *header;
    jws.m_payload = *payload;
    jws.m_signingInput = parts.at(0) + '.' + parts.at(1);
    jws.m_signature = *signature;
    if (jws.algorithm().isEmpty())
        return invalid(tr("The ID token's header does not name its algorithm (\"alg\")."));
    // RFC 7515 §4.1.11: extensions listed in "crit" must be understood; we understand none.
    if (header->contains(QStringLiteral("crit")))
        return invalid(tr("The ID token's header lists critical extensions (\"crit\") that are "
                          "not supported."));
    return jws;
}

} // namespace lc
