#pragma once

#include <QCoreApplication>

namespace lc {

// Loads login-companion-commands (every command: the auth core, QtNetwork, QtKeychain, OpenSSL)
// and runs the command line in it. Kept out of the front executable because loading those
// libraries costs several times what a QtCore program takes to start, which `token` answered by
// the agent must not pay (docs/AGENT.md, "Start-up").
class CommandsModule
{
    Q_DECLARE_TR_FUNCTIONS(lc::CommandsModule)

public:
    // The module's exit code, or 64 with one line on stderr when it cannot be loaded.
    static int run();
};

} // namespace lc
