#pragma once

#include "ProviderProfile.h"
#include "common/AuthError.h"

#include <QCoreApplication>
#include <optional>

namespace lc {

// Reads a provider's error body into an AuthError carrying the provider's code. One adapter per
// envelope, chosen by the profile's `errorFormat`:
//   rfc6749       {"error":"invalid_grant","error_description":"…"}
//   ottm          {"error":{"code":"10076","message":"…"},"payload":null}
//   light-oauth2  {"statusCode":400,"code":"ERR12001","message":"…","description":"…"}
class ErrorFormat
{
    Q_DECLARE_TR_FUNCTIONS(lc::ErrorFormat)

public:
    virtual ~ErrorFormat() = default;

    // The error in `body`, or nullopt when the body carries none of this format.
    virtual std::optional<AuthError> parse(const QJsonObject &body) const = 0;

    static const ErrorFormat &forProfile(ProviderProfile::ErrorFormat format);
    // Whether a refresh refused with `providerCode` means the sign-in is over (RFC 6749's
    // invalid_grant and each envelope's equivalent), rather than a passing failure.
    static bool meansSignInRequired(ProviderProfile::ErrorFormat format,
                                    const QString &providerCode);
    // What went wrong with an HTTP answer: the provider's error when its format is found,
    // else a network error naming the status. nullopt for a success without an error body.
    // The error with its message and code made one line of bounded length.
    static AuthError tidied(const AuthError &error);
    static std::optional<AuthError> errorIn(ProviderProfile::ErrorFormat format, int httpStatus,
                                            const QByteArray &body, const QString &what);
};

class Rfc6749ErrorFormat : public ErrorFormat
{
    Q_DECLARE_TR_FUNCTIONS(lc::Rfc6749ErrorFormat)

public:
    std::optional<AuthError> parse(const QJsonObject &body) const override;
};

// OTTM game membership (seed document 002): numeric codes, each with a documented meaning.
class OttmErrorFormat : public ErrorFormat
{
    Q_DECLARE_TR_FUNCTIONS(lc::OttmErrorFormat)

public:
    std::optional<AuthError> parse(const QJsonObject &body) const override;
    static QString meaningOf(const QString &code); // translated; empty for an undocumented code
};

// light-oauth2 (seed document 003).
class LightOauth2ErrorFormat : public ErrorFormat
{
    Q_DECLARE_TR_FUNCTIONS(lc::LightOauth2ErrorFormat)

public:
    std::optional<AuthError> parse(const QJsonObject &body) const override;
};

} // namespace lc
