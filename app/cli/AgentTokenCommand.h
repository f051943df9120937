#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace lc {

// `login-companion token` answered by a running agent (docs/AGENT.md): the same output and
// exit codes as the direct way, without starting the keychain. QtCore only: the front
// executable runs it before the rest of the command line is even loaded.
class AgentTokenCommand
{
public:
    // For `arguments` (as QCoreApplication::arguments()) that are a plain `token` call the
    // agent can answer: its exit code. Nothing for anything else (another command, help,
    // --verbose, --no-agent, an option that needs a message), or when no agent answers.
    static std::optional<int> tryFastPath(const QStringList &arguments);

    // `parser` holds a parsed `token` command line. Its exit code once the agent answered;
    // nothing when no agent is reachable, it does not understand the request, or the
    // environment sets something only a direct call would see (LOGIN_COMPANION_* placeholders
    // and client secrets: the agent resolves profiles with its own environment).
    static std::optional<int> ask(const QCommandLineParser &parser);

    // How long `token` waits for the agent's answer: longer than the agent's own deadline for a
    // refresh (one and a half times a profile's longest requestTimeoutSeconds, 120), so the
    // agent's answer, not this, ends a slow refresh.
    static constexpr int kAnswerTimeoutMs = 190'000;
};

} // namespace lc
