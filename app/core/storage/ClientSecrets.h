#pragma once

#include "Keychain.h"
#include "SecretStore.h"
#include "providers/ProviderProfile.h"

namespace lc {

// A confidential client's secret: from LOGIN_COMPANION_CLIENT_SECRET_<PROFILE ID> (uppercase,
// other characters as '_') or from the keychain (`login-companion secret set --profile ID`).
// Never from a profile file, never logged or printed.
class ClientSecrets
{
    Q_DECLARE_TR_FUNCTIONS(lc::ClientSecrets)

public:
    explicit ClientSecrets(SecretStore store = SecretStore());

    Result<QString> secretFor(const ProviderProfile &profile) const;
    Status store(const QString &profileId, const QString &secret) const;
    Status remove(const QString &profileId) const;

    // The same lookup for operations: answers through `done` in `context`, without waiting.
    static void secretFor(const ProviderProfile &profile, std::shared_ptr<Keychain> keychain,
                          QObject *context, std::function<void(const Result<QString> &)> done);

    static QString environmentVariableFor(const QString &profileId);

private:
    static QString keychainKey(const QString &profileId);
    static Result<QString> fromKeychainValue(const ProviderProfile &profile,
                                             const Result<QByteArray> &stored);
    SecretStore m_store;
};

} // namespace lc
