#pragma once

#include "auth/jose/JsonWebKeySet.h"
#include "providers/MetadataCache.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace lc {

// A provider's JWKS: cached, and fetched again when a token names a key we do not know (key
// rotation) — at most once a minute, so a forged `kid` cannot make us hammer the provider.
class SigningKeys : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCacheSeconds = 24 * 3600;
    static constexpr int kMinimumRefetchSeconds = 60;

    SigningKeys(const QUrl &jwksUri, QNetworkAccessManager *network,
                MetadataCache cache = MetadataCache(), QObject *parent = nullptr);

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
};

} // namespace lc
