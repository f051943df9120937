#pragma once

#include "JsonWebKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace lc {

// A provider's `jwks_uri` document (RFC 7517 §5): the signing keys an ID token may be checked
// against. Keys we cannot use (other types or curves, `use` other than "sig") are left out, so
// a provider that also publishes encryption keys still works.
class JsonWebKeySet
{
    Q_DECLARE_TR_FUNCTIONS(lc::JsonWebKeySet)

public:
    const QList<JsonWebKey> &keys() const { return m_keys; }
    qsizetype size() const { return m_keys.size(); }

    // With a `kid`, the keys carrying it; without one, every key that fits the algorithm and
    // whose own `alg`, if set, names it. The verifier still checks each candidate's type.
    QList<JsonWebKey> candidatesFor(const QString &keyId, const QString &algorithm) const;

    static Result<JsonWebKeySet> fromJson(const QByteArray &json);

private:
    QList<JsonWebKey> m_keys;
};

} // namespace lc
