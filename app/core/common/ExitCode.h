#pragma once

#include "AuthError.h"

namespace lc {

// The command-line contract with launchers (README, "Exit codes"). Never renumber.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitProviderOrNetwork = 1,
    ExitCancelled = 2,
    ExitLoginRequired = 3,
    ExitStorageUnavailable = 4,
    ExitUsage = 64,
};

ExitCode exitCodeFor(const AuthError &error);

} // namespace lc
