#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace lc {

// `login-companion agent [--tray] [--enable-autostart | --disable-autostart]`: the autostart
// entry is written or removed here; otherwise the agent executable (login-companion-agent,
// next to the window) takes over this process (exec on Unix, so systemd, launchd and a
// launcher's signals reach the agent itself).
class AgentCommand
{
    Q_DECLARE_TR_FUNCTIONS(lc::AgentCommand)

public:
    static int run(const QCommandLineParser &parser);
};

} // namespace lc
