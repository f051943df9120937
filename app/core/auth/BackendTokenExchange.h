#pragma once

#include "TokenResponse.h"
#include "common/Clock.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace lc {

// The token requests of a provider whose client secret stays on the studio's server
// (`tokenExchange.backendUrl`, contract in docs/BACKEND_EXCHANGE.md): the app posts JSON to the
// backend, which adds the secret, calls the token endpoint and returns its answer unchanged.
class BackendTokenExchange : public QObject
{
    Q_OBJECT

public:
    BackendTokenExchange(const QUrl &backendUrl, ProviderProfile::ErrorFormat errorFormat,
                         QNetworkAccessManager *network, std::shared_ptr<const Clock> clock,
                         QObject *parent = nullptr);

    void exchangeCode(const QString &code, const QString &codeVerifier, const QString &redirectUri);
    void refresh(const QString &refreshToken);

Q_SIGNALS:
    void tokenResponseReceived(const lc::TokenResponse &response);
    void failed(const lc::AuthError &error);

private:
    void post(const QJsonObject &body);

    QUrl m_backendUrl;
    ProviderProfile::ErrorFormat m_errorFormat;
    QNetworkAccessManager *m_network;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace lc
