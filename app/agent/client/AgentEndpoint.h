#pragma once

#include <QString>

#include <optional>

namespace lc::agent {

// Where the agent listens (docs/AGENT.md, "The socket"):
//   LOGIN_COMPANION_AGENT, when set;
//   else $XDG_RUNTIME_DIR/login-companion/agent; without a runtime folder, the per-user
//   temporary folder on macOS ($TMPDIR/login-companion/agent), elsewhere
//   /tmp/login-companion-<uid>/agent;
//   on Windows the named pipe login-companion-agent-<user>, which only that user can open.
class AgentEndpoint
{
public:
    static QString path();
    // True when path() is the default location rather than LOGIN_COMPANION_AGENT's.
    static bool isDefaultPath();

    // The user id at the other end of a connected local socket; nullopt where the platform
    // cannot tell (Windows: the pipe's access list does that job).
    static std::optional<qint64> peerUserId(qintptr socketDescriptor);
    static qint64 currentUserId();
};

} // namespace lc::agent
