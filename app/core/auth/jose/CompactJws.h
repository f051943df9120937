#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace lc {

// A JWS in compact serialization (RFC 7515 §7.1), split and decoded but not yet verified:
// nothing in it may be trusted until JwsVerifier accepts its signature.
class CompactJws
{
    Q_DECLARE_TR_FUNCTIONS(lc::CompactJws)

public:
    QJsonObject header() const { return m_header; }
    QJsonObject payload() const { return m_payload; }
    QString algorithm() const; // `alg` from the header, never empty
    QString keyId() const; // `kid` from the header, may be empty
    QByteArray signingInput() const { return m_signingInput; } // ASCII "header.payload"
    QByteArray signature() const { return m_signature; } // decoded bytes

    static Result<CompactJws> parse(const QString &compact);

private:
    QJsonObject m_header;
    QJsonObject m_payload;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace lc
