#pragma once

#include "AuthorizationFlow.h"
#include "storage/AccountStore.h"

#include <QObject>

class QNetworkAccessManager;

namespace lc {

// Turns granted tokens into a stored account. The userinfo endpoint is asked with the Bearer
// header; its answer adds the display name and email, and is discarded when its `sub` differs
// from the ID token's. Without an ID token, userinfo's `sub` names the account.
class SignInCompletion : public QObject
{
    Q_OBJECT

public:
    SignInCompletion(const ProviderProfile &profile, AccountStore store,
                     QNetworkAccessManager *network, QObject *parent = nullptr);

    void complete(const GrantedTokens &granted, const QString &requestedLabel);

Q_SIGNALS:
    void finished(const lc::AccountRecord &account);
    void failed(const lc::AuthError &error);

private:
    void identify(const GrantedTokens &granted, const QString &requestedLabel,
                  const QJsonObject &idClaims, QJsonObject userinfo);
    void store(const GrantedTokens &granted, const QString &requestedLabel, const QString &subject,
               const QJsonObject &claims);

    ProviderProfile m_profile;
    AccountStore m_store;
    QNetworkAccessManager *m_network;
};

} // namespace lc
