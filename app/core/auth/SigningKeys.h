#pragma once

#include "auth/jose/JsonWebKeySet.h"
#include "common/Clock.h"
#include "providers/MetadataCache.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace lc {

// A provider's JWKS: cached, and fetched again when a token names a key we do not know (key
// rotation) — at most once a minute, so a forged `kid` cannot make us hammer the provider.
class SigningKeys : public QObject
{
    Q_OBJECT

public:
    SigningKeys(const QUrl &jwksUri, QNetworkAccessManager *network, MetadataCache cache,
                std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    // `refetch`: the cached set lacked the key; fetch anew unless that was done within a minute.
    // Answers through ready() or failed(), possibly before returning.
    void load(bool refetch);
    bool canRefetch() const;

Q_SIGNALS:
    void ready(const lc::JsonWebKeySet &keys, bool fresh);
    void failed(const lc::AuthError &error);

private:
    void fetch();
    QString refetchMarkerKey() const;

    QUrl m_jwksUri;
    QNetworkAccessManager *m_network;
    MetadataCache m_cache;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace lc
