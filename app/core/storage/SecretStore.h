#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QString>

namespace lc {

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager),
// with no plaintext fallback. Calls block on a local event loop: each answers in milliseconds
// (ENVIRONMENT: under 30 ms, even when no backend exists), and the CLI needs the answer to go on.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(lc::SecretStore)

public:
    explicit SecretStore(QString service = QStringLiteral("login-companion"));

    // Empty value when there is no entry; an error when the keychain is absent or locked.
    Result<QByteArray> read(const QString &key) const;
    Status write(const QString &key, const QByteArray &value) const;
    Status remove(const QString &key) const; // removing a missing entry succeeds

    // Writes and deletes a probe entry: proves the keychain exists and is unlocked before the
    // user spends time signing in.
    Status checkWritable() const;

private:
    QString m_service;
};

} // namespace lc
