// login-companion-agent-tray: what `login-companion agent --tray` adds, loaded by the agent
// only then. It makes the agent's application a QApplication and shows the icon.
#include "AgentTray.h"

#include <QApplication>
#include <QTextStream>

namespace {
void showTray(QObject *backend)
{
    auto *tray = new lc::agent::AgentTray(backend, backend);
    if (!tray->show())
        QTextStream(stderr) << "login-companion: "
                            << lc::agent::AgentTray::tr("This desktop has no system tray; the "
                                                        "agent runs without its icon.")
                            << Qt::endl;
}
} // namespace

// `runAgent` runs the agent in the application made here and calls its argument with the
// agent's TrayBackend once it listens.
extern "C" Q_DECL_EXPORT int loginCompanionAgentTray(int *argc, char **argv,
                                                    int (*runAgent)(void (*)(QObject *)))
{
    QApplication application(*argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    return runAgent(&showTray);
}
