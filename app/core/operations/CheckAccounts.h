#pragma once

#include "Operation.h"
#include "Services.h"
#include "storage/AccountIndex.h"

#include <QDateTime>
#include <QList>

namespace lc {

// What `status` says about one account, from its index row and its keychain entry.
struct AccountCheck
{
    AccountRecord account;
    bool tokensStored = false; // the keychain holds readable tokens for it
    bool refreshTokenHeld = false;
    QDateTime accessTokenExpiresAt; // from the keychain entry (the index's copy may lag)
    bool accessTokenValid = false; // not expired when checked

    // A `token` would succeed without a sign-in: a valid access token, or a refresh token to
    // get one (which the provider may still reject).
    bool usable() const
    {
        return !account.signInRequired && tokensStored && (accessTokenValid || refreshTokenHeld);
    }
};

// Reads the keychain entries of `accounts` (a few at a time, never refreshing anything) and
// finishes with one AccountCheck per account, in the same order. A keychain that is absent or
// locked ends it with that error: a locked keychain must not look like "signed out".
class CheckAccounts : public Operation<QList<AccountCheck>>
{
    Q_OBJECT

public:
    CheckAccounts(QList<AccountRecord> accounts, Services services, QObject *parent = nullptr);

    void start();

protected:
    AuthError cancelledError(const QString &reason) const override;

private:
    void readNext();
    void onRead(qsizetype index, const Result<QByteArray> &secret);

    static constexpr int kReadsInFlight = 4;

    Services m_services;
    QList<AccountCheck> m_checks;
    qsizetype m_nextToRead = 0;
    qsizetype m_answered = 0;
};

} // namespace lc
