#pragma once

#include "RefreshTokens.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace lc {

// Hands out access tokens to the callers of one process (the CLI's `token`, the window):
// requests for the same account while a RefreshTokens is under way share it, so one process
// never refreshes an account twice at once.
class AccessTokenService : public QObject
{
    Q_OBJECT

public:
    explicit AccessTokenService(Services services, QObject *parent = nullptr);

    // `account`: a label or subject, or empty for the profile's only account.
    void request(const ProviderProfile &profile, const QString &account, qint64 minValiditySeconds,
                 QObject *context, RefreshTokens::Handler done);

    const Services &services() const { return m_services; }

private:
    Services m_services;
    QHash<QString, QPointer<RefreshTokens>> m_running; // keychain key → the operation under way
};

} // namespace lc
