#pragma once

#include "RedirectMatcher.h"
#include "providers/ProviderProfile.h"

namespace lc {

// Where the login window may go. Federated sign-in visits other identity providers, so any
// HTTPS page is fine; what is refused is leaving encryption behind once on it, and schemes that
// are not web pages at all.
//
// - the redirect URI: never loaded, handed to the flow (Intercept);
// - https: allowed;
// - http: allowed only while the sign-in has not been on https yet (a local provider that runs
//   on http, like the demo), or to a loopback host when the profile is `localDevelopment`;
// - about:blank is allowed; data:, file:, javascript: and any other scheme are refused.
class NavigationPolicy
{
public:
    enum class Decision { Allow, Intercept, BlockDowngrade, BlockScheme };

    explicit NavigationPolicy(const ProviderProfile &profile);

    Decision decide(const QUrl &target, const QUrl &current) const;

    static bool isLoopback(const QUrl &url);

private:
    RedirectMatcher m_redirectMatcher;
    bool m_localDevelopment;
};

} // namespace lc
