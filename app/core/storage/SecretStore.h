#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QString>

namespace lc {

// SystemKeychain with answers waited for on a local event loop: for the command line's top level
// (`secret set`, the check before a sign-in) and tests. Never call it from a slot; operations
// use Keychain's callbacks instead.
class SecretStore
{
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
