#pragma once

namespace lc {

// Every deadline, retry and cache lifetime of the app, in one place. Operations take a copy
// (Services::timeouts) so a unit test can shorten them without waiting for real time.
struct Timeouts
{
    // A whole command (`token`, `logout`): it ends within this, with one error line.
    int commandMs = 45'000;
    // How long an operation waits for another process holding the same account's lock.
    int accountLockWaitMs = 40'000;
    // One request to a provider (discovery, keys, token, userinfo, revocation, backend).
    int requestMs = 30'000;
    // Refresh after a network error or 5xx: this many attempts in all, the first retry after
    // firstRetryDelayMs, doubled for each further one.
    int refreshAttempts = 3;
    int firstRetryDelayMs = 500;
    // A sign-in left open longer than this starts afresh (its state and PKCE verifier are stale).
    int signInAttemptLifetimeMs = 10 * 60 * 1000;
    // The loopback listener: a connection must send its request within readMs; the browser's
    // callback waits at most responseMs for the result page.
    int loopbackReadMs = 10'000;
    int loopbackResponseMs = 60'000;
    // Provider metadata (discovery, JWKS) is cached at most this long, whatever max-age says.
    int metadataCacheMaxSeconds = 24 * 3600;
    // An unknown `kid` forces a JWKS fetch at most this often.
    int jwksRefetchMinimumSeconds = 60;
    // A token the accounts window copied is taken off the clipboard after this, unless something
    // else was copied meanwhile.
    int clipboardClearMs = 60'000;
};

// The defaults, for code that has no Services at hand (the loopback listener's constructor).
inline constexpr Timeouts kDefaultTimeouts {};

} // namespace lc
