#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/Timeouts.h"
#include "providers/MetadataCache.h"
#include "storage/AccountIndex.h"
#include "storage/Keychain.h"
#include "storage/WebSessionStore.h"

#include <functional>
#include <memory>

class QObject;
class QUrl;

namespace lc {

class ProviderNetworkAccess;
struct ProviderProfile;

// What operations need from the outside world, handed in rather than built inside, so that a
// unit test can swap any of it (a fake network, an in-memory keychain, a clock it moves).
// Copies share the same keychain and clock.
struct Services
{
    // A network access for one provider (timeouts, pinned certificates, client Basic auth),
    // owned by `parent`.
    std::function<ProviderNetworkAccess *(const ProviderProfile &, QObject *parent)> networkAccess;
    // Provider metadata (discovery documents, JWKS).
    MetadataCache metadataCache;
    // Tokens and client secrets.
    std::shared_ptr<Keychain> keychain;
    // accounts.json: the non-secret account list.
    AccountIndex accountIndex;
    // Remembered web sessions, cleared at sign-out.
    WebSessionStore webSessions;
    // Where the per-account cross-process locks live (AccountLock).
    QString lockDirectory;
    std::shared_ptr<const Clock> clock;
    // Opens a URL in the user's web browser (loopback sign-in, RP-initiated logout).
    std::function<Status(const QUrl &)> openBrowser;
    Timeouts timeouts;

    // The real ones: QStandardPaths locations, the OS keychain, the system clock and browser.
    static Services production();
};

} // namespace lc
