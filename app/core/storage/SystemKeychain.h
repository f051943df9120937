#pragma once

#include "Keychain.h"

#include <QCoreApplication>

namespace lc {

// Keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager), with
// no plaintext fallback. Jobs run asynchronously; their answers come back through the event loop.
class SystemKeychain : public Keychain
{
    Q_DECLARE_TR_FUNCTIONS(lc::SystemKeychain)

public:
    explicit SystemKeychain(QString service = QStringLiteral("login-companion"));

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               StatusCallback done) override;
    void remove(const QString &key, QObject *context, StatusCallback done) override;

private:
    QString m_service;
};

} // namespace lc
