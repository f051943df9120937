#include "AuthorizationResponse.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace lc {

namespace {
bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray left = a.toUtf8();
    const QByteArray right = b.toUtf8();
    if (left.size() != right.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left[i] ^ right[i]);
    return difference == 0;
}
} // namespace

Result<AuthorizationResponse> AuthorizationResponse::fromCallback(const QUrl &callback,
                                                                  const QString &expectedState,
                                                                  const QString &expectedIssuer,
                                                                  bool issuerRequired)
{
    const QUrlQuery query(callback);
    AuthorizationResponse response;
    // The query is form-encoded (RFC 6749 appendix B): '+' is a space.
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &[encodedKey, encodedValue] : items) {
        const QString key = QUrl::fromPercentEncoding(encodedKey.toUtf8().replace('+', ' '));
        const QString value = QUrl::fromPercentEncoding(encodedValue.toUtf8().replace('+', ' '));
        if (response.parameters.contains(key))
            return AuthError::provider(
                QStringLiteral("invalid_request"),
                tr("The provider's redirect repeats the parameter \"%1\".").arg(key));
        response.parameters.insert(key, value);
    }

    // The state is checked before anything else the redirect says, errors included: an
    // unsolicited redirect must not be able to cancel or fail the user's attempt.
    const QString state = response.parameters.value(QStringLiteral("state")).toString();
    if (state.isEmpty())
        return AuthError::provider(QStringLiteral("invalid_state"),
                                   tr("The provider's redirect has no state; the sign-in was "
                                      "stopped for safety."));
    if (!constantTimeEquals(state, expectedState))
        return AuthError::provider(QStringLiteral("invalid_state"),
                                   tr("The provider's redirect does not belong to this sign-in "
                                      "attempt (state mismatch); it was stopped for safety."));

    const QString issuer = response.parameters.value(QStringLiteral("iss")).toString();
    // RFC 9207 §2.4: a provider that announces `iss` must send it, or a mix-up is possible.
    if (issuer.isEmpty() && issuerRequired)
        return AuthError::provider(QStringLiteral("invalid_issuer"),
                                   tr("The provider's redirect lacks the issuer (iss) its metadata "
                                      "promises; the sign-in was stopped for safety."));
    if (!issuer.isEmpty() && !expectedIssuer.isEmpty() && issuer != expectedIssuer)
        return AuthError::provider(QStringLiteral("invalid_issuer"),
                                   tr("The redirect came from issuer \"%1\", not the expected "
                                      "\"%2\"; the sign-in was stopped for safety.")
                                       .arg(issuer, expectedIssuer));

    const QString error = response.parameters.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description
            = response.parameters.value(QStringLiteral("error_description")).toString();
        if (error == QLatin1String("access_denied"))
            return AuthError(AuthError::Kind::Cancelled,
                             description.isEmpty()
                                 ? tr("Sign-in was cancelled.")
                                 : tr("Sign-in was cancelled: %1").arg(description),
                             error);
        return AuthError::provider(
            error,
            description.isEmpty()
                ? tr("The provider refused the sign-in (%1).").arg(error)
                : tr("The provider refused the sign-in (%1): %2").arg(error, description));
    }

    response.code = response.parameters.value(QStringLiteral("code")).toString();
    if (response.code.isEmpty())
        return AuthError::provider(QStringLiteral("invalid_request"),
                                   tr("The provider's redirect carries no authorization code."));
    return response;
}

} // namespace lc
