#pragma once

#include "AccountIndex.h"
#include "SecretStore.h"
#include "StoredTokens.h"

namespace lc {

// Accounts as a whole, waited for synchronously: the index row plus its keychain entry, kept in
// step. For the command line's top level and tests; operations use Keychain and AccountIndex.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(lc::AccountStore)

public:
    AccountStore() = default;
    AccountStore(AccountIndex index, SecretStore secrets)
        : m_index(std::move(index))
        , m_secrets(std::move(secrets))
    {
    }

    const AccountIndex &index() const { return m_index; }
    const SecretStore &secrets() const { return m_secrets; }

    // Stores a fresh sign-in. The same profile and subject update the existing account; a label
    // given with --account is kept. A label another subject of the profile has is never moved:
    // the index refuses it (AccountIndex::recordSignIn).
    Result<AccountRecord> saveSignIn(AccountRecord record, const StoredTokens &tokens);
    // The keychain entry is written before the index, so an index row never outlives its tokens
    // being written and a failed write leaves the previous tokens in place.
    Status updateTokens(const AccountRecord &record, const StoredTokens &tokens);
    Result<StoredTokens> tokens(const AccountRecord &record) const;
    // The tokens in a keychain entry's value; "sign in again" when there are none.
    static Result<StoredTokens> tokensFrom(const AccountRecord &record, const QByteArray &secret);
    Status remove(const AccountRecord &record);

private:
    AccountIndex m_index;
    SecretStore m_secrets;
};

} // namespace lc
