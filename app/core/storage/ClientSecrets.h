#pragma once

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

    static QString environmentVariableFor(const QString &profileId);

private:
    static QString keychainKey(const QString &profileId);
    SecretStore m_store;
};

} // namespace lc
