// login-companion-tray, started by `login-companion agent --tray` (server/TrayProcess): the
// agent's tray icon as a process of its own (QtWidgets), a client of the agent's socket. It ends
// when that connection does: "Quit" asks the agent to stop, and an agent that ends, however it
// ends, takes its icon with it.
#include "AgentConnection.h"
#include "AgentTray.h"
#include "TrayModel.h"
#include "client/AgentEndpoint.h"
#include "common/ExitCode.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGIN_COMPANION_VERSION));
    lc::installTranslations();

    QCommandLineParser parser;
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         lc::agent::AgentTray::tr("The agent's socket."),
                                         QStringLiteral("path"), lc::agent::AgentEndpoint::path());
    parser.addOption(agentOption);
    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        err << "login-companion: "
            << (parser.errorText().isEmpty()
                    ? lc::agent::AgentTray::tr("unexpected argument \"%1\"")
                          .arg(parser.positionalArguments().value(0))
                    : parser.errorText())
            << Qt::endl;
        return lc::ExitUsage;
    }
    // Exit 0: the agent runs on without its icon (and does not take it for a crash).
    if (!lc::agent::AgentTray::isAvailable()) {
        err << "login-companion: "
            << lc::agent::AgentTray::tr("This desktop has no system tray; the agent runs without "
                                        "its icon.")
            << Qt::endl;
        return 0;
    }

    const QString path = parser.value(agentOption);
    lc::agent::AgentConnection agent;
    lc::agent::TrayModel model(agent);
    lc::agent::AgentTray tray(model);
    bool connected = false;
    QObject::connect(&agent, &lc::agent::AgentConnection::opened, &tray, [&] {
        connected = true;
        tray.show();
    });
    QObject::connect(&agent, &lc::agent::AgentConnection::closed, &application, [&] {
        if (!connected)
            err << "login-companion: "
                << lc::agent::AgentTray::tr("The tray icon cannot reach the agent at %1.").arg(path)
                << Qt::endl;
        QCoreApplication::exit(connected ? lc::ExitSuccess : lc::ExitProviderOrNetwork);
    });
    // From the event loop: a connection refused at once must still end it.
    QMetaObject::invokeMethod(
        &agent, [&] { agent.open(path); }, Qt::QueuedConnection);
    return QApplication::exec();
}
