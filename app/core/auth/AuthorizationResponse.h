#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QUrl>
#include <QVariantMap>

namespace lc {

// The redirect back from the authorization endpoint (RFC 6749 §4.1.2), checked against the
// attempt that started it: `state` must match, `iss` must equal the issuer when both are known
// (RFC 9207), and an `error` becomes a typed AuthError (`access_denied` means cancelled).
struct AuthorizationResponse
{
    Q_DECLARE_TR_FUNCTIONS(lc::AuthorizationResponse)

public:
    QString code;
    QVariantMap parameters; // every query item, for QOAuth2AuthorizationCodeFlow

    static Result<AuthorizationResponse> fromCallback(const QUrl &callback,
                                                      const QString &expectedState,
                                                      const QString &expectedIssuer,
                                                      bool issuerRequired = false);
};

} // namespace lc
