#pragma once

#include "TokenResponse.h"
#include "common/Clock.h"

#include <QOAuthOobReplyHandler>
#include <QUrl>

#include <memory>

namespace lc {

// Lets QOAuth2AuthorizationCodeFlow work with a callback we intercept ourselves (embedded
// web view or loopback listener) instead of a server it runs: callback() is the profile's
// redirect URI, and the token endpoint's replies are parsed by TokenResponse so that errors keep
// the provider's code and text.
class EmbeddedReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    EmbeddedReplyHandler(const QUrl &redirectUri, ProviderProfile::ErrorFormat errorFormat,
                         std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    // Hands a checked callback's parameters to the flow (it then requests the token).
    void deliverCallback(const QVariantMap &parameters);

Q_SIGNALS:
    void tokenResponseReceived(const lc::TokenResponse &response);
    void tokenRequestFailed(const lc::AuthError &error);

private:
    QUrl m_redirectUri;
    ProviderProfile::ErrorFormat m_errorFormat;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace lc
