#pragma once

#include "common/Clock.h"
#include "providers/MetadataCache.h"
#include "providers/ProviderProfile.h"
#include "storage/StoredTokens.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace lc {

// RFC 7009 revocation at sign-out: the refresh token first (it is the one that lasts), then the
// access token. HTTP 200 is success, also for a token the provider already considers invalid.
class TokenRevoker : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool attempted = false; // false: the provider has no revocation endpoint
        bool revoked = false;
        QString problem; // why not, for the user
        QUrl endSessionEndpoint; // from the profile or discovery; empty when there is none
    };

    TokenRevoker(const ProviderProfile &profile, QNetworkAccessManager *network,
                 MetadataCache cache, std::shared_ptr<const Clock> clock,
                 QObject *parent = nullptr);

    void revoke(const StoredTokens &tokens);

Q_SIGNALS:
    void finished(const lc::TokenRevoker::Outcome &outcome);

private:
    void revokeNext(const ProviderProfile &profile, QList<QPair<QString, QString>> pending);

    ProviderProfile m_profile;
    QNetworkAccessManager *m_network;
    MetadataCache m_cache;
    std::shared_ptr<const Clock> m_clock;
    QUrl m_endSessionEndpoint;
};

} // namespace lc
