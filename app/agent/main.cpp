// login-companion-agent, started by `login-companion agent` (docs/AGENT.md): the auth core and
// QtNetwork for its socket. Never Qt Quick or WebEngine (the login window is a process of its
// own, started for a sign-in), and QtWidgets only with --tray: the icon is a module,
// login-companion-agent-tray, loaded then (so an agent without it never maps QtWidgets and
// QtGui: about 5 MB less resident).
#include "DisplayCheck.h"
#include "client/AgentEndpoint.h"
#include "common/ExitCode.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "common/Translations.h"
#include "server/Agent.h"
#include "server/TrayBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The tokens live in this process's memory: no core file may carry them to disk, and no other
// process of the user may read them through ptrace or /proc (Linux: not dumpable).
void keepMemoryPrivate()
{
#ifdef Q_OS_UNIX
    const rlimit none { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

#ifdef Q_OS_UNIX
int signalSockets[2] = { -1, -1 };

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[1], &byte, 1);
}
#endif

// SIGTERM (systemd, launchd), SIGINT (Ctrl+C) and SIGHUP end the event loop, so the socket file
// is removed and the tokens are dropped the orderly way.
void quitOnSignals(QObject *parent)
{
#ifdef Q_OS_UNIX
    std::signal(SIGPIPE, SIG_IGN); // a client that hung up is noticed by the write, not killed for
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalSockets[0], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalSockets[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : { SIGTERM, SIGINT, SIGHUP })
        ::sigaction(signal, &action, nullptr);
#else
    Q_UNUSED(parent);
#endif
}

using ShowTray = void (*)(QObject *backend);
using TrayEntry = int (*)(int *argc, char **argv, int (*runAgent)(ShowTray));

// Everything after the application object is made (by main, or by the tray module).
int runAgent(ShowTray showTray)
{
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGIN_COMPANION_VERSION));
    lc::installTranslations();

    QCommandLineParser parser;
    parser.addOptions({ QCommandLineOption(QStringLiteral("tray")),
                        QCommandLineOption(QStringLiteral("verbose")) });
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        err() << "login-companion: "
              << (parser.errorText().isEmpty()
                      ? QCoreApplication::translate("lc::agent::Agent", "unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().value(0))
                      : parser.errorText())
              << Qt::endl;
        return lc::ExitUsage;
    }
    lc::setVerboseLogging(parser.isSet(QStringLiteral("verbose")));
    keepMemoryPrivate();

    lc::agent::Agent agent(lc::Services::production());
    const lc::Status listening = agent.listen(lc::agent::AgentEndpoint::path());
    if (!listening.ok()) {
        err() << "login-companion: " << listening.error().message() << Qt::endl;
        return lc::exitCodeFor(listening.error());
    }
    quitOnSignals(&agent);
    lc::agent::TrayBackend backend(agent);
    if (showTray)
        showTray(&backend);
    return QCoreApplication::exec();
}

// The tray module: next to us (build tree, packages), or in the macOS bundle's PlugIns.
TrayEntry trayEntry(QString *problem)
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { here.filePath(QStringLiteral("login-companion-agent-tray")),
                                      here.filePath(QStringLiteral("../PlugIns/"
                                                                   "login-companion-agent-tray")) }) {
        QLibrary module(candidate);
        if (module.load()) {
            if (const auto entry = reinterpret_cast<TrayEntry>(module.resolve("loginCompanionAgentTray")))
                return entry;
        }
        *problem = module.errorString();
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    lc::installRedactingMessageHandler();
    const bool tray = std::any_of(argv + 1, argv + argc,
                                  [](const char *argument) { return !std::strcmp(argument, "--tray"); });
    if (!tray) {
        QCoreApplication app(argc, argv);
        return runAgent(nullptr);
    }
    QString problem;
    TrayEntry entry = nullptr;
    {
        // Only to find and name things; the tray module makes the real (Widgets) application.
        QCoreApplication probe(argc, argv);
        lc::installTranslations();
        if (!lc::DisplayCheck::canOpenWindow()) {
            err() << "login-companion: "
                  << QCoreApplication::translate(
                         "lc::agent::AgentTray",
                         "The tray icon needs a display (neither DISPLAY nor WAYLAND_DISPLAY is "
                         "set); run the agent without --tray.")
                  << Qt::endl;
            return lc::ExitUsage;
        }
        entry = trayEntry(&problem);
        if (!entry) {
            err() << "login-companion: "
                  << QCoreApplication::translate("lc::agent::AgentTray",
                                                 "The tray icon (login-companion-agent-tray) "
                                                 "cannot be loaded: %1")
                         .arg(problem)
                  << Qt::endl;
            return lc::ExitUsage;
        }
    }
    return entry(&argc, argv, &runAgent);
}
