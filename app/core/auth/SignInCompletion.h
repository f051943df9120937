#pragma once

#include "AuthorizationFlow.h"
#include "storage/AccountStore.h"

#include <QObject>

class QNetworkAccessManager;

namespace lc {

// Turns granted tokens into a stored account: the subject comes from the ID token, else from
// the userinfo endpoint (which also supplies a display name the ID token lacks).
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
    void store(const GrantedTokens &granted, const QString &requestedLabel, QString subject,
               QString displayName, QString defaultLabel);

    ProviderProfile m_profile;
    AccountStore m_store;
    QNetworkAccessManager *m_network;
};

} // namespace lc
