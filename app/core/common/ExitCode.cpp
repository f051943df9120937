#include "ExitCode.h"

namespace lc {

ExitCode exitCodeFor(const AuthError &error)
{
    switch (error.kind()) {
    case AuthError::Kind::Config:
        return ExitUsage;
    case AuthError::Kind::Network:
    case AuthError::Kind::Provider:
        return ExitProviderOrNetwork;
    case AuthError::Kind::Cancelled:
        return ExitCancelled;
    case AuthError::Kind::Storage:
        return ExitStorageUnavailable;
    case AuthError::Kind::LoginRequired:
        return ExitLoginRequired;
    }
    return ExitProviderOrNetwork;
}

} // namespace lc
