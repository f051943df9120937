#pragma once

#include "providers/ProviderProfile.h"
#include "storage/AccountStore.h"

#include <QObject>

class QNetworkAccessManager;

namespace lc {

// Hands out a valid access token without any UI: the stored one while it has at least
// `minValiditySeconds` left, otherwise a silently refreshed one (rotated refresh token stored).
class AccessTokenService : public QObject
{
    Q_OBJECT

public:
    AccessTokenService(AccountStore store, QNetworkAccessManager *network,
                       QObject *parent = nullptr);

    void request(const ProviderProfile &profile, const QString &account, qint64 minValiditySeconds);

Q_SIGNALS:
    void tokenReady(const QString &accessToken, const lc::AccountRecord &account);
    void failed(const lc::AuthError &error);

private:
    void refresh(const ProviderProfile &profile, const AccountRecord &account,
                 const StoredTokens &current);

    AccountStore m_store;
    QNetworkAccessManager *m_network;
};

} // namespace lc
