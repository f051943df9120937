// login-companion, the launchers' front door. It links QtCore only: `token` is answered here
// when an agent runs (AgentTokenCommand: one round trip on a local socket). Every other
// command, and `token` without an agent, runs in the commands module (login-companion-commands:
// the auth core, QtNetwork, QtKeychain, OpenSSL), which is loaded only then (CommandsModule).
#include "AgentTokenCommand.h"
#include "CommandsModule.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGIN_COMPANION_VERSION));
    if (const std::optional<int> answered
        = lc::AgentTokenCommand::tryFastPath(QCoreApplication::arguments()))
        return *answered;
    return lc::CommandsModule::run();
}
