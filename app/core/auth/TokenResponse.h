#pragma once

#include <QCoreApplication>

#include <QMetaType>

#include "common/Result.h"
#include "providers/ProviderProfile.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantMap>

namespace lc {

// A token endpoint answer (RFC 6749 §5.1), parsed and validated by us rather than by
// QOAuth2AuthorizationCodeFlow: up to Qt 6.8 an HTTP 400 such as invalid_grant reaches the
// flow only as a network error with the provider's text dropped.
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(lc::TokenResponse)

public:
    // Used when the provider omits expires_in (RFC 6749 leaves the lifetime to documentation).
    static constexpr int kDefaultLifetimeSeconds = 3600;

    QString accessToken;
    QString refreshToken; // empty when the provider did not issue or rotate one
    QString idToken;
    QString tokenType;
    QDateTime expiresAt;
    QStringList scopes; // empty when the provider did not say (then: what was requested)

    QVariantMap toVariantMap() const; // the shape QAbstractOAuthReplyHandler::tokensReceived takes

    static Result<TokenResponse> parse(int httpStatus, const QByteArray &body, const QDateTime &now,
                                       ProviderProfile::ErrorFormat errorFormat
                                       = ProviderProfile::ErrorFormat::Rfc6749);
};

} // namespace lc

Q_DECLARE_METATYPE(lc::TokenResponse)
